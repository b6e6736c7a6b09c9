/**
 * A reminder email over a real SMTP conversation (STARTTLS + AUTH), parsed back with mailparser:
 * Vietnamese subject and body intact, Message-ID from the dedupe key, links that verify.
 */
import { createHash } from 'node:crypto';
import { verifyActionToken } from '../../client/links';
import { parseSmtpConfig } from '../../config/smtp';
import { createMailer, createSendEmail, type Mailer } from '../../activities/email';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp';
import { LINKS, OFFICE, reminder } from './fixtures';

let smtp: FakeSmtp;
let mailer: Mailer;
const SENT_AT = new Date('2018-01-29T01:00:00.000Z'); // 08:00 Monday 29/01/2018 in Kon Tum

beforeAll(async () => {
  smtp = await startFakeSmtp();
  mailer = createMailer(parseSmtpConfig(smtp.config()));
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
});

test('the reminder arrives over STARTTLS after AUTH, with its Vietnamese subject and body intact', async () => {
  const message = reminder();
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE, now: () => SENT_AT });
  const result = await sendEmail(message);

  expect(smtp.messages).toHaveLength(1);
  const got = smtp.messages[0];
  expect(got.secure).toBe(true);
  expect(got.user).toBe('nhacviec');
  expect(got.envelopeTo).toEqual(['huong.nt@sldtbxh.kontum.example.invalid']);

  // Subject: tag, status (2 working days left), task headline, directive reference "TB số … ngày dd/mm/yyyy".
  expect(got.parsed.subject).toBe(
    '[Nhắc việc] Còn 2 ngày làm việc: Gửi báo cáo kết quả triển khai Chương trình hành động vì trẻ em năm 2017 (TB số 46/TB-VP ngày 09/01/2018)',
  );
  // Non-ASCII headers travel as RFC 2047 encoded words, never as raw 8-bit.
  const rawSubject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(got.raw)?.[1] ?? '';
  expect(rawSubject).toMatch(/=\?UTF-8\?[BQ]\?/i);
  expect(rawSubject).not.toMatch(/[\u0080-\uffff]/);

  const text = got.parsed.text ?? '';
  expect(text).toContain('Kính gửi: Nguyễn Thị Hương');
  expect(text).toContain('Nhiệm vụ: Gửi báo cáo kết quả triển khai Chương trình hành động vì trẻ em năm 2017');
  // 31/01/2018 was a Wednesday.
  expect(text).toContain('Thời hạn: Thứ Tư, 31/01/2018');
  expect(text).toContain('Theo văn bản: «Hoàn thành trong tháng 01/2018»');
  expect(text).toContain('Bước nhắc: 2 ngày làm việc trước hạn');
  expect(text).toContain('Thông báo số 46/TB-VP ngày 09/01/2018');
  const html = got.parsed.html || '';
  expect(html).toContain('Sở Lao động - Thương binh và Xã hội');
  expect(html).toContain('Thứ Tư, 31/01/2018');

  // Message-ID: "<chidao." + first 40 hex digits of SHA-256(dedupeKey) + "@" + the sender's domain.
  const expectedId = `<chidao.${createHash('sha256').update(message.dedupeKey).digest('hex').slice(0, 40)}@kontum.example.invalid>`;
  expect(got.parsed.messageId).toBe(expectedId);
  expect(result).toEqual({ channel: 'email', messageId: expectedId, at: SENT_AT.toISOString() });

  // Three signed links (acknowledge, complete, extension), each bound to this task and agency, valid before the due day.
  const urls = [...text.matchAll(/https:\/\/chidao\.kontum\.example\.invalid\/a\/\S+/g)].map((m) => m[0]);
  expect(urls).toHaveLength(3);
  const actions = urls.map((u) => {
    const v = verifyActionToken(LINKS.secret, u, SENT_AT);
    if (!v.ok) throw new Error(`link ${u} refused: ${v.reason}`);
    expect(v.claims.wid).toBe(message.taskWorkflowId);
    expect(v.claims.agency).toBe('kt-sldtbxh');
    // 30 days after the due day, i.e. valid through 02/03/2018 local time.
    expect(new Date(v.claims.exp * 1000).toISOString()).toBe('2018-03-02T17:00:00.000Z');
    return v.claims.action;
  });
  expect(actions.sort()).toEqual(['acknowledge', 'complete', 'requestExtension']);
  // The HTML carries the same links.
  for (const u of urls) expect(html).toContain(u);
});

test('an overdue step says so, and a supervisor gets no action links', async () => {
  smtp.messages.length = 0;
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE, now: () => SENT_AT });
  await sendEmail(
    reminder({
      step: { id: 't+1', offsetWorkingDays: 1 },
      workingDaysLeft: -1,
      recipient: {
        contactId: 'kt-vpubnd-pvp-kgvx',
        name: 'Nguyễn Đình Cầu',
        agencyId: 'kt-vpubnd',
        role: 'supervisor',
        email: 'cau.nd@vpubnd.kontum.example.invalid',
        phone: null,
        zaloUserId: null,
        channels: ['email'],
      },
    }),
  );
  const got = smtp.messages[0];
  expect(got.parsed.subject).toBe(
    '[Đôn đốc] Quá hạn 1 ngày làm việc: Gửi báo cáo kết quả triển khai Chương trình hành động vì trẻ em năm 2017 (TB số 46/TB-VP ngày 09/01/2018)',
  );
  expect(got.parsed.text).toContain('Bước nhắc: 1 ngày làm việc sau hạn');
  expect(got.parsed.text).not.toContain('/a/');
});
