/**
 * A directive plan as an iCalendar file (RFC 5545) that Google Calendar and Outlook import: one VEVENT per
 * deadline occurrence (all-day on its due day, or at its clock time), with one VALARM per planned send at the
 * send's absolute instant. Times are written in Asia/Ho_Chi_Minh with a VTIMEZONE. Pure (string out), built with
 * ical-generator; not exported from calendar/index.ts so that workflow bundles do not carry it.
 */
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { DirectivePlan } from './planDirective';

export const VN_TZID = 'Asia/Ho_Chi_Minh';

/**
 * VTIMEZONE of Asia/Ho_Chi_Minh for the generator hook of ical-generator. Vietnam has used UTC+7 without daylight
 * saving since 13/06/1975, so one STANDARD component from then on describes every date chidao writes.
 */
export function vietnamVtimezone(tzid: string): string | null {
  if (tzid !== VN_TZID) return null;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${VN_TZID}`,
    `X-LIC-LOCATION:${VN_TZID}`,
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'DTSTART:19750613T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

const STEP_LABEL: Record<string, string> = { 'late-notice': 'Thông báo đăng ký muộn/quá hạn' };

export function planToIcs(plan: DirectivePlan, options: { prodName?: string } = {}): string {
  const doc = plan.document;
  const cal = ical({
    name: `chidao — ${doc.number ?? 'văn bản'}${doc.subject ? `: ${doc.subject}` : ''}`,
    prodId: { company: 'chidao', product: options.prodName ?? 'plan', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: VN_TZID, generator: vietnamVtimezone },
  });
  for (const o of plan.occurrences) {
    const day = DateTime.fromISO(o.due, { zone: VN_TZID });
    const timed = o.time !== null;
    const start = timed ? DateTime.fromISO(`${o.due}T${o.time}`, { zone: VN_TZID }) : day;
    const event = cal.createEvent({
      id: `${o.taskId}-${o.deadlineIndex}-${o.agencyId ?? o.agency}-${o.nominal}@chidao`.replace(/\s+/g, '_'),
      start,
      end: timed ? start.plus({ minutes: 30 }) : day.plus({ days: 1 }),
      allDay: !timed,
      timezone: VN_TZID,
      // DTSTAMP = the plan's as-of instant, so the same plan gives the same file.
      stamp: new Date(plan.asOf),
      summary: `Hạn: ${o.taskRef ? `${o.taskRef} ` : ''}${truncate(o.taskText, 80)} — ${o.agency}`,
      description: [
        `Nhiệm vụ: ${o.taskText}`,
        `Cơ quan chủ trì: ${o.agency}`,
        o.coordinators.length ? `Phối hợp: ${o.coordinators.join(', ')}` : null,
        `Thời hạn trong văn bản: "${o.phrase}"`,
        `Ngày theo văn bản: ${o.nominal}; hạn thực tế: ${o.due}${o.time ? ` ${o.time}` : ''}`,
        `Văn bản: ${doc.number ?? '(chưa số)'}${doc.issuedOn ? ` ngày ${doc.issuedOn}` : ''}`,
      ]
        .filter(Boolean)
        .join('\n'),
    });
    for (const s of o.sends) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: new Date(s.at),
        description: `${STEP_LABEL[s.stepId] ?? `Nhắc việc (${s.stepId})`}: gửi ${s.recipients.join(', ')} qua ${s.channels.join(', ')}`,
      });
    }
  }
  return cal.toString();
}

function truncate(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
