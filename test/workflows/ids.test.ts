/** Workflow ids: the same document gives the same ids; different documents do not collide. */
import { directiveWorkflowId, slug, taskWorkflowId } from '../../workflows/ids';
import { taskSlots } from '../../workflows/slots';
import { seed000, seed003 } from './fixtures';

describe('directive ids', () => {
  it('derive from issuer, number and date', () => {
    expect(directiveWorkflowId(seed000())).toBe('directive/van-phong-ubnd-tinh-kon-tum/46-tb-vp/2018-01-09');
    expect(directiveWorkflowId(seed003())).toBe('directive/ubnd-huyen-luc-nam/279-ubnd-ldtbxh/2015-03-26');
  });

  it('the same number in another year is another directive', () => {
    const next = seed000();
    next.document.issuedOn = '2019-01-09';
    expect(directiveWorkflowId(next)).not.toBe(directiveWorkflowId(seed000()));
  });

  it('an unnumbered draft is identified by its content, whatever the key order', () => {
    const a = seed000();
    a.document.number = null;
    const b = reversedKeys(a) as typeof a;
    expect(directiveWorkflowId(a)).toMatch(/^directive\/draft\/[0-9a-f]{16}$/);
    expect(directiveWorkflowId(b)).toBe(directiveWorkflowId(a));
    const c = seed000();
    c.document.number = null;
    c.tasks[0].text += '.';
    expect(directiveWorkflowId(c)).not.toBe(directiveWorkflowId(a));
  });

  it('slugs Vietnamese without diacritics', () => {
    expect(slug('Sở Lao động - Thương binh và Xã hội')).toBe('so-lao-dong-thuong-binh-va-xa-hoi');
  });
});

describe('task slots', () => {
  it('one per (task, lead agency); coordinators ride along', () => {
    const slots = taskSlots('d', seed000());
    expect(slots.map((s) => [s.workflowId, s.coordinatorAgencyIds])).toEqual([
      [taskWorkflowId('d', 't1', 'so-ldtbxh'), []],
      ['d/t2/so-y-te', ['so-ldtbxh']],
      ['d/t2/so-gddt', ['so-ldtbxh']],
    ]);
  });
});

function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)]));
  return v;
}
