/**
 * The reading text: the input normalised for the parsers (NFC, LF line ends, markdown emphasis and HTML
 * removed, entities decoded), with a map from every reading offset back to the original text so that
 * spans shown to the reviewer point at what the user pasted.
 */

export interface ReadingText {
  readonly original: string;
  /** What the parsers read. */
  readonly text: string;
  /** Original offset where reading char i starts. */
  readonly startOf: Int32Array;
  /** Original offset just after reading char i. */
  readonly endOf: Int32Array;
  /** Offsets in the original where each line starts (line 1 at index 0). */
  readonly lineStarts: number[];
}

/** Combining marks (U+0300–036F, 1DC0–1DFF, 20D0–20FF, FE20–FE2F): they belong to the character before them. */
function isCombining(c: string): boolean {
  const k = c.charCodeAt(0);
  return (k >= 0x300 && k <= 0x36f) || (k >= 0x1dc0 && k <= 0x1dff) || (k >= 0x20d0 && k <= 0x20ff) || (k >= 0xfe20 && k <= 0xfe2f);
}
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const BLOCK_TAGS = /^\/?(p|br|div|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|blockquote|pre|hr)\b/i;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…' };

/** The reading text under construction: string chunks and growable offset maps. */
class Builder {
  private readonly parts: string[] = [];
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }
  private reserve(n: number): void {
    if (this.length + n <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + n);
    const s = new Int32Array(size);
    s.set(this.starts.subarray(0, this.length));
    const e = new Int32Array(size);
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }
  /** `s` replaces original[start, end): every unit of it maps to that whole range. */
  push(s: string, start: number, end: number): void {
    this.reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      this.starts[this.length + k] = start;
      this.ends[this.length + k] = end;
    }
    this.length += s.length;
    this.parts.push(s);
  }
  /** original[start, end) copied as is: unit k maps to itself. */
  copy(original: string, start: number, end: number): void {
    const n = end - start;
    this.reserve(n);
    for (let k = 0; k < n; k++) {
      this.starts[this.length + k] = start + k;
      this.ends[this.length + k] = start + k + 1;
    }
    this.length += n;
    this.parts.push(original.slice(start, end));
  }
  lastChars(n: number): string {
    let out = '';
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i] + out;
    return out.slice(-n);
  }
  text(): string {
    return this.parts.join('');
  }
}

/** Unicode ranges of combining marks, as regex source (built, so no mark sits in a character class literally). */
const MARK_RANGES = [[0x300, 0x36f], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]]
  .map(([a, b]) => `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`).join('');
/** Characters that need more than a copy: line ends, markup, entities, emphasis, invisible and odd spaces, marks. */
const SPECIAL = new RegExp(`[\\r<&*_#\\u200b-\\u200d\\u2060\\ufeff\\u00ad\\u00a0\\t\\u2002\\u2003\\u2009\\ud800-\\udfff${MARK_RANGES}]`, 'g');

/** Does the text look like an HTML page rather than plain text that mentions "<"? */
function looksLikeHtml(s: string): boolean {
  return /<(p|div|br|span|html|body|table|td|li|strong|em|b|i|a)\b[^>]*>/i.test(s);
}

export function prepareText(original: string): ReadingText {
  const html = looksLikeHtml(original);
  const out = new Builder(original.length + 16);
  const n = original.length;
  let i = 0;
  while (i < n) {
    // Copy the run of plain characters up to the next one that needs care (keeping a base before its marks).
    SPECIAL.lastIndex = i;
    const special = SPECIAL.exec(original);
    let stop = special ? special.index : n;
    if (special && isCombining(original[stop]) && stop > i) stop--;
    if (stop > i) { out.copy(original, i, stop); i = stop; continue; }
    const c = original[i];
    if (c === '\r') {
      if (original[i + 1] === '\n') { i++; continue; }
      out.push('\n', i, i + 1); i++; continue;
    }
    if (html && c === '<') {
      const close = original.indexOf('>', i);
      if (close > i && close - i < 2000) {
        const tag = original.slice(i + 1, close);
        const lower = tag.toLowerCase();
        if (lower.startsWith('script') || lower.startsWith('style')) {
          const endTag = original.toLowerCase().indexOf(`</${lower.startsWith('script') ? 'script' : 'style'}`, close);
          const stop = endTag < 0 ? n : original.indexOf('>', endTag) + 1 || n;
          i = stop; continue;
        }
        if (BLOCK_TAGS.test(tag)) out.push('\n', i, close + 1);
        i = close + 1; continue;
      }
    }
    if (html && c === '&') {
      const m = /^&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/i.exec(original.slice(i, i + 12));
      if (m) {
        const body = m[1];
        let rep: string | undefined;
        if (body[0] === '#') {
          const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          rep = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
        } else rep = ENTITIES[body.toLowerCase()];
        if (rep !== undefined) { out.push(rep === '\u00a0' ? ' ' : rep, i, i + m[0].length); i += m[0].length; continue; }
      }
    }
    if (c === '*') {
      // A lone "* " at a line start is a bullet; every other asterisk is emphasis.
      const tail = out.lastChars(8);
      const atLineStart = /\n[ \t]*$/.test(tail) || (out.length <= 8 && /^[ \t]*$/.test(tail));
      if (atLineStart && original[i + 1] === ' ' && original[i - 1] !== '*') { out.push('-', i, i + 1); i++; continue; }
      i++; continue;
    }
    if (c === '_' && (/[\s\p{P}]/u.test(original[i - 1] ?? ' ') || /[\s\p{P}]/u.test(original[i + 1] ?? ' '))) { i++; continue; }
    if (c === '#' && (i === 0 || original[i - 1] === '\n') ) {
      let j = i; while (original[j] === '#') j++;
      if (original[j] === ' ') { i = j + 1; continue; }
    }
    if (INVISIBLE.test(c)) { i++; continue; }
    if (c === '\u00a0' || c === '\t' || c === '\u2002' || c === '\u2003' || c === '\u2009') { out.push(' ', i, i + 1); i++; continue; }
    // A base character with its combining marks, composed to NFC as one cluster.
    let j = i + 1;
    if (c >= '\ud800' && c <= '\udbff' && j < n) j++;
    while (j < n && isCombining(original[j])) j++;
    const cluster = original.slice(i, j);
    out.push(j - i === 1 ? cluster : cluster.normalize('NFC'), i, j);
    i = j;
  }
  const lineStarts = [0];
  for (let k = 0; k < n; k++) {
    if (original[k] === '\n') lineStarts.push(k + 1);
    else if (original[k] === '\r' && original[k + 1] !== '\n') lineStarts.push(k + 1);
  }
  return {
    original,
    text: out.text(),
    startOf: out.starts.subarray(0, out.length),
    endOf: out.ends.subarray(0, out.length),
    lineStarts,
  };
}

/** 1-based line in the original text of an original offset. */
export function lineOf(rt: ReadingText, originalOffset: number): number {
  let lo = 0;
  let hi = rt.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rt.lineStarts[mid] <= originalOffset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

/** The original span of reading range [start, end). */
export function spanOf(rt: ReadingText, start: number, end: number): { start: number; end: number; line: number } {
  if (rt.text.length === 0) return { start: 0, end: 0, line: 1 };
  const s = Math.min(Math.max(start, 0), rt.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), rt.text.length);
  const from = rt.startOf[s];
  return { start: from, end: Math.max(rt.endOf[e - 1], from), line: lineOf(rt, from) };
}
