/**
 * The task's state and the rules of its actions, without Temporal's scheduling: each action has a
 * `check` (throws a Vietnamese rejection, changes nothing) and an `apply`; registration, an amendment,
 * a re-plan and the passing of time change the state here too. The workflow (task.ts) wires them to
 * messages and owns time's waiting, search attributes and continue-as-new; delivery.ts the sends.
 */
import type { CivilDate, Instant } from '../calendar/types';
import type { CalendarPort } from './calendar-port';
import {
  currentOccurrence,
  dueEndMs,
  initialOccurrences,
  isOpen,
  keepOneLateNotice,
  localDate,
  materializeSeries,
  occurrenceStatus,
  pendingSends,
  planOccurrence,
  taskStatus,
} from './ladder';
import type { AmendTaskInput, ReplanInput } from './messages';
import type { OccurrenceState, TaskInput, TaskState } from './task-types';
import { actionSchemas } from './schemas';
import type {
  AcknowledgeInput,
  Actor,
  OccurrenceView,
  TaskEvent,
  TaskView,
} from './types';
import { parseInput, reject, viDate } from './validation';

type Parsed<T extends { parse: (x: unknown) => unknown }> = ReturnType<T['parse']>;

const SUPERVISING: Actor['kind'][] = ['supervisor', 'secretariat', 'system'];

export class TaskModel {
  constructor(
    readonly input: TaskInput,
    readonly state: TaskState,
    readonly workflowId: string,
    readonly cal: () => CalendarPort,
    readonly now: () => number,
  ) {}

  nowIso(): Instant {
    return new Date(this.now()).toISOString();
  }

  event(type: TaskEvent['type'], occ: OccurrenceState | null, actor: Actor | null, summary: string, data?: Record<string, unknown>): void {
    this.state.history.push({ at: this.nowIso(), type, occurrence: occ ? occ.index : null, actor, summary, ...(data ? { data } : {}) });
  }

  /** Plans every open occurrence that has no plan yet; at registration, one late notice per task. */
  planNew(occurrences: OccurrenceState[], atRegistration: boolean): void {
    for (const o of occurrences) if (isOpen(o) && o.plan.length === 0) o.plan = planOccurrence(o, this.cal(), this.state.policy);
    if (atRegistration) {
      const dropped = keepOneLateNotice(occurrences);
      if (dropped > 0) this.event('replanned', null, null, `Đăng ký muộn: gộp ${dropped + 1} thông báo quá hạn thành một`);
    }
  }

  /** A first run: the task's occurrences from its deadlines (the series drawn up to registration), planned. */
  register(registeredAt: Instant): void {
    const init = initialOccurrences(this.input.task.deadlines, this.cal(), registeredAt, this.input.directive.issuedOn, this.input.options);
    this.state.occurrences = init.occurrences;
    this.state.series = init.series;
    this.state.nextIndex = init.nextIndex;
    materializeSeries(this.state, this.cal(), Date.parse(registeredAt), registeredAt);
    this.planNew(this.state.occurrences, true);
    this.event('registered', null, null, `Đăng ký nhiệm vụ cho ${this.state.agencyName}`, {
      occurrences: this.state.occurrences.map((o) => o.due),
    });
  }

  /** Draws the series' occurrences due by `t` and plans them; answers how many were drawn. */
  materialize(t: number, registeredAt: Instant): number {
    const added = materializeSeries(this.state, this.cal(), t, registeredAt);
    if (added.length) this.planNew(added, false);
    return added.length;
  }

  /** Open occurrences whose deadline has passed by `t` become overdue, once. */
  markOverdue(t: number): void {
    for (const o of this.state.occurrences) {
      if (isOpen(o) && o.due && !o.overdue && t >= dueEndMs(o.due, o.time)) {
        o.overdue = true;
        this.event('overdue', o, null, `Quá hạn ${o.due.split('-').reverse().join('/')}`);
      }
    }
  }

  /** Nothing left to wait for: cancelled, or no open occurrence and no series to draw from. */
  finished(): boolean {
    return !!this.state.cancelled || (this.state.series.length === 0 && !this.state.occurrences.some(isOpen));
  }

  /** New calendar data or policy: re-plan open occurrences; entries already sent keep their keys and stay sent. */
  replan(r: ReplanInput): void {
    if (r.calendar) this.state.calendar = r.calendar;
    if (r.policy) this.state.policy = r.policy;
    const reason = r.reason ?? (r.policy ? 'đổi chính sách nhắc việc' : 'đổi lịch nghỉ');
    const cal = this.cal();
    let moved = 0;
    for (const o of this.state.occurrences) {
      if (!isOpen(o) || !o.due) continue;
      if (o.nominal && o.rev === 0) {
        const due = cal.dueOf(o.nominal);
        if (due !== o.due) moved++;
        o.due = due;
        o.overdue = this.now() >= dueEndMs(due, o.time);
      }
      o.plan = planOccurrence(o, cal, this.state.policy);
    }
    this.event('replanned', null, null, `Lập lại lịch nhắc: ${reason}`, { dueMoved: moved });
  }

  /** The directive corrected the task: open occurrences of deadlines that vanished are cancelled, new ones start. */
  amend(a: AmendTaskInput): void {
    const s = this.state;
    s.task = a.task;
    s.coordinatorAgencyIds = a.coordinatorAgencyIds;
    const fresh = initialOccurrences(a.task.deadlines, this.cal(), this.nowIso(), this.input.directive.issuedOn, this.input.options);
    const key = (o: { nominal: string | null; due: string | null }) => `${o.nominal}|${o.due}`;
    const kept = new Set(s.occurrences.filter(isOpen).map(key));
    const wanted = new Set(fresh.occurrences.map(key));
    for (const o of s.occurrences) if (isOpen(o) && o.rev === 0 && !wanted.has(key(o))) o.closed = 'cancelled';
    const added: OccurrenceState[] = [];
    for (const o of fresh.occurrences) {
      if (kept.has(key(o))) continue;
      const occ = { ...o, index: s.nextIndex++ };
      s.occurrences.push(occ);
      added.push(occ);
    }
    s.series = fresh.series;
    this.planNew(added, false);
    this.event('amended', null, null, 'Văn bản được đính chính: cập nhật nội dung và thời hạn nhiệm vụ', { added: added.length });
  }

  target(ref: number | undefined): OccurrenceState {
    if (this.state.cancelled) reject('Nhiệm vụ đã bị hủy');
    if (ref === undefined) {
      const current = currentOccurrence(this.state);
      if (!current) reject('Nhiệm vụ không còn kỳ hạn nào đang mở');
      return current;
    }
    const occ = this.state.occurrences.find((o) => o.index === ref);
    if (!occ) reject(`Không có kỳ hạn số ${ref}`);
    if (!isOpen(occ)) reject(`Kỳ hạn số ${ref} đã kết thúc (${occurrenceStatus(occ)})`);
    return occ;
  }

  // --- acknowledge
  checkAcknowledge(raw: unknown): { input: Parsed<typeof AcknowledgeInput>; occ: OccurrenceState } {
    const input = parseInput(actionSchemas().AcknowledgeInput, raw);
    const occ = this.target(input.occurrence);
    if (occ.progress !== 'pending') reject('Nhiệm vụ đã được xác nhận trước đó');
    return { input, occ };
  }
  acknowledge(raw: unknown): void {
    const { input, occ } = this.checkAcknowledge(raw);
    occ.progress = 'acknowledged';
    this.event('acknowledged', occ, input.by, 'Đơn vị đã nhận nhiệm vụ');
  }

  // --- report progress
  checkReportProgress(raw: unknown) {
    const input = parseInput(actionSchemas().ReportProgressInput, raw);
    const occ = this.target(input.occurrence);
    return { input, occ };
  }
  reportProgress(raw: unknown): void {
    const { input, occ } = this.checkReportProgress(raw);
    occ.progress = 'in-progress';
    occ.percent = input.percent;
    this.event('progress', occ, input.by, `Báo cáo tiến độ ${input.percent}%${input.note ? `: ${input.note}` : ''}`, {
      percent: input.percent,
      note: input.note,
    });
  }

  // --- complete
  checkComplete(raw: unknown) {
    const input = parseInput(actionSchemas().CompleteInput, raw);
    const occ = this.target(input.occurrence);
    return { input, occ };
  }
  complete(raw: unknown): void {
    const { input, occ } = this.checkComplete(raw);
    const now = this.now();
    const onTime = !occ.due || now < dueEndMs(occ.due, occ.time);
    occ.closed = onTime ? 'completed-on-time' : 'completed-late';
    occ.completedAt = new Date(now).toISOString();
    occ.reportNumber = input.reportNumber;
    occ.percent = 100;
    occ.extension = null;
    this.event('completed', occ, input.by, `Hoàn thành ${onTime ? 'đúng hạn' : 'trễ hạn'}, báo cáo số ${input.reportNumber}`, {
      reportNumber: input.reportNumber,
      note: input.note,
      ...(input.evidenceUrl ? { evidenceUrl: input.evidenceUrl } : {}),
    });
  }

  // --- request extension
  checkRequestExtension(raw: unknown) {
    const input = parseInput(actionSchemas().RequestExtensionInput, raw);
    const occ = this.target(input.occurrence);
    if (!occ.due) reject('Nhiệm vụ không có hạn nên không thể xin gia hạn');
    if (occ.extension) reject(`Đã có đề nghị gia hạn đến ${viDate(occ.extension.requestedDue)} đang chờ quyết định`);
    if (!validDay(input.newDue)) reject(`Ngày ${input.newDue} không tồn tại`);
    if (input.newDue <= occ.due) reject(`Hạn mới (${viDate(input.newDue)}) phải sau hạn hiện tại (${viDate(occ.due)})`);
    return { input, occ };
  }
  requestExtension(raw: unknown): void {
    const { input, occ } = this.checkRequestExtension(raw);
    occ.extension = { requestedDue: input.newDue, reason: input.reason, at: this.nowIso(), by: input.by };
    this.event('extension-requested', occ, input.by, `Đề nghị gia hạn đến ${viDate(input.newDue)}: ${input.reason}`, {
      requestedDue: input.newDue,
      reason: input.reason,
    });
  }

  // --- decide extension
  checkDecideExtension(raw: unknown) {
    const input = parseInput(actionSchemas().DecideExtensionInput, raw);
    if (!SUPERVISING.includes(input.by.kind)) reject('Chỉ lãnh đạo hoặc Văn phòng mới được quyết định gia hạn');
    const occ = this.target(input.occurrence);
    if (!occ.extension) reject('Không có đề nghị gia hạn nào đang chờ quyết định');
    const newDue: CivilDate = input.newDue ?? occ.extension.requestedDue;
    if (input.approve) {
      if (!validDay(newDue)) reject(`Ngày ${newDue} không tồn tại`);
      if (occ.due && newDue <= occ.due) reject(`Hạn mới (${viDate(newDue)}) phải sau hạn hiện tại (${viDate(occ.due)})`);
      if (newDue < localDate(this.now())) reject(`Hạn mới (${viDate(newDue)}) đã qua`);
    }
    return { input, occ, newDue };
  }
  decideExtension(raw: unknown): void {
    const { input, occ, newDue } = this.checkDecideExtension(raw);
    if (!input.approve) {
      occ.extension = null;
      this.event('extension-rejected', occ, input.by, `Không đồng ý gia hạn${input.reason ? `: ${input.reason}` : ''}; giữ hạn ${viDate(occ.due)}`, {
        reason: input.reason,
      });
      return;
    }
    const previous = occ.due;
    occ.nominal = newDue;
    occ.due = this.cal().dueOf(newDue);
    occ.extension = null;
    occ.rev += 1;
    occ.plannedFrom = this.nowIso();
    occ.overdue = this.now() >= dueEndMs(occ.due, occ.time);
    occ.plan = planOccurrence(occ, this.cal(), this.state.policy);
    this.event('extension-approved', occ, input.by, `Đồng ý gia hạn từ ${viDate(previous)} đến ${viDate(occ.due)}`, {
      previousDue: previous,
      newDue: occ.due,
      reason: input.reason,
    });
  }

  // --- reassign
  checkReassign(raw: unknown) {
    const input = parseInput(actionSchemas().ReassignInput, raw);
    if (!SUPERVISING.includes(input.by.kind)) reject('Chỉ lãnh đạo hoặc Văn phòng mới được giao lại nhiệm vụ');
    if (this.state.cancelled) reject('Nhiệm vụ đã bị hủy');
    if (input.agencyId === this.state.agencyId) reject('Nhiệm vụ đã được giao cho đơn vị này');
    if (!currentOccurrence(this.state)) reject('Nhiệm vụ không còn kỳ hạn nào đang mở');
    return { input };
  }
  reassign(raw: unknown): void {
    const { input } = this.checkReassign(raw);
    const from = this.state.agencyId;
    this.state.agencyId = input.agencyId;
    this.state.agencyName = input.agencyId;
    this.event('reassigned', null, input.by, `Giao lại từ ${from} cho ${input.agencyId}${input.reason ? `: ${input.reason}` : ''}`, {
      from,
      to: input.agencyId,
    });
  }

  // --- cancel
  checkCancel(raw: unknown) {
    const input = parseInput(actionSchemas().CancelInput, raw);
    if (this.state.cancelled) reject('Nhiệm vụ đã bị hủy trước đó');
    if (!currentOccurrence(this.state) && this.state.series.length === 0) reject('Nhiệm vụ đã kết thúc, không thể hủy');
    return { input };
  }
  cancel(raw: unknown): void {
    const { input } = this.checkCancel(raw);
    this.state.cancelled = { at: this.nowIso(), by: input.by, reason: input.reason };
    for (const o of this.state.occurrences) if (isOpen(o)) o.closed = 'cancelled';
    this.state.series = [];
    this.event('cancelled', null, input.by, `Đã hủy: ${input.reason}`, { reason: input.reason });
  }

  view(): TaskView {
    const s = this.state;
    const current = currentOccurrence(s);
    const occurrences: OccurrenceView[] = [...s.occurrences]
      .sort((a, b) => a.index - b.index)
      .map((o) => ({
        index: o.index,
        nominal: o.nominal,
        due: o.due,
        time: o.time,
        status: occurrenceStatus(o),
        percent: o.percent,
        completedAt: o.completedAt,
        reportNumber: o.reportNumber,
        extension: o.extension ? { requestedDue: o.extension.requestedDue, reason: o.extension.reason, at: o.extension.at } : null,
        upcoming: pendingSends(o).map((p) => ({ at: p.at, stepId: p.stepId, kind: p.kind })),
      }));
    return {
      workflowId: this.workflowId,
      directiveId: this.input.directive.id,
      taskId: s.task.id,
      ref: s.task.ref,
      text: s.task.text,
      phrase: current?.phrase ?? s.task.deadlines[0]?.phrase ?? null,
      agencyId: s.agencyId,
      agencyName: s.agencyName,
      coordinatorAgencyIds: s.coordinatorAgencyIds,
      status: taskStatus(s),
      nextDue: current?.due ?? null,
      overdue: !s.cancelled && s.occurrences.some((o) => isOpen(o) && o.overdue),
      occurrences,
      history: s.history,
      reminders: s.reminders,
      run: s.run,
    };
  }
}

function validDay(day: CivilDate): boolean {
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}
