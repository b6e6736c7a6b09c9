/**
 * Joins the lines a PDF or a scan broke for layout back into the paragraphs the author typed. The reader reads a
 * paragraph per line (a deadline phrase split as "trước ngày⏎30/9/2025" is not a phrase), and Nghị định
 * 30/2020's body is justified paragraphs, so a line joins the next when it does not end a sentence or a heading
 * and the next one does not start a new item.
 */

/** A line that starts an item of its own: "1.", "2.3.", "a)", "đ)", "-", "+", "•", "I.", "Điều 3.", "Nơi nhận:". */
const ITEM_START = /^(?:\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s?|[-+•–*]\s?|[IVXLC]+[.)]\s|(?:Điều|Phần|Chương|Mục|Phụ lục)\s+\S+|(?:Nơi nhận|Kính gửi|Lưu|Ghi chú)\s*:)/u;
/** How a line ends a unit: a full stop, a colon, a semicolon, the closing "./.". */
const UNIT_END = /(?:[.:;!?]|\.\/\.)\s*$/u;
/** A line of capitals is a heading or a header cell ("THÔNG BÁO", "ỦY BAN NHÂN DÂN"), never continued. */
const isUpperCaseLine = (line: string) => /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('vi');

function continues(line: string, next: string): boolean {
  if (!line.trim() || !next.trim()) return false;
  if (/^\s*\||\s\|\s/.test(line) || /^\s*\||\s\|\s/.test(next)) return false; // table rows keep their lines
  if (UNIT_END.test(line) || isUpperCaseLine(line.trim()) || isUpperCaseLine(next.trim())) return false;
  if (ITEM_START.test(next.trimStart())) return false;
  // A lower-case or numeric start continues a sentence; a capital after a comma or a word does too in running text
  // ("… của Chủ tịch Ủy ban⏎nhân dân tỉnh"), but a short capitalised line is a header cell or a name.
  return /^[\p{Ll}\d(“"]/u.test(next.trimStart()) || line.trim().length >= 50;
}

export function reflow(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.length ? out[out.length - 1] : null;
    if (previous !== null && continues(previous, line)) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line.trimEnd());
  }
  return out.join('\n');
}
