/**
 * SMTP down for an hour, then up: every reminder is delivered exactly once.
 * While the server is down each attempt fails retryably (a plain Error, so Temporal's retry policy applies);
 * the retries below follow that policy: a non-retryable failure would end them.
 */
import { ApplicationFailure } from '@temporalio/common';
import { createMailer, createSendEmail } from '../../activities/email';
import { parseSmtpConfig } from '../../config/smtp';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp';
import { FOCAL, LINKS, OFFICE, reminder } from './fixtures';

let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp();
});
afterAll(() => smtp.close());

test('three reminders during an outage are each delivered once when the server comes back', async () => {
  const mailer = createMailer(parseSmtpConfig(smtp.config()));
  const sendEmail = createSendEmail({ mailer, links: LINKS, officeName: OFFICE });
  const messages = ['focal', 'head', 'leader'].map((who) =>
    reminder({ recipient: { ...FOCAL, contactId: `kt-sldtbxh-${who}`, email: `${who}@sldtbxh.kontum.example.invalid` } }),
  );
  await smtp.stop();

  const pending = new Set(messages);
  const outcomes: string[] = [];
  // Attempts every "10 minutes": 6 while down (one hour), then the server is back.
  for (let attempt = 0; attempt < 8 && pending.size > 0; attempt++) {
    if (attempt === 6) await smtp.start();
    for (const m of [...pending]) {
      try {
        await sendEmail(m);
        pending.delete(m);
        outcomes.push(`sent ${m.recipient.contactId} on attempt ${attempt}`);
      } catch (e) {
        if (e instanceof ApplicationFailure && e.nonRetryable) throw e;
      }
    }
  }
  mailer.close();

  expect(outcomes).toEqual([
    'sent kt-sldtbxh-focal on attempt 6',
    'sent kt-sldtbxh-head on attempt 6',
    'sent kt-sldtbxh-leader on attempt 6',
  ]);
  const ids = smtp.messages.map((m) => m.parsed.messageId);
  expect(ids).toHaveLength(3);
  expect(new Set(ids).size).toBe(3);
  expect(smtp.messages.map((m) => m.envelopeTo[0]).sort()).toEqual([
    'focal@sldtbxh.kontum.example.invalid',
    'head@sldtbxh.kontum.example.invalid',
    'leader@sldtbxh.kontum.example.invalid',
  ]);
});
