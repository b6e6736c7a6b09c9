/**
 * How SMTP failures surface to Temporal: a lost reply is retried with the same Message-ID; a refused recipient,
 * a missing address and rejected credentials are DELIVERY_REJECTED, non-retryable, with a DeliveryRejection.
 */
import { ApplicationFailure } from '@temporalio/common';
import { DELIVERY_REJECTED, type DeliveryRejection } from '../../activities/contract';
import { createMailer, createSendEmail } from '../../activities/email';
import { parseSmtpConfig } from '../../config/smtp';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp';
import { FOCAL, LINKS, OFFICE, reminder } from './fixtures';

let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp({
    refuseRecipient: (a) => (a.startsWith('khong-ton-tai@') ? { code: 550, message: '5.1.1 Người nhận không tồn tại' } : null),
  });
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.messages.length = 0;
});

async function rejectionOf(p: Promise<unknown>): Promise<DeliveryRejection> {
  const err = await p.then(
    () => {
      throw new Error('expected the send to be rejected');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApplicationFailure);
  const failure = err as ApplicationFailure;
  expect(failure.type).toBe(DELIVERY_REJECTED);
  expect(failure.nonRetryable).toBe(true);
  return failure.details?.[0] as DeliveryRejection;
}

test('a reply lost after DATA fails retryably; the retry carries the same Message-ID and the same text', async () => {
  const mailer = createMailer(parseSmtpConfig(smtp.config()));
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE });
  smtp.dropAfterData(1);
  const first = await sendEmail(reminder()).then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(first).toBeInstanceOf(Error);
  expect(first).not.toBeInstanceOf(ApplicationFailure);
  const second = await sendEmail(reminder());
  mailer.close();

  // The server saw the message twice (at least once delivery); both copies are the same message.
  expect(smtp.messages).toHaveLength(2);
  const [a, b] = smtp.messages.map((m) => m.parsed);
  expect(a.messageId).toBe(second.messageId);
  expect(b.messageId).toBe(second.messageId);
  expect(b.subject).toBe(a.subject);
  expect(b.text).toBe(a.text);
});

test('a recipient refused with 550 is a bad address, not retried, other channels may still reach them', async () => {
  const mailer = createMailer(parseSmtpConfig(smtp.config()));
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE });
  const r = await rejectionOf(sendEmail(reminder({ recipient: { ...FOCAL, email: 'khong-ton-tai@sldtbxh.kontum.example.invalid' } })));
  mailer.close();
  expect(r).toMatchObject({ channel: 'email', reason: 'bad-address', fallback: true });
  expect(r.detail).toContain('550');
  expect(smtp.messages).toHaveLength(0);
});

test('a contact without an email address is rejected without connecting', async () => {
  const mailer = createMailer(parseSmtpConfig(smtp.config()));
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE });
  const before = smtp.connections;
  const r = await rejectionOf(sendEmail(reminder({ recipient: { ...FOCAL, email: null } })));
  const malformed = await rejectionOf(sendEmail(reminder({ recipient: { ...FOCAL, email: 'huong.nt@@sldtbxh' } })));
  mailer.close();
  expect(r).toMatchObject({ channel: 'email', reason: 'no-address', fallback: true });
  expect(r.detail).toContain('kt-sldtbxh-dau-moi');
  expect(malformed).toMatchObject({ channel: 'email', reason: 'bad-address', fallback: true });
  expect(smtp.connections).toBe(before);
});

test('credentials the server rejects (535) stop the retries', async () => {
  const mailer = createMailer(parseSmtpConfig({ ...smtp.config(), pass: 'sai-mat-khau' }));
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE });
  const r = await rejectionOf(sendEmail(reminder()));
  mailer.close();
  expect(r).toMatchObject({ channel: 'email', reason: 'smtp-auth', fallback: true });
  expect(smtp.messages).toHaveLength(0);
});

test('a client that does not trust the certificate refuses to send (no plaintext downgrade)', async () => {
  const mailer = createMailer(parseSmtpConfig({ ...smtp.config(), ca: undefined }));
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE });
  const err = await sendEmail(reminder()).then(
    () => null,
    (e: unknown) => e as Error,
  );
  mailer.close();
  expect(err).toBeInstanceOf(Error);
  expect(smtp.messages).toHaveLength(0);
});
