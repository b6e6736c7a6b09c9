/**
 * Dictionaries and sub-patterns of the locale. Patterns are strings so parsers can compose them;
 * every parser compiles with the "giu" flags (global, case-insensitive, unicode).
 */

/** No letter or digit just after. */
export const WE = '(?![\\p{L}\\p{N}])';

/** Words that close a clause: a deadline phrase and its context never reach across them. */
export const CLAUSE_BREAK = /[.;:!?\n]/;

export const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

export const NUMBER_WORDS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười lăm': 15, 'hai mươi': 20, 'ba mươi': 30,
};

/** A small count: digits or a number word. */
export const COUNT = '(\\d{1,3}|mười lăm|hai mươi|ba mươi|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)';

export function parseCount(s: string): number | null {
  const t = s.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

/** Words that abolish a recurrence ("không thực hiện báo cáo hàng tháng"). */
export const NEGATION = /(?<![\p{L}])(không|thôi|bãi bỏ|dừng|ngừng|chấm dứt|thay vì|thay cho|không còn|bỏ)\s+[^.;:\n]{0,40}$/iu;

/** Document types a citation names before its number and date. */
export const DOCUMENT_NOUNS = '(?:Quyết định|Kế hoạch|Công văn|Văn bản|Chỉ thị|Thông báo|Thông tư|Nghị quyết|Nghị định|Luật|Bộ luật|Pháp lệnh|Báo cáo|Tờ trình|Hướng dẫn|Chương trình|Đề án|Kết luận|Quy định|Quy chế|Thông tri|Điện|Công điện|Giấy mời)';

/** A document number: "2516/KH-UBND", "38-KH/TU", "34/2014/QĐ-TTg", "09/2019/NĐ-CP". */
export const DOCUMENT_NUMBER = '\\d+\\s*(?:\\/\\s*\\d{4}\\s*)?[\\/-]\\s*[\\p{Lu}Đ][\\p{L}\\d&]*(?:\\s*[-\\/]\\s*[\\p{L}\\d&]+)*';

/** The tail a document number leaves after a numeric date-looking head ("09/2019/NĐ-CP"). */
export const DOCUMENT_NUMBER_TAIL = /^\s*[/-]\s*[\p{Lu}Đ]{1,}/u;

/** Words before a date that make it a period, not a deadline. */
export const PERIOD_NOUNS = /(?<![\p{L}])(giai đoạn|thời kỳ|nhiệm kỳ|niên độ|năm học|niên khóa|niên khoá|tuần)\s*(?:từ\s*)?(?:ngày\s*)?$/iu;

/** Words that make a date a meeting or an event that already happened. */
export const MEETING_CONTEXT = /(cuộc họp|buổi họp|họp|hội nghị|hội thảo|buổi làm việc|làm việc với|diễn ra|đã tổ chức|đã ban hành|ban hành|ký|tọa đàm|toạ đàm|phiên họp|kỳ họp)\s*(?:vào\s*|trong\s*)?$/iu;

/** "tính đến ngày", "đến nay": a status date in a report or a news item. */
export const STATUS_CONTEXT = /(tính|tính từ|lũy kế|luỹ kế|cộng dồn|số liệu|tình hình)\s*$/iu;

/** Holiday names whose dates are not deadlines ("Lễ 30/4 – 1/5", "Quốc khánh 2/9"). */
export const HOLIDAY_CONTEXT = /(lễ|dịp|quốc khánh|ngày quốc tế[^.;\n]{0,30}|ngày gia đình việt nam|ngày thành lập[^.;\n]{0,40}|kỷ niệm[^.;\n]{0,40}|tết[^.;\n]{0,12})\s*\(?\s*$/iu;

/** Assignee phrases that name nobody in particular. */
export const VAGUE_ASSIGNEES = /^(các\s+)?(đơn vị|cơ quan|ngành|địa phương|tổ chức|cá nhân|cấp|bộ phận)(?!\s+(?:thành viên|chuyên môn))(?![\p{L}])/iu;

/** Can-chi year names: 10 stems × 12 branches. */
export const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
export const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
export const CAN_CHI = `(?:${CAN.join('|')})\\s+(?:${CHI.join('|')}|Tị|Mẹo)`;

/** The can-chi name of a lunar year. 1984 was Giáp Tý. */
export function canChiOf(lunarYear: number): string {
  const k = ((lunarYear - 1984) % 60 + 60) % 60;
  return `${CAN[k % 10]} ${CHI[k % 12]}`;
}
