/**
 * Zalo failures: a recipient Zalo cannot reach (invalid phone, no follow) or an exhausted quota is a
 * DELIVERY_REJECTED with fallback, after which the same reminder reaches the person by email; transient
 * failures (unknown error, 5xx, no answer) are retryable.
 */
import { ApplicationFailure } from '@temporalio/common';
import { DELIVERY_REJECTED, type DeliveryRejection, type ReminderMessage } from '../../activities/contract';
import { createMailer, createSendEmail } from '../../activities/email';
import { parseSmtpConfig } from '../../config/smtp';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp';
import { FOCAL, LINKS, OFFICE, reminder } from './fixtures';
import { zaloRig, type ZaloRig } from './zalo-setup';

let rig: ZaloRig;
let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp();
});
afterAll(() => smtp.close());
afterEach(() => rig.close());

async function outcome(p: Promise<unknown>): Promise<{ rejection: DeliveryRejection } | { retryable: Error }> {
  const err = await p.then(
    () => {
      throw new Error('expected the Zalo send to fail');
    },
    (e: unknown) => e as Error,
  );
  if (err instanceof ApplicationFailure && err.type === DELIVERY_REJECTED) {
    expect(err.nonRetryable).toBe(true);
    return { rejection: err.details?.[0] as DeliveryRejection };
  }
  expect(err).not.toBeInstanceOf(ApplicationFailure);
  return { retryable: err };
}

/** What the task workflow does with a rejection that allows fallback: the same reminder by email. */
async function fallBackToEmail(message: ReminderMessage): Promise<string> {
  const mailer = createMailer(parseSmtpConfig(smtp.config()));
  try {
    const sent = await createSendEmail({ mailer, links: LINKS, officeName: OFFICE })({
      ...message,
      channel: 'email',
      dedupeKey: message.dedupeKey.replace(/\|zalo$/, '|email'),
    });
    return sent.messageId;
  } finally {
    mailer.close();
  }
}

test('an invalid phone number is rejected for fallback, and the reminder then arrives by email', async () => {
  rig = await zaloRig();
  const message = reminder({ channel: 'zalo', recipient: { ...FOCAL, phone: '8412345' } });
  const r = await outcome(rig.sendZalo(message));
  expect(r).toEqual({ rejection: expect.objectContaining({ channel: 'zalo', reason: 'invalid-phone', fallback: true }) });
  expect('rejection' in r && r.rejection.detail).toContain('-108');
  expect(rig.zalo.sent).toHaveLength(0);

  smtp.messages.length = 0;
  const messageId = await fallBackToEmail(message);
  expect(smtp.messages).toHaveLength(1);
  expect(smtp.messages[0].parsed.messageId).toBe(messageId);
  expect(smtp.messages[0].envelopeTo).toEqual(['huong.nt@sldtbxh.kontum.example.invalid']);
});

test('the OA daily quota exhausted (-144) and the ZNS balance empty (-115) are quota rejections', async () => {
  rig = await zaloRig({ dailyQuota: 0 });
  const first = await outcome(rig.sendZalo(reminder({ channel: 'zalo' })));
  expect(first).toEqual({ rejection: expect.objectContaining({ reason: 'quota', fallback: true }) });
  rig.zalo.script('84905111222', { error: -115, message: 'Out of quota' });
  const second = await outcome(rig.sendZalo(reminder({ channel: 'zalo' })));
  expect(second).toEqual({ rejection: expect.objectContaining({ reason: 'quota', fallback: true }) });
  // An empty ZNS balance needs a person: it is logged as a warning too.
  expect(rig.warnings.some((w) => w.includes('-115'))).toBe(true);
});

test('an OA user who has not interacted in 7 days is unreachable by Zalo', async () => {
  rig = await zaloRig({ followers: [] });
  const r = await outcome(rig.sendZalo(reminder({ channel: 'zalo', recipient: { ...FOCAL, phone: null } })));
  expect(r).toEqual({ rejection: expect.objectContaining({ reason: 'user-unreachable', fallback: true }) });
});

test('a contact with neither phone nor Zalo id is rejected without calling Zalo', async () => {
  rig = await zaloRig();
  const r = await outcome(rig.sendZalo(reminder({ channel: 'zalo', recipient: { ...FOCAL, phone: null, zaloUserId: null } })));
  expect(r).toEqual({ rejection: expect.objectContaining({ reason: 'no-address', fallback: true }) });
  expect(rig.zalo.requests).toHaveLength(0);
});

test.each([
  ['Zalo unknown error -100', { error: -100, message: 'Unknown error' }],
  ['rate limit -32', { error: -32, message: 'Your application/OA reached limit call api' }],
  ['night window -133', { error: -133, message: 'Cannot send at night' }],
  ['HTTP 502', { http: 502 }],
] as const)('%s is retryable', async (_what, scripted) => {
  rig = await zaloRig();
  rig.zalo.script('84905111222', scripted, 1);
  const r = await outcome(rig.sendZalo(reminder({ channel: 'zalo' })));
  expect('retryable' in r).toBe(true);
  // The retry goes through with the same tracking_id.
  await rig.sendZalo(reminder({ channel: 'zalo' }));
  expect(rig.zalo.sent).toHaveLength(1);
});

test('no answer within the timeout is retryable', async () => {
  rig = await zaloRig({}, { timeoutMs: 300 });
  rig.zalo.script('84905111222', 'hang', 1);
  const r = await outcome(rig.sendZalo(reminder({ channel: 'zalo' })));
  expect('retryable' in r && r.retryable.message).toMatch(/không kết nối được/);
});

test('a send Zalo carried out but never confirmed is retried with the same tracking_id (one recognisable repeat)', async () => {
  rig = await zaloRig({}, { timeoutMs: 300 });
  rig.zalo.script('84905111222', 'accept-then-hang', 1);
  const first = await outcome(rig.sendZalo(reminder({ channel: 'zalo' })));
  expect('retryable' in first).toBe(true);
  await rig.sendZalo(reminder({ channel: 'zalo' }));
  expect(rig.zalo.sent).toHaveLength(2);
  expect(rig.zalo.sent[1].trackingId).toBe(rig.zalo.sent[0].trackingId);
});
