/**
 * The reminder timeline a directive would produce if registered at `asOf`, without registering it: shared by
 * `chidao plan`, the API and the dashboard. Pure.
 *
 * For each task, each deadline and each lead agency ("chủ trì"; a task without one is planned for "Chưa xác định"):
 * - 'once': one occurrence, due = calendar.dueOf(nominal) (the spec's own `due` is recomputed with this calendar);
 * - 'recurring': the rule's occurrences from asOf's local date, within `horizonDays` and at most `maxOccurrences`;
 *   without a rule, the spec's listed occurrences from asOf on;
 * - 'event' and 'none' (or a deadline without a date): listed in `unplanned` with the reason.
 * Each occurrence gets planReminders with registeredAt = asOf and keyPrefix `${taskId}/${deadlineIndex}/${agency}/${nominal}`.
 */
import type { DirectiveSpec, Deadline } from '../directives/spec';
import type { CivilDate, EscalationPolicy, Instant, Occurrence, PlannedSend } from './types';
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
}

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

  for (const task of spec.tasks) {
    const leads = task.assignees.filter((a) => a.role === 'lead');
    const coordinators = task.assignees.filter((a) => a.role === 'coordinate').map((a) => a.name);
    const agencies = leads.length > 0 ? leads.map((a) => ({ name: a.name, id: a.agencyId })) : [{ name: NO_AGENCY, id: null }];
    task.deadlines.forEach((dl, deadlineIndex) => {
      const occs = occurrencesOfDeadline(dl, calendar, asOfDate, horizon, max);
      if (typeof occs === 'string') {
        unplanned.push({ taskId: task.id, taskRef: task.ref, phrase: dl.phrase, reason: occs });
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
            phrase: dl.phrase,
            kind: dl.kind,
            nominal: occ.nominal,
            due: occ.due,
            time: dl.time,
            sends: calendar.planReminders({ due: occ.due, time: dl.time, policy, registeredAt: asOf, keyPrefix }),
          });
        }
      }
    });
    if (task.deadlines.length === 0) {
      unplanned.push({ taskId: task.id, taskRef: task.ref, phrase: null, reason: 'nhiệm vụ không có thời hạn' });
    }
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

function occurrencesOfDeadline(
  dl: Deadline,
  calendar: LegalCalendar,
  asOfDate: CivilDate,
  horizonDays: number,
  max: number,
): Occurrence[] | string {
  if (dl.kind === 'none') return 'không có thời hạn (theo dõi qua báo cáo định kỳ)';
  if (dl.kind === 'event') {
    return dl.event ? `tính từ sự kiện chưa có ngày: "${dl.event}"` : 'tính từ một sự kiện chưa có ngày';
  }
  if (dl.kind === 'recurring') {
    const until = toEpochDay(addDays(asOfDate, horizonDays));
    if (dl.recurrence) {
      const out: Occurrence[] = [];
      for (const occ of calendar.occurrences(dl.recurrence, asOfDate)) {
        if (out.length >= max || toEpochDay(occ.nominal) > until) break;
        out.push(occ);
      }
      return out.length > 0 ? out : 'không có kỳ nào trong khoảng thời gian xét';
    }
    const listed = dl.occurrences.filter((o) => o.nominal >= asOfDate).slice(0, max);
    if (listed.length > 0) return listed.map((o) => ({ nominal: o.nominal, due: calendar.dueOf(o.nominal) }));
    return 'định kỳ nhưng không có quy tắc lặp';
  }
  const nominal = dl.nominal ?? dl.due;
  if (!nominal) return 'không xác định được ngày';
  return [{ nominal, due: calendar.dueOf(nominal) }];
}
