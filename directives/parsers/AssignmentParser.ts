/**
 * Who does a task. Reads agency lists ("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các đơn vị có liên
 * quan; Ủy ban nhân dân các huyện, thành phố"), "Giao X: …" and "X: …" leads, "** Thực hiện: X …" lines and
 * "phối hợp với Y" inside a task. Names resolve through the agency directory; unknown names that look like agencies
 * ("Sở …", "Phòng …", "Các …") are kept without an id.
 */
import { VAGUE_ASSIGNEES } from '../constants';
import type { AgencyIndex, JurisdictionScores } from '../agencyIndex';
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
}

/** A phrase that starts with an agency's name. */
const AGENCY_START = new RegExp(
  '^(?:(?:Sở|Phòng|Ban|Báo|Đài|Trung tâm|Văn phòng|Thanh tra|Kho bạc|Cục|Chi cục|Bảo hiểm|Liên đoàn|Liên minh|Hội đồng|Hội|' +
    'Huyện đoàn|Tỉnh đoàn|Thành đoàn|Đoàn|Trường|Bệnh viện|Quỹ|Viện|Tòa án|Toà án|Ngân hàng|Điện lực|Chi nhánh|Công an|Bộ Chỉ huy|' +
    'Bộ chỉ huy|Ủy ban|Uỷ ban|Mặt trận|Thường trực)\\s+[\\p{Lu}Đ]' +
    '|(?:Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban|Uỷ ban|Công an|Thanh tra|Bảo hiểm xã hội|Ban chỉ đạo|Ban Chỉ đạo)\\s+(?:tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|các)' +
    '|[Cc]ác\\s+(?:sở|Sở|phòng|Phòng|ban|Ban|ngành|cơ quan|xã|huyện|tổ chức|hội|đoàn thể|thành viên|đơn vị|địa phương)' +
    '|UBND|Huyện đoàn|Tỉnh đoàn)',
  'u',
);

/** Where an agency list ends: the verb of the task. */
const STOP = /[\s,](?:triển khai|thực hiện|tổ chức|theo chức năng|căn cứ|tham mưu|hướng dẫn|xây dựng|nghiên cứu|đề xuất|tiếp tục|chỉ đạo|rà soát|kiểm tra|để|nhằm|trong|về|tăng cường|chủ động|khẩn trương|đẩy mạnh|phối hợp|chủ trì|theo|thường xuyên|bảo đảm|đảm bảo|tập trung|cung cấp|gửi|báo cáo|hoàn thành|quan tâm|nghiêm túc)(?![\p{L}])/u;
const LEAD_VERB = /(?:^|[\s,;])(?:yêu cầu|giao|đề nghị)\s+/giu;
const CHU_TRI = /\s*(?<![\p{L}])chủ trì(?![\p{L}])\s*[,;]?\s*(?:và\s+)?(?:(?:phối hợp(?:\s+chặt chẽ)?)(?:\s+với)?\s*)?/u;
const COORD_WITH = /(?<![\p{L}])phối hợp(?:\s+chặt chẽ)?\s+với\s+/giu;

/** The head of an agency, whom a Chỉ thị addresses: "Giám đốc Sở Tài chính", "Chủ tịch UBND các huyện". */
const HEAD_TITLE = /^(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Trưởng ban|Chánh Văn phòng|Chánh Thanh tra|Cục trưởng|Chỉ huy trưởng)|Thủ trưởng|Người đứng đầu)\s+/u;

export function startsWithAgency(text: string, ctx: AssignmentContext): boolean {
  const t = text.trimStart().replace(HEAD_TITLE, '');
  return AGENCY_START.test(t) || ctx.index.startsWithName(t, ctx.scores);
}

/** Agency names in `part` (reading offset `base`), cut at the first verb after them. */
function namesIn(part: string, base: number, role: 'lead' | 'coordinate', ctx: AssignmentContext, cutAtVerb = true): FoundAssignee[] {
  const matches = ctx.index.find(part, ctx.scores);
  let masked = part;
  for (const m of matches) masked = masked.slice(0, m.start) + ';'.repeat(m.end - m.start) + masked.slice(m.end);
  const stop = cutAtVerb ? STOP.exec(masked) : null;
  const cut = stop ? stop.index : part.length;
  const out: FoundAssignee[] = [];
  for (const m of matches) {
    if (m.start >= cut) continue;
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
      const name = c.text.replace(/[\s,.:(]+$/u, '').trim();
      if (name.length < 4 || name.length > 120 || !AGENCY_START.test(name) || VAGUE_ASSIGNEES.test(name)) continue;
      const start = base + p.index + lead + c.at;
      out.push({ name, agencyId: null, role, group: /(?:^|\s)các\s/iu.test(name), at: [start, start + name.length], alternatives: [] });
    }
  }
  return out.sort((a, b) => a.at[0] - b.at[0]);
}

function splitChunks(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const re = /,\s*|\s+và\s+(?=\p{Lu})|\n\s*[-–•+]?\s*/gu;
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
    else merged.push({ ...c });
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
}

/**
 * "Giao Sở Kế hoạch và Đầu tư: Khẩn trương …", "Sở Y tế: Tiếp tục …", "Yêu cầu UBND các huyện, thành phố" (a heading),
 * "Theo đó, Ủy ban nhân dân tỉnh yêu cầu các Sở, ban, ngành thuộc tỉnh; …: Căn cứ …",
 * "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với … triển khai thực hiện"; with subjectLeads (list items), also
 * "Công an tỉnh, Sở Giao thông vận tải phối hợp tổ chức …": the agencies the sentence starts with.
 */
export function readAgencyLead(text: string, base: number, ctx: AssignmentContext, subjectLeads = false): AgencyLead | null {
  const colon = text.indexOf(':');
  const sentenceEnd = text.search(/\.\s/u);
  const colonForm = colon > 0 && colon < 300 && (sentenceEnd < 0 || sentenceEnd > colon);
  let head = colonForm ? text.slice(0, colon) : text.slice(0, 300);
  let headAt = 0;
  // "Giao X", "… yêu cầu X": the first such verb followed by an agency ("Giao Sở Giao thông vận tải" has two).
  let lastVerb: RegExpExecArray | null = null;
  LEAD_VERB.lastIndex = 0;
  for (let m = LEAD_VERB.exec(head); m; m = LEAD_VERB.exec(head)) {
    if ((m.index === 0 || colonForm) && startsWithAgency(head.slice(m.index + m[0].length), ctx)) { lastVerb = m; break; }
  }
  if (lastVerb) {
    headAt = lastVerb.index + lastVerb[0].length;
    head = head.slice(headAt);
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
  if (/chủ trì/u.test(head) || (lastVerb && lastVerb.index === 0)) {
    // "X chủ trì, phối hợp với Y triển khai …", "Đề nghị X tiếp tục …": the list runs to the task's verb.
    const assignees = readAgencyList(head, base + headAt, ctx);
    if (assignees.length === 0) return null;
    return { assignees, restAt: Math.max(...assignees.map((a) => a.at[1])) - base, inline: true };
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
