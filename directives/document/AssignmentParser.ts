/**
 * Who does a task. Reads agency lists ("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các đơn vị có liên
 * quan; Ủy ban nhân dân các huyện, thành phố"), "Giao X: …" and "X: …" leads (also after an opening "Theo đó, UBND tỉnh
 * yêu cầu X …"), "X có nhiệm vụ …", "** Thực hiện: X …" lines, "(Giao X …)" after the work and "phối hợp với Y" inside
 * a task. Names resolve through the agency directory; unknown names that look like agencies
 * ("Sở …", "Phòng …", "Các …") are kept without an id.
 */
import { VAGUE_ASSIGNEES } from '../constants';
import type { AgencyIndex, AgencyMatch, JurisdictionScores } from '../agencyIndex';
import type { AgencyEntry } from '../../config/agencies';

export interface FoundAssignee {
  name: string;
  agencyId: string | null;
  role: 'lead' | 'coordinate';
  group: boolean;
  /** Reading offsets of the name. */
  at: [number, number];
  /** Other directory entries the name could mean. */
  alternatives: AgencyEntry[];
}

export interface AssignmentContext {
  index: AgencyIndex;
  scores: JurisdictionScores;
  /** The document comes from a place the directory does not cover: names there get no id from elsewhere. */
  foreign: boolean;
  /** The issuer the header names ("BỘ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"): it directs in its own name. */
  issuer?: string | null;
}

/** A phrase that starts with an agency's name. */
const AGENCY_START = new RegExp(
  '^(?:(?:Sở|Phòng|Ban|Báo|Đài|Trung tâm|Văn phòng|Thanh tra|Kho bạc|Cục|Chi cục|Bảo hiểm|Liên đoàn|Liên minh|Hội đồng|Hội|' +
    'Huyện đoàn|Tỉnh đoàn|Thành đoàn|Đoàn|Trường|Bệnh viện|Quỹ|Viện|Tòa án|Toà án|Ngân hàng|Điện lực|Chi nhánh|Công an|Bộ Chỉ huy|' +
    'Bộ chỉ huy|Ủy ban|Uỷ ban|Mặt trận|Thường trực|Bộ|Tổng cục|Vụ|Kiểm toán|Viện kiểm sát|Thông tấn xã|Tập đoàn|Tổng công ty|' +
    'Học viện|Đại học|Hội đồng nhân dân|Tổng Liên đoàn|Trung ương)\\s+[\\p{Lu}Đ]' +
    '|(?:Chính phủ|Quốc hội|Kiểm toán nhà nước|Kiểm toán Nhà nước|Ngân hàng Nhà nước|Đài Truyền hình Việt Nam|Đài Tiếng nói Việt Nam)(?![\\p{L}])' +
    '|(?:Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban|Uỷ ban|Công an|Thanh tra|Bảo hiểm xã hội|Ban chỉ đạo|Ban Chỉ đạo|Thuế)\\s+(?:tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|các|cấp)' +
    '|[Cc]ác\\s+(?:sở|Sở|phòng|Phòng|ban|Ban|ngành|cơ quan|xã|huyện|tổ chức|hội|đoàn thể|thành viên|đơn vị|địa phương|bộ|Bộ|' +
    'tập đoàn|Tập đoàn|tổng công ty|Tổng công ty|trường|Trường|cục|Cục|vụ|Vụ|đại biểu|tỉnh|thành phố|Ủy ban|UBND)' +
    '|UBND|Huyện đoàn|Tỉnh đoàn)',
  'u',
);

/** Where an agency list ends: the verb of the task. */
const STOP = /[\s,](?:triển khai|thực hiện|tổ chức|theo chức năng|căn cứ|tham mưu|hướng dẫn|xây dựng|nghiên cứu|đề xuất|tiếp tục|chỉ đạo|rà soát|kiểm tra|để|nhằm|trong|về|tăng cường|chủ động|khẩn trương|đẩy mạnh|phối hợp|chủ trì|theo|thường xuyên|bảo đảm|đảm bảo|tập trung|cung cấp|gửi|báo cáo|tổng hợp|hoàn thành|quan tâm|nghiêm túc|giúp(?<!Trợ giúp)|chuẩn bị|yêu cầu|đề nghị|giao|trân trọng|kính|góp ý|cử|bố trí|lập|ban hành|phổ biến|quán triệt|phê duyệt|trình|giải quyết|xử lý|cập nhật|công bố|thống kê|đôn đốc|theo dõi|giám sát|sẽ|cần|phải|nộp|dự kiến|đánh giá|bổ sung|hoàn thiện|phân bổ|sắp xếp|lồng ghép|huy động|nâng cao|vận động|chấn chỉnh|thẩm định|tiếp thu|giải ngân|ưu tiên)(?![\p{L}])/u;
const LEAD_VERB = /(?:^|[\s,;])(?:yêu cầu|giao|đề nghị|chỉ đạo)\s+/giu;
/** Words that open a sentence before its subject: a connective ("Theo đó,") or a clause ("Trên cơ sở báo cáo của …,"). */
const OPENING = /^(?:Theo đó|Đồng thời|Ngoài ra|Bên cạnh đó|Mặt khác|Do đó|Vì vậy|Từ đó|Sau đó|Tiếp theo|Trên cơ sở|Căn cứ|Thực hiện|Để|Nhằm|Qua|Sau khi|Trước|Trong)(?![\p{L}])/u;
/** The issuer as the subject of a directing verb: "UBND tỉnh yêu cầu …", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu giao …". */
const ISSUER = /^(?:(?:Phó\s+)?Chủ tịch\s+|Thường trực\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)(?:\s+\p{Lu}[\p{L}-]*)*$/u;
/** The courtesy words between a subject and its directing verb: "Văn phòng Chính phủ trân trọng đề nghị", "kính đề nghị". */
const COURTESY = /\s+(?:trân trọng|kính|xin|thừa lệnh [^,]{3,60}?,?)$/u;
/** The Government and its head as subjects: "Thủ tướng Chính phủ yêu cầu", "Chính phủ giao". */
const GOVERNMENT = /^(?:(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?|Chính phủ)$/u;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\buỷ\b/gu, 'ủy').replace(/\s+/gu, ' ').trim();

/**
 * Who directs: a People's Committee ("UBND tỉnh yêu cầu"), the Government ("Thủ tướng Chính phủ yêu cầu"), or the
 * document's issuer writing in its own name ("Bộ Nội vụ đề nghị …", "Văn phòng Chính phủ trân trọng đề nghị …"). Any
 * other agency that "yêu cầu" or "đề nghị" does so as its own task ("Sở Y tế yêu cầu các cơ sở …").
 */
function isDirectingSubject(before: string, ctx: AssignmentContext): boolean {
  const subject = before.trim().replace(/^[,;]\s*/u, '').replace(COURTESY, '').trim();
  if (ISSUER.test(subject) || GOVERNMENT.test(subject)) return true;
  if (!ctx.issuer || subject.length < 4 || subject.length > 90) return false;
  const [who, issuer] = [fold(subject), fold(ctx.issuer)];
  return who === issuer || issuer.endsWith(` ${who}`) || who.endsWith(issuer);
}
/** "X có nhiệm vụ …", "X chịu trách nhiệm …": X leads; not the closing article's "chịu trách nhiệm thi hành". */
const DUTY = /\s(?:có nhiệm vụ|có trách nhiệm|chịu trách nhiệm)(?![\p{L}])(?!\s+thi hành)/u;
/** What goes on a group's name: "các sở, ngành tỉnh", "các sở, ban, ngành thuộc UBND tỉnh", "… trên địa bàn tỉnh". */
const GROUP_TAIL = /^\s+(?:(?:trực thuộc|thuộc)\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:tỉnh|huyện|thành phố|thị xã)|(?:trên địa bàn|của)\s+(?:tỉnh|huyện)|tỉnh|huyện)(?![\p{L}])/u;
const CHU_TRI = /\s*(?<![\p{L}])chủ trì(?![\p{L}])\s*[,;]?\s*(?:và\s+)?(?:(?:phối hợp(?:\s+chặt chẽ)?)(?:\s+với)?\s*)?/u;
const COORD_WITH = /(?<![\p{L}])phối hợp(?:\s+chặt chẽ)?\s+với\s+/giu;

/** The head of an agency, whom a Chỉ thị addresses: "Giám đốc Sở Tài chính", "Chủ tịch UBND các huyện". */
const HEAD_TITLE = /^(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Trưởng ban|Chánh Văn phòng|Chánh Thanh tra|Cục trưởng|Chỉ huy trưởng|Bộ trưởng|Tổng cục trưởng|Vụ trưởng|Tổng Giám đốc|Hiệu trưởng)|Thủ trưởng|Người đứng đầu)\s+/u;

export function startsWithAgency(text: string, ctx: AssignmentContext): boolean {
  const t = text.trimStart().replace(HEAD_TITLE, '');
  return AGENCY_START.test(t) || ctx.index.startsWithName(t, ctx.scores);
}

/** Directory matches with a group's name run over its tail ("các sở, ngành" + " tỉnh"); matches inside a tail dropped. */
function withGroupTails(part: string, matches: AgencyMatch[]): AgencyMatch[] {
  const out: AgencyMatch[] = [];
  for (const m of matches) {
    if (out.some((o) => m.start >= o.start && m.start < o.end)) continue;
    const tail = m.entry.kind === 'group' || /^các\s/iu.test(part.slice(m.start)) ? GROUP_TAIL.exec(part.slice(m.end)) : null;
    out.push(tail ? { ...m, end: m.end + tail[0].length } : m);
  }
  return out;
}

/** A name ends with its sentence ("… trực thuộc Trung ương. Thực hiện …"); "TP. Hồ Chí Minh" does not end one. */
const SENTENCE_END = /(?<![\s.](?:TP|Tp|TX|Q|P|ThS|TS|PGS))\.\s+(?=\p{Lu})/u;
/** A directory name after these words is part of a larger name ("các đơn vị trực thuộc Sở Y tế"). */
const PART_OF = /(?:^|\s)(?:thuộc|trực thuộc)\s+$/u;

/** Agency names in `part` (reading offset `base`), cut at the first verb after them. */
function namesIn(part: string, base: number, role: 'lead' | 'coordinate', ctx: AssignmentContext, cutAtVerb = true): FoundAssignee[] {
  const matches = withGroupTails(part, ctx.index.find(part, ctx.scores).sort((a, b) => a.start - b.start));
  let masked = part;
  for (const m of matches) {
    if (!PART_OF.test(part.slice(0, m.start))) masked = masked.slice(0, m.start) + ';'.repeat(m.end - m.start) + masked.slice(m.end);
  }
  const stop = cutAtVerb ? STOP.exec(masked) : null;
  const sentenceEnd = SENTENCE_END.exec(masked);
  const cut = Math.min(stop ? stop.index : part.length, sentenceEnd ? sentenceEnd.index : part.length);
  const out: FoundAssignee[] = [];
  for (const m of matches) {
    if (m.start >= cut) continue;
    // "Các cơ quan chuyên môn thuộc UBND tỉnh" names the agencies under the committee, not the committee.
    if (PART_OF.test(part.slice(0, m.start))) continue;
    // "các sở, ngành liên quan": only the relevant ones, not the whole group.
    if (m.entry.kind === 'group' && /^\s*(?:có\s+)?liên quan/u.test(part.slice(m.end))) continue;
    const known = !ctx.foreign || (ctx.scores.get(m.entry.jurisdiction) ?? 0) > 0;
    out.push({
      name: part.slice(m.start, m.end).trim(), agencyId: known ? m.entry.id : null, role, group: m.entry.kind === 'group' || /^các\s/iu.test(part.slice(m.start)),
      at: [base + m.start, base + m.end], alternatives: known ? m.alternatives : [],
    });
  }
  // What the directory did not know: pieces that look like agency names.
  const residue = masked.slice(0, cut);
  const pieceRe = /[^;]+/gu;
  for (let p = pieceRe.exec(residue); p; p = pieceRe.exec(residue)) {
    const piece = p[0];
    const lead = /^[\s,\-–•+]*(?:và|cùng|với)?\s*/u.exec(piece)![0].length;
    const body = piece.slice(lead);
    const chunks = splitChunks(body);
    for (const c of chunks) {
      // A list cut at its verb may end in its conjunction: "Ủy ban nhân dân phường Văn Phú và [các sở … liên quan]".
      const written = c.text.replace(/(?:[\s,.:(]+|\s+(?:và|cùng|với))+$/u, '').trim();
      // A name a line break cut ("Ban Quản lý khu\nKinh tế") is one name.
      const name = written.replace(/\s+/gu, ' ');
      if (name.length < 4 || name.length > 120 || !AGENCY_START.test(name) || VAGUE_ASSIGNEES.test(name)) continue;
      const start = base + p.index + lead + c.at;
      out.push({ name, agencyId: null, role, group: /(?:^|\s)các\s/iu.test(name), at: [start, start + written.length], alternatives: [] });
    }
  }
  return out.sort((a, b) => a.at[0] - b.at[0]);
}

/**
 * What an agency's name starts with, after "và": "Sở Xây dựng và Ban Quản lý …", "Sở Xây dựng và các cơ quan liên
 * quan" are two names, "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ" one.
 */
const AGENCY_HEAD = new RegExp(
  '(?:Sở|Ban|Bộ|UBND|Ủy ban|Uỷ ban|Công an|Thuế|Kho bạc|Văn phòng|Đài|Báo|Hội|Liên đoàn|Liên minh|Tỉnh đoàn|Huyện đoàn|' +
    'Thành đoàn|Đoàn|Trường|Bệnh viện|Trung tâm|Chi cục|Cục|Phòng|Thanh tra|Bảo hiểm|Ngân hàng|Viện|Tòa án|Toà án|Mặt trận|' +
    'Quỹ|Điện lực|Chi nhánh|Các|các)(?![\\p{L}])',
  'u',
);
const STARTS_AGENCY_HEAD = new RegExp(`^${AGENCY_HEAD.source}`, 'u');

function splitChunks(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const re = new RegExp(String.raw`,\s*|\s+và\s+(?=${AGENCY_HEAD.source})|\n\s*[-–•+]?\s*`, 'gu');
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(last, m.index), at: last });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), at: last });
  // "UBND các huyện, thị xã, thành phố": words after a comma that name no agency continue a group's name.
  const merged: Array<{ text: string; at: number }> = [];
  for (const c of out) {
    const prev = merged[merged.length - 1];
    if (prev && /(?:^|\s)các\s/iu.test(prev.text) && /^\s*\p{Ll}/u.test(c.text)) prev.text = text.slice(prev.at, c.at + c.text.length);
    // "Sở Văn hóa, Thể thao và Du lịch": capitalised words after a comma that start no agency go on with its name.
    else if (prev && AGENCY_START.test(prev.text) && /^\p{Lu}/u.test(c.text) && !STARTS_AGENCY_HEAD.test(c.text)) {
      prev.text = text.slice(prev.at, c.at + c.text.length);
    } else merged.push({ ...c });
  }
  return merged;
}

/** "X chủ trì, phối hợp với Y" → X lead, Y coordinate; otherwise every name is a lead. */
export function readAgencyList(segment: string, base: number, ctx: AssignmentContext): FoundAssignee[] {
  const ct = CHU_TRI.exec(segment);
  if (ct) {
    const leads = namesIn(segment.slice(0, ct.index), base, 'lead', ctx, false);
    const rest = ct.index + ct[0].length;
    const coordinates = /phối hợp/u.test(ct[0]) ? namesIn(segment.slice(rest), base + rest, 'coordinate', ctx) : [];
    return [...leads, ...coordinates];
  }
  const coord = /^\s*phối hợp(?:\s+chặt chẽ)?\s+với\s+/iu.exec(segment);
  if (coord) return namesIn(segment.slice(coord[0].length), base + coord[0].length, 'coordinate', ctx);
  return namesIn(segment, base, 'lead', ctx);
}

export interface AgencyLead {
  assignees: FoundAssignee[];
  /** Offset (within the text) where the task's own words start. */
  restAt: number;
  /** The agencies are part of the sentence ("Đề nghị Huyện đoàn tiếp tục …"): the task keeps all its words. */
  inline: boolean;
  /** The sentence directs only "các đơn vị, địa phương": who they are, the document says elsewhere. */
  vague?: boolean;
}

/**
 * Where the sentence proper starts after an opening connective or clause: "Theo đó, giao …", "Trên cơ sở báo cáo của
 * các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ …" (the clause's own commas are passed over: the subject
 * starts at the first comma followed by an agency or a directing verb). 0 when the sentence has no opening.
 */
function openingEnd(text: string, ctx: AssignmentContext): number {
  if (!OPENING.test(text)) return 0;
  const clause = /^[^.;:]*/u.exec(text)![0];
  for (let k = clause.indexOf(','); k >= 0; k = clause.indexOf(',', k + 1)) {
    const at = k + 1 + /^\s*/u.exec(text.slice(k + 1))![0].length;
    const rest = text.slice(at);
    if (startsWithAgency(rest, ctx) || /^(?:yêu cầu|giao|đề nghị)\s/iu.test(rest)) return at;
  }
  return 0;
}

/**
 * The directing verb whose object is the task's agencies: "Giao X", "UBND tỉnh yêu cầu X", anywhere before the colon
 * of "…, giao X: …"; "chỉ đạo X" only after the issuer ("Sở Công Thương chỉ đạo các đơn vị …" is Sở Công Thương's task).
 */
function directingVerb(head: string, colonForm: boolean, ctx: AssignmentContext): RegExpExecArray | null {
  LEAD_VERB.lastIndex = 0;
  for (let m = LEAD_VERB.exec(head); m; m = LEAD_VERB.exec(head)) {
    const byIssuer = isDirectingSubject(head.slice(0, m.index), ctx);
    const allowed = /chỉ đạo/iu.test(m[0]) ? byIssuer : m.index === 0 || colonForm || byIssuer;
    // The first such verb followed by an agency ("Giao Sở Giao thông vận tải" has two).
    if (allowed && startsWithAgency(head.slice(m.index + m[0].length), ctx)) return m;
  }
  return null;
}

/** "Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp …": the agencies before "có nhiệm vụ / có trách nhiệm" lead. */
function dutyLead(head: string, headAt: number, base: number, ctx: AssignmentContext): AgencyLead | null {
  const duty = DUTY.exec(head);
  if (!duty || !startsWithAgency(head, ctx)) return null;
  const title = HEAD_TITLE.exec(head)?.[0].length ?? 0;
  const subject = head.slice(title, duty.index);
  const assignees = readAgencyList(subject, base + headAt + title, ctx).filter((a) => a.role === 'lead');
  // Only names before the verb: otherwise the duty is said of something else.
  const covered = assignees.length > 0 && Math.max(...assignees.map((a) => a.at[1])) - base - headAt - title >= subject.trimEnd().length - 1;
  return covered ? { assignees, restAt: headAt + duty.index, inline: true } : null;
}

/**
 * "Giao Sở Kế hoạch và Đầu tư: Khẩn trương …", "Sở Y tế: Tiếp tục …", "Yêu cầu UBND các huyện, thành phố" (a heading),
 * "Theo đó, Ủy ban nhân dân tỉnh yêu cầu các Sở, ban, ngành thuộc tỉnh; …: Căn cứ …", "Theo đó, giao Sở Tài nguyên và
 * Môi trường chủ trì, …", "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với … triển khai thực hiện", "…, Sở Kế hoạch và
 * Đầu tư có nhiệm vụ …"; with subjectLeads (list items), also "Công an tỉnh, Sở Giao thông vận tải phối hợp tổ chức …":
 * the agencies the sentence starts with.
 */
export function readAgencyLead(text: string, base: number, ctx: AssignmentContext, subjectLeads = false): AgencyLead | null {
  const colon = text.indexOf(':');
  const sentenceEnd = text.search(/\.\s/u);
  const colonForm = colon > 0 && colon < 300 && (sentenceEnd < 0 || sentenceEnd > colon);
  let headAt = openingEnd(text, ctx);
  let head = colonForm ? text.slice(headAt, colon) : text.slice(headAt, headAt + 300);
  const verb = directingVerb(head, colonForm, ctx);
  if (verb) {
    headAt += verb.index + verb[0].length;
    head = head.slice(verb.index + verb[0].length);
  } else if (!colonForm) {
    const duty = dutyLead(head, headAt, base, ctx);
    if (duty) return duty;
  }
  if (!startsWithAgency(head, ctx)) return null;
  const title = HEAD_TITLE.exec(head);
  if (title) {
    headAt += title[0].length;
    head = head.slice(title[0].length);
  }
  if (colonForm) {
    const assignees = readAgencyList(head, base + headAt, ctx);
    return assignees.length > 0 ? { assignees, restAt: colon + 1, inline: false } : null;
  }
  if (/chủ trì/u.test(head) || verb) {
    // "X chủ trì, phối hợp với Y triển khai …", "Đề nghị X tiếp tục …": the list runs to the task's verb.
    const assignees = readAgencyList(head, base + headAt, ctx);
    if (assignees.length > 0) return { assignees, restAt: Math.max(...assignees.map((a) => a.at[1])) - base, inline: true };
    return verb && VAGUE_ASSIGNEES.test(head) ? { assignees: [], restAt: headAt, inline: true, vague: true } : null;
  }
  // A heading that only names agencies: "2.7. Các sở, ngành thành viên Ban chỉ đạo".
  if (text.length <= 200 && sentenceEnd < 0 && !/;\s*\p{Ll}/u.test(text)) {
    const names = head.replace(/[.\s]+$/u, '');
    const assignees = readAgencyList(names, base + headAt, ctx);
    // Only names, up to the end: otherwise it is a sentence whose subject they are.
    const covered = assignees.length > 0 && Math.max(...assignees.map((a) => a.at[1])) - base - headAt >= names.length - 2;
    if (covered) return { assignees, restAt: text.length, inline: false };
  }
  // A list item whose subject is its agencies: "4. Công an tỉnh, Sở Giao thông vận tải phối hợp tổ chức kiểm tra …".
  if (subjectLeads) {
    const assignees = readAgencyList(head, base + headAt, ctx);
    if (assignees.length > 0 && assignees[0].at[0] - base - headAt <= 1) {
      return { assignees, restAt: Math.max(...assignees.map((a) => a.at[1])) - base, inline: true };
    }
  }
  return null;
}

/** "(Giao Công an tỉnh chủ trì, phối hợp với …)": a plan's item that names who does it after the work. */
const ASSIGNED_AFTER = /\((?:Giao|giao)\s+([^()]{4,300})\)/u;

export function readAssignedAfter(text: string, base: number, ctx: AssignmentContext): FoundAssignee[] {
  const m = ASSIGNED_AFTER.exec(text);
  if (!m || !startsWithAgency(m[1], ctx)) return [];
  return readAgencyList(m[1], base + m.index + m[0].indexOf(m[1]), ctx);
}

/** "phối hợp với Sở Y tế và …" inside a task: the named agencies coordinate. */
export function readCoordinators(text: string, base: number, ctx: AssignmentContext): FoundAssignee[] {
  const out: FoundAssignee[] = [];
  COORD_WITH.lastIndex = 0;
  for (let m = COORD_WITH.exec(text); m; m = COORD_WITH.exec(text)) {
    const from = m.index + m[0].length;
    out.push(...namesIn(text.slice(from, from + 200), base + from, 'coordinate', ctx));
  }
  return out;
}
