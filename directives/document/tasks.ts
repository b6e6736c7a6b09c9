/**
 * Tasks from the outline: which items are tasks, their words, and who does them (AssigneeRefiner's work, kept
 * beside the outline it walks). Precedence of assignees: the item's own lead ("Giao X: …"), its closing "(Giao X …)",
 * a "Thực hiện: X" line after it, its heading's agencies, the intro's "yêu cầu X", the "Kính gửi" addressees. A
 * paragraph that directs only "các đơn vị, địa phương" goes to the agencies an earlier paragraph directs; paragraphs
 * before "… có ý kiến chỉ đạo như sau:" are its context.
 */
import { itemText, type OutlineItem } from './OutlineParser';
import { readAgencyLead, readAgencyList, readAssignedAfter, readCoordinators, startsWithAgency, type AssignmentContext, type FoundAssignee } from './AssignmentParser';
import { CLAUSE_BREAK } from '../constants';

export interface DraftTask {
  ref: string;
  /** Reading offsets of the task's words and of the whole item. */
  textAt: number;
  item: OutlineItem;
  text: string;
  assignees: FoundAssignee[];
  /** Ranges whose deadline phrases belong to this task (its lines, plus its headings' own lines). */
  ranges: Array<[number, number]>;
}

/** Items that state purposes or acknowledge results rather than give work. */
const NOT_A_TASK = /^(Mục đích|Yêu cầu|Mục tiêu|Ghi nhận|Đánh giá cao|Ban hành kèm theo|(?:Quyết định|Chỉ thị|Kế hoạch|Quy định|Quy chế) này có hiệu lực)|chịu trách nhiệm (?:thi hành|hành|thực hiện) (?:Quyết định|Chỉ thị) này/u;
/** Intro paragraphs: the meeting, the legal basis, the context. */
const INTRO = /^(Năm \d{4} là|Tham dự|Sau khi nghe|Ngày \d|Căn cứ[^,:]{0,200}(?:số|ngày)\s|Thực hiện[^,:]{0,200}(?:số|ngày)\s)/u;
/** A verb that directs agencies: "UBND tỉnh yêu cầu X", "… ban hành Công văn số … chỉ đạo X". */
const DIRECTS = /(?<![\p{L}])(?:yêu cầu|đề nghị|giao|chỉ đạo)\s+/giu;
/** "UBND tỉnh có ý kiến (chỉ đạo) như sau:": what comes before is the context (a news lead, the reasons), not tasks. */
const ANNOUNCES = /(?:có ý kiến(?:\s+chỉ đạo)?|kết luận|chỉ đạo)(?:\s+như sau)?\s*:$/u;

function merge(into: FoundAssignee[], more: FoundAssignee[]): FoundAssignee[] {
  for (const a of more) {
    const same = into.find((b) => (a.agencyId !== null && a.agencyId === b.agencyId) || b.name.toLowerCase() === a.name.toLowerCase());
    if (!same) into.push(a);
  }
  return into;
}

/** The agencies a paragraph directs: "UBND huyện … yêu cầu UBND các xã, thị trấn tập trung …" (leads only). */
function addressedBy(words: string, at: number, ctx: AssignmentContext): FoundAssignee[] {
  DIRECTS.lastIndex = 0;
  for (let m = DIRECTS.exec(words); m; m = DIRECTS.exec(words)) {
    const from = m.index + m[0].length;
    const list = /^[^:.]*/u.exec(words.slice(from))![0];
    if (!startsWithAgency(list, ctx)) continue;
    const found = readAgencyList(list, at + from, ctx).filter((a) => a.role === 'lead');
    if (found.length > 0) return found;
  }
  return [];
}

function headingAssignees(text: string, item: OutlineItem, ctx: AssignmentContext, cache: Map<OutlineItem, FoundAssignee[]>): FoundAssignee[] {
  for (let p = item.parent; p; p = p.parent) {
    let found = cache.get(p);
    if (found === undefined) {
      const words = itemText(text, p);
      found = readAgencyLead(words, p.textStart, ctx)?.assignees ?? [];
      cache.set(p, found);
    }
    if (found.length > 0) return found;
  }
  return [];
}

export function buildTasks(
  text: string, outline: OutlineItem[], ctx: AssignmentContext, addressees: FoundAssignee[], hasDeadline: (from: number, to: number) => boolean,
): DraftTask[] {
  const tasks: DraftTask[] = [];
  const headingCache = new Map<OutlineItem, FoundAssignee[]>();
  const assignedBy = new Map<OutlineItem, FoundAssignee[]>();
  for (const item of outline) {
    if (item.kind !== 'assign') continue;
    const list = readAgencyList(text.slice(item.textStart, item.end), item.textStart, ctx);
    for (const leaf of item.appliesTo) assignedBy.set(leaf, list);
  }
  // The intro's "UBND huyện … yêu cầu UBND các xã, thị trấn tập trung …": who the numbered items address.
  const firstListItem = outline.find((o) => !o.topLevel && o.kind !== 'assign');
  let introTargets: FoundAssignee[] = [];
  for (const o of outline) {
    if (o === firstListItem) break;
    if (!o.topLevel) continue;
    const found = addressedBy(itemText(text, o), o.textStart, ctx);
    if (found.length > 0) introTargets = found;
  }
  const announcement = outline.find((o) => o.topLevel && ANNOUNCES.test(itemText(text, o)));
  const context = new Set(announcement ? outline.slice(0, outline.indexOf(announcement)) : []);
  // The agencies the paragraphs so far direct: who "các đơn vị, địa phương" of a later paragraph are.
  let addressed: FoundAssignee[] = [];

  let previousTopTask: DraftTask | null = null;
  for (const item of outline) {
    if (item.kind === 'assign' || item.kind === 'byline' || item.excluded) continue;
    const words = itemText(text, item);
    const ranges: Array<[number, number]> = item.segments.map(([s, e]) => [s, e]);
    if (item.topLevel) {
      const directed = addressedBy(words, item.textStart, ctx);
      if (directed.length > 0) addressed = directed;
      if (context.has(item)) continue;
      const lead = item.kind === 'plain' ? readAgencyLead(words, item.textStart, ctx) : null;
      const dated = hasDeadline(item.start, item.end);
      let assignees: FoundAssignee[] = [];
      let own = words;
      if (lead && lead.restAt < words.length && words.slice(lead.restAt).trim().length > 10) {
        // "Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương …": the ones the lead paragraph named.
        assignees = lead.vague ? (addressed.length > 0 ? addressed : addressees) : lead.assignees;
        if (!lead.inline) own = words.slice(lead.restAt).trim();
      } else if (previousTopTask && previousTopTask.item.kind === 'plain' && /^\p{Lu}/u.test(words) && !NOT_A_TASK.test(words) && !INTRO.test(words) && item.kind === 'plain' && !startsWithAgency(words, ctx)) {
        // A news paragraph goes on with the agency of the one before ("Hằng năm, tham mưu …").
        assignees = previousTopTask.assignees;
      } else if (!dated) {
        previousTopTask = null;
        continue;
      }
      if ((NOT_A_TASK.test(words) || INTRO.test(words)) && assignees.length === 0) { previousTopTask = null; continue; }
      // A dated paragraph that names nobody ("Văn bản tham gia ý kiến … gửi về Bộ trước ngày …") is for the agencies
      // the letter has directed so far, or else for its addressees.
      if (assignees.length === 0 && dated) assignees = addressed.length > 0 ? addressed : addressees;
      const task: DraftTask = { ref: '', textAt: item.textStart, item, text: own, assignees: [...assignees], ranges };
      tasks.push(task);
      previousTopTask = assignees.length > 0 ? task : null;
      continue;
    }
    previousTopTask = null;
    if (item.children.length > 0) continue;
    // A task table's row is work even when it starts like a purpose ("Yêu cầu các đơn vị lắp đặt …").
    if (!item.cells && NOT_A_TASK.test(words)) continue;
    let own = words;
    let assignees: FoundAssignee[] = [];
    if (item.cells) {
      // A task table's row: its agencies are in their own columns.
      const cellAgencies = (cell: [number, number] | null, role: 'lead' | 'coordinate') =>
        cell ? readAgencyList(text.slice(cell[0], cell[1]), cell[0], ctx).map((a) => ({ ...a, role })) : [];
      assignees = [...cellAgencies(item.cells.lead, 'lead'), ...cellAgencies(item.cells.coordinate, 'coordinate')];
    }
    const lead = item.cells ? null : readAgencyLead(words, item.textStart, ctx, true);
    if (lead) {
      if (lead.restAt >= words.length || words.slice(lead.restAt).trim().length < 10) continue; // an agency heading with no words under it
      assignees = lead.assignees;
      if (!lead.inline) own = words.slice(lead.restAt).trim();
    }
    if (assignees.length === 0 && !item.cells) assignees = readAssignedAfter(words, item.textStart, ctx);
    if (assignees.length === 0) assignees = [...(assignedBy.get(item) ?? [])];
    if (assignees.length === 0) assignees = [...headingAssignees(text, item, ctx, headingCache)];
    if (assignees.length === 0) assignees = [...introTargets];
    if (assignees.length === 0) assignees = [...addressees];
    // Deadline phrases written in a heading ("2. Sở X (hoàn thành trước ngày …):") hold for every task below it.
    for (let p = item.parent; p; p = p.parent) ranges.push(p.segments[0]);
    tasks.push({ ref: item.ref, textAt: item.textStart, item, text: own, assignees, ranges });
  }
  for (const t of tasks) {
    const own = text.slice(t.item.textStart, t.item.end);
    merge(t.assignees, readCoordinators(own, t.item.textStart, ctx).filter((c) => c.agencyId !== null || (!/^các\s/iu.test(c.name) && !CLAUSE_BREAK.test(c.name))));
  }
  return tasks;
}
