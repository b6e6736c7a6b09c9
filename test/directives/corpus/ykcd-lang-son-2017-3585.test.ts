/**
 * Golden facts of 3585/VP-KTN of Văn phòng UBND tỉnh Lạng Sơn, 23/10/2017: the office's notice of the directions of
 * Phó Chủ tịch UBND tỉnh Lý Vinh Quang, as rendered on dnls.langson.gov.vn (test/fixtures/corpus/ykcd-lang-son-2017-3585.txt),
 * written from reading the page, not from the program.
 *
 * The number and date are in the parenthesis after the "Về việc …" title: "(3585/VP-KTN, ngày 23/10/2017)". VP-KTN is
 * the office's code with no type abbreviation (no "TB-"), so the document is a letter (Công văn) in form, a notice of a
 * leader's directions in substance. One direction: Sở Tài nguyên và Môi trường leads; Sở Nông nghiệp và Phát triển
 * Nông thôn, UBND các huyện, thành phố (and "các cơ quan có liên quan") coordinate; it reports to Bộ Tài nguyên và Môi
 * trường, which is the addressee of the report, not a doer. It sets no date: "chủ động" is no urgency and no deadline.
 * The agencies are Lạng Sơn's, not in the directory (Kon Tum): names only, agencyId null (the page itself names no
 * province, so this fact is the document's, not inferable from its words alone — kept apart in its own test).
 */
import { coordinatorsOf, leadsOf, allPhrases, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('ykcd-lang-son-2017-3585.txt');
const task = () => taskOfParagraph(spec, text, 'Giao Sở Tài nguyên và Môi trường chủ trì');

describe('3585/VP-KTN, Văn phòng UBND tỉnh Lạng Sơn, 23/10/2017 (directions of Phó Chủ tịch Lý Vinh Quang)', () => {
  test('header: number, code and date from "(3585/VP-KTN, ngày 23/10/2017)"; a letter by its code', () => {
    expect(spec.document).toMatchObject({ number: '3585/VP-KTN', code: 'VP-KTN', issuedOn: '2017-10-23', type: 'Công văn' });
  });

  test('subject: the "Về việc …" title', () => {
    expect(spec.document.subject ?? '').toMatch(/^Về việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn/u);
  });

  test('"Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với …": the Sở leads', () => {
    expect(leadsOf(task()).map((a) => a.name)).toEqual(['Sở Tài nguyên và Môi trường']);
  });

  test('coordinators: Sở Nông nghiệp và Phát triển Nông thôn, UBND các huyện, thành phố (a group), then at most the vague "các cơ quan có liên quan"', () => {
    const t = task();
    const names = coordinatorsOf(t).map((a) => a.name);
    expect(names.slice(0, 2)).toEqual(['Sở Nông nghiệp và Phát triển Nông thôn', 'UBND các huyện, thành phố']);
    for (const n of names.slice(2)) expect(n).toBe('các cơ quan có liên quan');
    expect(t.assignees.find((a) => a.name === 'UBND các huyện, thành phố')?.group).toBe(true);
  });

  test('a Lạng Sơn notice: no assignee gets a directory (Kon Tum) id', () => {
    expect(spec.tasks.flatMap((t) => t.assignees).map((a) => a.agencyId).filter((id) => id !== null)).toEqual([]);
  });

  test('Bộ Tài nguyên và Môi trường (the report\'s addressee) and Văn phòng Chính phủ (the cited sender) are no assignees', () => {
    const names = spec.tasks.flatMap((t) => t.assignees.map((a) => a.name));
    expect(names.some((n) => /Bộ Tài nguyên|Văn phòng Chính phủ/u.test(n))).toBe(false);
  });

  test('no deadline at all: "chủ động" is not "khẩn trương"; the cited letter of 17/10/2017 and the notice\'s own date are no deadlines', () => {
    const deadlines = spec.tasks.flatMap((t) => t.deadlines);
    expect(deadlines.filter((d) => d.kind !== 'none')).toEqual([]);
    expect(deadlines.some((d) => d.urgent)).toBe(false);
    expect(allPhrases(spec).some((p) => /17\/10\/2017|23\/10\/2017/u.test(p))).toBe(false);
  });

  test('one task: the title, the "Thực hiện …" lead, the eOffice note and the closing "Văn phòng UBND tỉnh thông báo …" are none', () => {
    expect(spec.tasks).toHaveLength(1);
    expect(spec.warnings.map((w) => w.code)).not.toContain('task-without-assignee');
  });
});
