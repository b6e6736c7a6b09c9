/**
 * Loads the Government's yearly schedules of days off, config/holidays/<year>.yaml, into the serialisable
 * CalendarData that createCalendar (and every workflow input) takes. A file that is malformed, is named after
 * another year, or contradicts the statutory holidays fails with the file, the field and the problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { HolidayYear, validateHolidayYear, type CalendarData } from '../calendar';
import { ConfigFileError, fromZodError } from './configError';

export const HOLIDAYS_DIR = path.join(__dirname, 'holidays');

/** Parses and checks one year file's text; `file` is only used in messages. */
export function parseHolidayYear(file: string, text: string): HolidayYear {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ConfigFileError(file, '', `YAML không đọc được: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = HolidayYear.safeParse(raw);
  if (!parsed.success) throw fromZodError(file, parsed.error);
  const year = parsed.data;
  const expected = /^(\d{4})\.ya?ml$/.exec(path.basename(file));
  if (expected && Number(expected[1]) !== year.year) {
    throw new ConfigFileError(file, 'year', `tệp ${path.basename(file)} ghi năm ${year.year}`);
  }
  const problems = validateHolidayYear(year);
  if (problems.length > 0) {
    throw new ConfigFileError(file, problems[0].field, problems.map((p, i) => (i === 0 ? p.message : `${p.field}: ${p.message}`)).join('; '));
  }
  return year;
}

/** Every <year>.yaml in the folder, sorted by year. */
export function loadHolidayData(dir: string = HOLIDAYS_DIR): CalendarData {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}\.ya?ml$/.test(f))
    .sort();
  return { years: files.map((f) => parseHolidayYear(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'))) };
}
