/**
 * The reminder timeline a directive would produce if registered at `asOf`, without registering it: shared by
 * `chidao plan`, the API and the dashboard. Pure.
 *
 * It follows what the task workflow does on registration (workflows/ladder.ts, defaults of
 * workflows/task-types.ts DEFAULT_TASK_OPTIONS, checked equal in test/calendar/planDirective.test.ts).
 * For each task, each deadline and each lead agency ("chủ trì"; a task without one is planned for "Chưa xác định"):
 * - 'once': one occurrence, due = calendar.dueOf(nominal) (the spec's own `due` is recomputed with this calendar);
 * - 'recurring' with a rule: its occurrences from the document's date; those already past at asOf are dropped
 *   except the latest (it is overdue and gets the late notice); then up to `horizonDays` after asOf, at most
 *   `maxOccurrences` in all. Without a rule, the spec's listed occurrences;
 * - 'none' and "khẩn trương" (urgent): due `urgentWorkingDays` working days after asOf;
 * - 'none' otherwise, and a task without any deadline: checked through `ongoingRule` (the periodic reports) from
 *   asOf, or unplanned when it is null;
 * - 'event' (its date unknown) and anything without a date: listed in `unplanned` with the reason.
 * Each occurrence gets planReminders with registeredAt = asOf and keyPrefix `${taskId}/${deadlineIndex}/${agency}/${nominal}`
 * (deadlineIndex -1 for a task without deadlines).
 */
import type { DirectiveSpec, Deadline } from '../directives/spec';
import type { CivilDate, EscalationPolicy, Instant, Occurrence, PlannedSend, RecurrenceRule } from './types';
import type { LegalCalendar } from './legalCalendar';
import { addDays, instantToLocal, isoWeekday, toEpochDay, WEEKDAY_NAMES_VI } from './impl/civil';

export interface PlanDirectiveOptions {
  calendar: LegalCalendar;
  policy: EscalationPolicy;
  asOf: Instant;
  /** Recurring deadlines: how far ahead of asOf to list occurrences (default 366 days). */
  horizonDays?: number;
  /** Recurring deadlines: at most this many occurrences (default 12). */
  maxOccurrences?: number;
  /** "Khẩn trương" without a date: due this many working days after asOf (default 10, as the task workflow). */
  urgentWorkingDays?: number;
  /** Ongoing tasks without a date: checked through this rule (default: 6-month and annual reports); null: unplanned. */
  ongoingRule?: RecurrenceRule | null;
}

/** The task workflow's defaults (workflows/task-types.ts DEFAULT_TASK_OPTIONS), repeated: calendar/ cannot import workflows/. */
export const PLAN_DEFAULTS = {
  urgentWorkingDays: 10,
  ongoingRule: { freq: 'reporting', periods: ['semiannual', 'annual'] } as RecurrenceRule,
} as const;

export interface OccurrencePlan {
  taskId: string;
  taskRef: string;
  taskText: string;
  agency: string;
  agencyId: string | null;
  coordinators: string[];
  deadlineIndex: number;
  phrase: string;
  kind: Deadline['kind'];
  nominal: CivilDate;
  due: CivilDate;
  time: string | null;
  sends: PlannedSend[];
}

export interface UnplannedDeadline {
  taskId: string;
  taskRef: string;
  taskText: string;
  phrase: string | null;
  /** Vietnamese, for the reader. */
  reason: string;
}

/** One line of the human timeline: a deadline or a send. */
export interface TimelineRow {
  /** Local date (Asia/Ho_Chi_Minh) and weekday in Vietnamese. */
  date: CivilDate;
  weekday: string;
  /** "08:00" for sends; the deadline's time, or null (24:00 of the day) for deadlines. */
  time: string | null;
  at: Instant | null;
  type: 'deadline' | 'reminder' | 'late-notice';
  taskId: string;
  taskRef: string;
  task: string;
  agency: string;
  /** The step id for sends; "hạn" for the deadline itself. */
  step: string;
  due: CivilDate;
  key: string | null;
}

export interface DirectivePlan {
  asOf: Instant;
  policyId: string;
  document: { number: string | null; issuedOn: CivilDate | null; subject: string | null; issuer: string | null };
  occurrences: OccurrencePlan[];
  unplanned: UnplannedDeadline[];
  timeline: TimelineRow[];
}

const NO_AGENCY = 'Chưa xác định';

function keyPart(s: string): string {
  return s.normalize('NFC').replace(/[\s/]+/g, '-');
}

export function planDirective(spec: DirectiveSpec, options: PlanDirectiveOptions): DirectivePlan {
  const { calendar, policy, asOf } = options;
  const horizon = options.horizonDays ?? 366;
  const max = options.maxOccurrences ?? 12;
  const asOfDate = instantToLocal(asOf).date;
  const occurrences: OccurrencePlan[] = [];
  const unplanned: UnplannedDeadline[] = [];

  const ctx: Ctx = {
    calendar,
    asOfDate,
    from: spec.document.issuedOn && spec.document.issuedOn < asOfDate ? spec.document.issuedOn : asOfDate,
    horizon,
    max,
    urgentWorkingDays: options.urgentWorkingDays ?? PLAN_DEFAULTS.urgentWorkingDays,
    ongoingRule: options.ongoingRule === undefined ? PLAN_DEFAULTS.ongoingRule : options.ongoingRule,
  };

  for (const task of spec.tasks) {
    const leads = task.assignees.filter((a) => a.role === 'lead');
    const coordinators = task.assignees.filter((a) => a.role === 'coordinate').map((a) => a.name);
    const agencies = leads.length > 0 ? leads.map((a) => ({ name: a.name, id: a.agencyId })) : [{ name: NO_AGENCY, id: null }];
    const deadlines: Array<Deadline | null> = task.deadlines.length > 0 ? task.deadlines : [null];
    deadlines.forEach((dl, i) => {
      const deadlineIndex = dl ? i : -1;
      const occs = occurrencesOfDeadline(dl, ctx);
      if (typeof occs === 'string') {
        unplanned.push({ taskId: task.id, taskRef: task.ref, taskText: task.text, phrase: dl?.phrase ?? null, reason: occs });
        return;
      }
      for (const agency of agencies) {
        for (const occ of occs) {
          const keyPrefix = `${task.id}/${deadlineIndex}/${keyPart(agency.id ?? agency.name)}/${occ.nominal}`;
          occurrences.push({
            taskId: task.id,
            taskRef: task.ref,
            taskText: task.text,
            agency: agency.name,
            agencyId: agency.id,
            coordinators,
            deadlineIndex,
            phrase: dl?.phrase ?? '(theo dõi qua báo cáo định kỳ)',
            kind: dl?.kind ?? 'none',
            nominal: occ.nominal,
            due: occ.due,
            time: dl?.time ?? null,
            sends: calendar.planReminders({ due: occ.due, time: dl?.time ?? null, policy, registeredAt: asOf, keyPrefix }),
          });
        }
      }
    });
  }

  const timeline: TimelineRow[] = [];
  for (const o of occurrences) {
    const base = { taskId: o.taskId, taskRef: o.taskRef, task: o.taskText, agency: o.agency, due: o.due };
    timeline.push({ ...base, date: o.due, weekday: WEEKDAY_NAMES_VI[isoWeekday(o.due)], time: o.time, at: null, type: 'deadline', step: 'hạn', key: null });
    for (const s of o.sends) {
      const local = instantToLocal(s.at);
      const time = `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`;
      timeline.push({ ...base, date: local.date, weekday: WEEKDAY_NAMES_VI[isoWeekday(local.date)], time, at: s.at, type: s.kind, step: s.stepId, key: s.key });
    }
  }
  // By day; within a day sends (office hours) before the deadline (end of day), then by time, the late notice
  // before the reminders of the same slot, then by task, agency and step.
  const rank = { 'late-notice': 0, reminder: 1, deadline: 2 } as const;
  timeline.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.type === 'deadline' ? 1 : 0) - (b.type === 'deadline' ? 1 : 0) ||
      (a.time ?? '24:00').localeCompare(b.time ?? '24:00') ||
      rank[a.type] - rank[b.type] ||
      a.taskId.localeCompare(b.taskId, 'en', { numeric: true }) ||
      a.agency.localeCompare(b.agency) ||
      a.step.localeCompare(b.step),
  );

  const d = spec.document;
  return {
    asOf,
    policyId: policy.id,
    document: { number: d.number, issuedOn: d.issuedOn, subject: d.subject, issuer: d.issuer },
    occurrences,
    unplanned,
    timeline,
  };
}

interface Ctx {
  calendar: LegalCalendar;
  asOfDate: CivilDate;
  /** Where recurring series start: the document's date (or asOf when later or unknown). */
  from: CivilDate;
  horizon: number;
  max: number;
  urgentWorkingDays: number;
  ongoingRule: RecurrenceRule | null;
}

/** A series from `from`: past occurrences dropped except the latest, then up to the horizon, at most `max`. */
function series(rule: RecurrenceRule, from: CivilDate, ctx: Ctx): Occurrence[] | string {
  const until = toEpochDay(addDays(ctx.asOfDate, ctx.horizon));
  let lastPast: Occurrence | null = null;
  const out: Occurrence[] = [];
  for (const occ of ctx.calendar.occurrences(rule, from)) {
    if (occ.due < ctx.asOfDate) {
      lastPast = occ;
      continue;
    }
    if (out.length + (lastPast ? 1 : 0) >= ctx.max || toEpochDay(occ.nominal) > until) break;
    out.push(occ);
  }
  if (lastPast) out.unshift(lastPast);
  return out.length > 0 ? out : 'không có kỳ nào trong khoảng thời gian xét';
}

function occurrencesOfDeadline(dl: Deadline | null, ctx: Ctx): Occurrence[] | string {
  const { calendar } = ctx;
  if (!dl || dl.kind === 'none') {
    if (dl?.urgent) {
      const due = calendar.addWorkingDays(ctx.asOfDate, ctx.urgentWorkingDays);
      return [{ nominal: due, due }];
    }
    if (ctx.ongoingRule) return series(ctx.ongoingRule, ctx.asOfDate, ctx);
    return dl ? 'không có thời hạn' : 'nhiệm vụ không có thời hạn';
  }
  if (dl.kind === 'event') {
    return dl.event ? `tính từ sự kiện chưa có ngày: "${dl.event}"` : 'tính từ một sự kiện chưa có ngày';
  }
  if (dl.kind === 'recurring' && dl.recurrence) return series(dl.recurrence, ctx.from, ctx);
  if (dl.occurrences.length > 0) return dl.occurrences.slice(0, ctx.max).map((o) => ({ nominal: o.nominal, due: calendar.dueOf(o.nominal) }));
  const nominal = dl.nominal ?? dl.due;
  if (!nominal) return 'không xác định được ngày';
  return [{ nominal, due: calendar.dueOf(nominal) }];
}
