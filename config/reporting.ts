/**
 * The reporting calendar (config/reporting.yaml): due days of periodic reports that a directive names without a
 * date. The default file follows Nghị định 09/2019/NĐ-CP; an organisation overrides it with its own file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ReportingCalendar } from '../calendar';
import { ConfigFileError, fromZodError } from './configError';

export const REPORTING_FILE = path.join(__dirname, 'reporting.yaml');

export function parseReporting(file: string, text: string): ReportingCalendar {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ConfigFileError(file, '', `YAML không đọc được: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = ReportingCalendar.safeParse(raw);
  if (!parsed.success) throw fromZodError(file, parsed.error);
  return parsed.data;
}

/** The organisation's reporting calendar; CHIDAO_REPORTING_FILE points at another file. */
export function loadReporting(file: string = process.env.CHIDAO_REPORTING_FILE || REPORTING_FILE): ReportingCalendar {
  return parseReporting(file, fs.readFileSync(file, 'utf8'));
}
