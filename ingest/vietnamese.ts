/**
 * Is this text Vietnamese as a person wrote it, or the garbage a non-Vietnamese OCR or a broken font map leaves
 * ("uY BAN NgAN nAN", "Ldm D6ng, ngdy fithdng")? Vietnamese is written in syllables of a closed shape — an
 * optional onset, a vowel nucleus, an optional coda, one tone — so the share of words that are possible
 * syllables tells the two apart without a dictionary.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
// The vowel groups Vietnamese spelling allows (the circumflex, breve and horn are part of the vowel, the tone is
// stripped), longest first so that the alternation tries "ươi" before "ư".
const NUCLEI = [
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const NUCLEUS = `(?:${NUCLEI.join('|')})`;
const CODA = '(?:ch|ng|nh|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`, 'u');

/** Strips the tone (keeping the vowel's own marks) and lower-cases. */
function toneless(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(toneless(word));
}

export interface TextQuality {
  /** Words of letters only (numbers, codes and punctuation are neither for nor against). */
  words: number;
  /** Share of those words that are possible Vietnamese syllables, 0–1. */
  syllableShare: number;
}

export function textQuality(text: string): TextQuality {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { words: 0, syllableShare: 0 };
  const good = words.filter(isVietnameseSyllable).length;
  return { words: words.length, syllableShare: good / words.length };
}

/** Enough words, and enough of them syllables, to trust a text layer or an OCR result as written Vietnamese. */
export function readsAsVietnamese(quality: TextQuality, minimumWords = 40): boolean {
  return quality.words >= minimumWords && quality.syllableShare >= 0.8;
}
