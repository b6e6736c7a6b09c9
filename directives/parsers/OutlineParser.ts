/**
 * The body's outline: sections ("II. NHIỆM VỤ, GIẢI PHÁP"), numbered items ("2.1.", "1)"), lettered items ("a)"),
 * bullets ("-", "+", "•"), plain paragraphs, "** Thực hiện: X" lines, footnotes ("(¹) …") and the closing formula
 * ("… thông báo để các đơn vị biết, thực hiện./."). A line starting in lower case continues the paragraph a
 * page break cut. Leaves of the outline are the tasks; headings carry agencies down to them.
 */

export type BlockKind = 'roman' | 'number' | 'letter' | 'bullet' | 'plain' | 'assign' | 'closing';

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
}

const ROMAN = /^([IVX]{1,4})[.)][ \t]+/u;
/** "Điều 2." of a decision: an article, at the level of a section. */
const ARTICLE = /^(Điều[ \t]+\d{1,3})[.:][ \t]*/u;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(?=\S)|^(\d{1,2})[.)][ \t]+(?=\S)/u;
const LETTER = /^([a-zđ])[).][ \t]+(?=\S)/u;
const BULLET = /^([-–—•+▪◦·])[ \t]*(?=\S)/u;
const ASSIGN = /^[-–]?[ \t]*(?:\*+[ \t]*)?Thực hiện[ \t]*:[ \t]*/u;
const FOOTNOTE = /^(?:\([ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t])/u;
const CLOSING = /\.?\/\.[ \t]*$/u;
const EXCLUDED_SECTION = /MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|CĂN CỨ/u;
const TASK_SECTION = /NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG/u;

function isHeadingText(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') || (t.length <= 200 && !/[.;]\s/u.test(t) && !/[.;]$/u.test(t));
}

export function readOutline(text: string, body: { start: number; end: number }): OutlineItem[] {
  const items: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  let pendingLeaves: OutlineItem[] = [];
  let previous: OutlineItem | null = null;
  let i = body.start;
  while (i < body.end) {
    let j = text.indexOf('\n', i);
    if (j < 0 || j > body.end) j = body.end;
    const raw = text.slice(i, j);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const lineStart = i + lead;
    const lineEnd = lineStart + line.length;
    i = j + 1;
    if (line === '' || FOOTNOTE.test(line)) continue;

    // A page break cut the previous paragraph: this line goes on with it.
    const cutShort = previous !== null && !/[.;:!?]$/u.test(text.slice(previous.start, previous.end).trimEnd());
    if (previous && previous.kind !== 'assign' && ((/^\p{Ll}/u.test(line) && !LETTER.test(line)) || (cutShort && /^\(/u.test(line)))) {
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
    else if (CLOSING.test(line)) kind = 'closing';

    if (kind === 'closing') {
      const item = block('closing', '', 0, lineStart, lineEnd, lineStart);
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

function block(kind: BlockKind, ref: string, level: number, start: number, end: number, textStart: number): OutlineItem {
  return {
    kind, ref, level, start, end, textStart, segments: [[textStart, end]], parent: null, children: [], topLevel: false,
    appliesTo: [], excluded: false,
  };
}

/** The item's words, its continued lines joined by a space. */
export function itemText(text: string, item: OutlineItem): string {
  return item.segments.map(([s, e]) => text.slice(s, e).trim()).join(' ').trim();
}
