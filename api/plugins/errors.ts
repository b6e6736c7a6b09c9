/**
 * One error handler for the whole API: every failure leaves as `{ error: { code, field, message_vi,
 * message_en } }` with a 4xx for the caller's mistakes (schema, size, role, unknown task, a workflow
 * validator's refusal) and 5xx only for ours. Also the 404 for unknown routes.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ZodError } from 'zod';
import { ApiError, fromZodIssues } from '../errors';

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Walks `cause` links (Temporal wraps failures several deep). */
function chain(err: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  let cur: unknown = err;
  for (let i = 0; cur && typeof cur === 'object' && i < 8; i++) {
    out.push(cur as Record<string, unknown>);
    cur = (cur as { cause?: unknown }).cause;
  }
  return out;
}

/** Maps the Temporal client's failures (as thrown through client/) to API errors, by name, without importing Temporal. */
export function fromTemporal(err: unknown): ApiError | null {
  const links = chain(err);
  const names = links.map((l) => String(l.name ?? ''));
  // client/errors.ts: ChidaoError carries a Vietnamese message and a code.
  if (links[0]?.name === 'ChidaoError') {
    const message = String(links[0].message);
    switch (links[0].code) {
      case 'not-found':
        return new ApiError(404, 'not-found', 'params.id', message, 'No such task or directive');
      case 'closed':
        return new ApiError(409, 'closed', null, message, 'The task or directive has ended and accepts no more actions');
      case 'conflict':
        return new ApiError(409, 'conflict', null, message, 'The action conflicts with the current state');
      default:
        return new ApiError(409, 'rejected', null, message, `The task refused this action: ${message}`);
    }
  }
  if (names.includes('WorkflowNotFoundError') || links.some((l) => l.code === 5 /* gRPC NOT_FOUND */)) {
    return new ApiError(404, 'not-found', 'params.id', 'Không tìm thấy nhiệm vụ hoặc văn bản', 'No such task or directive');
  }
  if (names.includes('WorkflowUpdateFailedError') || names.includes('WorkflowUpdateRPCTimeoutOrCancelledError')) {
    const failure = links.find((l) => l.name === 'ApplicationFailure' || (l !== links[0] && typeof l.message === 'string'));
    const message = String(failure?.message ?? links[0].message ?? '');
    const type = failure?.type ? String(failure.type) : null;
    return new ApiError(
      409,
      'rejected',
      null,
      `Nhiệm vụ không chấp nhận thao tác này: ${message}`,
      `The task refused this action${type ? ` (${type})` : ''}: ${message}`,
    );
  }
  if (links.some((l) => l.code === 14 /* UNAVAILABLE */ || l.name === 'TransportError')) {
    return new ApiError(503, 'temporal-unavailable', null, 'Không kết nối được máy chủ Temporal', 'Temporal is unreachable');
  }
  return null;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return fromZodIssues('body', err.issues);
  const e = err as FastifyError & { validationContext?: string; validation?: ValidationItem[] };
  if (Array.isArray(e.validation) && e.validation.length > 0) {
    const v = e.validation[0];
    const path = v.instancePath.split('/').filter(Boolean);
    return fromZodIssues(e.validationContext ?? 'body', [{ ...(v.params ?? {}), code: v.keyword, message: v.message ?? '', path }]);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'payload-too-large', 'body', 'Nội dung gửi lên quá lớn', 'Request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported-media-type', 'headers.content-type', 'Chỉ nhận nội dung application/json', 'Only application/json is accepted');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'invalid-request', 'body', 'Thiếu nội dung JSON', 'The JSON body is empty');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'invalid-json', 'body', 'Nội dung không phải JSON hợp lệ', 'The body is not valid JSON');
  }
  if (e instanceof SyntaxError && e.statusCode === 400) {
    return new ApiError(400, 'invalid-json', 'body', 'Nội dung không phải JSON hợp lệ', 'The body is not valid JSON');
  }
  const temporal = fromTemporal(err);
  if (temporal) return temporal;
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, e.code ?? 'bad-request', null, `Yêu cầu không hợp lệ: ${e.message}`, e.message);
  }
  return new ApiError(500, 'internal', null, 'Lỗi máy chủ', 'Internal server error');
}

export default fp(
  async (fastify) => {
    const errors = fastify.metrics.counter('chidao_api_errors_total', 'API responses with an error, by status and code.');
    fastify.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
      const api = toApiError(err);
      if (api.statusCode >= 500) request.log.error({ err }, 'request failed');
      else request.log.info({ code: api.code, field: api.field, status: api.statusCode }, api.messageEn);
      errors({ status: String(api.statusCode), code: api.code });
      return reply.code(api.statusCode).type('application/json; charset=utf-8').send(api.body());
    });
    fastify.setNotFoundHandler((request, reply) => {
      const api = new ApiError(404, 'route-not-found', null, `Không có đường dẫn ${request.method} ${request.url}`, `No route ${request.method} ${request.url}`);
      return reply.code(404).send(api.body());
    });
  },
  { name: 'chidao-errors', dependencies: ['chidao-metrics'] },
);
