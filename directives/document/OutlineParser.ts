/**
 * The body's outline: sections ("II. NHIỆM VỤ, GIẢI PHÁP"), numbered items ("2.1.", "1)"), lettered items ("a)"),
 * bullets ("-", "+", "•"), plain paragraphs, "** Thực hiện: X" lines, footnotes ("(¹) …"), the closing formula
 * ("… thông báo để các đơn vị biết, thực hiện./.", a "Trên đây là …" paragraph) and a news page's byline ("Việt Tiến").
 * A line starting in lower case continues the paragraph a page break cut; a line after one that ran to the text's
 * usual width without ending its sentence continues a hard-wrapped paragraph; a "Lưu ý:" line is a note of its item.
 * Table rows with or without a leading bar. Leaves of the outline are the tasks; headings carry agencies down to them.
 */

export type BlockKind = 'roman' | 'number' | 'letter' | 'bullet' | 'plain' | 'assign' | 'closing' | 'byline' | 'row';

/** Cells of a task table's row, by the role its header gives them (reading offsets). */
export interface RowCells {
  content: [number, number];
  lead: [number, number] | null;
  coordinate: [number, number] | null;
}

export interface OutlineItem {
  kind: BlockKind;
  ref: string;
  level: number;
  /** Reading offsets of the whole item, marker included. */
  start: number;
  end: number;
  /** Where the item's words start (after its marker). */
  textStart: number;
  /** The item's own lines (a continued paragraph has several). */
  segments: Array<[number, number]>;
  parent: OutlineItem | null;
  children: OutlineItem[];
  /** A plain paragraph outside any list (intro, news paragraph). */
  topLevel: boolean;
  /** For 'assign' blocks: the leaves they name. */
  appliesTo: OutlineItem[];
  /** Inside a section that states purposes, not tasks ("I. MỤC ĐÍCH, YÊU CẦU"). */
  excluded: boolean;
  /** For a row of a task table ("| 1 | Nội dung | Sở Y tế | Các sở | Quý II/2023 |"). */
  cells?: RowCells;
}

interface Columns { content: number; lead: number; coordinate: number }

/** Cells of a "| a | b |" or "1 | a | b |" line, as reading offsets of their trimmed text. */
function cellsOf(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = text[start] === '|' ? start + 1 : start;
  for (let k = from; k <= end; k++) {
    if (k === end || text[k] === '|') {
      let a = from;
      let b = k;
      while (a < b && /\s/u.test(text[a])) a++;
      while (b > a && /\s/u.test(text[b - 1])) b--;
      out.push([a, b]);
      from = k + 1;
    }
  }
  if (out.length > 0 && out[out.length - 1][0] === out[out.length - 1][1]) out.pop();
  return out;
}

/** The header row of a task table names its columns: content, lead agency, coordinating agencies. */
function columnsOf(text: string, cells: Array<[number, number]>): Columns | null {
  const names = cells.map(([a, b]) => text.slice(a, b).toLowerCase());
  const lead = names.findIndex((n) => /chủ trì|cơ quan thực hiện|đơn vị thực hiện|thực hiện/u.test(n) && !/phối hợp|thời/u.test(n));
  const coordinate = names.findIndex((n) => /phối hợp/u.test(n));
  const content = names.findIndex((n) => /nội dung|nhiệm vụ|công việc|tên/u.test(n));
  if (lead < 0 && content < 0) return null;
  return { content, lead, coordinate };
}

const ROMAN = /^([IVX]{1,4})[.)][ \t]+/u;
/** "Điều 2." of a decision: an article, at the level of a section. */
const ARTICLE = /^(Điều[ \t]+\d{1,3})[.:][ \t]*/u;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(?=\S)|^(\d{1,2})[.)][ \t]+(?=\S)/u;
const LETTER = /^([a-zđ])[).][ \t]+(?=\S)/u;
const BULLET = /^([-–—•+▪◦·])[ \t]*(?=\S)/u;
const ASSIGN = /^[-–]?[ \t]*(?:\*+[ \t]*)?Thực hiện[ \t]*:[ \t]*/u;
const FOOTNOTE = /^(?:\([ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t])/u;
/** The letter's last line ends with "./.": it ends the lists. */
const LAST_LINE = /\.?\/\.[ \t]*$/u;
/**
 * Closing formulas, which give no work of their own: "… thông báo để các đơn vị biết, thực hiện", "… chịu trách nhiệm
 * thi hành Quyết định này", "Trên đây là Kế hoạch …", "Nơi nhận", and a first sentence that only asks to carry out the
 * document ("UBND tỉnh yêu cầu các đơn vị, địa phương nghiêm túc thực hiện./.", "… triển khai thực hiện Kế hoạch này.
 * Trong quá trình thực hiện, nếu có khó khăn …").
 */
const CLOSING_FORMULA = new RegExp(
  String.raw`thông báo\s+(?:để|cho|đến)\s.*(?:biết|thực hiện)|chịu trách nhiệm thi hành|^Nơi nhận|^Trên đây là` +
    String.raw`|^[^.;]*(?:yêu cầu|đề nghị)\s[^.;]*?\s(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai|phối hợp|chủ động)\s+)+thực hiện` +
    String.raw`(?:\s+(?:nghiêm túc|tốt|có hiệu quả))?(?:\s+(?:Kế hoạch|Chỉ thị|Công văn|Quyết định|Thông báo|văn bản)\s+này)?\s*(?:\.?\/\.$|\.\s)`,
  'u',
);
/** A reporter's byline closing a news page: "Việt Tiến", 2–4 capitalised words alone. */
const BYLINE = /^\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3}$/u;
const EXCLUDED_SECTION = /MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|CĂN CỨ/u;
const TASK_SECTION = /NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG/u;

/**
 * A table's row: three bars or more. Converters write it "| 1 | a | b |" or, without the leading bar, "1 | a | b |";
 * its first cell is then a number or text.
 */
function isTableRow(line: string): boolean {
  return (line.match(/\|/g) ?? []).length >= 3;
}

/** A row that only separates ("|---|---|") or numbers the columns ("| (1) | (2) | (3) |"): neither header nor task. */
const FILLER_ROW = /^\|?(?:[\s:|-]|\(\d{1,2}\))+$/u;

/** "- Lưu ý: …", "Ghi chú: …": a note on the item above it, not an item of its own. */
const NOTE = /^(?:[-–—•+][ \t]*)?(?:Lưu ý|Ghi chú|Chú ý)[ \t]*:/u;

/**
 * The usual width of the text's lines (the 75th percentile of their lengths, indentation included): a PDF's text
 * breaks its paragraphs at this width, wherever the sentence is.
 */
function usualWidth(text: string, body: { start: number; end: number }): number {
  const lengths = text.slice(body.start, body.end).split('\n').map((l) => l.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length > 0 ? lengths[Math.floor(0.75 * (lengths.length - 1))] : 0;
}

/** A line with a marker of its own (number, letter, roman, bullet, "Thực hiện:") or in capitals is a heading or an item. */
function startsItem(line: string): boolean {
  return [ROMAN, ARTICLE, NUMBER, LETTER, BULLET, ASSIGN].some((re) => re.test(line)) || (/\p{Lu}/u.test(line) && line === line.toUpperCase());
}

/**
 * A hard-wrapped paragraph goes on: the line above ran to the text's usual width without ending its sentence
 * ("… phối hợp với Sở Xây dựng, Ban Quản lý khu" / "Kinh tế và …"), and this line starts no item of its own.
 */
function isWrappedOn(line: string, above: string, width: number): boolean {
  const full = above.length >= 0.85 * width && above.length <= 1.15 * width;
  return full && !/[.;:!?]$/u.test(above) && !startsItem(line);
}

function isHeadingText(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') || (t.length <= 200 && !/[.;]\s/u.test(t) && !/[.;]$/u.test(t));
}

export function readOutline(text: string, body: { start: number; end: number }): OutlineItem[] {
  const items: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  let pendingLeaves: OutlineItem[] = [];
  let columns: Columns | null = null;
  let previous: OutlineItem | null = null;
  const width = usualWidth(text, body);
  let above = '';
  let i = body.start;
  while (i < body.end) {
    let j = text.indexOf('\n', i);
    if (j < 0 || j > body.end) j = body.end;
    const raw = text.slice(i, j);
    const lineAbove = above;
    above = raw.trimEnd();
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const lineStart = i + lead;
    const lineEnd = lineStart + line.length;
    i = j + 1;
    if (line === '' || FOOTNOTE.test(line)) continue;

    // A table row: the header names the columns; each later row is a task under the current heading.
    if (isTableRow(line)) {
      if (FILLER_ROW.test(line)) continue;
      const cells = cellsOf(text, lineStart, lineEnd);
      const header = columnsOf(text, cells);
      if (header && !/^\d/u.test(text.slice(...cells[0]))) { columns = header; continue; }
      if (columns) {
        const cell = (k: number): [number, number] | null => (k >= 0 && k < cells.length && cells[k][1] > cells[k][0] ? cells[k] : null);
        const content = cell(columns.content) ?? cells.reduce((w, c) => (c[1] - c[0] > w[1] - w[0] ? c : w), cells[0]);
        const first = text.slice(...cells[0]);
        const item = block('row', /^\d+(\.\d+)*\.?$/u.test(first) ? first.replace(/\.$/u, '') : '', 8, lineStart, lineEnd, content[0]);
        item.cells = { content, lead: cell(columns.lead), coordinate: cell(columns.coordinate) };
        while (stack.length > 0 && stack[stack.length - 1].level >= 8) stack.pop();
        item.parent = stack[stack.length - 1] ?? null;
        item.excluded = item.parent?.excluded ?? false;
        item.parent?.children.push(item);
        items.push(item);
        previous = null;
        continue;
      }
    }

    // A page break cut the previous paragraph: this line goes on with it.
    const cutShort = previous !== null && !/[.;:!?]$/u.test(text.slice(previous.start, previous.end).trimEnd());
    const pageCut = (/^\p{Ll}/u.test(line) && !LETTER.test(line)) || (cutShort && /^\(/u.test(line));
    // A note belongs to the item it follows: it neither starts a task nor makes that item a heading.
    const note = NOTE.test(line) && previous?.kind !== 'closing' && previous?.kind !== 'byline';
    if (previous && previous.kind !== 'assign' && (pageCut || note || isWrappedOn(line, lineAbove, width))) {
      previous.segments.push([lineStart, lineEnd]);
      previous.end = lineEnd;
      continue;
    }

    const assign = ASSIGN.exec(line);
    if (assign) {
      const item = block('assign', '', 99, lineStart, lineEnd, lineStart + assign[0].length);
      item.appliesTo = pendingLeaves;
      pendingLeaves = [];
      items.push(item);
      previous = item;
      continue;
    }

    let kind: BlockKind = 'plain';
    let ref = '';
    let level = 8;
    let markerLength = 0;
    let m: RegExpExecArray | null;
    if ((m = ROMAN.exec(line))) { kind = 'roman'; ref = m[1]; level = 1; markerLength = m[0].length; }
    else if ((m = ARTICLE.exec(line))) { kind = 'number'; ref = m[1]; level = 1; markerLength = m[0].length; }
    else if ((m = NUMBER.exec(line))) {
      kind = 'number'; ref = m[1] ?? m[2]; level = 1 + ref.split('.').length; markerLength = m[0].length;
    } else if ((m = LETTER.exec(line))) { kind = 'letter'; ref = `${m[1]})`; level = 6; markerLength = m[0].length; }
    else if ((m = BULLET.exec(line))) { kind = 'bullet'; ref = m[1] === '+' ? '+' : '-'; level = m[1] === '+' ? 9 : 8; markerLength = m[0].length; }
    else if (/^Trên đây là/u.test(line)) { stack.length = 0; kind = 'closing'; } // the summing-up paragraph, whatever its length
    else if (LAST_LINE.test(line)) {
      // The last line stands outside the lists; it is a task ("Giao Sở X …./.") unless it is a closing formula.
      stack.length = 0;
      if (CLOSING_FORMULA.test(line)) kind = 'closing';
    } else if (BYLINE.test(line) && isLastLine(text, i, body.end)) kind = 'byline';

    if (kind === 'closing' || kind === 'byline') {
      const item = block(kind, '', 0, lineStart, lineEnd, lineStart);
      item.topLevel = true;
      items.push(item);
      stack.length = 0;
      previous = item;
      continue;
    }
    if (kind === 'plain') {
      const top = stack[stack.length - 1];
      if (!top) {
        const item = block('plain', '', 0, lineStart, lineEnd, lineStart);
        item.topLevel = true;
        items.push(item);
        previous = item;
        continue;
      }
      // Under a heading a paragraph is one more item; under a task it is more of the same task.
      const owner = [...stack].reverse().find((s) => s.kind !== 'bullet' && s.kind !== 'plain') ?? top;
      if (!isHeadingText(text.slice(owner.textStart, owner.segments[0][1])) && owner.children.length === 0) {
        owner.segments.push([lineStart, lineEnd]);
        owner.end = lineEnd;
        previous = owner;
        continue;
      }
      level = 8;
    }
    if (kind === 'number' || kind === 'roman') pendingLeaves = [];
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const item = block(kind, ref, level, lineStart, lineEnd, lineStart + markerLength);
    item.parent = parent;
    item.excluded = parent?.excluded ?? false;
    if (kind === 'roman') {
      const title = line.slice(markerLength).toUpperCase();
      item.excluded = EXCLUDED_SECTION.test(title) && !TASK_SECTION.test(title);
    }
    if (parent) {
      parent.children.push(item);
      pendingLeaves = pendingLeaves.filter((p) => p !== parent);
    }
    stack.push(item);
    items.push(item);
    pendingLeaves.push(item);
    previous = item;
  }
  return items;
}

/** Nothing follows but blank lines and page chrome in lower case ("print   send mail"). */
function isLastLine(text: string, from: number, end: number): boolean {
  return !/^[ \t]*[\p{Lu}\d]/mu.test(text.slice(Math.min(from, end), end));
}

function block(kind: BlockKind, ref: string, level: number, start: number, end: number, textStart: number): OutlineItem {
  return {
    kind, ref, level, start, end, textStart, segments: [[textStart, end]], parent: null, children: [], topLevel: false,
    appliesTo: [], excluded: false,
  };
}

/** The item's words, its continued lines joined by a space (a table row: its content cell). */
export function itemText(text: string, item: OutlineItem): string {
  if (item.cells) return text.slice(...item.cells.content).trim();
  return item.segments.map(([s, e]) => text.slice(s, e).trim()).join(' ').trim();
}
