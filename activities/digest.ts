/**
 * The supervisors' daily digest: overdue tasks by agency, tasks due in the next five working days, extensions
 * waiting for a decision; read through the ChidaoClient (Temporal visibility), one email per supervisor covering
 * the agencies they oversee. A supervisor with nothing to report gets no email. Message-IDs derive from
 * (supervisor, day), so a retried digest is recognisable; a supervisor the mail server refuses does not stop the
 * others and is reported in the result.
 */
import { ApplicationFailure } from '@temporalio/common';
import { DateTime } from 'luxon';
import type { LegalCalendar } from '../calendar';
import type { ChidaoClient, TaskSummary } from '../client/types';
import { overseersOf, type Directory, type Overseer } from '../config/directory';
import type { DigestInput, DigestResult } from './contract';
import { DELIVERY_REJECTED, type DeliveryRejection } from './contract';
import { messageIdFor } from './dedupe';
import type { Mailer } from './email';
import { renderDigest, type DigestSection } from './templates/digest';
import { ZONE } from './templates/format';

/** How far ahead "due soon" looks, in working days. */
export const DUE_SOON_WORKING_DAYS = 5;
const OPEN_NOT_OVERDUE = ['pending', 'acknowledged', 'in-progress'] as const;

export interface DigestDeps {
  client: Pick<ChidaoClient, 'list' | 'overdueByAgency' | 'status'>;
  calendar: () => LegalCalendar;
  directory: () => Directory;
  mailer: Mailer;
  officeName: string;
  /** Dashboard base URL for task links. */
  dashboardUrl: string;
  logger?: { warn(message: string, meta?: Record<string, unknown>): void };
}

export interface DigestFailure {
  contactId: string;
  reason: string;
}

export function createSendDigest(deps: DigestDeps): (input: DigestInput) => Promise<DigestResult> {
  return async function sendDigest(input) {
    const directory = deps.directory();
    const calendar = deps.calendar();
    const today = DateTime.fromISO(input.asOf, { zone: 'utc' }).setZone(ZONE).toISODate() as string;
    const horizon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);

    const [overdueGroups, dueSoon, waiting] = await Promise.all([
      deps.client.overdueByAgency(),
      deps.client.list({ dueFrom: today, dueTo: horizon, status: [...OPEN_NOT_OVERDUE], overdue: false }),
      deps.client.list({ status: ['extension-requested'] }),
    ]);

    // Task texts for the lines of the digest, one status query per task named.
    const ids = new Set([...overdueGroups.flatMap((g) => g.workflowIds), ...dueSoon.map((t) => t.workflowId), ...waiting.map((t) => t.workflowId)]);
    const titles = new Map<string, { text: string; due: string | null }>();
    await Promise.all(
      [...ids].map(async (id) => {
        try {
          const view = await deps.client.status(id);
          titles.set(id, { text: view.text, due: view.nextDue });
        } catch {
          // A task that vanished between listing and querying is shown by its id.
        }
      }),
    );

    const supervisorsOf = new Map<string, Overseer[]>();
    const overseers = (agencyId: string) => {
      if (!supervisorsOf.has(agencyId)) {
        supervisorsOf.set(agencyId, directory.agencies.has(agencyId) ? overseersOf(directory, directory.supervisors, agencyId) : []);
      }
      return supervisorsOf.get(agencyId) as Overseer[];
    };
    const sections = new Map<string, DigestSection>();
    const sectionOf = (s: Overseer) => {
      let sec = sections.get(s.id);
      if (!sec) {
        sec = { overdue: new Map(), dueSoon: [], waiting: [] };
        sections.set(s.id, sec);
      }
      return sec;
    };
    const line = (workflowId: string, agencyId: string, due: string | null) => ({
      workflowId,
      agencyId,
      agencyName: directory.agencies.get(agencyId)?.name ?? agencyId,
      text: titles.get(workflowId)?.text ?? workflowId,
      due: due ?? titles.get(workflowId)?.due ?? null,
    });
    const unrouted = new Set<string>();
    for (const g of overdueGroups) {
      const who = overseers(g.agencyId);
      if (who.length === 0) unrouted.add(g.agencyId);
      for (const s of who) sectionOf(s).overdue.set(g.agencyId, g.workflowIds.map((id) => line(id, g.agencyId, null)));
    }
    const place = (tasks: TaskSummary[], key: 'dueSoon' | 'waiting') => {
      for (const t of tasks) {
        for (const agencyId of t.agencyIds) {
          const who = overseers(agencyId);
          if (who.length === 0) unrouted.add(agencyId);
          for (const s of who) sectionOf(s)[key].push(line(t.workflowId, agencyId, t.nextDue));
        }
      }
    };
    place(dueSoon, 'dueSoon');
    place(waiting, 'waiting');
    if (unrouted.size > 0) deps.logger?.warn('Tổng hợp: có cơ quan không có lãnh đạo Văn phòng theo dõi', { agencies: [...unrouted] });

    const failed: DigestFailure[] = [];
    let recipients = 0;
    for (const s of directory.supervisors) {
      const section = sections.get(s.id);
      if (!section || !s.email) continue;
      const mail = renderDigest({ supervisor: s, today, horizon, section, officeName: deps.officeName, dashboardUrl: deps.dashboardUrl });
      try {
        await deps.mailer.send({
          to: [{ name: s.name, address: s.email }],
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: messageIdFor(`digest|${s.id}|${today}`, deps.mailer.domain),
        });
        recipients += 1;
      } catch (e) {
        if (e instanceof ApplicationFailure && e.type === DELIVERY_REJECTED) {
          const r = e.details?.[0] as DeliveryRejection;
          failed.push({ contactId: s.id, reason: r.reason });
          deps.logger?.warn(`Tổng hợp không gửi được tới ${s.name}: ${r.detail}`);
          continue;
        }
        throw e;
      }
    }
    return {
      recipients,
      overdue: overdueGroups.reduce((n, g) => n + g.count, 0),
      dueSoon: dueSoon.length,
      extensionsWaiting: waiting.length,
      failed,
    };
  };
}
