/**
 * Hand-written DirectiveSpecs of the seeds (read from the documents, not from the reader) and the
 * escalation policy the workflow tests use: DESIGN.md's example ladder −5, −2, 0, +1, +5 working days.
 */
import type { Deadline, DirectiveSpec, Task } from '../../directives/spec';
import type { EscalationPolicy } from '../../calendar/types';
import { deadline } from '../../directives/deadline-builder';

export const POLICY: EscalationPolicy = {
  id: 'test-default',
  sendAt: '08:00',
  steps: [
    { id: 'd-5', offsetWorkingDays: -5, recipients: ['focal'], channels: ['email'], copyCoordinators: false },
    { id: 'd-2', offsetWorkingDays: -2, recipients: ['focal'], channels: ['email', 'zalo'], copyCoordinators: false },
    { id: 'd0', offsetWorkingDays: 0, recipients: ['focal', 'head'], channels: ['email', 'zalo'], copyCoordinators: true },
    { id: 'd+1', offsetWorkingDays: 1, recipients: ['head', 'supervisor'], channels: ['email'], copyCoordinators: false },
    { id: 'd+5', offsetWorkingDays: 5, recipients: ['supervisor', 'leader'], channels: ['email'], copyCoordinators: false },
  ],
};

/** The same ladder, with the −2 reminder on Zalo only: a Zalo failure there falls back to email. */
export const POLICY_ZALO_FIRST: EscalationPolicy = {
  ...POLICY,
  id: 'test-zalo-first',
  steps: POLICY.steps.map((s) => (s.id === 'd-2' ? { ...s, channels: ['zalo'] } : s)),
};

const span = { start: 0, end: 1, line: 1 };

export { deadline };

export function task(id: string, ref: string, text: string, leads: string[], deadlines: Deadline[], coordinators: string[] = []): Task {
  return {
    id,
    ref,
    text,
    span,
    assignees: [
      ...leads.map((a) => ({ name: a, agencyId: a, role: 'lead' as const, group: false })),
      ...coordinators.map((a) => ({ name: a, agencyId: a, role: 'coordinate' as const, group: false })),
    ],
    deadlines,
  };
}

function document(d: Partial<DirectiveSpec['document']>): DirectiveSpec['document'] {
  return {
    number: null,
    code: null,
    type: 'Thông báo',
    issuer: null,
    place: null,
    issuedOn: null,
    subject: null,
    signer: null,
    addressees: [],
    distribution: [],
    ...d,
  };
}

/**
 * Seed 000, Thông báo 46/TB-VP of 09/01/2018 (Văn phòng UBND tỉnh Kon Tum). Item 2.7: the member agencies
 * of the steering committee send their figures to Sở LĐTBXH "trước ngày 20/01/2018" ⇒ last on-time day
 * 19/01/2018 (a Friday, a working day). Two member agencies stand for the group. Item 2.1: "Hoàn thành
 * trong tháng 01/2018" ⇒ 31/01/2018 (Wednesday).
 */
export function seed000(): DirectiveSpec {
  return {
    version: 1,
    document: document({
      number: '46/TB-VP',
      code: 'TB-VP',
      type: 'Thông báo',
      issuer: 'Văn phòng UBND tỉnh Kon Tum',
      place: 'Kon Tum',
      issuedOn: '2018-01-09',
      subject: 'Kết luận của đồng chí Trần Thị Nga - Phó Chủ tịch UBND tỉnh tại cuộc họp Ban chỉ đạo Chương trình hành động vì trẻ em tỉnh',
    }),
    tasks: [
      task(
        't1',
        '2.1',
        'Hoàn chỉnh và ký ban hành báo cáo kết quả triển khai thực hiện Chương trình hành động vì trẻ em năm 2017',
        ['so-ldtbxh'],
        [deadline({ kind: 'once', phrase: 'Hoàn thành trong tháng 01/2018', nominal: '2018-01-31', due: '2018-01-31' })],
      ),
      task(
        't2',
        '2.7',
        'Rà soát, tham gia ý kiến đối với các số liệu tại dự thảo các báo cáo và Chương trình công tác năm 2018 của Ban chỉ đạo và gửi về Sở Lao động-Thương binh và Xã hội',
        ['so-y-te', 'so-gddt'],
        [deadline({ kind: 'once', phrase: 'trước ngày 20/01/2018', nominal: '2018-01-19', due: '2018-01-19' })],
        ['so-ldtbxh'],
      ),
    ],
    warnings: [],
  };
}

/**
 * Seed 003, Công văn 279/UBND-LĐTBXH of 26/03/2015 (UBND huyện Lục Nam). Item 7: report "trước ngày 20/4 và
 * 30/10 năm 2015" ⇒ nominal 19/4/2015 (a Sunday ⇒ due Monday 20/4/2015) and 29/10/2015 (a Thursday).
 */
export function seed003(): DirectiveSpec {
  return {
    version: 1,
    document: document({
      number: '279/UBND-LĐTBXH',
      code: 'UBND-LĐTBXH',
      type: 'Công văn',
      issuer: 'UBND huyện Lục Nam',
      place: 'Lục Nam',
      issuedOn: '2015-03-26',
      subject: 'tăng cường công tác bảo vệ và chăm sóc trẻ em năm 2015',
    }),
    tasks: [
      task(
        't7',
        '7',
        'Thực hiện đầy đủ chế độ thông tin, báo cáo kết quả công tác BVCSTE về UBND huyện (qua phòng Lao động- Thương binh và Xã hội)',
        ['ubnd-xa-bao-son'],
        [
          deadline({
            kind: 'recurring',
            phrase: 'trước ngày 20/4 và 30/10 năm 2015',
            nominal: '2015-04-19',
            due: '2015-04-20',
            occurrences: [
              { nominal: '2015-04-19', due: '2015-04-20' },
              { nominal: '2015-10-29', due: '2015-10-29' },
            ],
          }),
        ],
      ),
    ],
    warnings: [],
  };
}

/**
 * Seed 001, item 4: Báo Kon Tum and the provincial radio-television station publish "định kỳ ít nhất 01
 * lần/tháng" ⇒ a monthly series due on the last day of each month.
 */
export function seed001Monthly(issuedOn: string): DirectiveSpec {
  return {
    version: 1,
    document: document({
      number: '22/KH-UBND',
      code: 'KH-UBND',
      type: 'Kế hoạch',
      issuer: 'UBND tỉnh Kon Tum',
      issuedOn,
      subject: 'Tháng hành động vì trẻ em',
    }),
    tasks: [
      task(
        't4',
        '4',
        'Xây dựng chuyên trang, chuyên mục riêng về công tác chăm sóc, giáo dục và bảo vệ trẻ em để đăng tải, phát sóng định kỳ',
        ['bao-kon-tum'],
        [deadline({ kind: 'recurring', phrase: 'định kỳ ít nhất 01 lần/tháng', recurrence: { freq: 'monthly', day: 'last' } })],
      ),
    ],
    warnings: [],
  };
}
