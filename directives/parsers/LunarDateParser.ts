import { CAN_CHI } from '../constants';
import { candidate, type Candidate, type ParsingContext, type PhraseParser } from '../types';

const MONTH_NAMES: Record<string, number> = { giêng: 1, chạp: 12 };

/**
 * Lunar days after a deadline word: "trước mùng 6 Tết" (lunar 1/6), "trước ngày 10 tháng Giêng năm Mậu Tuất",
 * "chậm nhất ngày 15/8 âm lịch", "xong trước mồng 10 Tết Kỷ Hợi", "hoàn thành trước Tết Nguyên đán Giáp Thìn"
 * (lunar 1/1). The calendar places them on solar days;
 * without a calendar the phrase is kept with no date. A lunar date with no deadline word is a festival name.
 */
export class LunarDateParser implements PhraseParser {
  readonly name = 'LunarDateParser';
  pattern(): RegExp {
    return new RegExp(
      `(?:(?:hoàn thành|hoàn tất|xong)[ \\t]+)?(trước|chậm nhất|muộn nhất|trong|đến|vào)[ \\t]+(?:(?:ngày|là)[ \\t]+)?(?:(?:mùng|mồng|ngày)?[ \\t]*(\\d{1,2})[ \\t]*|(?=Tết))` +
        `(?:(?:tháng[ \\t]*(\\d{1,2}|giêng|chạp)|\\/[ \\t]*(\\d{1,2}))[ \\t]*(?:năm[ \\t]+(${CAN_CHI})[ \\t]*)?,?[ \\t]*\\(?[ \\t]*âm lịch[ \\t]*\\)?` +
        `|Tết(?:[ \\t]+Nguyên[ \\t]+[đĐ]án)?)(?:[ \\t]*(?:,|năm|Tết)?[ \\t]*(${CAN_CHI}))?`,
      'giu',
    );
  }
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | null {
    // "trước Tết Nguyên đán": lunar 1/1 itself, so the last on-time day is the eve.
    const day = match[2] === undefined ? 1 : Number(match[2]);
    if (match[2] === undefined && match[1].toLowerCase() !== 'trước') return null; // "trong Tết": during the holiday
    const monthText = (match[3] ?? match[4])?.toLowerCase();
    const month = monthText === undefined ? 1 : (MONTH_NAMES[monthText] ?? Number(monthText));
    if (month < 1 || month > 12 || day < 1 || day > 30) return null;
    const before = match[1].toLowerCase() === 'trước';
    return candidate(this.name, match.index, match.index + match[0].length, {
      targets: [{ year: null, month, day, offsetDays: before ? context.rules.beforeOffsetDays : 0 }],
      lunar: { month, day, canChi: match[5] ?? match[6] ?? null },
    });
  }
}
