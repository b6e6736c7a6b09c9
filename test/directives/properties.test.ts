/**
 * Properties of the reader (fast-check): it never throws on any text, every date it emits is a real ISO date,
 * every span's text holds its phrase, and reading is deterministic.
 */
import fc from 'fast-check';
import { readDirective } from '../../directives';
import { isIsoDate } from '../../directives/dates';
import type { DirectiveSpec } from '../../directives/spec';
import { prepareText } from '../../directives/text';
import { directory, seed } from './helpers';

const SEEDS = ['000', '001', '002', '003', '004'].map(seed);

/** Pieces of the genre, so random texts hit the parsers' paths and not only their failure to match. */
const PIECES = [
  'trước ngày ', 'chậm nhất ngày ', 'trong tháng ', 'trong quý ', 'hoàn thành trong năm ', 'từ ngày ', ' đến ngày ', 'hằng năm', 'hằng tháng',
  'định kỳ (6 tháng, một năm)', 'ít nhất 01 lần/tháng', 'mùng 6 Tết ', 'âm lịch', 'Kế hoạch số 12/KH-UBND ngày ', 'giai đoạn ', ' và ',
  '20/01/2018', '31/02', '9.2020', 'I/2018', 'IV', '2015', '30', '/', '-', '.', ',', ';', ':', '\n', '\n- ', '\n2.1. ', '\nII. ',
  'Giao Sở Y tế: ', 'UBND các huyện, thành phố', 'chủ trì, phối hợp với ', '** Thực hiện: ', 'Số: 46/TB-VP\n', 'Kon Tum, ngày 09 tháng 01 năm 2018\n',
  'Kính gửi:', 'Nơi nhận:', 'KT. CHỦ TỊCH\n', 'khẩn trương ', 'sau khi ', ' được ban hành', '14 giờ', '<p>', '</p>', '&nbsp;', '**', 'ngày ',
  '\n| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n', '| ', ' |', '| Quý II/2023 |', '|---|',
];
const genreText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 40 }).map(String)), { maxLength: 60 })
  .map((parts) => parts.join(''));
/** A seed with a few random edits: insertions of pieces, deletions, duplications. */
const mutatedSeed = fc.tuple(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...PIECES)), { maxLength: 8 }))
  .map(([i, edits]) => edits.reduce((text, [at, len, piece]) => {
    const p = at % (text.length + 1);
    return text.slice(0, p) + piece + text.slice(p + (len % 3 === 0 ? len % 40 : 0));
  }, SEEDS[i]));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), genreText, mutatedSeed);
const issuedOn = fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined });

function datesOf(spec: DirectiveSpec): string[] {
  const out: string[] = [];
  if (spec.document.issuedOn) out.push(spec.document.issuedOn);
  for (const d of spec.tasks.flatMap((t) => t.deadlines)) {
    for (const x of [d.nominal, d.due, d.window?.start]) if (x) out.push(x);
    for (const o of d.occurrences) out.push(o.nominal, o.due);
  }
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('reader properties', () => {
  test('never throws on arbitrary text, and the result satisfies the schema', async () => {
    const { DirectiveSpec } = await import('../../directives/spec');
    fc.assert(fc.property(anyText, issuedOn, (text, date) => {
      const spec = readDirective(text, { agencies: directory, issuedOn: date });
      DirectiveSpec.parse(spec);
    }), { numRuns: 300 });
  });

  test('every emitted date is a valid ISO date', () => {
    fc.assert(fc.property(anyText, issuedOn, (text, date) => {
      for (const d of datesOf(readDirective(text, { agencies: directory, issuedOn: date }))) expect(isIsoDate(d)).toBe(true);
    }), { numRuns: 300 });
  });

  test('every deadline span\'s text, read the same way, contains its phrase; spans lie inside the text', () => {
    fc.assert(fc.property(anyText, issuedOn, (text, date) => {
      const spec = readDirective(text, { agencies: directory, issuedOn: date });
      for (const d of spec.tasks.flatMap((t) => t.deadlines)) {
        expect(d.span.start).toBeLessThanOrEqual(d.span.end);
        expect(d.span.end).toBeLessThanOrEqual(text.length);
        expect(collapse(prepareText(text.slice(d.span.start, d.span.end)).text)).toContain(d.phrase);
      }
      for (const t of spec.tasks) expect(t.span.end).toBeLessThanOrEqual(text.length);
    }), { numRuns: 300 });
  });

  test('reading is deterministic', () => {
    fc.assert(fc.property(anyText, issuedOn, (text, date) => {
      expect(readDirective(text, { agencies: directory, issuedOn: date })).toEqual(readDirective(text, { agencies: directory, issuedOn: date }));
    }), { numRuns: 150 });
  });
});
