import { daysInMonth, isValidYmd, toIso } from '../dates';
import type { Candidate, DateTarget, RefineContext, Refiner } from '../types';

function fitsYear(t: DateTarget, year: number): boolean {
  return t.day === 'last' || isValidYmd(year, t.month, t.day);
}

/**
 * A date written without its year takes the year that puts it first on or after the document's date
 * (chrono's vi locale takes the closest year instead). Without a document date the year stays unknown
 * and the reviewer is warned.
 */
export class ForwardYearRefiner implements Refiner {
  readonly name = 'ForwardYearRefiner';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      const targets = c.windowStart ? [...c.targets, c.windowStart] : c.targets;
      for (const t of targets) {
        if (t.year !== null || c.lunar) continue;
        if (!context.issuedOn) {
          context.warnings.push({
            code: 'year-missing-no-document-date',
            message: 'Ngày không ghi năm và văn bản không có ngày ban hành: cần nhập năm.',
            at: [c.index, c.end],
          });
          continue;
        }
        const docYear = Number(context.issuedOn.slice(0, 4));
        let year = docYear;
        for (let y = docYear; y <= docYear + 4; y++) {
          if (!fitsYear(t, y)) continue;
          const day = t.day === 'last' ? daysInMonth(y, t.month) : t.day;
          if (toIso({ year: y, month: t.month, day }) >= context.issuedOn) { year = y; break; }
        }
        t.year = year;
        t.yearInferred = true;
      }
      // A window's start with an inferred year must not fall after its end.
      if (c.windowStart?.yearInferred && c.targets[0]?.year !== null && c.windowStart.year! > c.targets[0].year!) {
        c.windowStart.year = c.targets[0].year;
      }
    }
    return candidates;
  }
}
