/**
 * Why a file could not be read, in words a clerk can act on. `code` is for programs (the API maps it to a status,
 * the CLI to its exit code); `message` is Vietnamese and names the file and, where it applies, the page.
 */
export type IngestErrorCode =
  | 'unsupported' // a format chidao does not read (a spreadsheet, an archive, an executable…)
  | 'encrypted' // a PDF that needs a password
  | 'corrupt' // the format is recognised but the file is damaged or truncated
  | 'empty' // nothing to read: no bytes, or no text even after OCR
  | 'too-large' // over the size limit the caller set
  | 'tool-missing' // the Debian program that reads this format is not installed
  | 'timeout'; // a reader ran longer than allowed (a huge scan)

export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    readonly page: number | null = null,
  ) {
    super(message);
  }
}

export const isIngestError = (error: unknown): error is IngestError => error instanceof IngestError;
