/** Reminder messages for seed 000 (TB số 46/TB-VP ngày 09/01/2018, Kon Tum), built by hand from the text. */
import type { LinkSettings } from '../../client/links';
import type { Recipient, ReminderMessage } from '../../activities/contract';

export const LINKS: LinkSettings = {
  baseUrl: 'https://chidao.kontum.example.invalid',
  secret: 'khoa-bi-mat-cho-lien-ket-thu-nghiem-0123456789',
  ttlDays: 30,
};

export const OFFICE = 'Văn phòng UBND tỉnh Kon Tum';

export const FOCAL: Recipient = {
  contactId: 'kt-sldtbxh-dau-moi',
  name: 'Nguyễn Thị Hương',
  agencyId: 'kt-sldtbxh',
  role: 'focal',
  email: 'huong.nt@sldtbxh.kontum.example.invalid',
  phone: '84905111222',
  zaloUserId: '5521887766554433221',
  channels: ['zalo', 'email'],
};

export function reminder(overrides: Partial<ReminderMessage> = {}): ReminderMessage {
  const recipient = overrides.recipient ?? FOCAL;
  const channel = overrides.channel ?? 'email';
  const step = overrides.step ?? { id: 't-2', offsetWorkingDays: -2 };
  return {
    dedupeKey: `task:46-TB-VP-2018-01-09:2.1-a:kt-sldtbxh|occ:0|step:${step.id}|to:${recipient.contactId}|${channel}`,
    kind: 'reminder',
    taskWorkflowId: 'task:46-TB-VP-2018-01-09:2.1-a:kt-sldtbxh',
    directive: {
      id: 'kt-vpubnd:46-TB-VP:2018-01-09',
      number: '46/TB-VP',
      type: 'Thông báo',
      issuedOn: '2018-01-09',
      subject: 'Kết luận của đồng chí Trần Thị Nga - Phó Chủ tịch UBND tỉnh tại cuộc họp Ban chỉ đạo Chương trình hành động vì trẻ em tỉnh',
    },
    task: {
      id: '2.1-a',
      text: 'Gửi báo cáo kết quả triển khai Chương trình hành động vì trẻ em năm 2017',
      phrase: 'Hoàn thành trong tháng 01/2018',
      agencyId: 'kt-sldtbxh',
      agencyName: 'Sở Lao động - Thương binh và Xã hội',
    },
    occurrence: { index: 0, nominal: '2018-01-31', due: '2018-01-31', time: null },
    step,
    workingDaysLeft: 2,
    recipient,
    channel,
    ...overrides,
  };
}
