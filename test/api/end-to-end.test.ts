/**
 * End to end over real HTTP: a dev server of this test's own, a worker with the recording activities, the
 * API listening on a port. The secretariat registers seed 000 (Thông báo 46/TB-VP, 09/01/2018: its dated
 * deadlines are long past, so this is the late-registration path); the Sở Lao động - Thương binh và Xã hội
 * lists its tasks, acknowledges one and completes it with a report number; the supervisor sees it
 * "Hoàn thành đúng hạn" and absent from the overdue list; another agency is refused; links are checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { signActionToken, actionLink } from '../../client/links';
import type { TaskView } from '../../workflows/types';
import { startDevServer, type DevServerHandle } from '../harness';
import { auth, eventually, startApiSystem, TOKENS, type ApiSystem } from './system';

const SEED_000 = readFileSync(path.join(__dirname, '..', 'fixtures', 'seeds', '000_dd9cf50c445d2f7a.txt'), 'utf8');
const SLDTBXH = 'kt-sldtbxh';

let server: DevServerHandle;
let sys: ApiSystem;
let base: string;

beforeAll(async () => {
  server = await startDevServer();
  sys = await startApiSystem(server);
  await sys.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(sys.app.server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await sys?.close();
  await server?.stop();
});

async function call(method: string, url: string, token: string | null, body?: unknown) {
  const res = await fetch(base + url, {
    method,
    headers: { ...(token ? auth(token) : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
  return { status: res.status, json, text };
}

const enc = encodeURIComponent;

// A directive of 21 tasks starts 21 workflows; on a loaded 2-core machine their first workflow tasks take
// seconds each, so visibility waits are long.
jest.setTimeout(300_000);
const VISIBLE_MS = 150_000;

it('serves the three users of seed 000 end to end', async () => {
  // The secretariat reads the text, reviews the spec and registers it.
  const parsed = await call('POST', '/api/directives/parse', TOKENS.secretariat, { text: SEED_000 });
  expect(parsed.status).toBe(200);
  expect(parsed.json.document.number).toBe('46/TB-VP');
  expect(parsed.json.document.issuedOn).toBe('2018-01-09');
  // The reminder plan as of the document's day: "trước ngày 20/01/2018" means Friday 19/01; the default ladder
  // (−5, −2, 0, +1, +5 working days, at 08:00 Asia/Ho_Chi_Minh = 01:00Z) falls on 12, 17, 19, 22 and 26 January.
  const planned = await call('POST', '/api/directives/plan', TOKENS.secretariat, { spec: parsed.json, asOf: '2018-01-09T01:00:00.000Z' });
  expect(planned.status).toBe(200);
  const before20 = planned.json.plan.occurrences.find((o: { phrase: string }) => o.phrase === 'trước ngày 20/01/2018');
  expect(before20.due).toBe('2018-01-19');
  expect(before20.sends.map((x: { at: string }) => x.at)).toEqual([
    '2018-01-12T01:00:00.000Z',
    '2018-01-17T01:00:00.000Z',
    '2018-01-19T01:00:00.000Z',
    '2018-01-22T01:00:00.000Z',
    '2018-01-26T01:00:00.000Z',
  ]);

  const registered = await call('POST', '/api/directives', TOKENS.secretariat, { spec: parsed.json, text: SEED_000 });
  expect(registered.status).toBe(201);
  expect(registered.json.created).toBe(true);
  const directiveId: string = registered.json.directiveId;

  // Registering the same document again changes nothing.
  const again = await call('POST', '/api/directives', TOKENS.secretariat, { spec: parsed.json, text: SEED_000 });
  expect(again.status).toBe(200);
  expect(again.json).toMatchObject({ directiveId, created: false });
  expect(again.json.taskWorkflowIds.sort()).toEqual(registered.json.taskWorkflowIds.sort());

  // The Sở LĐTB&XH sees its own four tasks (2.1's bullets), and only those.
  const own = await eventually(async () => {
    const r = await call('GET', `/api/tasks?directive=${enc(directiveId)}`, TOKENS.sldtbxh);
    return r.status === 200 && r.json.tasks.length === 4 ? r.json.tasks : null;
  }, 'the agency task list', VISIBLE_MS);
  for (const t of own) expect(t.agencyIds).toContain(SLDTBXH);

  // The task with no date in the text ("Chủ trì, phối hợp … xây dựng Kế hoạch năm 2018") is not overdue.
  const views: TaskView[] = await Promise.all(own.map(async (t: { workflowId: string }) => (await call('GET', `/api/tasks/${enc(t.workflowId)}`, TOKENS.sldtbxh)).json));
  const planTask = views.find((v) => v.text.startsWith('Chủ trì, phối hợp với các đơn vị có liên quan xây dựng Kế hoạch năm 2018'))!;
  expect(planTask).toBeDefined();
  expect(planTask.overdue).toBe(false);
  const monthTasks = views.filter((v) => v.phrase === 'Hoàn thành trong tháng 01/2018');
  expect(monthTasks.map((v) => v.nextDue)).toEqual(['2018-01-31', '2018-01-31']);
  const id = enc(planTask.workflowId);

  // Another agency may neither read nor answer it (and nothing changes).
  const otherRead = await call('GET', `/api/tasks/${id}`, TOKENS.syt);
  expect(otherRead.status).toBe(403);
  expect(otherRead.json.error).toEqual({
    code: 'forbidden',
    field: null,
    message_vi: `Nhiệm vụ "${planTask.workflowId}" không thuộc đơn vị kt-syt`,
    message_en: `Task "${planTask.workflowId}" does not belong to agency kt-syt`,
  });
  expect((await call('POST', `/api/tasks/${id}/acknowledge`, TOKENS.syt, {})).status).toBe(403);

  // The agency acknowledges, then completes with its report number.
  const ack = await call('POST', `/api/tasks/${id}/acknowledge`, TOKENS.sldtbxh, {});
  expect(ack.status).toBe(200);
  expect(ack.json.history.some((e: TaskView['history'][number]) => e.type === 'acknowledged' && e.actor?.id === SLDTBXH)).toBe(true);
  const done = await call('POST', `/api/tasks/${id}/complete`, TOKENS.sldtbxh, { reportNumber: '15/BC-SLĐTBXH', note: 'Đã trình Kế hoạch' });
  expect(done.status).toBe(200);

  // The supervisor sees it completed on time, with the report number, by the agency.
  const seen = await call('GET', `/api/tasks/${id}`, TOKENS.supervisor);
  expect(seen.status).toBe(200);
  const completed = seen.json.occurrences.find((o: TaskView['occurrences'][number]) => o.reportNumber === '15/BC-SLĐTBXH');
  expect(completed.status).toBe('completed-on-time');
  const event = seen.json.history.find((e: TaskView['history'][number]) => e.type === 'completed');
  expect(event.summary).toBe('Hoàn thành đúng hạn, báo cáo số 15/BC-SLĐTBXH');
  expect(event.actor).toMatchObject({ kind: 'agency', id: SLDTBXH });
  expect(otherRead.json).not.toHaveProperty('history');

  // The overdue list has the agency's two January tasks and not the completed one.
  const overdue = await eventually(async () => {
    const r = await call('GET', '/api/overdue', TOKENS.supervisor);
    const row = r.json.agencies.find((a: { agencyId: string }) => a.agencyId === SLDTBXH);
    return row && row.workflowIds.length >= 2 ? row : null;
  }, 'the overdue list', VISIBLE_MS);
  expect(overdue.workflowIds).toEqual(expect.arrayContaining(monthTasks.map((v) => v.workflowId)));
  expect(overdue.workflowIds).not.toContain(planTask.workflowId);

  // An overdue January task: the agency asks for more time, the supervisor grants it; it is no longer overdue.
  const late = enc(monthTasks[0].workflowId);
  const asked = await call('POST', `/api/tasks/${late}/extension`, TOKENS.sldtbxh, { newDue: '2027-01-29', reason: 'Chờ số liệu của các huyện' });
  expect(asked.status).toBe(200);
  expect(asked.json.status).toBe('extension-requested');
  expect((await call('POST', `/api/tasks/${late}/extension/decision`, TOKENS.sldtbxh, { approve: true })).status).toBe(403);
  const granted = await call('POST', `/api/tasks/${late}/extension/decision`, TOKENS.supervisor, { approve: true, reason: 'Đồng ý' });
  expect(granted.status).toBe(200);
  expect(granted.json).toMatchObject({ nextDue: '2027-01-29', overdue: false });
  expect(granted.json.history.map((e: TaskView['history'][number]) => e.type)).toEqual(expect.arrayContaining(['extension-requested', 'extension-approved']));
});

it('confirms an action from a signed link, and refuses a forged or replayed one', async () => {
  const list = await call('GET', '/api/tasks?agency=kt-sldtbxh&overdue=true', TOKENS.supervisor);
  const task = list.json.tasks[0];
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const link = actionLink(base, sys.linkSecret, { wid: task.workflowId, agency: SLDTBXH, action: 'acknowledge', exp, nonce: 'e2e-nonce-1' });

  const page = await fetch(link);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('Xác nhận đã nhận nhiệm vụ');
  expect(html).toContain('Sở Lao động - Thương binh và Xã hội');

  const confirm = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  expect(confirm.status).toBe(200);
  expect(await confirm.text()).toContain('Đã ghi nhận');
  const after = await call('GET', `/api/tasks/${enc(task.workflowId)}`, TOKENS.supervisor);
  expect(after.json.history.some((e: TaskView['history'][number]) => e.type === 'acknowledged' && e.actor?.kind === 'link')).toBe(true);

  const replay = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  expect(replay.status).toBe(403);
  expect(await replay.text()).toContain('Liên kết này đã được sử dụng.');

  // Signed with another secret: refused, and nothing recorded.
  const forged = signActionToken('x'.repeat(40), { wid: task.workflowId, agency: SLDTBXH, action: 'complete', exp, nonce: 'forged' });
  const forgedPage = await fetch(`${base}/a/${forged}`);
  expect(forgedPage.status).toBe(403);
  expect(await forgedPage.text()).toContain('Liên kết không hợp lệ hoặc đã bị sửa đổi.');
  const forgedPost = await fetch(`${base}/a/${forged}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'reportNumber=1%2FBC' });
  expect(forgedPost.status).toBe(403);
  const unchanged = await call('GET', `/api/tasks/${enc(task.workflowId)}`, TOKENS.supervisor);
  expect(unchanged.json.history.filter((e: TaskView['history'][number]) => e.type === 'completed')).toEqual([]);
});

it('reports registrations, overdue tasks and reminders on /metrics, and documents itself', async () => {
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  // One January task of the Sở is still overdue (the other was extended): visibility catches up within seconds.
  const metrics = await eventually(async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    return /chidao_overdue_tasks\{agency="kt-sldtbxh"\} 1\n/.test(text) ? text : null;
  }, 'the overdue gauge', VISIBLE_MS);
  // Late notices go out at 08:00 on a working day, so how many were sent depends on when the test runs;
  // the series are there for every channel and outcome, counted from the tasks' own records.
  const sent = sys.recorder.sends().length;
  expect(metrics).toMatch(/chidao_reminders\{channel="email",status="sent"\} \d+\n/);
  expect(metrics).toMatch(/chidao_reminders\{channel="zalo",status="failed"\} \d+\n/);
  const recorded = [...metrics.matchAll(/chidao_reminders\{channel="\w+",status="sent"\} (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  expect(recorded).toBeLessThanOrEqual(sent);
  expect(metrics).toContain('chidao_registrations_total{result="created"} 1');
  expect(metrics).toContain('chidao_registrations_total{result="unchanged"} 1');
  expect(metrics).toContain('chidao_directives{status="active"} 1');
  expect(metrics).toContain('chidao_workflow_errors 0');
  expect(metrics).toContain('chidao_api_refusals_total{reason="forbidden",role="agency"}');

  const openapi = await (await fetch(`${base}/openapi.json`)).json();
  expect(Object.keys(openapi.paths)).toEqual(
    expect.arrayContaining(['/api/directives/parse', '/api/directives/plan', '/api/directives', '/api/tasks', '/api/tasks/{id}/complete', '/api/overdue', '/healthz']),
  );
  expect(openapi.paths['/api/tasks/{id}/complete'].post.requestBody.content['application/json'].schema.required).toEqual(['reportNumber']);
  expect((await fetch(`${base}/docs`)).status).toBe(200);
});
