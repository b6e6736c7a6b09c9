/**
 * Links in a reminder stay usable for ttlDays after the later of the due day and the day the message is written:
 * a directive registered years after its deadline still gets an overdue notice whose links work.
 */
import { verifyActionToken } from '../../client/links';
import { linksFor } from '../../activities/templates/reminder';
import { LINKS, reminder } from './fixtures';

const DAY = 86_400_000;

test('an overdue notice for a 2018 deadline, written in 2026, carries links valid for ttlDays from the writing day', () => {
  const written = new Date('2026-11-25T01:00:00Z');
  const links = linksFor(reminder({ kind: 'late-notice', workingDaysLeft: -2000 }), LINKS, written);
  expect(links.map((l) => l.action)).toEqual(['acknowledge', 'complete', 'requestExtension']);
  for (const link of links) {
    expect(verifyActionToken(LINKS.secret, link.url, new Date(written.getTime() + 29 * DAY)).ok).toBe(true);
    expect(verifyActionToken(LINKS.secret, link.url, new Date(written.getTime() + 32 * DAY))).toEqual({ ok: false, reason: 'expired' });
  }
});

test('a reminder before its due day stays valid until ttlDays after the due day (31/01/2018 + 30 days)', () => {
  const written = new Date('2018-01-29T01:00:00Z');
  const [ack] = linksFor(reminder(), LINKS, written);
  expect(verifyActionToken(LINKS.secret, ack.url, new Date('2018-03-01T12:00:00+07:00')).ok).toBe(true);
  expect(verifyActionToken(LINKS.secret, ack.url, new Date('2018-03-03T00:00:00+07:00')).ok).toBe(false);
});

test('a message written twice on the same day carries the same links (a retry is recognisable)', () => {
  const a = linksFor(reminder(), LINKS, new Date('2026-11-25T01:00:00Z'));
  const b = linksFor(reminder(), LINKS, new Date('2026-11-25T09:30:00Z'));
  expect(b.map((l) => l.url)).toEqual(a.map((l) => l.url));
});
