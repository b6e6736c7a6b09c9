/**
 * What a page adds that is not the document: its number ("2", "- 2 -", "Trang 2/5") at the top or the foot, and a
 * running header repeated at the top of every page. Removed so that a page break inside a paragraph joins up and
 * a page number is never read as a day.
 */

const PAGE_NUMBER = /^\s*(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?\s*$/iu;

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start].trim()) start++;
  while (end > start && !lines[end - 1].trim()) end--;
  return lines.slice(start, end);
}

function dropPageNumbers(lines: string[]): string[] {
  let kept = trimBlankEdges(lines);
  if (kept.length && PAGE_NUMBER.test(kept[0])) kept = trimBlankEdges(kept.slice(1));
  if (kept.length && PAGE_NUMBER.test(kept[kept.length - 1])) kept = trimBlankEdges(kept.slice(0, -1));
  return kept;
}

/** The first line when every page after the first starts with it (a running header such as the document's code). */
function runningHeader(pages: string[][]): string | null {
  const later = pages.slice(1).filter((p) => p.length > 0);
  const first = later[0]?.[0]?.trim();
  if (later.length < 2 || !first) return null;
  return later.every((p) => p[0].trim() === first) ? first : null;
}

/** Joins the pages' texts into one, without their numbers and running headers. */
export function joinPages(pageTexts: string[]): string {
  const pages = pageTexts.map((p) => trimBlankEdges(p.split('\n')));
  const header = runningHeader(pages);
  const bodies = pages.map((lines, i) => dropPageNumbers(i > 0 && header !== null && lines[0]?.trim() === header ? lines.slice(1) : lines));
  return bodies
    .map((lines) => lines.join('\n'))
    .filter((page) => page.trim())
    .join('\n');
}
