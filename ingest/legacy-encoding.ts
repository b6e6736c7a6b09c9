/**
 * Older provincial files were typed in the 8-bit Vietnamese encodings of the 1990s: TCVN3 (ABC, the .VnTime fonts;
 * TCVN 5712:1993) and VNI (the VNI-Times fonts). A PDF or Word file made with those fonts yields Latin-1 look-alikes
 * — "®Ò nghÞ" (TCVN3), "ñeà nghò" (VNI) for "đề nghị". Which encoding a text is in is decided by what it becomes:
 * a conversion is kept, line by line, where it turns non-syllables into Vietnamese syllables.
 */
import { textQuality } from './vietnamese';

/** TCVN 5712 bytes 0x80–0xFF to Unicode (the table of X11's lcUniConv/tcvn.h, the standard's VN1 set). */
const TCVN3_HIGH = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

/** Windows-1252's characters for bytes 0x80–0x9F: how Word and PDF fonts hand those bytes over. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The byte a character of the extracted text stood for, when it is one of 0x80–0xFF. */
function legacyByte(ch: string): number | null {
  const code = ch.codePointAt(0)!;
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code >= 0x80 && code <= 0x9f) return code;
  const i = CP1252_80_9F.indexOf(ch);
  return i >= 0 ? 0x80 + i : null;
}

export function fromTcvn3(text: string): string {
  return [...text]
    .map((ch) => {
      const byte = legacyByte(ch);
      return byte === null ? ch : String.fromCodePoint(TCVN3_HIGH[byte - 0x80]);
    })
    .join('')
    .normalize('NFC');
}

/**
 * VNI-Windows writes a letter and then its marks as further characters: "aâ" â, "aê" ă, "eâ" ê, "oâ" ô, "ô" ơ,
 * "ö" ư, "ñ" đ; tones "ù" acute, "ø" grave, "û" hook, "õ" tilde, "ï" dot below; a circumflex and a tone in one
 * character ("aá" ấ, "aà" ầ, "aå" ẩ, "aã" ẫ, "aä" ậ), a breve and a tone ("aé" ắ, "aè" ằ, "aú" ẳ, "aü" ẵ, "aë" ặ);
 * the i's and ỵ single characters ("í" í, "ì" ì, "æ" ỉ, "ó" ĩ, "ò" ị, "î" ỵ). Upper case likewise.
 */
const VNI_TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const VNI_CIRCUMFLEX_TONE: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const VNI_BREVE_TONE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const VNI_SINGLE: Record<string, string> = { í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ', ô: 'ơ', ö: 'ư', ñ: 'đ' };

function vniMark(base: string, mark: string): string | null {
  const lower = base.toLowerCase();
  const m = mark.toLowerCase();
  const upper = base !== lower;
  let out: string | null = null;
  if (VNI_TONE[m] !== undefined && /[aeiouyăâêôơư]/.test(lower)) out = lower + VNI_TONE[m];
  else if (VNI_CIRCUMFLEX_TONE[m] !== undefined && /[aeo]/.test(lower)) out = lower + '\u0302' + VNI_CIRCUMFLEX_TONE[m];
  else if (VNI_BREVE_TONE[m] !== undefined && lower === 'a') out = lower + '\u0306' + VNI_BREVE_TONE[m];
  if (out === null) return null;
  out = out.normalize('NFC');
  return upper ? out.toUpperCase() : out;
}

export function fromVni(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const single = VNI_SINGLE[chars[i].toLowerCase()];
    const base = single ? (chars[i] === chars[i].toLowerCase() ? single : single.toUpperCase()) : chars[i];
    const marked = i + 1 < chars.length ? vniMark(base, chars[i + 1]) : null;
    if (marked !== null) {
      out.push(marked);
      i++;
    } else out.push(base);
  }
  return out.join('').normalize('NFC');
}

export interface RepairedText {
  text: string;
  /** "TCVN3 (ABC) → Unicode" or "VNI → Unicode" when applied; null when the text was Unicode already. */
  conversion: string | null;
}

const CANDIDATES: Array<{ name: string; convert: (line: string) => string }> = [
  { name: 'TCVN3 (ABC) → Unicode', convert: fromTcvn3 },
  { name: 'VNI → Unicode', convert: fromVni },
];

/** Characters that occur in legacy text and are rare in Unicode Vietnamese (which lives mostly in U+1EA0–U+1EF9). */
const LEGACY_HINT = /[\u0080-\u009f¡-¿ÆÐ×Øå-çëîïñöøþ€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu;

const share = (text: string) => textQuality(text).syllableShare;

/** Converts the lines a legacy encoding reads better, in the encoding that reads the whole text best. */
export function repairEncoding(text: string): RepairedText {
  const hints = text.match(LEGACY_HINT)?.length ?? 0;
  if (hints < 3) return { text, conversion: null };
  const before = share(text);
  const best = CANDIDATES.map((c) => ({ ...c, score: share(c.convert(text)) })).sort((a, b) => b.score - a.score)[0];
  if (best.score < before + 0.1) return { text, conversion: null };
  const lines = text.split('\n').map((line) => {
    const converted = best.convert(line);
    return share(converted) > share(line) ? converted : line;
  });
  return { text: lines.join('\n'), conversion: best.name };
}
