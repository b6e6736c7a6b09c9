/**
 * `chidao parse <file|-> [--json] [--issued-on YYYY-MM-DD]`: what the reader extracts from a directive — document,
 * tasks, agencies, each deadline phrase and the day it means — as a Vietnamese table, or the DirectiveSpec as JSON.
 * <file> is any format ingest/ opens (PDF, scan, DOCX, DOC, image, text). Nothing is registered. An empty,
 * unsupported or damaged file, or a text with no task: exit 2 and a one-line reason.
 */
import { Command } from 'commander';
import { isIsoDate } from '../../directives/dates';
import { action } from '../lib/context';
import { readDirectiveFile } from '../lib/document';
import { badInput } from '../lib/exit';
import { dateVi, printJson, table } from '../lib/output';
import { specHeader } from '../lib/spec-table';
import type { Deadline, DirectiveSpec, Task } from '../../directives/spec';
import type { RecurrenceRule } from '../../calendar/types';

export interface ParseCommandOptions {
  json?: boolean;
  issuedOn?: string;
}

const KIND_VI: Record<Deadline['kind'], string> = { once: 'một lần', recurring: 'định kỳ', event: 'theo sự kiện', none: 'không có hạn' };
const PERIOD_VI: Record<string, string> = { monthly: 'tháng', quarterly: 'quý', semiannual: '6 tháng', annual: 'năm' };
const FREQ_VI: Record<RecurrenceRule['freq'], string> = {
  yearly: 'hằng năm',
  monthly: 'hằng tháng',
  weekly: 'hằng tuần',
  quarterly: 'hằng quý',
  reporting: 'báo cáo định kỳ',
  lunarYearly: 'hằng năm (âm lịch)',
};

/** "19/04/2015 (hạn 20/04/2015)" when the day off moves it; the rule and next occurrence for a recurrence. */
function meaning(d: Deadline): string {
  if (d.kind === 'none') return d.urgent ? 'khẩn trương (không ghi hạn)' : '—';
  if (d.kind === 'event') return `${d.period ? `${d.period.count} ${d.period.unit === 'workingDay' ? 'ngày làm việc' : d.period.unit === 'month' ? 'tháng' : 'ngày'} ` : ''}sau: ${d.event ?? ''}`;
  if (d.kind === 'recurring') {
    const r = d.recurrence;
    const rule = r?.freq === 'reporting' ? `báo cáo ${r.periods.map((p) => PERIOD_VI[p]).join(', ')}` : r ? FREQ_VI[r.freq] : '';
    return `${rule}${d.due ? `; lần tới ${dateVi(d.due)}` : ''}`;
  }
  if (!d.nominal) return d.yearInferred ? '(chưa rõ năm)' : '(không xác định)';
  const day = `${dateVi(d.nominal)}${d.time ? ` ${d.time}` : ''}`;
  return d.due && d.due !== d.nominal ? `${day} (hạn ${dateVi(d.due)}, ngày nghỉ)` : day;
}

/** One row per deadline (a task with none gets one row), so every phrase sits next to the day it means. */
export function formatParseTable(spec: DirectiveSpec): string {
  const rows: Array<{ task: Task; deadline: Deadline | null; first: boolean }> = [];
  for (const task of spec.tasks) {
    if (task.deadlines.length === 0) rows.push({ task, deadline: null, first: true });
    task.deadlines.forEach((deadline, i) => rows.push({ task, deadline, first: i === 0 }));
  }
  const names = (t: Task, role: 'lead' | 'coordinate') =>
    t.assignees.filter((a) => a.role === role).map((a) => a.name + (a.agencyId ? '' : ' (?)')).join(', ') || '—';
  let out = specHeader(spec) + '\n';
  out += table(rows, [
    { title: 'Mục', value: (r) => (r.first ? (r.task.ref && r.task.ref !== '-' ? `${r.task.id} (${r.task.ref})` : r.task.id) : ''), max: 10 },
    { title: 'Nhiệm vụ', value: (r) => (r.first ? r.task.text : ''), max: 44 },
    { title: 'Chủ trì', value: (r) => (r.first ? names(r.task, 'lead') : ''), max: 36 },
    { title: 'Phối hợp', value: (r) => (r.first ? names(r.task, 'coordinate') : ''), max: 28 },
    { title: 'Cụm từ thời hạn', value: (r) => r.deadline?.phrase ?? '—', max: 40 },
    { title: 'Loại', value: (r) => (r.deadline ? KIND_VI[r.deadline.kind] : ''), max: 12 },
    { title: 'Thời hạn', value: (r) => (r.deadline ? meaning(r.deadline) : '—'), max: 48 },
  ]);
  if (spec.warnings.length) out += '\nCảnh báo:\n' + spec.warnings.map((w) => `  - ${w.message}${w.span ? ` (dòng ${w.span.line})` : ''}`).join('\n') + '\n';
  const unknownAgency = spec.tasks.some((t) => t.assignees.some((a) => !a.agencyId));
  if (unknownAgency) out += '\n(?) tên cơ quan chưa có trong danh mục config/directory/agencies.yaml\n';
  return out;
}

export async function runParse(file: string, options: ParseCommandOptions): Promise<void> {
  if (options.issuedOn !== undefined && !isIsoDate(options.issuedOn)) {
    throw badInput(`--issued-on: ngày phải có dạng YYYY-MM-DD và có thật, nhận được "${options.issuedOn}"`);
  }
  const { spec } = await readDirectiveFile(file, { issuedOn: options.issuedOn, quiet: options.json });
  if (options.json) printJson(spec);
  else process.stdout.write(formatParseTable(spec));
}

export const parseCommand = new Command('parse')
  .description('Đọc văn bản chỉ đạo, in các nhiệm vụ, cơ quan và thời hạn (không đăng ký)')
  .argument('<file>', 'tệp văn bản: PDF (có lớp chữ hoặc bản quét), DOCX, DOC, ảnh PNG/JPG/TIFF, văn bản UTF-8 hoặc HTML; "-" để đọc từ đầu vào chuẩn')
  .option('--json', 'in DirectiveSpec dạng JSON')
  .option('--issued-on <date>', 'ngày ban hành (YYYY-MM-DD) khi văn bản không ghi; ngày ghi trong văn bản được ưu tiên')
  .action(action((file: string, options: ParseCommandOptions) => runParse(file, options)));
