/**
 * `chidao plan <file|-> [--as-of ISO] [--issued-on D] [--policy id] [--json|--ics]`: the deadlines and reminders a
 * directive would produce if registered at --as-of (default: now), without registering it. A Vietnamese table by
 * default, the plan as JSON, or an iCalendar file. <file> is the directive's text (read by directives/ with the
 * agency directory and the configured calendar) or a reviewed DirectiveSpec in JSON. Exit 2 on bad input.
 */
import { Command } from 'commander';
import { instantToLocal, planDirective, type DirectivePlan, type TimelineRow } from '../../calendar';
import { planToIcs } from '../../calendar/ics';
import { loadCalendar } from '../../config/calendar';
import { loadEscalation } from '../../config/escalation';
import { DirectiveSpec } from '../../directives/spec';
import { action, civilDate } from '../lib/context';
import { readDirectiveBytes, readFileBytes } from '../lib/document';
import { badInput } from '../lib/exit';

export interface PlanCommandOptions {
  asOf?: string;
  issuedOn?: string;
  policy?: string;
  json?: boolean;
  ics?: boolean;
}

/** "Nhắc trước 5 ngày LV", "Nhắc đúng hạn", "Quá hạn 1 ngày LV", "Báo đăng ký muộn", "HẠN". */
export function stepLabel(row: Pick<TimelineRow, 'type' | 'step'>, offset?: number): string {
  if (row.type === 'deadline') return 'HẠN';
  if (row.type === 'late-notice') return 'Báo đăng ký muộn/quá hạn';
  if (offset === undefined) return row.step;
  if (offset < 0) return `Nhắc trước ${-offset} ngày LV`;
  if (offset === 0) return 'Nhắc đúng hạn';
  return `Quá hạn ${offset} ngày LV`;
}

function fit(s: string, width: number): string {
  const t = s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const cut = t.length > width ? `${t.slice(0, width - 1)}…` : t;
  return cut + ' '.repeat(Math.max(0, width - cut.length));
}

function localStamp(instant: string): string {
  const { date, minutes } = instantToLocal(instant);
  return `${ddmmyyyy(date)} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function ddmmyyyy(d: string): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

/** The human timeline: one line per deadline and per send, by day. */
export function formatPlanTable(plan: DirectivePlan): string {
  const offsets = new Map<string, number>();
  for (const o of plan.occurrences) for (const s of o.sends) offsets.set(s.key, s.offsetWorkingDays);
  const cols = [
    { title: 'Ngày', width: 10 },
    { title: 'Thứ', width: 17 },
    { title: 'Giờ', width: 5 },
    { title: 'Nhiệm vụ', width: 44 },
    { title: 'Cơ quan', width: 28 },
    { title: 'Bước', width: 26 },
  ];
  const line = (cells: string[]) => cells.map((c, i) => fit(c, cols[i].width)).join('  ').trimEnd();
  const d = plan.document;
  const out: string[] = [
    `Kế hoạch nhắc việc: ${d.number ?? '(văn bản chưa có số)'}${d.issuedOn ? ` ngày ${ddmmyyyy(d.issuedOn)}` : ''}`,
    ...(d.subject ? [`Trích yếu: ${d.subject}`] : []),
    `Tính như đăng ký lúc: ${localStamp(plan.asOf)} (giờ Việt Nam) — chính sách nhắc việc: ${plan.policyId}`,
    '',
    line(cols.map((c) => c.title)),
    cols.map((c) => '-'.repeat(c.width)).join('  '),
  ];
  for (const r of plan.timeline) {
    const task = `${r.taskRef ? `${r.taskRef} ` : ''}${r.task}`;
    // A Saturday or Sunday in the timeline is a make-up working day (ngày làm bù): say so.
    const weekday = /bảy|nhật/i.test(r.weekday) && r.type !== 'deadline' ? `${r.weekday} (làm bù)` : r.weekday;
    out.push(line([ddmmyyyy(r.date), weekday, r.time ?? '', task, r.agency, stepLabel(r, r.key ? offsets.get(r.key) : undefined)]));
  }
  if (plan.timeline.length === 0) out.push('(không có thời hạn nào để nhắc)');
  if (plan.unplanned.length > 0) {
    out.push('', 'Không lập lịch nhắc:');
    for (const u of plan.unplanned) {
      const task = fit(`${u.taskRef && u.taskRef !== '-' ? `${u.taskRef} ` : ''}${u.taskText}`, 60).trimEnd();
      out.push(`  - ${task}${u.phrase ? ` ("${u.phrase}")` : ''}: ${u.reason}`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * The spec of <file>: JSON that looks like a DirectiveSpec is checked as one (a clear error naming the field);
 * anything else is a directive's text for the reader.
 */
export async function readSpecFile(file: string, options: { issuedOn?: string; quiet?: boolean } = {}): Promise<DirectiveSpec> {
  const bytes = readFileBytes(file);
  const text = bytes.toString('utf8');
  if (!/^\s*\{/.test(text)) return (await readDirectiveBytes(bytes, file, options)).spec;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw badInput(`${file}: JSON không đọc được (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = DirectiveSpec.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw badInput(`${file}: không phải DirectiveSpec: ${i.path.join('.') || '(gốc)'}: ${i.message}`);
  }
  return parsed.data;
}

export async function runPlan(file: string, opts: PlanCommandOptions): Promise<string> {
  if (opts.json && opts.ics) throw badInput('Chỉ chọn một trong --json và --ics');
  const asOf = opts.asOf ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(asOf)) || !/^\d{4}-\d{2}-\d{2}T/.test(asOf)) {
    throw badInput(`--as-of: cần thời điểm ISO 8601, ví dụ 2018-02-01T08:00:00+07:00 (nhận "${asOf}")`);
  }
  const issuedOn = opts.issuedOn ? civilDate(opts.issuedOn, '--issued-on') : undefined;
  const spec = await readSpecFile(file, { issuedOn, quiet: opts.json || opts.ics });
  let policy;
  try {
    policy = loadEscalation().get(opts.policy);
  } catch (err) {
    throw badInput(err instanceof Error ? err.message : String(err));
  }
  const plan = planDirective(spec, {
    calendar: loadCalendar(),
    policy,
    asOf: new Date(Date.parse(asOf)).toISOString(),
  });
  if (opts.ics) return planToIcs(plan);
  if (opts.json) return JSON.stringify(plan, null, 2) + '\n';
  return formatPlanTable(plan);
}

export const planCommand = new Command('plan')
  .description('Xem lịch hạn và nhắc việc mà một văn bản sẽ tạo ra, không đăng ký')
  .argument('<file>', 'tệp văn bản chỉ đạo (PDF, DOCX, DOC, ảnh quét, văn bản), DirectiveSpec dạng JSON, hoặc - để đọc từ stdin')
  .option('--as-of <iso>', 'tính như thể đăng ký vào thời điểm này (ISO 8601), mặc định là bây giờ')
  .option('--issued-on <date>', 'ngày ban hành (YYYY-MM-DD) khi văn bản không ghi')
  .option('--policy <id>', 'mã chính sách nhắc việc trong config/escalation.yaml')
  .option('--json', 'in kế hoạch dạng JSON')
  .option('--ics', 'in tệp iCalendar (RFC 5545) để nhập vào Google Calendar, Outlook')
  .action(
    action(async (file: string, opts: PlanCommandOptions) => {
      process.stdout.write(await runPlan(file, opts));
    }),
  );
