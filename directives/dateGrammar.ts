/**
 * The written forms of a day, shared by the phrase parsers: "20/01/2018", "20-01-2018", "20.01.2018",
 * "20/ 01", "ngày 20 tháng 01 năm 2018", and lists of them with one trailing year
 * ("20/4 và 30/10 năm 2015"). Sticky regexes read at a given offset, so a parser matches its keyword
 * and then asks for a date right after it.
 */
export interface WrittenDate {
  day: number;
  month: number | null;
  year: number | null;
  index: number;
  end: number;
}

const NUMERIC = /(\d{1,2})[ \t]*([/.])[ \t]*(\d{1,2})(?:[ \t]*\2[ \t]*(\d{4}))?(?![\d])/y;
const HYPHEN = /(\d{1,2})-(\d{1,2})(?:-(\d{4}))?(?![\d])/y;
const WORDED = /(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})(?:[ \t]*,?[ \t]*năm[ \t]+(\d{4}))?(?!\d)/iuy;
const DAY_ONLY = /(\d{1,2})(?![\d/.-]*\d)/y;
const JOIN = /[ \t]*(?:,|;|và|hoặc|&)[ \t]*(?:ngày[ \t]+)?(?=\d)/iuy;
const TRAILING_YEAR = /(?:[ \t]*,)?[ \t]*(?:năm[ \t]+|\/[ \t]*)(\d{4})(?!\d)/iuy;
/** "34/2014/QĐ-TTg", "38-KH/TU": a document number, not a date. */
const NUMBER_TAIL = /[ \t]*[/-][ \t]*[\p{Lu}Đ]/uy;

function stickyExec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function followedByNumberTail(text: string, at: number): boolean {
  return stickyExec(NUMBER_TAIL, text, at) !== null;
}

/** One written date at `at`. Day-only ("ngày 15") only when allowDayOnly. */
export function readDate(text: string, at: number, allowDayOnly = false): WrittenDate | null {
  for (const re of [WORDED, NUMERIC, HYPHEN]) {
    const m = stickyExec(re, text, at);
    if (!m) continue;
    const numeric = re === NUMERIC;
    const day = Number(m[1]);
    const month = Number(numeric ? m[3] : m[2]);
    const yearText = numeric ? m[4] : m[3];
    const end = at + m[0].length;
    if (followedByNumberTail(text, end)) return null;
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { day, month, year: yearText ? Number(yearText) : null, index: at, end };
  }
  if (allowDayOnly) {
    const m = stickyExec(DAY_ONLY, text, at);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31) return { day: Number(m[1]), month: null, year: null, index: at, end: at + m[0].length };
  }
  return null;
}

/** One or more dates joined by "và", ",", ";" with an optional year written once at the end. */
export function readDateList(text: string, at: number): { dates: WrittenDate[]; end: number } | null {
  const first = readDate(text, at);
  if (!first) return null;
  const dates = [first];
  let end = first.end;
  while (dates[dates.length - 1].year === null) {
    const j = stickyExec(JOIN, text, end);
    if (!j) break;
    const next = readDate(text, end + j[0].length);
    if (!next) break;
    dates.push(next);
    end = next.end;
  }
  if (dates[dates.length - 1].year === null) {
    const y = stickyExec(TRAILING_YEAR, text, end);
    if (y && !followedByNumberTail(text, end + y[0].length)) {
      const year = Number(y[1]);
      for (const d of dates) if (d.year === null) d.year = year;
      end += y[0].length;
    }
  }
  return { dates, end };
}
