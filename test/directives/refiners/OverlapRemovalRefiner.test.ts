/**
 * OverlapRemovalRefiner: two parsers read the same words, the longer reading wins and a dated one beats 'none';
 * readings that do not overlap all stay.
 */
import { defaultConfiguration } from '../../../directives/configuration';
import { parseCandidates, refineCandidates } from '../../../directives/phrases';
import { DEFAULT_READING_RULES } from '../../../directives/types';

function refined(text: string) {
  const configuration = defaultConfiguration();
  const candidates = parseCandidates(configuration, { text, rules: DEFAULT_READING_RULES });
  const kept = refineCandidates(configuration, {
    text, rules: DEFAULT_READING_RULES, issuedOn: '2026-01-10', bodies: [{ start: 0, end: text.length }], warnings: [],
  }, candidates);
  return kept.map((c) => [c.parser, text.slice(c.index, c.end)]);
}

describe('OverlapRemovalRefiner', () => {
  test('a period with its bracketed day swallows the "hằng năm" and the "trước ngày D" inside it', () => {
    expect(refined('Các Sở, ngành định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo.')).toEqual([
      ['PeriodicReportParser', 'định kỳ hàng năm (trước ngày 10/12)'],
    ]);
  });

  test('two periods, each with its bracket, are two readings side by side', () => {
    expect(refined('Báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).')).toEqual([
      ['PeriodicReportParser', 'định kỳ 6 tháng (trước ngày 15/6)'],
      ['PeriodicReportParser', 'hằng năm (trước ngày 15/12)'],
    ]);
  });

  test('a table cell read by two parsers alike is kept once', () => {
    expect(refined('| 1 | Quán triệt | Sở Y tế | Xong trong Quý II/2026 |')).toHaveLength(1);
  });
});
