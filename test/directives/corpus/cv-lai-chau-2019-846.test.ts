/**
 * Golden facts of Công văn 846/UBND-TH of UBND tỉnh Lai Châu, 21/5/2019, as rendered on the provincial portal
 * (test/fixtures/corpus/cv-lai-chau-2019-846.txt), written from reading the page, not from the program.
 *
 * The page gives the day and month of the letter ("Ngày 21/ 5") and the year only in the body (kế hoạch đầu tư công
 * năm 2019, the Bộ's letter of 15/5/2019, deadlines in 5/2019). It never names the province, so the directory's Kon Tum
 * agencies must not be given to its sở and huyện: every assignee is kept by name, agencyId null.
 * Deadlines: "trước ngày D" = D − 1 (directives/README.md); 22/5/2019 and 23/5/2019 are a Wednesday and a Thursday.
 */
import { coordinatorsOf, deadlinesOf, leadsOf, allPhrases, onceNominals, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('cv-lai-chau-2019-846.txt');

describe('Công văn 846/UBND-TH, UBND tỉnh Lai Châu, 21/5/2019', () => {
  test('header: number, type and date from the lead paragraph, the year from the body', () => {
    expect(spec.document).toMatchObject({ number: '846/UBND-TH', code: 'UBND-TH', type: 'Công văn', issuedOn: '2019-05-21' });
  });

  test('"Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo …": three groups lead; report to Sở Kế hoạch và Đầu tư "trước ngày 23/5/2019" = 22/5/2019', () => {
    const t = taskOfParagraph(spec, text, 'Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố');
    expect(leadsOf(t)).toEqual([
      { name: 'các sở, ngành tỉnh', agencyId: null },
      { name: 'Uỷ ban nhân dân các huyện, thành phố', agencyId: null },
      { name: 'Các Ban QLDA chuyên ngành tỉnh', agencyId: null },
    ]);
    expect(t.assignees.filter((a) => a.role === 'lead').every((a) => a.group)).toBe(true);
  });

  test('its deadline: "trước ngày 23/5/2019" = Wednesday 22/5/2019', () => {
    const t = taskOfParagraph(spec, text, 'Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố');
    expect(deadlinesOf(t)).toEqual([['once', 'trước ngày 23/5/2019', '2019-05-22', '2019-05-22']]);
  });

  test('"Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với các đơn vị liên quan tổng hợp …": Sở Kế hoạch và Đầu tư leads', () => {
    const t = taskOfParagraph(spec, text, 'Giao Sở Kế hoạch và Đầu tư chủ trì');
    expect(leadsOf(t)).toEqual([{ name: 'Sở Kế hoạch và Đầu tư', agencyId: null }]);
    // "các đơn vị liên quan" names no agency: at most that vague group, never the Văn phòng the report goes to.
    for (const c of coordinatorsOf(t)) expect(c).toEqual({ name: 'các đơn vị liên quan', agencyId: null });
  });

  test('its deadline: "trước ngày 24/5/2019" = Thursday 23/5/2019', () => {
    const t = taskOfParagraph(spec, text, 'Giao Sở Kế hoạch và Đầu tư chủ trì');
    expect(deadlinesOf(t)).toEqual([['once', 'trước ngày 24/5/2019', '2019-05-23', '2019-05-23']]);
  });

  test('two tasks: the lead paragraph and "Công văn nêu rõ: …" are no tasks', () => {
    expect(spec.tasks).toHaveLength(2);
  });

  test('the letter\'s own date (21/5) and the cited letter of 15/5/2019 give no deadline', () => {
    expect(onceNominals(spec)).toEqual(['2019-05-22', '2019-05-23']);
    expect(allPhrases(spec).some((p) => p.includes('15/5/2019') || p.includes('21/ 5'))).toBe(false);
    expect(spec.tasks.flatMap((t) => t.deadlines).some((d) => d.kind === 'recurring')).toBe(false);
    expect(spec.warnings.map((w) => w.code)).not.toContain('deadline-before-document');
  });
});
