/**
 * Every endpoint's malformed requests: missing fields, wrong types, unknown ids, wrong roles, oversized
 * bodies. Each gets its exact status and bilingual message naming the field, and nothing is stored: a
 * refused registration leaves no directive, a refused action leaves the task's history as it was.
 * Real Temporal (the run's dev server) and a worker behind the app; requests through app.inject.
 */
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../api/app';
import { agencyNames, makePlanner, makeReader } from '../../api/services';
import { MemoryNonceStore } from '../../client/links';
import { ApiConfig, readTokensFile, DEFAULT_TOKENS_FILE } from '../../config/api';
import { signActionToken } from '../../client/links';
import { directiveWorkflowId } from '../../workflows/ids';
import type { DirectiveSpec } from '../../directives/spec';
import { devServer } from '../harness';
import { testSpec } from './fixtures';
import { auth, eventually, startApiSystem, TOKENS, type ApiSystem } from './system';

let sys: ApiSystem;
let spec: DirectiveSpec;
let taskId: string;
let taskUrl: string;

beforeAll(async () => {
  // Small limits so that "too large" is cheap to send.
  sys = await startApiSystem(devServer(), { bodyLimit: 64 * 1024, maxTextChars: 20_000 });
  spec = testSpec();
  const res = await sys.app.inject({ method: 'POST', url: '/api/directives', headers: auth(TOKENS.secretariat), payload: { spec } });
  expect(res.statusCode).toBe(201);
  taskId = res.json().taskWorkflowIds[0];
  taskUrl = `/api/tasks/${encodeURIComponent(taskId)}`;
  await eventually(() => sys.client.status(taskId), 'the task workflow');
}, 120_000);

afterAll(() => sys?.close());

function expectError(res: LightMyRequestResponse, status: number, error: { code: string; field: string | null; message_vi: string; message_en: string }) {
  expect({ status: res.statusCode, body: res.json() }).toEqual({ status, body: { error } });
}

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, token: string | null, payload?: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method, url, headers: { ...(token ? auth(token) : {}), ...headers }, ...(payload !== undefined ? { payload: payload as string } : {}) });

/** The directive a refused registration would have created does not exist. */
async function expectNotStored(s: DirectiveSpec) {
  const id = directiveWorkflowId(s);
  await expect(sys.client.directive(id)).rejects.toMatchObject({ name: 'ChidaoError', code: 'not-found' });
}

/** Runs `act`, then checks the task's history and status did not move. */
async function expectUnchanged(act: () => Promise<void>) {
  const before = await sys.client.status(taskId);
  await act();
  const after = await sys.client.status(taskId);
  expect(after.history).toEqual(before.history);
  expect(after.status).toBe(before.status);
}

describe('authentication and roles', () => {
  it('401 without a token, naming the header', async () => {
    expectError(await inject('GET', '/api/tasks', null), 401, {
      code: 'unauthorized',
      field: 'headers.authorization',
      message_vi: 'Cần đăng nhập: thiếu token (Authorization: Bearer …)',
      message_en: 'Authentication required: missing bearer token',
    });
  });

  it('401 for an unknown token and for a malformed header', async () => {
    expectError(await inject('GET', '/api/tasks', 'not-a-known-token-at-all'), 401, {
      code: 'unauthorized',
      field: 'headers.authorization',
      message_vi: 'Token không hợp lệ',
      message_en: 'Unknown token',
    });
    expectError(await inject('GET', '/api/tasks', null, undefined, { authorization: 'Basic abc' }), 401, {
      code: 'unauthorized',
      field: 'headers.authorization',
      message_vi: 'Tiêu đề Authorization phải có dạng "Bearer <token>"',
      message_en: 'The Authorization header must be "Bearer <token>"',
    });
  });

  it('403 when a supervisor or an agency registers, and nothing is stored', async () => {
    const s = testSpec();
    for (const token of [TOKENS.supervisor, TOKENS.syt]) {
      const res = await inject('POST', '/api/directives', token, { spec: s });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expectError(await inject('POST', '/api/directives', TOKENS.syt, { spec: s }), 403, {
      code: 'forbidden',
      field: null,
      message_vi: 'Vai trò "đơn vị" không được phép thực hiện thao tác này (cần: Văn phòng (thư ký))',
      message_en: 'Role "agency" may not do this (needs: secretariat)',
    });
    await expectNotStored(s);
  });

  it('403 before validation: a wrong role learns nothing about the body', async () => {
    const res = await inject('POST', '/api/directives', TOKENS.supervisor, { nonsense: true });
    expect(res.statusCode).toBe(403);
  });

  it("403 for another agency's task (read, act, list), history unchanged", async () => {
    expectError(await inject('GET', taskUrl, TOKENS.sldtbxh), 403, {
      code: 'forbidden',
      field: null,
      message_vi: `Nhiệm vụ "${taskId}" không thuộc đơn vị kt-sldtbxh`,
      message_en: `Task "${taskId}" does not belong to agency kt-sldtbxh`,
    });
    await expectUnchanged(async () => {
      expect((await inject('POST', `${taskUrl}/acknowledge`, TOKENS.sldtbxh, {})).statusCode).toBe(403);
      expect((await inject('POST', `${taskUrl}/complete`, TOKENS.sldtbxh, { reportNumber: '1/BC' })).statusCode).toBe(403);
    });
    expectError(await inject('GET', '/api/tasks?agency=kt-syt', TOKENS.sldtbxh), 403, {
      code: 'forbidden',
      field: null,
      message_vi: 'Đơn vị kt-sldtbxh chỉ được xem nhiệm vụ của mình, không phải của kt-syt',
      message_en: 'Agency kt-sldtbxh may list only its own tasks, not kt-syt\'s',
    });
  });

  it('403 when an agency or the secretariat decides an extension', async () => {
    await expectUnchanged(async () => {
      for (const token of [TOKENS.syt, TOKENS.secretariat]) {
        const res = await inject('POST', `${taskUrl}/extension/decision`, token, { approve: true });
        expect(res.statusCode).toBe(403);
      }
    });
    expectError(await inject('POST', `${taskUrl}/extension/decision`, TOKENS.syt, { approve: true }), 403, {
      code: 'forbidden',
      field: null,
      message_vi: 'Vai trò "đơn vị" không được phép thực hiện thao tác này (cần: lãnh đạo theo dõi)',
      message_en: 'Role "agency" may not do this (needs: supervisor)',
    });
  });
});

describe('POST /api/directives/parse', () => {
  const url = '/api/directives/parse';

  it('400 when text is missing, empty or not a string', async () => {
    expectError(await inject('POST', url, TOKENS.secretariat, {}), 400, {
      code: 'invalid-request',
      field: 'body.text',
      message_vi: 'thiếu trường bắt buộc "body.text"',
      message_en: '"body.text" is required',
    });
    expectError(await inject('POST', url, TOKENS.secretariat, { text: '' }), 400, {
      code: 'invalid-request',
      field: 'body.text',
      message_vi: '"body.text" không được để trống',
      message_en: '"body.text" must not be empty',
    });
    expectError(await inject('POST', url, TOKENS.secretariat, { text: 46 }), 400, {
      code: 'invalid-request',
      field: 'body.text',
      message_vi: '"body.text" phải là chuỗi',
      message_en: '"body.text" must be a string',
    });
  });

  it('400 for a malformed issuedOn and for unknown fields', async () => {
    expectError(await inject('POST', url, TOKENS.secretariat, { text: 'Số: 1/TB-VP', issuedOn: '09/01/2018' }), 400, {
      code: 'invalid-request',
      field: 'body.issuedOn',
      message_vi: '"body.issuedOn": ngày phải có dạng YYYY-MM-DD',
      message_en: '"body.issuedOn" has an invalid format',
    });
    expectError(await inject('POST', url, TOKENS.secretariat, { text: 'Số: 1/TB-VP', date: '2018-01-09' }), 400, {
      code: 'invalid-request',
      field: 'body',
      message_vi: '"body" có trường không được phép: date',
      message_en: '"body" has unknown fields: date',
    });
  });

  it('400 for a text over the character limit, 413 for a body over the byte limit', async () => {
    expectError(await inject('POST', url, TOKENS.secretariat, { text: 'a'.repeat(20_001) }), 400, {
      code: 'invalid-request',
      field: 'body.text',
      message_vi: '"body.text" quá dài: tối đa 20000 ký tự',
      message_en: '"body.text" is too long: at most 20000 characters',
    });
    expectError(await inject('POST', url, TOKENS.secretariat, { text: 'a'.repeat(70_000) }), 413, {
      code: 'payload-too-large',
      field: 'body',
      message_vi: 'Nội dung gửi lên quá lớn',
      message_en: 'Request body is too large',
    });
  });

  it('400 for broken JSON, 415 for another content type', async () => {
    expectError(await inject('POST', url, TOKENS.secretariat, '{"text": "abc"', { 'content-type': 'application/json' }), 400, {
      code: 'invalid-json',
      field: 'body',
      message_vi: 'Nội dung không phải JSON hợp lệ',
      message_en: 'The body is not valid JSON',
    });
    expectError(await inject('POST', url, TOKENS.secretariat, 'text=abc', { 'content-type': 'text/plain' }), 415, {
      code: 'unsupported-media-type',
      field: 'headers.content-type',
      message_vi: 'Chỉ nhận nội dung application/json',
      message_en: 'Only application/json is accepted',
    });
  });

  it('422 with the reason for a text that is not a directive', async () => {
    const res = await inject('POST', url, TOKENS.secretariat, { text: 'Hôm nay trời đẹp, cả nhà đi chơi công viên.' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'not-a-directive', field: 'body.text' });
    expect(res.json().error.message_vi).toMatch(/^Văn bản không phải văn bản chỉ đạo: .+/);
    expect(res.json().error.message_en).toMatch(/^The text is not a directive: .+/);
  });
});

describe('POST /api/directives/plan', () => {
  it('400 naming the nested field of a malformed spec', async () => {
    const broken = testSpec();
    (broken.tasks[0] as { text: unknown }).text = 42;
    expectError(await inject('POST', '/api/directives/plan', TOKENS.secretariat, { spec: broken }), 400, {
      code: 'invalid-request',
      field: 'body.spec.tasks.0.text',
      message_vi: '"body.spec.tasks.0.text" phải là chuỗi',
      message_en: '"body.spec.tasks.0.text" must be a string',
    });
  });

  it('400 for a bad asOf, 422 for an unknown policy', async () => {
    expectError(await inject('POST', '/api/directives/plan', TOKENS.secretariat, { spec: testSpec(), asOf: 'hôm qua' }), 400, {
      code: 'invalid-request',
      field: 'body.asOf',
      message_vi: '"body.asOf" sai định dạng (datetime)',
      message_en: '"body.asOf" has an invalid format (datetime)',
    });
    const res = await inject('POST', '/api/directives/plan', TOKENS.secretariat, { spec: testSpec(), policyId: 'khong-co' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'unplannable', field: 'body.policyId' });
  });
});

describe('POST /api/directives (register)', () => {
  const url = '/api/directives';

  it('400 when the spec is missing or malformed, nothing stored', async () => {
    expectError(await inject('POST', url, TOKENS.secretariat, {}), 400, {
      code: 'invalid-request',
      field: 'body.spec',
      message_vi: 'thiếu trường bắt buộc "body.spec"',
      message_en: '"body.spec" is required',
    });
    const s = testSpec();
    const broken = { ...s, document: { ...s.document, issuedOn: '2026-13-45x' } };
    expectError(await inject('POST', url, TOKENS.secretariat, { spec: broken }), 400, {
      code: 'invalid-request',
      field: 'body.spec.document.issuedOn',
      message_vi: '"body.spec.document.issuedOn": ngày phải có dạng YYYY-MM-DD',
      message_en: '"body.spec.document.issuedOn" has an invalid format',
    });
    await expectNotStored(s);
  });

  it('422 when a task has no lead agency or an unresolved one, nothing stored', async () => {
    const base = testSpec();
    const noLead = testSpec({ tasks: [{ ...base.tasks[0], assignees: [] }] });
    expectError(await inject('POST', url, TOKENS.secretariat, { spec: noLead }), 422, {
      code: 'task-without-lead',
      field: 'body.spec.tasks.0.assignees',
      message_vi: 'Nhiệm vụ 1 chưa có đơn vị chủ trì',
      message_en: 'Task 1 has no lead agency',
    });
    await expectNotStored(noLead);
    const unresolved = testSpec({ tasks: [{ ...base.tasks[0], assignees: [{ name: 'Sở Không Tồn Tại', agencyId: null, role: 'lead', group: false }] }] });
    expectError(await inject('POST', url, TOKENS.secretariat, { spec: unresolved }), 422, {
      code: 'unknown-agency',
      field: 'body.spec.tasks.0.assignees.0.agencyId',
      message_vi: 'Đơn vị chủ trì "Sở Không Tồn Tại" của nhiệm vụ 1 chưa khớp với danh bạ (cần agencyId)',
      message_en: 'Lead agency "Sở Không Tồn Tại" of task 1 is not in the directory (agencyId needed)',
    });
    await expectNotStored(unresolved);
  });

  it('422 for a spec with no task, nothing stored', async () => {
    const empty = testSpec({ tasks: [] });
    expectError(await inject('POST', url, TOKENS.secretariat, { spec: empty }), 422, {
      code: 'no-tasks',
      field: 'body.spec.tasks',
      message_vi: 'Văn bản không có nhiệm vụ nào để theo dõi',
      message_en: 'The directive has no task to track',
    });
    await expectNotStored(empty);
  });
});

describe('directives: read, amend, cancel', () => {
  it('404 for an unknown directive, 400 for a bad limit', async () => {
    expectError(await inject('GET', `/api/directives/${encodeURIComponent('directive/khong/1-tb/2018-01-01')}`, TOKENS.supervisor), 404, {
      code: 'not-found',
      field: 'params.id',
      message_vi: 'Không tìm thấy văn bản "directive/khong/1-tb/2018-01-01"',
      message_en: 'No directive "directive/khong/1-tb/2018-01-01"',
    });
    expectError(await inject('GET', '/api/directives?limit=abc', TOKENS.supervisor), 400, {
      code: 'invalid-request',
      field: 'querystring.limit',
      message_vi: '"querystring.limit" phải là số',
      message_en: '"querystring.limit" must be a number',
    });
  });

  it('403 when an agency amends; 400 when a cancel has no reason; nothing changes', async () => {
    const id = encodeURIComponent(directiveWorkflowId(spec));
    expect((await inject('PUT', `/api/directives/${id}`, TOKENS.syt, { spec })).statusCode).toBe(403);
    await expectUnchanged(async () => {
      expectError(await inject('POST', `/api/directives/${id}/cancel`, TOKENS.secretariat, {}), 400, {
        code: 'invalid-request',
        field: 'body.reason',
        message_vi: 'thiếu trường bắt buộc "body.reason"',
        message_en: '"body.reason" is required',
      });
    });
    expect((await sys.client.directive(directiveWorkflowId(spec))).status).toBe('active');
  });
});

describe('GET /api/tasks (filters)', () => {
  it('400 for an unknown status, a bad date, a bad boolean, a limit out of range', async () => {
    const res = await inject('GET', '/api/tasks?status=late', TOKENS.supervisor);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid-request', field: 'querystring.status.0' });
    expect(res.json().error.message_vi).toBe(
      '"querystring.status.0" phải là một trong: "pending", "acknowledged", "in-progress", "overdue", "extension-requested", "completed-on-time", "completed-late", "cancelled"',
    );
    expectError(await inject('GET', '/api/tasks?dueFrom=2018-1-5', TOKENS.supervisor), 400, {
      code: 'invalid-request',
      field: 'querystring.dueFrom',
      message_vi: '"querystring.dueFrom": ngày phải có dạng YYYY-MM-DD',
      message_en: '"querystring.dueFrom" has an invalid format',
    });
    expectError(await inject('GET', '/api/tasks?overdue=yes', TOKENS.supervisor), 400, {
      code: 'invalid-request',
      field: 'querystring.overdue',
      message_vi: '"querystring.overdue" phải là một trong: "0", "1", "true", "false"',
      message_en: '"querystring.overdue" must be one of: "0", "1", "true", "false"',
    });
    expectError(await inject('GET', '/api/tasks?limit=0', TOKENS.supervisor), 400, {
      code: 'invalid-request',
      field: 'querystring.limit',
      message_vi: '"querystring.limit" phải ≥ 1',
      message_en: '"querystring.limit" must be >= 1',
    });
  });
});

describe('task actions', () => {
  it('404 for an unknown task', async () => {
    expectError(await inject('POST', `/api/tasks/${encodeURIComponent('task/khong-co')}/acknowledge`, TOKENS.syt, {}), 404, {
      code: 'not-found',
      field: 'params.id',
      message_vi: 'Không tìm thấy nhiệm vụ "task/khong-co"',
      message_en: 'No task "task/khong-co"',
    });
  });

  it('400 for completion without a report number (missing, empty, too long, bad evidence URL)', async () => {
    await expectUnchanged(async () => {
      expectError(await inject('POST', `${taskUrl}/complete`, TOKENS.syt, {}), 400, {
        code: 'invalid-request',
        field: 'body.reportNumber',
        message_vi: 'thiếu trường bắt buộc "body.reportNumber"',
        message_en: '"body.reportNumber" is required',
      });
      expectError(await inject('POST', `${taskUrl}/complete`, TOKENS.syt, { reportNumber: '' }), 400, {
        code: 'invalid-request',
        field: 'body.reportNumber',
        message_vi: '"body.reportNumber": cần số văn bản báo cáo',
        message_en: '"body.reportNumber" must not be empty',
      });
      expectError(await inject('POST', `${taskUrl}/complete`, TOKENS.syt, { reportNumber: 'x'.repeat(101) }), 400, {
        code: 'invalid-request',
        field: 'body.reportNumber',
        message_vi: '"body.reportNumber" quá dài: tối đa 100 ký tự',
        message_en: '"body.reportNumber" is too long: at most 100 characters',
      });
      expectError(await inject('POST', `${taskUrl}/complete`, TOKENS.syt, { reportNumber: '12/BC-SYT', evidenceUrl: 'không phải url' }), 400, {
        code: 'invalid-request',
        field: 'body.evidenceUrl',
        message_vi: '"body.evidenceUrl" sai định dạng (url)',
        message_en: '"body.evidenceUrl" has an invalid format (url)',
      });
    });
  });

  it('400 for progress out of range or of the wrong type; the actor cannot be forged', async () => {
    await expectUnchanged(async () => {
      expectError(await inject('POST', `${taskUrl}/progress`, TOKENS.syt, { percent: 150 }), 400, {
        code: 'invalid-request',
        field: 'body.percent',
        message_vi: '"body.percent" phải ≤ 100',
        message_en: '"body.percent" must be <= 100',
      });
      expectError(await inject('POST', `${taskUrl}/progress`, TOKENS.syt, { percent: '50' }), 400, {
        code: 'invalid-request',
        field: 'body.percent',
        message_vi: '"body.percent" phải là số',
        message_en: '"body.percent" must be a number',
      });
      expectError(await inject('POST', `${taskUrl}/acknowledge`, TOKENS.syt, { by: { kind: 'supervisor', id: 'x' } }), 400, {
        code: 'invalid-request',
        field: 'body',
        message_vi: '"body" có trường không được phép: by',
        message_en: '"body" has unknown fields: by',
      });
    });
  });

  it('400 for an extension request without a date or reason', async () => {
    await expectUnchanged(async () => {
      expectError(await inject('POST', `${taskUrl}/extension`, TOKENS.syt, { newDue: '31/01/2031', reason: 'Chờ số liệu' }), 400, {
        code: 'invalid-request',
        field: 'body.newDue',
        message_vi: '"body.newDue": ngày phải có dạng YYYY-MM-DD',
        message_en: '"body.newDue" has an invalid format',
      });
      expectError(await inject('POST', `${taskUrl}/extension`, TOKENS.syt, { newDue: '2031-01-31', reason: '' }), 400, {
        code: 'invalid-request',
        field: 'body.reason',
        message_vi: '"body.reason": cần nêu lý do',
        message_en: '"body.reason" must not be empty',
      });
    });
  });

  it('400 for a decision without approve; 409 when no extension is waiting', async () => {
    await expectUnchanged(async () => {
      expectError(await inject('POST', `${taskUrl}/extension/decision`, TOKENS.supervisor, { reason: 'ok' }), 400, {
        code: 'invalid-request',
        field: 'body.approve',
        message_vi: 'thiếu trường bắt buộc "body.approve"',
        message_en: '"body.approve" is required',
      });
      const res = await inject('POST', `${taskUrl}/extension/decision`, TOKENS.supervisor, { approve: true });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('rejected');
      expect(res.json().error.message_vi).toMatch(/gia hạn/);
    });
  });
});

describe('signed links', () => {
  it('403 page for a malformed, forged or expired link', async () => {
    for (const token of ['abc', 'eyJ3aWQiOiJ4In0.AAAA']) {
      const res = await sys.app.inject({ method: 'GET', url: `/a/${token}` });
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toMatch(/Liên kết không hợp lệ/);
    }
    const expired = signActionToken(sys.linkSecret, { wid: taskId, agency: 'kt-syt', action: 'acknowledge', exp: Math.floor(Date.now() / 1000) - 60, nonce: 'old' });
    await expectUnchanged(async () => {
      const res = await sys.app.inject({ method: 'POST', url: `/a/${expired}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain('Liên kết đã hết hạn.');
    });
  });

  it('unknown routes get the JSON 404', async () => {
    expectError(await inject('GET', '/api/khong-co', TOKENS.supervisor), 404, {
      code: 'route-not-found',
      field: null,
      message_vi: 'Không có đường dẫn GET /api/khong-co',
      message_en: 'No route GET /api/khong-co',
    });
  });
});

describe('refusals are logged; link pages are rate-limited', () => {
  it('logs a 403 with who tried what, and answers the 4th link request in a minute with 429', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const app = await buildApp({
      config: ApiConfig.parse({ tokens: readTokensFile(DEFAULT_TOKENS_FILE), linkRateLimit: 3 }),
      client: sys.client,
      reader: makeReader(),
      planner: makePlanner(),
      links: { secret: sys.linkSecret, nonces: new MemoryNonceStore() },
      directory: agencyNames(),
      dashboard: false,
      logger: { level: 'info', stream },
    });
    try {
      expect((await app.inject({ method: 'GET', url: taskUrl, headers: auth(TOKENS.sldtbxh) })).statusCode).toBe(403);
      expect(lines).toContainEqual(
        expect.objectContaining({ level: 40, event: 'forbidden', role: 'agency', agencyId: 'kt-sldtbxh', method: 'GET', taskWorkflowId: taskId }),
      );

      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await app.inject({ method: 'GET', url: '/a/abc.def' })).statusCode);
      expect(statuses).toEqual([403, 403, 403, 429]);
      const limited = await app.inject({ method: 'GET', url: '/a/abc.def' });
      expect(limited.json().error).toMatchObject({ code: 'rate-limited', field: null });
      expect(limited.json().error.message_vi).toMatch(/^Quá nhiều yêu cầu, vui lòng thử lại sau/);
    } finally {
      await app.close();
    }
  });
});

describe('a link to a finished task', () => {
  it('says the task is over instead of offering the form (409)', async () => {
    const res = await inject('POST', '/api/directives', TOKENS.secretariat, { spec: testSpec() });
    const id: string = res.json().taskWorkflowIds[0];
    await eventually(() => sys.client.status(id), 'the task workflow');
    const done = await inject('POST', `/api/tasks/${encodeURIComponent(id)}/complete`, TOKENS.syt, { reportNumber: '31/BC-SYT' });
    expect(done.json().status).toBe('completed-on-time');
    const token = signActionToken(sys.linkSecret, { wid: id, agency: 'kt-syt', action: 'complete', exp: Math.floor(Date.now() / 1000) + 600, nonce: 'late' });
    const page = await sys.app.inject({ method: 'GET', url: `/a/${token}` });
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain('Nhiệm vụ này đã ở trạng thái &quot;Hoàn thành đúng hạn&quot;, không cần thao tác thêm.');
  });
});
