/**
 * The document's header and footer: number and code ("Số: 46 /TB - VP"), place and date ("Kon Tum, ngày 09 tháng 01
 * năm 2018"), type (the title line, the "V/v" of a letter, or the code), issuer, subject, addressees ("Kính gửi"),
 * distribution ("Nơi nhận"), signer ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"). News pages about a directive
 * ("Ngày 21/12, Ủy ban nhân dân tỉnh ban hành Công văn số 4628/UBND-KGVX …") give number, type, issuer and date.
 * Also finds where the body starts and ends.
 */
import type { DocumentInfo, DocumentType } from '../spec';
import { isValidYmd, toIso } from '../dates';

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
  [/^CÔNG VĂN$/u, 'Công văn'], [/^BÁO CÁO$/u, 'Báo cáo'], [/^TỜ TRÌNH$/u, 'Tờ trình'], [/^NGHỊ QUYẾT$/u, 'Nghị quyết'],
  [/^CHƯƠNG TRÌNH$/u, 'Chương trình'],
];
const CODE_TYPES: Record<string, DocumentType> = {
  TB: 'Thông báo', KH: 'Kế hoạch', CT: 'Chỉ thị', QĐ: 'Quyết định', BC: 'Báo cáo', TTR: 'Tờ trình', NQ: 'Nghị quyết', CTR: 'Chương trình',
};
const NEWS_TYPES: Record<string, DocumentType> = {
  'công văn': 'Công văn', 'văn bản': 'Công văn', 'kế hoạch': 'Kế hoạch', 'chỉ thị': 'Chỉ thị', 'quyết định': 'Quyết định', 'thông báo': 'Thông báo',
};

/** "Số: 46 /TB - VP", "Số: /UBND-KGVX" (a draft), "Số:\n06/2024/QĐ-UBND", "Số: 130/KH-UBND | Ninh Bình, …" (a table row). */
const NUMBER_LINE = /^[ \t|]*Số[ \t]*:[ \t\n|]*(\d*)[ \t]*\/[ \t]*(?:(\d{4})[ \t]*\/[ \t]*)?([\p{L}\d&]+(?:[ \t]*-[ \t]*[\p{L}\d&]+(?:[ \t]+[\p{Lu}Đ\d&]+)*)*)[ \t]*(?=\||$)/mu;
/** "Kon Tum, ngày 09 tháng 01 năm 2018", "Kon Tum, ngày tháng năm" (a draft), "Quảng Bình,\nngày 25 tháng 5 năm 2015". */
const PLACE_DATE = /(?:^|\|)[ \t]*([\p{Lu}][\p{L} '-]{1,40}?),\s*ngày[ \t]*(\d{1,2})?\s*tháng[ \t]*(\d{1,2})?\s*năm[ \t]*(\d{4})?[ \t.]*(?=\||$)/mu;
const NEWS_LEAD = /(?:^|\n)[ \t]*Ngày[ \t]+(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})(?:[ \t]*\/[ \t]*(\d{4}))?[ \t]*,[ \t]*([^,.\n]{3,80}?)[ \t]+(?:đã[ \t]+)?ban hành[ \t]+(Công văn|Văn bản|Kế hoạch|Chỉ thị|Quyết định|Thông báo)[ \t]+số[ \t]+(\d+)[ \t]*\/[ \t]*([\p{L}\d&-]+)(?:[ \t]+(?:về việc|V\/v)[ \t]+([^.\n]{3,200}))?/iu;
/** "12/22/2020 7:41:10 AM" or "22/12/2020 07:41": a page's publication stamp. */
const PAGE_STAMP = /(?:^|\n)[^\n]{0,20}?(\d{1,2})\/(\d{1,2})\/(\d{4})[ \t]+(\d{1,2}):(\d{2})(?::\d{2})?(?:[ \t]*(AM|PM|SA|CH))?/u;
const SUBJECT = /^[ \t]*V\/?v\.?[ \t]*:?[ \t]*/imu;
const KINH_GUI = /^[ \t]*Kính gửi[ \t]*:?[ \t]*(.*)$/mu;
const NOI_NHAN = /^[ \t]*Nơi nhận[ \t]*:?/mu;
const SIGN_CAPACITY = /^[ \t]*(TM|KT|TL|TUQ|Q)\.[ \t]*(.+?)[ \t]*$/u;
/** The title block of an attachment: "(Ban hành kèm theo Quyết định số … của …)", "(Kèm theo Công văn số …)". */
const ATTACHMENT = /^[ \t]*\((?:Ban hành )?[Kk]èm theo[^\n]*$/mu;
const WEB_END = /^[ \t]*(Bài viết trước|Các tin khác|Tin liên quan|Tin cùng chuyên mục|Các bài viết khác|Tin khác)\b/mu;
const ISSUER_LINES = /^[ \t]*((?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN\s+DÂN|UBND|VĂN PHÒNG[^\n|]*|SỞ [^\n|]+|BAN [^\n|]+)[ \t|]*\n[ \t]*((?:TỈNH|HUYỆN|THÀNH PHỐ|XÃ|THỊ XÃ|PHƯỜNG|THỊ TRẤN)[^\n|]*)/mu;
/**
 * A body under a People's Committee names it on the line above its own name:
 *   UBND TỈNH QUẢNG TRỊ        ỦY BAN NHÂN DÂN HUYỆN KON RẪY
 *   SỞ Y TẾ                    PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
 * The issuer is the lower body, placed by the upper one's locality ("SỞ Y TẾ TỈNH QUẢNG TRỊ"); a bare
 * "VĂN PHÒNG" is the committee's own office ("VĂN PHÒNG UBND TỈNH KON TUM").
 */
const PARENT_AND_BODY =
  /^[ \t]*(?:UBND|(?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN[ \t]+DÂN)[ \t]+((?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN)[ \t][^\n|]*?)[ \t|]*\n[ \t|]*((?:SỞ|PHÒNG|VĂN PHÒNG|BAN|CHI CỤC|TRUNG TÂM|THANH TRA)(?:[ \t][^\n|]*?)?)[ \t|]*$/mu;
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

function listAfter(text: string, at: number, stop: (line: string) => boolean, limit = 40): string[] {
  const out: string[] = [];
  for (const l of lines(text, at, text.length)) {
    if (out.length >= limit) break;
    const t = l.text.trim();
    if (t === '') continue;
    if (/^[-–+•]/u.test(t)) { const c = clean(t); if (c) out.push(c); continue; }
    if (/:$/u.test(t) && t.length < 40 && out.length > 0) continue;
    if (stop(t) || out.length > 0) break;
  }
  return out;
}

function signerOf(text: string, from: number): DocumentInfo['signer'] {
  const ls = lines(text, from, text.length).map((l) => l.text.trim()).filter((t) => t !== '');
  type Capacity = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';
  let capacity: Capacity | null = null;
  let title: string | null = null;
  let last = -1;
  for (let i = 0; i < ls.length; i++) {
    const m = SIGN_CAPACITY.exec(ls[i]);
    if (m) { capacity = `${m[1]}.` as Capacity; title = m[2]; last = i; }
  }
  if (last < 0) return null;
  // The line after the innermost capacity is the signer's own rank ("PHÓ CHỦ TỊCH"); the name comes last.
  const rest = ls.slice(last + 1);
  if (rest.length > 0 && /^[\p{Lu}\s]+$/u.test(rest[0]) && !/^\p{Lu}\p{Ll}/u.test(rest[0])) title = rest.shift()!;
  const name = rest.find((t) => /^(\p{Lu}[\p{Ll}']*)(\s\p{Lu}[\p{Ll}']*){1,5}$/u.test(t)) ?? null;
  return { name, title, capacity };
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
    const prefix = code.split('-')[0].toUpperCase();
    type = CODE_TYPES[prefix] ?? null;
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
    const locality = pb[1].replace(/\s+/gu, ' ').trim();
    const body = pb[2].replace(/\s+/gu, ' ').trim();
    issuer = body === 'VĂN PHÒNG' ? `VĂN PHÒNG UBND ${locality}` : `${body} ${locality}`;
    bodyStart = Math.max(bodyStart, pb.index + pb[0].length);
  }
  if (iss) {
    issuer = `${iss[1]} ${iss[2]}`.replace(/\s+/gu, ' ').trim();
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
    const sub: string[] = [];
    let end = vv.index + vv[0].length;
    for (const s of lines(text, vv.index + vv[0].length, text.length)) {
      const st = s.text.trim();
      if (st === '') break;
      sub.push(st);
      end = s.end;
      if (sub.length >= 6) break;
    }
    subject = `V/v ${sub.join(' ')}`.trim();
    type = type ?? 'Công văn';
    bodyStart = Math.max(bodyStart, end);
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

  const news = NEWS_LEAD.exec(head);
  if (news && !num) {
    number = `${news[6]}/${news[7]}`;
    code = news[7];
    numberAt = [news.index, news.index + news[0].length];
    type = NEWS_TYPES[news[5].toLowerCase()] ?? type;
    issuer = issuer ?? news[4].trim();
    subject = subject ?? (news[8] ? clean(news[8]) : null);
    const day = Number(news[1]);
    const month = Number(news[2]);
    let year = news[3] ? Number(news[3]) : null;
    if (year === null) {
      // The year of a news lead: the page's stamp (US or Vietnamese order), the latest year not after it.
      const stamp = PAGE_STAMP.exec(text.slice(0, news.index));
      if (stamp) {
        const [a, b, y] = [Number(stamp[1]), Number(stamp[2]), Number(stamp[3])];
        const us = a <= 12 && (b > 12 || /AM|PM/u.test(stamp[6] ?? ''));
        const [sm, sd] = us ? [a, b] : [b, a];
        year = month < sm || (month === sm && day <= sd) ? y : y - 1;
      } else if (fallbackIssuedOn) year = Number(fallbackIssuedOn.slice(0, 4));
    }
    if (year !== null && isValidYmd(year, month, day)) issuedOn = toIso({ year, month, day });
    dateAt = [news.index, news.index + news[0].length];
    if (!subject) {
      // The headline above the lead is the subject.
      const before = lines(text, 0, news.index).map((l) => l.text.trim()).filter((t) => t.length > 30 && !/\d{1,2}\/\d{1,2}\/\d{4}/u.test(t));
      subject = before.length > 0 ? before[before.length - 1] : null;
    }
    bodyStart = Math.max(bodyStart, news.index + news[0].length);
  }

  if (!issuer) {
    const bi = BODY_ISSUER.exec(text.slice(0, Math.min(text.length, 8000)));
    if (bi) issuer = bi[1].trim();
  }

  // Where the body ends: the distribution list, the signature block, or the end of a news article.
  let bodyEnd = text.length;
  const nn = NOI_NHAN.exec(text.slice(bodyStart));
  if (nn) bodyEnd = bodyStart + nn.index;
  const web = WEB_END.exec(text.slice(bodyStart, bodyEnd));
  if (web) bodyEnd = bodyStart + web.index;
  let signFrom = bodyEnd;
  for (const l of lines(text, bodyStart, text.length)) {
    if (SIGN_CAPACITY.test(l.text.trim()) && /^[ \t]*(TM|KT|TL|TUQ|Q)\.[ \t]*[\p{Lu}\s]+$/u.test(l.text)) {
      if (l.start < bodyEnd) bodyEnd = l.start;
      signFrom = l.start;
      break;
    }
  }
  const distribution = nn ? listAfter(text, bodyStart + nn.index + nn[0].length, (t) => SIGN_CAPACITY.test(t)) : [];

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
