/** Properties of every reminder plan, over random deadlines, registrations, policies and calendars. */
import fc from 'fast-check';
import { instantToLocal } from '../../calendar';
import { configuredCalendar, statutoryCalendar } from './fixtures';
import { policyArb } from './arbitraries';

const calendars = [configuredCalendar(), statutoryCalendar];

describe('planReminders properties', () => {
  it('every send is on a working day at the policy time, none before registration, ordered, keys unique', () => {
    fc.assert(
      fc.property(civilDateArb, registrationArb, policyArb, fc.integer({ min: 0, max: 1 }), (due, registeredAt, policy, which) => {
        const cal = calendars[which];
        const plan = cal.planReminders({ due, policy, registeredAt, keyPrefix: 'p' });
        const registered = Date.parse(registeredAt);
        for (const s of plan) {
          const local = instantToLocal(s.at);
          expect(cal.isWorkingDay(local.date)).toBe(true);
          expect(local.minutes).toBe(Number(policy.sendAt.slice(0, 2)) * 60 + Number(policy.sendAt.slice(3)));
          expect(Date.parse(s.at)).toBeGreaterThanOrEqual(registered);
        }
        for (let i = 1; i < plan.length; i++) expect(Date.parse(plan[i].at)).toBeGreaterThanOrEqual(Date.parse(plan[i - 1].at));
        expect(new Set(plan.map((s) => s.key)).size).toBe(plan.length);
        // At most one late notice, and one send per step that was not collapsed.
        expect(plan.filter((s) => s.kind === 'late-notice').length).toBeLessThanOrEqual(1);
        const late = plan.some((s) => s.kind === 'late-notice');
        expect(plan.length).toBeLessThanOrEqual(policy.steps.length + (late ? 1 : 0));
        expect(plan.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('registering earlier never loses a step: with no step past, the plan is the whole ladder', () => {
    fc.assert(
      fc.property(civilDateArb, policyArb, (due, policy) => {
        const plan = configuredCalendar().planReminders({ due, policy, registeredAt: '2014-01-01T00:00:00Z', keyPrefix: 'p' });
        expect(plan.map((s) => s.stepId).sort()).toEqual(policy.steps.map((s) => s.id).sort());
      }),
      { numRuns: 100 },
    );
  });
});

const civilDateArb = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const registrationArb = fc
  .date({ min: new Date('2014-10-01T00:00:00Z'), max: new Date('2028-03-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

