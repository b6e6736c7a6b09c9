/**
 * The CLI as a subprocess against a dev server of this test's own and a worker (recording activities):
 * register --yes (seed 003, Công văn 279/UBND-LĐTBXH of 26/3/2015), idempotent re-registration, status,
 * export to .xlsx opened back with exceljs and to CSV, and the exit codes scripts rely on.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { NativeConnection, type Worker } from '@temporalio/worker';
import ExcelJS from 'exceljs';
import { RecordingActivities } from '../../activities/recording';
import { createWorker } from '../../workers/worker';
import { directiveWorkflowId } from '../../workflows/ids';
import { startDevServer, workflowBundle, type DevServerHandle } from '../harness';
import { chidao, REPO } from './run';

const SEED_003 = path.join(REPO, 'test', 'fixtures', 'seeds', '003_c9c028365ed0d9ae.txt');

let server: DevServerHandle;
let nativeConnection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
let env: NodeJS.ProcessEnv;
let tmp: string;

beforeAll(async () => {
  server = await startDevServer();
  const taskQueue = `cli-test-${randomUUID()}`;
  nativeConnection = await NativeConnection.connect({ address: server.address });
  worker = await createWorker({
    connection: nativeConnection,
    namespace: server.namespace,
    taskQueue,
    activities: new RecordingActivities().activities(),
    workflowBundle: await workflowBundle(),
  });
  running = worker.run();
  env = { TEMPORAL_ADDRESS: server.address, TEMPORAL_NAMESPACE: server.namespace, CHIDAO_TASK_QUEUE: taskQueue };
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chidao-cli-'));
}, 120_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  await nativeConnection?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function eventually<T>(check: () => Promise<T | null>, what: string, last: () => unknown = () => ''): Promise<T> {
  const deadline = Date.now() + 40_000;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last()).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

// Each CLI run starts node and tsx (seconds on a loaded machine): generous timeouts.
jest.setTimeout(240_000);

it('registers a directive with --yes, idempotently, and shows its status', async () => {
  const first = await chidao(['register', SEED_003, '--yes', '--json'], env);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const result = JSON.parse(first.stdout);
  expect(result).toMatchObject({ created: true, tasks: 11 });
  expect(result.directiveId).toMatch(/279/);

  // Again, in the human form: the extracted table, then "already registered".
  const human = await chidao(['register', SEED_003, '--yes'], env);
  expect(human.code).toBe(0);
  expect(human.stdout).toContain('Công văn số 279/UBND-LĐTBXH ngày 26/03/2015');
  expect(human.stdout).toContain('trước ngày 20/4 và 30/10 năm 2015 → 20/04/2015');
  expect(human.stdout).toContain(`= Đã có từ trước (không thay đổi): ${result.directiveId} (11 nhiệm vụ)`);

  let last: unknown;
  const status = await eventually(async () => {
    const r = await chidao(['status', result.directiveId, '--json'], env);
    last = r;
    return r.code === 0 && JSON.parse(r.stdout).tasks.length === 11 ? JSON.parse(r.stdout) : null;
  }, 'the directive status', () => last);
  expect(status.spec.document.number).toBe('279/UBND-LĐTBXH');

  const reports = status.tasks.find((t: { workflowId: string }) => t.workflowId.includes('/t11/'));
  const task = await chidao(['status', reports.workflowId], env);
  expect(task.code).toBe(0);
  expect(task.stdout).toContain('Chủ trì:   UBND các xã, thị trấn');
  expect(task.stdout).toContain('Hạn:       20/04/2015 (quá hạn)');
});

it('registers a folder: what it can read, and says which file it could not (exit 2)', async () => {
  const folder = path.join(tmp, 'van-ban');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'a-cong-van-4628.txt'), readFileSync(path.join(REPO, 'test', 'fixtures', 'seeds', '004_d009275494402440.txt')));
  writeFileSync(path.join(folder, 'b-thu-moi.txt'), 'Kính mời anh chị dự tiệc cuối năm.\n');
  const r = await chidao(['register', folder, '--yes', '--json'], env);
  expect(r.code).toBe(2);
  const { results } = JSON.parse(r.stdout);
  expect(results).toHaveLength(2);
  expect(results[0]).toMatchObject({ file: path.join(folder, 'a-cong-van-4628.txt'), created: true });
  expect(results[0].directiveId).toMatch(/4628/);
  expect(results[1]).toMatchObject({ file: path.join(folder, 'b-thu-moi.txt'), error: { code: 'bad-input', exitCode: 2 } });
});

it('parses a directive without registering it', async () => {
  const parsed = await chidao(['parse', path.join(REPO, 'test', 'fixtures', 'seeds', '000_dd9cf50c445d2f7a.txt'), '--json'], env);
  expect(parsed.code).toBe(0);
  const spec = JSON.parse(parsed.stdout);
  expect(spec.document).toMatchObject({ number: '46/TB-VP', issuedOn: '2018-01-09' });
  expect(spec.tasks.length).toBeGreaterThan(0);
  const status = await chidao(['status', directiveWorkflowId(spec), '--json'], env);
  expect(status.code).toBe(3); // parsing registered nothing
  const empty = await chidao(['parse', '-'], env, '');
  expect(empty.code).toBe(2);
});

it('exports the tasks to .xlsx (read back) and CSV', async () => {
  const list = await chidao(['tasks', '--json'], env);
  const directiveId = (JSON.parse(list.stdout) as Array<{ directiveId: string }>).find((t) => t.directiveId.includes('/279-'))!.directiveId;
  const file = path.join(tmp, 'nhiem-vu.xlsx');
  const out = await chidao(['export', '--directive', directiveId, '--out', file, '--json'], env);
  expect(out.code).toBe(0);
  expect(JSON.parse(out.stdout)).toEqual({ file, format: 'xlsx', rows: 11 });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Nhiệm vụ')!;
  expect(ws.getRow(1).values).toEqual([undefined, 'Mã nhiệm vụ', 'Văn bản', 'Mục', 'Nội dung', 'Mã đơn vị', 'Đơn vị chủ trì', 'Hạn', 'Trạng thái', 'Quá hạn', 'Số văn bản báo cáo']);
  expect(ws.rowCount).toBe(12);
  const rows = [...Array(11).keys()].map((i) => ws.getRow(i + 2));
  const reports = rows.find((r) => String(r.getCell(3).value) === '7')!;
  expect(String(reports.getCell(4).value)).toMatch(/^Thực hiện đầy đủ chế độ thông tin, báo cáo/);
  expect(reports.getCell(5).value).toBe('ln-ubnd-cac-xa');
  expect(reports.getCell(7).value).toEqual(new Date('2015-04-20T00:00:00Z'));
  expect(reports.getCell(8).value).toBe('Quá hạn');
  expect(reports.getCell(9).value).toBe('có');

  const csv = await chidao(['export', '--directive', directiveId, '--out', '-'], env);
  expect(csv.code).toBe(0);
  const lines = csv.stdout.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Mã nhiệm vụ,Văn bản,Mục,Nội dung,Mã đơn vị,Đơn vị chủ trì,Hạn,Trạng thái,Quá hạn,Số văn bản báo cáo');
  expect(lines).toHaveLength(12);
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});

it('acts on a task: acknowledge, ask for an extension, approve it, complete on the new due day', async () => {
  const list = JSON.parse((await chidao(['tasks', '--json'], env)).stdout) as Array<{ workflowId: string }>;
  const id = list.find((t) => t.workflowId.includes('/279-') && t.workflowId.includes('/t11/'))!.workflowId;
  const agency = ['--agency', 'ln-ubnd-cac-xa', '--json'];

  const ack = await chidao(['ack', id, ...agency], env);
  expect(ack.code).toBe(0);
  expect(JSON.parse(ack.stdout).history.some((e: { type: string; actor: { id: string } | null }) => e.type === 'acknowledged' && e.actor?.id === 'ln-ubnd-cac-xa')).toBe(true);

  const asked = await chidao(['extend', id, '--to', '2027-01-29', '--reason', 'Chờ số liệu của các thôn', ...agency], env);
  expect(asked.code).toBe(0);
  expect(JSON.parse(asked.stdout).occurrences[0].extension).toMatchObject({ requestedDue: '2027-01-29', reason: 'Chờ số liệu của các thôn' });

  const approved = await chidao(['approve', id, '--by', 'chanh-van-phong', '--json'], env);
  expect(approved.code).toBe(0);
  expect(JSON.parse(approved.stdout).occurrences[0].due).toBe('2027-01-29');

  // The 20/4/2015 report, moved to 29/01/2027, is now on time; the 29/10/2015 one is still overdue.
  const done = await chidao(['complete', id, '--occurrence', '0', '--report', '45/BC-UBND', ...agency], env);
  expect(done.code).toBe(0);
  const occurrences = JSON.parse(done.stdout).occurrences as Array<{ index: number; status: string; reportNumber: string | null }>;
  expect(occurrences.find((o) => o.index === 0)).toMatchObject({ status: 'completed-on-time', reportNumber: '45/BC-UBND' });
  expect(occurrences.find((o) => o.index === 1)).toMatchObject({ status: 'overdue', reportNumber: null });

  // No extension is waiting any more: the workflow refuses a decision, exit 4.
  const second = await chidao(['approve', id, '--json'], env);
  expect(second.code).toBe(4);
  expect((await chidao(['complete', id, '--occurrence', 'hai', '--report', '1/BC'], env)).code).toBe(2);
});

it('exits 2 on bad input, 3 when not found, 4 when refused, with a one-line reason', async () => {
  const missing = await chidao(['register', path.join(tmp, 'khong-co.txt'), '--yes'], env);
  expect(missing.code).toBe(2);
  expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  expect(missing.stderr).toContain('Không tìm thấy');

  const notDirective = path.join(tmp, 'thu.txt');
  writeFileSync(notDirective, 'Hôm nay trời đẹp, cả nhà đi chơi công viên.\n');
  const prose = await chidao(['register', notDirective, '--yes'], env);
  expect(prose.code).toBe(2);
  expect(prose.stderr).toMatch(/^Lỗi: Không phải văn bản chỉ đạo: .+\n$/);

  // Seed 002 has a task under no "Thực hiện" line: it cannot be chased until a reviewer names its agency.
  const unassigned = await chidao(['register', path.join(REPO, 'test', 'fixtures', 'seeds', '002_8672fb4ad73f6654.txt'), '--yes'], env);
  expect(unassigned.code).toBe(2);
  expect(unassigned.stderr).toMatch(/nhiệm vụ t\d+ chưa có đơn vị chủ trì/);

  expect((await chidao(['export', '--out', path.join(tmp, 'x.pdf')], env)).code).toBe(2);
  expect((await chidao(['tasks', '--status', 'muon'], env)).code).toBe(2);
  expect((await chidao(['register'], env)).code).toBe(2);

  const unknown = await chidao(['status', 'task/khong-co', '--json'], env);
  expect(unknown.code).toBe(3);
  expect(JSON.parse(unknown.stdout).error.code).toBe('not-found');

  const list = JSON.parse((await chidao(['tasks', '--json'], env)).stdout) as Array<{ workflowId: string }>;
  const id = list.find((t) => t.workflowId.includes('/279-'))!.workflowId;
  const noReport = await chidao(['complete', id], env);
  expect(noReport.code).toBe(2);
  const wrongAgency = await chidao(['ack', id, '--agency', 'kt-syt'], env);
  expect(wrongAgency.code).toBe(4);
  expect(wrongAgency.stderr).toContain('không phải kt-syt');

  // No terminal to ask on, no --yes: refused as bad input, nothing registered.
  const unconfirmed = await chidao(['register', SEED_003], env);
  expect(unconfirmed.code).toBe(2);
  expect(unconfirmed.stderr).toContain('thêm --yes');
});
