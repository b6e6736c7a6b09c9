import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

/**
 * A day in each period: "trước ngày 15 hằng tháng" (day 14 under the default rules), "vào ngày 20 hàng tháng",
 * "ngày 25 của tháng cuối quý", "chậm nhất ngày 25 tháng cuối kỳ báo cáo" (the quarter's last month).
 */
export class ReportingDayParser implements PhraseParser {
  readonly name = 'ReportingDayParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(trước|chậm nhất|muộn nhất|vào|trong)[ \\t]+)?(?:(?:vào|là)[ \\t]+)?ngày[ \\t]+(\\d{1,2})[ \\t]*,?[ \\t]+(?:của[ \\t]+)?` +
        `(?:(?:hằng|hàng|mỗi)[ \\t]+(tháng)|tháng[ \\t]+cuối[ \\t]+(quý|kỳ(?:[ \\t]+báo cáo)?))(?![\\p{L}\\p{N}])`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    const before = match[1]?.toLowerCase() === 'trước';
    let day: number | 'last' = Number(match[2]);
    if (day < 1 || day > 31) return null;
    if (before) day = day + context.rules.beforeOffsetDays >= 1 ? day + context.rules.beforeOffsetDays : 'last';
    const end = match.index + match[0].length;
    if (match[3]) return candidate(this.name, match.index, end, { kind: 'recurring', recurrence: { freq: 'monthly', day } });
    return candidate(this.name, match.index, end, { kind: 'recurring', recurrence: { freq: 'quarterly', day, monthOfQuarter: 3 } });
  }
}
