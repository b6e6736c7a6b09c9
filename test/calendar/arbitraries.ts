/** fast-check arbitraries shared by the calendar's property tests. */
import fc from 'fast-check';
import type { EscalationPolicy } from '../../calendar/types';

/** An escalation ladder of 1–6 distinct working-day offsets, sent at a random office time. */
export const policyArb: fc.Arbitrary<EscalationPolicy> = fc
  .record({
    hour: fc.integer({ min: 7, max: 16 }),
    minute: fc.constantFrom(0, 15, 30, 45),
    offsets: fc.uniqueArray(fc.integer({ min: -15, max: 15 }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ hour, minute, offsets }) => ({
    id: 'random',
    sendAt: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    steps: offsets.map((o, i) => ({
      id: `s${i}`,
      offsetWorkingDays: o,
      recipients: i % 2 ? (['focal', 'head'] as const).slice() : (['supervisor'] as const).slice(),
      channels: ['email' as const],
      copyCoordinators: i % 3 === 0,
    })),
  }));
