/**
 * The e-signature: a signed PDF carries the signing time in its signature dictionary (ISO 32000 §12.8.1, /M), and
 * Vietnam's signing services (VGCA, eSign, the provinces' e-office systems) draw a stamp on the page, "Ký bởi: …,
 * Cơ quan: …, Email: …, Thời gian ký: 13/11/2025 15:53:50". The stamp's text is not the document's, and its date is
 * not a deadline: it is cut out of the text, and the earliest signing day is a good issue date when the body has
 * none (a draft's "ngày … tháng … năm"). The earliest, because later signatures are certified copies ("SAO Y").
 */

const STAMP_LINE = /^\s*(?:Ký bởi|Người ký|Cơ quan|Email|E-mail|Chức vụ|Thời gian ký|Ngày ký)\s*:/iu;
const STAMP_CONTINUATION = /^\s*[\p{Lu}\d][\p{Lu}\d\s.,:&+-]*$/u; // "DÂN TỈNH LÂM ĐỒNG", "15:53:50" wrapped under the label
const STAMP_DATE = /(?:Thời gian ký|Ngày ký)\s*:\s*(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2}))/giu;
const COPY_MARK = /^\s*(?:SAO Y|SAO LỤC|TRÍCH SAO)\s*$/u;

const pad = (n: string) => n.padStart(2, '0');

/** Signing days written in stamps, as YYYY-MM-DD. */
export function stampDates(text: string): string[] {
  const days: string[] = [];
  for (const m of text.matchAll(STAMP_DATE)) days.push(m[3] ? `${m[3]}-${pad(m[2])}-${pad(m[1])}` : `${m[4]}-${m[5]}-${m[6]}`);
  return days;
}

/** The text without the signature stamps' lines (a label line and the short capitalised lines wrapped under it). */
export function removeStamps(text: string): string {
  const out: string[] = [];
  let inStamp = false;
  for (const line of text.split('\n')) {
    if (STAMP_LINE.test(line) || COPY_MARK.test(line)) inStamp = true;
    else if (!(inStamp && STAMP_CONTINUATION.test(line) && line.trim().length <= 40)) inStamp = false;
    if (!inStamp) out.push(line);
  }
  return out.join('\n');
}

/** The /M times of the PDF's signature dictionaries (/Type /Sig), as YYYY-MM-DD in the signer's own offset. */
export function pdfSignatureDates(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const days: string[] = [];
  for (const sig of raw.matchAll(/\/Type\s*\/Sig\b/g)) {
    // The dictionary's keys sit around /Type; /Contents (the signature bytes) can be tens of kilobytes long.
    const around = raw.slice(Math.max(0, sig.index - 40_000), sig.index + 40_000);
    const m = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})/.exec(around.slice(around.lastIndexOf('<<', 40_000)));
    if (m) days.push(`${m[1]}-${m[2]}-${m[3]}`);
  }
  return days;
}

export const earliest = (days: string[]): string | null => (days.length ? [...days].sort()[0] : null);
