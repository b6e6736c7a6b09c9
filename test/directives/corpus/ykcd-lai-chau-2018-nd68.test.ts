/**
 * Golden facts of the directions of the Chủ tịch UBND tỉnh on the one-year review of Nghị định 68/2017/NĐ-CP, as rendered
 * in a print view with the page scheme of the Văn phòng UBND tỉnh Lai Châu portal (test/fixtures/corpus/ykcd-lai-chau-2018-nd68.txt),
 * written from reading the page, not from the program.
 *
 * The page prints neither the document's number nor its date. "Thứ năm 28/11/2024 / in trang" is the day the page was
 * printed; "Ngày 20/7/2018" is the day UBND tỉnh received the Bộ's letter 5658/BCT-CTĐP of 18/7/2018: neither is the
 * document's date (which lies between 20/7 and 10/8/2018), so the reader must not invent one. The lead paragraph
 * ("Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương …") is the article's summary of the one direction that follows;
 * "Việt Tiến" is the reporter's byline. "Trình UBND tỉnh trước ngày 10/8/2018" = 09/8/2018 (directives/README.md:
 * "trước ngày D" → D − 1), a Thursday: due the same day. The agency is Lai Châu's, but only the page's address says so:
 * the text names no place, no number and no date, so nothing in it tells the reader that its "Sở Công Thương" is
 * not the directory's (directives/index.ts reads such a passage against the directory). Not asserted here.
 */
import { coordinatorsOf, deadlinesOf, leadsOf, allPhrases, onceNominals, readCorpus, taskOfParagraph } from './letters-support';

const { text, spec } = readCorpus('ykcd-lai-chau-2018-nd68.txt');
const task = () => taskOfParagraph(spec, text, 'Giao Sở Công Thương chủ trì');

describe('directions of the Chủ tịch UBND tỉnh on the review of Nghị định 68/2017/NĐ-CP (Lai Châu portal, 2018)', () => {
  test('no number and no date printed: neither the print stamp (28/11/2024) nor the receipt day (20/7/2018) is the date', () => {
    expect(spec.document.number).toBeNull();
    expect(spec.document.issuedOn).toBeNull();
    expect(spec.warnings.map((w) => w.code)).toContain('document-date-missing');
  });

  test('"Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan …": Sở Công Thương leads; at most the vague group coordinates', () => {
    const t = task();
    expect(leadsOf(t).map((a) => a.name)).toEqual(['Sở Công Thương']);
    for (const c of coordinatorsOf(t)) expect(c.name).toBe('các đơn vị liên quan');
  });

  test('"Trình UBND tỉnh trước ngày 10/8/2018": once, nominal and due Thursday 09/8/2018', () => {
    expect(deadlinesOf(task())).toEqual([['once', 'trước ngày 10/8/2018', '2018-08-09', '2018-08-09']]);
  });

  test('Bộ Công Thương (sender of the cited letter, addressee of the report) is no assignee', () => {
    expect(spec.tasks.flatMap((t) => t.assignees.map((a) => a.name)).some((n) => /^Bộ Công Thương/u.test(n))).toBe(false);
  });

  test('one task: the print stamp, title, lead summary, "Ngày 20/7/2018 …" and the byline "Việt Tiến" are none', () => {
    expect(spec.tasks.map((t) => t.text.slice(0, 20))).toEqual(['Giao Sở Công Thương ']);
  });

  test('only 09/8/2018 is a deadline: not the print stamp, not 18/7/2018 or 20/7/2018; no recurrence', () => {
    expect(onceNominals(spec)).toEqual(['2018-08-09']);
    expect(allPhrases(spec).some((p) => /28\/11\/2024|18\/7\/2018|20\/7\/2018/u.test(p))).toBe(false);
    expect(spec.tasks.flatMap((t) => t.deadlines).some((d) => d.kind === 'recurring')).toBe(false);
    expect(spec.warnings.map((w) => w.code)).not.toContain('deadline-before-document');
  });
});
