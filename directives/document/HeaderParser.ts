/**
 * The document's header and footer: number and code ("Số: 46 /TB - VP"), place and date ("Kon Tum, ngày 09 tháng 01
 * năm 2018"), type (the title line, the "V/v" of a letter, or the code), issuer, subject, addressees ("Kính gửi"),
 * distribution ("Nơi nhận"), signer ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"). News pages about a directive
 * ("Ngày 21/12, Ủy ban nhân dân tỉnh ban hành Công văn số 4628/UBND-KGVX …") give number, type, issuer and date;
 * pages that reproduce a letter without its header give them in the headline ("Về việc … (3585/VP-KTN, ngày
 * 23/10/2017).") or in a closing source line ("(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)").
 * Also finds where the body starts and ends. Headers and signature blocks laid out in two columns (a run of spaces
 * between them) or in table rows are read cell by cell.
 */
import type { DocumentInfo, DocumentType } from '../spec';
import { isValidYmd, toIso } from '../dates';
import { DOCUMENT_NOUNS, DOCUMENT_NUMBER } from '../constants';

export interface HeaderReading {
  info: DocumentInfo;
  /** Reading offsets of facts the warnings point at. */
  numberAt: [number, number] | null;
  dateAt: [number, number] | null;
  body: { start: number; end: number };
  /** More body after the signature: a plan or regulation attached to a decision ("(Ban hành kèm theo Quyết định …)"). */
  attachments: Array<{ start: number; end: number }>;
  /** "V/v" line or title: where the body can start at the earliest. */
  addresseesAt: [number, number] | null;
}

const TYPE_TITLES: Array<[RegExp, DocumentType]> = [
  [/^THÔNG BÁO$/u, 'Thông báo'], [/^KẾ HOẠCH$/u, 'Kế hoạch'], [/^CHỈ THỊ$/u, 'Chỉ thị'], [/^QUYẾT ĐỊNH$/u, 'Quyết định'],
  [/^CÔNG VĂN$/u, 'Công văn'], [/^CÔNG ĐIỆN$/u, 'Công điện'], [/^BÁO CÁO$/u, 'Báo cáo'], [/^TỜ TRÌNH$/u, 'Tờ trình'], [/^NGHỊ QUYẾT$/u, 'Nghị quyết'],
  [/^CHƯƠNG TRÌNH$/u, 'Chương trình'],
];
const CODE_TYPES: Record<string, DocumentType> = {
  CV: 'Công văn', CĐ: 'Công điện', TB: 'Thông báo', KH: 'Kế hoạch', CT: 'Chỉ thị', QĐ: 'Quyết định', BC: 'Báo cáo', TTR: 'Tờ trình', NQ: 'Nghị quyết', CTR: 'Chương trình',
};
const NEWS_TYPES: Record<string, DocumentType> = {
  'công văn': 'Công văn', 'công điện': 'Công điện', 'văn bản': 'Công văn', 'kế hoạch': 'Kế hoạch', 'chỉ thị': 'Chỉ thị', 'quyết định': 'Quyết định', 'thông báo': 'Thông báo',
};

/**
 * Two columns printed side by side in text taken from PDF or Word: a run of spaces or tabs between them
 * ("Số: 134 /KH-UBND            Lào Cai, ngày 26 tháng 3 năm 2026"). A single blank stays inside a column
 * (the reading text has already turned each tab into one space).
 */
const COLUMN_GAP = String.raw`[ \t]{2,}`;
/** One column's text on a line: up to a column gap, a table bar or the line's end. */
const CELL = String.raw`(?:(?!${COLUMN_GAP})[^\n|])*`;
/** What may follow a left column on its line: another column, after a gap or a bar. */
const RIGHT_COLUMN = String.raw`[ \t]*(?:(?:\||${COLUMN_GAP})[^\n]*)?`;
/** "Số: 46 /TB - VP", "Số: /UBND-KGVX" (a draft), "Số:\n06/2024/QĐ-UBND", "Số: 130/KH-UBND | Ninh Bình, …" (a table row). */
const NUMBER_LINE = new RegExp(
  String.raw`^[ \t|]*Số[ \t]*:[ \t\n|]*(\d*)[ \t]*\/[ \t]*(?:(\d{4})[ \t]*\/[ \t]*)?([\p{L}\d&]+(?:[ \t]*-[ \t]*[\p{L}\d&]+(?:[ \t][\p{Lu}Đ\d&]+)*)*)(?=[ \t]*(?:\||$)|${COLUMN_GAP})`,
  'mu',
);
/** "Kon Tum, ngày 09 tháng 01 năm 2018", "Kon Tum, ngày tháng năm" (a draft), "Quảng Bình,\nngày 25 tháng 5 năm 2015"; a cell or a right column. */
const PLACE_DATE = new RegExp(
  String.raw`(?:^|\||${COLUMN_GAP})[ \t]*([\p{Lu}](?:(?!${COLUMN_GAP})[\p{L} '-]){1,40}?),\s*ngày[ \t]*(\d{1,2})?\s*tháng[ \t]*(\d{1,2})?\s*năm[ \t]*(\d{4})?[ \t.]*(?=\||$)`,
  'mu',
);
const TYPE_WORDS = Object.keys(NEWS_TYPES).join('|');
/**
 * The type abbreviations of Nghị định 30/2020/NĐ-CP (Phụ lục III) and of legal documents. A number whose code starts
 * with none of them ("846/UBND-TH", "3585/VP-KTN") is a letter's: công văn numbers carry no type abbreviation.
 */
const TYPE_ABBREVIATIONS = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QYĐ', 'TC', 'TB', 'HD', 'CTR', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTR', 'HĐ', 'CĐ', 'BGN', 'BTT',
  'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'KL', 'NĐ', 'TT', 'TTLT', 'PL',
]);
/** A number and a code: "3585/VP-KTN", "06/2024/QĐ-UBND" (the year stays in the number). */
const NUMBER = String.raw`(\d+(?:[ \t]*\/[ \t]*\d{4})?)[ \t]*\/[ \t]*([\p{L}\d&]+(?:-[\p{L}\d&]+)*)`;
/** "23/10/2017", "04 tháng 01 năm 2016". */
const FULL_DATE = String.raw`(\d{1,2})(?:[ \t]*\/[ \t]*|[ \t]+tháng[ \t]+)(\d{1,2})(?:[ \t]*\/[ \t]*|[ \t]+năm[ \t]+)(\d{4})`;
/** The headline's own reference: "Về việc … (3585/VP-KTN, ngày 23/10/2017)." */
const TITLE_REF = new RegExp(String.raw`\(${NUMBER}[ \t]*,?[ \t]*ngày[ \t]+${FULL_DATE}[ \t]*\)`, 'u');
/** A headline that is the subject of a page reproducing a letter, read like "V/v". */
const VE_VIEC = /^[ \t]*Về việc[ \t]+/mu;
/** The source line closing a page that reproduces a letter: "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)". */
const SOURCE_LINE = new RegExp(String.raw`^[ \t]*\(Theo[ \t]+(${TYPE_WORDS})[ \t]+số[ \t]+${NUMBER}[ \t]*,?[ \t]*ngày[ \t]+${FULL_DATE}[ \t]*\)[ \t.]*$`, 'gimu');
/** A cited document with its date: "Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019". */
const CITED = new RegExp(String.raw`${DOCUMENT_NOUNS}\s+số\s+${DOCUMENT_NUMBER}\s*,?\s*ngày\s+${FULL_DATE}`, 'giu');
const LEAD_DAY = String.raw`Ngày[ \t]+(?<day>\d{1,2})[ \t]*\/[ \t]*(?<month>\d{1,2})(?:[ \t]*\/[ \t]*(?<year>\d{4}))?[ \t]*,[ \t]*`;
/** "ban hành" and the slips portals print ("banh", "ban hanh"). */
const ISSUE_VERB = String.raw`(?:đã[ \t]+)?(?:ban[ \t]*h[aàạ]nh|banh)`;
/** With no verb, only the committee itself may stand before the type word: "UBND tỉnh nhận được Văn bản …" is no lead. */
const COMMITTEE = String.raw`(?:Văn phòng[ \t]+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)[ \t]+(?:tỉnh|huyện|thành phố|thị xã)`;
const NEWS_LEAD = new RegExp(
  String.raw`(?:^|\n)[ \t]*${LEAD_DAY}(?:(?<issuer>[^,.\n]{3,80}?)[ \t]+${ISSUE_VERB}|(?<committee>${COMMITTEE}))[ \t]+(?<type>${TYPE_WORDS})[ \t]+số[ \t]+(?<num>\d+)[ \t]*\/[ \t]*(?<code>[\p{L}\d&-]+)(?:[ \t]+(?:về việc|V\/v)[ \t]+(?<subject>[^.\n]{3,200}))?`,
  'iu',
);
/** "12/22/2020 7:41:10 AM" or "22/12/2020 07:41": a page's publication stamp. */
const PAGE_STAMP = /(?:^|\n)[^\n]{0,20}?(\d{1,2})\/(\d{1,2})\/(\d{4})[ \t]+(\d{1,2}):(\d{2})(?::\d{2})?(?:[ \t]*(AM|PM|SA|CH))?/u;
const SUBJECT = /^[ \t]*V\/?v\.?[ \t]*:?[ \t]*/imu;
const KINH_GUI = /^[ \t]*Kính gửi[ \t]*:?[ \t]*(.*)$/mu;
const NOI_NHAN = /^[ \t]*Nơi nhận[ \t]*:?/mu;
const SIGN_CAPACITY = /^[ \t]*(TM|KT|TL|TUQ|Q)\.[ \t]*(.+?)[ \t]*$/u;
/** The signature block's start, also as a table row's first cell ("| Nơi nhận: - …; - Lưu: VT. | CHỦ TỊCH … |"). */
const SIGNATURE_ROW = /^[ \t|]*Nơi nhận[ \t]*:?/mu;
/** Where a line divides into cells: a table bar, or a column gap between two texts. */
const CELL_BREAK = new RegExp(String.raw`[ \t]*\|[ \t]*|(?<=\S)${COLUMN_GAP}(?=\S)`, 'u');
/** Capacities run together in one cell: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH". */
const CAPACITY_BREAK = /\s+(?=(?:TM|KT|TL|TUQ|Q)\.\s)/u;
/** A rank and the name in one cell: "PHÓ CHỦ TỊCH Nguyễn Thành Sinh". */
const RANK_AND_NAME = /^([\p{Lu}\s]+)\s(\p{Lu}\p{Ll}[\p{L}\s']*)$/u;
const RANK = /^[\p{Lu}\s]+$/u;
const PERSON_NAME = /^(\p{Lu}[\p{Ll}']*)(\s\p{Lu}[\p{Ll}']*){1,5}$/u;
/** An inline distribution list, "- Bộ Công an (…); - Lưu: VT.", divides at "; -". */
const INLINE_ITEM_BREAK = /;\s+(?=[-–+•]\s)/u;
/** The title block of an attachment: "(Ban hành kèm theo Quyết định số … của …)", "(Kèm theo Công văn số …)". */
const ATTACHMENT = /^[ \t]*\((?:Ban hành )?[Kk]èm theo[^\n]*$/mu;
const WEB_END = /^[ \t]*(Bài viết trước|Các tin khác|Tin liên quan|Tin cùng chuyên mục|Các bài viết khác|Tin khác)\b/mu;
const LOCALITY = '(?:TỈNH|HUYỆN|THÀNH PHỐ|XÃ|THỊ XÃ|PHƯỜNG|THỊ TRẤN)';
/**
 * "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI" on two lines, each maybe followed by the right column ("CỘNG HÒA …", "Độc lập …"),
 * or on one line, in a table cell ("| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA …").
 */
const ISSUER_LINES = new RegExp(
  String.raw`^[ \t|]*((?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN\s+DÂN|UBND|VĂN PHÒNG${CELL}|SỞ ${CELL}|BAN ${CELL})(?:${RIGHT_COLUMN}\n[ \t|]*|[ \t]+)(${LOCALITY}${CELL})`,
  'mu',
);
/**
 * A body under a People's Committee names it on the line above its own name:
 *   UBND TỈNH QUẢNG TRỊ        ỦY BAN NHÂN DÂN HUYỆN KON RẪY
 *   SỞ Y TẾ                    PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
 * The issuer is the lower body, placed by the upper one's locality ("SỞ Y TẾ TỈNH QUẢNG TRỊ"); a bare
 * "VĂN PHÒNG" is the committee's own office ("VĂN PHÒNG UBND TỈNH KON TUM"). Either line may carry a right column.
 */
const PARENT_AND_BODY = new RegExp(
  String.raw`^[ \t|]*(?:UBND|(?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN[ \t]+DÂN)[ \t]+((?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN)[ \t]${CELL})${RIGHT_COLUMN}\n[ \t|]*((?:SỞ|PHÒNG|VĂN PHÒNG|BAN|CHI CỤC|TRUNG TÂM|THANH TRA)(?:[ \t]${CELL})?)${RIGHT_COLUMN}$`,
  'mu',
);
const BODY_ISSUER = /(?<=(?:^|[\n.;,:])[ \t]*)((?:Văn phòng[ \t]+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)[ \t]+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn)(?:[ \t]+[\p{Lu}][\p{L}']*(?:[ \t]+[\p{Lu}][\p{L}']*){0,2})?)[ \t]+(?:yêu cầu|thông báo|ban hành|chỉ đạo|đề nghị|giao)/u;

function lines(text: string, from: number, to: number): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let i = from;
  while (i < to) {
    let j = text.indexOf('\n', i);
    if (j < 0 || j > to) j = to;
    out.push({ start: i, end: j, text: text.slice(i, j) });
    i = j + 1;
  }
  return out;
}

function clean(s: string): string {
  return s.replace(/\s+/gu, ' ').replace(/^[\s\-–+•;,.]+|[\s;,.]+$/gu, '').trim();
}

/** A header cell's words, without the rule printed under them ("TỈNH SƠN LA -------"). */
function cellText(s: string): string {
  return s.replace(/\s+/gu, ' ').replace(/[\s\-–_]+$/u, '').trim();
}

/** A line's first column: a distribution entry beside the signature ("- Như Điều 3;          KT. CHỦ TỊCH"). */
function leftCell(line: string): string {
  return line.trim().split(CELL_BREAK)[0];
}

function listAfter(text: string, at: number, stop: (line: string) => boolean, limit = 40): string[] {
  const out: string[] = [];
  for (const l of lines(text, at, text.length)) {
    if (out.length >= limit) break;
    const t = leftCell(l.text);
    if (t === '') continue;
    if (/^[-–+•]/u.test(t)) { out.push(...t.split(INLINE_ITEM_BREAK).map(clean).filter(Boolean)); continue; }
    if (/:$/u.test(t) && t.length < 40 && out.length > 0) continue;
    if (stop(t) || out.length > 0) break;
  }
  return out.slice(0, limit);
}

/** Past a label whose line goes on in another column ("Nơi nhận:          TM. ỦY BAN NHÂN DÂN"): the next line. */
function pastLabel(text: string, at: number): number {
  const eol = text.indexOf('\n', at);
  return new RegExp(String.raw`^${COLUMN_GAP}\S`, 'u').test(text.slice(at, eol < 0 ? text.length : eol)) ? eol + 1 : at;
}

/**
 * The signature block's cells in reading order. Lines divide at bars and column gaps, so a block beside the
 * distribution list or in a table row reads as if printed alone; distribution entries and rules are left out.
 */
function signatureCells(text: string, from: number): string[] {
  const out: string[] = [];
  for (const l of lines(text, from, text.length)) {
    for (const cell of l.text.split(CELL_BREAK).map((c) => c.trim())) {
      if (cell === '' || /^[-–+•_=]/u.test(cell) || /^Nơi nhận/u.test(cell)) continue;
      for (const part of cell.split(CAPACITY_BREAK)) {
        const rn = RANK_AND_NAME.exec(part);
        if (rn && PERSON_NAME.test(rn[2].trim())) out.push(rn[1].trim(), rn[2].trim());
        else out.push(part);
      }
    }
  }
  return out;
}

function signerOf(text: string, from: number): DocumentInfo['signer'] {
  const cells = signatureCells(text, from);
  type Capacity = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';
  let capacity: Capacity | null = null;
  let title: string | null = null;
  let last = -1;
  for (let i = 0; i < cells.length; i++) {
    const m = SIGN_CAPACITY.exec(cells[i]);
    if (m) { capacity = `${m[1]}.` as Capacity; title = m[2]; last = i; }
  }
  if (last < 0) {
    // One who signs in their own right has no capacity: a rank with the name under it ("CHỦ TỊCH / Hoàng Quốc Khánh"),
    // looked for only at the block's top, so that a title of an attachment is not taken for it.
    const at = cells.slice(0, 6).findIndex((c, i) => RANK.test(c) && PERSON_NAME.test(cells[i + 1] ?? ''));
    return at < 0 ? null : { name: cells[at + 1], title: cells[at], capacity: null };
  }
  // The line after the innermost capacity is the signer's own rank ("PHÓ CHỦ TỊCH"); the name comes last.
  const rest = cells.slice(last + 1);
  if (rest.length > 0 && RANK.test(rest[0])) title = rest.shift()!;
  const name = rest.find((t) => PERSON_NAME.test(t)) ?? null;
  return { name, title, capacity };
}

function isoOf(day: string, month: string, year: string): string | null {
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  return isValidYmd(y, m, d) ? toIso({ year: y, month: m, day: d }) : null;
}

/** The type a code implies: its type abbreviation; a letter's when it has none and the number no year. */
function typeOfCode(code: string, withYear: boolean): DocumentType | null {
  const prefix = code.split('-')[0].toUpperCase();
  if (CODE_TYPES[prefix]) return CODE_TYPES[prefix];
  return withYear || TYPE_ABBREVIATIONS.has(prefix) ? null : 'Công văn';
}

/** The end of a page's headline block: page chrome and titles come before the first sentence (a line ending in ". : ;"). */
function headlineEnd(text: string): number {
  for (const l of lines(text, 0, text.length)) if (/[.:;]$/u.test(l.text.trim())) return l.end;
  return text.length;
}

/** The last source line of a page, when only a byline or page chrome (no sentence) follows it. */
function sourceLineOf(text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(SOURCE_LINE)) last = m as RegExpExecArray;
  if (!last) return null;
  const after = lines(text, last.index + last[0].length, text.length);
  return after.some((l) => /[.:;]$/u.test(l.text.trim())) ? null : last;
}

/** The latest date of a document the text cites: a letter is of that day or later. */
function latestCited(text: string): { year: number; month: number; day: number } | null {
  let latest: { year: number; month: number; day: number } | null = null;
  for (const m of text.matchAll(CITED)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidYmd(year, month, day)) continue;
    if (!latest || year * 10000 + month * 100 + day > latest.year * 10000 + latest.month * 100 + latest.day) latest = { year, month, day };
  }
  return latest;
}

/** The lines of a "V/v …" subject up to a blank line. */
function subjectAt(text: string, from: number): { lines: string[]; end: number } {
  const out: string[] = [];
  let end = from;
  for (const s of lines(text, from, text.length)) {
    const st = s.text.trim();
    if (st === '') break;
    out.push(st);
    end = s.end;
    if (out.length >= 6) break;
  }
  return { lines: out, end };
}

export function readHeader(text: string, fallbackIssuedOn: string | null): HeaderReading {
  const head = text.slice(0, Math.min(text.length, 4000));
  let number: string | null = null;
  let code: string | null = null;
  let numberAt: [number, number] | null = null;
  let type: DocumentType | null = null;
  let issuedOn: string | null = null;
  let dateAt: [number, number] | null = null;
  let place: string | null = null;
  let issuer: string | null = null;
  let subject: string | null = null;
  let bodyStart = 0;

  const num = NUMBER_LINE.exec(head);
  if (num) {
    code = num[3].replace(/\s+/gu, '');
    number = num[1] ? [num[1], num[2], code].filter(Boolean).join('/') : null;
    numberAt = [num.index, num.index + num[0].length];
    type = typeOfCode(code, Boolean(num[2]));
    bodyStart = Math.max(bodyStart, num.index + num[0].length);
  }
  const pd = PLACE_DATE.exec(head);
  if (pd) {
    place = pd[1].replace(/\s+/gu, ' ').trim();
    dateAt = [pd.index, pd.index + pd[0].length];
    if (pd[2] && pd[3] && pd[4] && isValidYmd(Number(pd[4]), Number(pd[3]), Number(pd[2]))) {
      issuedOn = toIso({ year: Number(pd[4]), month: Number(pd[3]), day: Number(pd[2]) });
    }
    bodyStart = Math.max(bodyStart, pd.index + pd[0].length);
  }
  const pb = PARENT_AND_BODY.exec(head);
  const iss = pb ? null : ISSUER_LINES.exec(head);
  if (pb) {
    const locality = cellText(pb[1]);
    const body = cellText(pb[2]);
    issuer = body === 'VĂN PHÒNG' ? `VĂN PHÒNG UBND ${locality}` : `${body} ${locality}`;
    bodyStart = Math.max(bodyStart, pb.index + pb[0].length);
  }
  if (iss) {
    issuer = cellText(`${iss[1]} ${iss[2]}`);
    bodyStart = Math.max(bodyStart, iss.index + iss[0].length);
  }

  // Title line (THÔNG BÁO, KẾ HOẠCH …) and the subject lines under it.
  for (const l of lines(head, 0, head.length)) {
    const t = l.text.trim();
    const found = TYPE_TITLES.find(([re]) => re.test(t));
    if (!found) continue;
    type = found[1];
    const sub: string[] = [];
    const caps = (t: string) => t === t.toUpperCase() && /\p{Lu}/u.test(t);
    for (const s of lines(text, l.end + 1, text.length)) {
      const st = s.text.trim();
      if (st === '' && sub.length > 0) break;
      if (st === '' || st === '|') continue;
      // An upper-case title stops at the first line that is not upper case or names the enacting authority.
      if (sub.length > 0 && caps(sub[0]) && (!caps(st) || /^(CHỦ TỊCH|ỦY BAN|UỶ BAN|HỘI ĐỒNG)/u.test(st))) break;
      if (/^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)/u.test(st)) break;
      sub.push(st);
      bodyStart = Math.max(bodyStart, s.end);
      if (sub.length >= 6) break;
    }
    subject = sub.length > 0 ? sub.join(' ') : null;
    bodyStart = Math.max(bodyStart, l.end);
    break;
  }
  const vv = SUBJECT.exec(head);
  if (vv && (!subject || vv.index < (head.indexOf(subject) >>> 0))) {
    const sub = subjectAt(text, vv.index + vv[0].length);
    subject = `V/v ${sub.lines.join(' ')}`.trim();
    type = type ?? 'Công văn';
    bodyStart = Math.max(bodyStart, sub.end);
  }
  // A page's headline block, before its first sentence: a reference in it, "(3585/VP-KTN, ngày 23/10/2017)", gives
  // the number and date; a "Về việc …" line there is the subject when it is a title (bare, or holding that reference).
  const headline = head.slice(0, headlineEnd(head));
  const ref = num ? null : TITLE_REF.exec(headline);
  if (ref) {
    number = `${ref[1].replace(/\s+/gu, '')}/${ref[2]}`;
    code = ref[2];
    numberAt = [ref.index, ref.index + ref[0].length];
    type = type ?? typeOfCode(code, ref[1].includes('/'));
    // A printed "Lạng Sơn, ngày …" line, if any, stays the date.
    issuedOn = issuedOn ?? isoOf(ref[3], ref[4], ref[5]);
    dateAt = dateAt ?? numberAt;
    bodyStart = Math.max(bodyStart, headline.length);
  }
  const ve = subject ? null : VE_VIEC.exec(headline);
  const title = ve ? lines(headline, ve.index, headline.length)[0] : null;
  if (title && (TITLE_REF.test(title.text) || !/[.:;]$/u.test(title.text.trim()))) {
    subject = clean(title.text.replace(TITLE_REF, ''));
    bodyStart = Math.max(bodyStart, title.end);
  }

  const kg = KINH_GUI.exec(text.slice(0, Math.min(text.length, 6000)));
  let addressees: string[] = [];
  let addresseesAt: [number, number] | null = null;
  if (kg) {
    const inline = clean(kg[1]);
    addressees = inline ? inline.split(/\s*;\s*/u).map(clean).filter(Boolean) : listAfter(text, kg.index + kg[0].length + 1, () => true);
    let end = kg.index + kg[0].length;
    if (!inline) {
      for (const l of lines(text, end + 1, text.length)) {
        const t = l.text.trim();
        if (t === '' || /^[-–+•]/u.test(t)) { end = l.end; continue; }
        break;
      }
    }
    addresseesAt = [kg.index, end];
    bodyStart = Math.max(bodyStart, end);
  }

  const news = num || ref ? null : NEWS_LEAD.exec(head);
  const lead = news?.groups;
  if (news && lead) {
    number = `${lead.num}/${lead.code}`;
    code = lead.code;
    numberAt = [news.index, news.index + news[0].length];
    type = NEWS_TYPES[lead.type.toLowerCase()] ?? type;
    issuer = issuer ?? (lead.issuer ?? lead.committee).trim();
    subject = subject ?? (lead.subject ? clean(lead.subject) : null);
    const day = Number(lead.day);
    const month = Number(lead.month);
    let year = lead.year ? Number(lead.year) : null;
    // The year of a news lead: the page's stamp (US or Vietnamese order), the latest year not after it.
    const stamp = year === null ? PAGE_STAMP.exec(text.slice(0, news.index)) : null;
    // Else the latest document it cites, which is not later than the letter: that year, or the next if before it.
    const cited = year === null && !stamp ? latestCited(text.slice(news.index + news[0].length)) : null;
    if (stamp) {
      const [a, b, y] = [Number(stamp[1]), Number(stamp[2]), Number(stamp[3])];
      const us = a <= 12 && (b > 12 || /AM|PM/u.test(stamp[6] ?? ''));
      const [sm, sd] = us ? [a, b] : [b, a];
      year = month < sm || (month === sm && day <= sd) ? y : y - 1;
    } else if (cited) {
      year = month > cited.month || (month === cited.month && day >= cited.day) ? cited.year : cited.year + 1;
    } else if (year === null && fallbackIssuedOn) year = Number(fallbackIssuedOn.slice(0, 4));
    if (year !== null && isValidYmd(year, month, day)) issuedOn = toIso({ year, month, day });
    dateAt = [news.index, news.index + news[0].length];
    if (!subject) {
      // The headline above the lead is the subject.
      const before = lines(text, 0, news.index).map((l) => l.text.trim()).filter((t) => t.length > 30 && !/\d{1,2}\/\d{1,2}\/\d{4}/u.test(t));
      subject = before.length > 0 ? before[before.length - 1] : null;
    }
    bodyStart = Math.max(bodyStart, news.index + news[0].length);
  }

  // A page that reproduces a letter may name it only in a closing source line.
  const source = num || ref || news ? null : sourceLineOf(text);
  if (source) {
    number = `${source[2].replace(/\s+/gu, '')}/${source[3]}`;
    code = source[3];
    numberAt = [source.index, source.index + source[0].length];
    type = NEWS_TYPES[source[1].toLowerCase()] ?? type;
    issuedOn = issuedOn ?? isoOf(source[4], source[5], source[6]);
    dateAt = dateAt ?? numberAt;
  }

  if (!issuer) {
    const bi = BODY_ISSUER.exec(text.slice(0, Math.min(text.length, 8000)));
    if (bi) issuer = bi[1].trim();
  }

  // Where the body ends: the distribution list, the signature block, or the end of a news article.
  let bodyEnd = source ? source.index : text.length;
  const nn = NOI_NHAN.exec(text.slice(bodyStart));
  if (nn) bodyEnd = Math.min(bodyEnd, bodyStart + nn.index);
  const web = WEB_END.exec(text.slice(bodyStart, bodyEnd));
  if (web) bodyEnd = bodyStart + web.index;
  // A "Nơi nhận" in a table row gives the signer and the distribution but does not end the body: a decision's
  // attached plan may follow it with no "(Kèm theo …)" line of its own.
  const row = SIGNATURE_ROW.exec(text.slice(bodyStart));
  let signFrom = nn || !row ? bodyEnd : bodyStart + row.index;
  for (const l of lines(text, bodyStart, text.length)) {
    if (SIGN_CAPACITY.test(l.text.trim()) && /^[ \t]*(TM|KT|TL|TUQ|Q)\.[ \t]*[\p{Lu}\s]+$/u.test(l.text)) {
      if (l.start < bodyEnd) bodyEnd = l.start;
      signFrom = l.start;
      break;
    }
  }
  const list = nn ?? row;
  const distribution = list ? listAfter(text, pastLabel(text, bodyStart + list.index + list[0].length), (t) => SIGN_CAPACITY.test(t)) : [];

  // Plans and regulations attached after the signature are body too, up to their own distribution list or end.
  const attachments: Array<{ start: number; end: number }> = [];
  for (let from = Math.max(bodyEnd, signFrom); from < text.length;) {
    const att = ATTACHMENT.exec(text.slice(from));
    if (!att) break;
    const start = from + att.index + att[0].length;
    const stop = NOI_NHAN.exec(text.slice(start));
    const end = stop ? start + stop.index : text.length;
    attachments.push({ start, end });
    from = end + 1;
  }

  return {
    attachments,
    info: {
      number,
      code,
      type: type ?? 'Khác',
      issuer,
      place,
      issuedOn: issuedOn ?? fallbackIssuedOn,
      subject,
      signer: signerOf(text, Math.min(signFrom, text.length)),
      addressees,
      distribution,
    },
    numberAt,
    dateAt,
    body: { start: Math.min(bodyStart, text.length), end: Math.max(Math.min(bodyEnd, text.length), Math.min(bodyStart, text.length)) },
    addresseesAt,
  };
}
