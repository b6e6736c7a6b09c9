/**
 * Which province a text says it is from, as far as the reader needs: the 63 provinces and centrally governed cities
 * (before the 2025 mergers, whose new provinces kept one of these names), found after "tỉnh" or "thành phố" so that
 * a person or a commune called "Bình Định" or "Long An" does not count. Used to tell a document of another
 * province, whose "Sở Y tế" is not the directory's, from one of ours.
 */
import { fold } from './agencyIndex';

const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang',
  'Hòa Bình', 'Hoà Bình', 'Hưng Yên', 'Khánh Hòa', 'Khánh Hoà', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn',
  'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Thanh Hoá', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang', 'Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang',
  'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

const NAMES = PROVINCES.map((p) => fold(p).replace(/\s*-\s*/g, '\\s*-?\\s*').replace(/ /g, '\\s+')).join('|');
/** After "tỉnh" / "thành phố" / "TP.", or alone on its line (a portal's place line, "Quảng Trị"). */
const AFTER_UNIT = new RegExp(`(?:^|[^a-z0-9])(?:tinh|thanh pho|tp\\.?)\\s+(${NAMES})(?![a-z0-9])`, 'g');
const OWN_LINE = new RegExp(`^[ \\t]*(${NAMES})[ \\t]*$`, 'gm');

/** The provinces a text names ("tỉnh Quảng Trị", "UBND TỈNH LAI CHÂU", "thành phố Cần Thơ"), folded. */
export function provincesNamed(text: string): Set<string> {
  const folded = fold(text);
  const found = new Set<string>();
  for (const re of [AFTER_UNIT, OWN_LINE]) for (const m of folded.matchAll(re)) found.add(m[1].replace(/[\s-]+/g, ' '));
  return found;
}
