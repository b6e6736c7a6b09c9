/** Small hand-written DirectiveSpecs for the API tests: one task of the Sở Y tế, due far in the future. */
import { randomInt } from 'node:crypto';
import type { DirectiveSpec } from '../../directives/spec';
import { deadline } from '../../directives/deadline-builder';

const span = { start: 0, end: 10, line: 1 };

/** A directive with a number of its own, so that tests sharing a dev server never collide. */
export function testSpec(overrides: { tasks?: DirectiveSpec['tasks'] } = {}): DirectiveSpec {
  const n = randomInt(100_000, 999_999);
  return {
    version: 1,
    document: {
      number: `${n}/TB-VP`,
      code: 'TB-VP',
      type: 'Thông báo',
      issuer: 'Văn phòng UBND tỉnh Kon Tum',
      place: 'Kon Tum',
      issuedOn: '2026-11-02',
      subject: `Kiểm thử API ${n}`,
      signer: null,
      addressees: [],
      distribution: [],
    },
    tasks: overrides.tasks ?? [
      {
        id: 't1',
        ref: '1',
        text: 'Rà soát công tác an toàn thực phẩm tại các trường học, báo cáo UBND tỉnh trước ngày 31/12/2030.',
        span,
        assignees: [{ name: 'Sở Y tế', agencyId: 'kt-syt', role: 'lead', group: false }],
        deadlines: [
          deadline({ phrase: 'trước ngày 31/12/2030', span, kind: 'once', nominal: '2030-12-30', due: '2030-12-30' }),
        ],
      },
    ],
    warnings: [],
  };
}
