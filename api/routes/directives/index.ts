/**
 * /api/directives: read a text into a spec, compute a spec's reminder plan, register a reviewed spec
 * (idempotent: the same document twice changes nothing), amend or cancel it, list and read directives.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DirectiveView } from '../../../client/types';
import { ApiError } from '../../errors';
import { fromTemporal } from '../../plugins/errors';
import { errorResponses, IdParams } from '../../schemas/common';
import {
  AmendBody,
  CancelBody,
  DirectiveListQuery,
  DirectiveSpec,
  DirectiveSummarySchema,
  DirectiveViewSchema,
  ParseBody,
  PlanBody,
  RegisterBody,
  RegisterResultSchema,
} from '../../schemas/directives';
import { withLabel } from '../tasks/access';
import fastifyMultipart from '@fastify/multipart';
import { checkIsDirective, checkRegistrable } from './checks';
import { readUpload, withUploadSource } from './upload';

export interface DirectiveRoutesOptions {
  maxTextChars: number;
  uploadLimit: number;
}

const directives: FastifyPluginAsync<DirectiveRoutesOptions> = async (app, opts) => {
  const fastify = app.withTypeProvider<ZodTypeProvider>();
  await fastify.register(fastifyMultipart, { limits: { fileSize: opts.uploadLimit, files: 1, fields: 4, parts: 6 } });
  const registrations = fastify.metrics.counter('chidao_registrations_total', 'Directive registrations through the API, by result.');
  fastify.metrics.preset('chidao_registrations_total', [{ result: 'created' }, { result: 'unchanged' }]);
  const tag = ['directives'];
  const secretariat = fastify.requireRole('secretariat');
  const staff = fastify.requireRole('secretariat', 'supervisor');

  async function directive(id: string): Promise<DirectiveView> {
    try {
      return await fastify.chidao.directive(id);
    } catch (err) {
      if (fromTemporal(err)?.statusCode === 404) {
        throw new ApiError(404, 'not-found', 'params.id', `Không tìm thấy văn bản "${id}"`, `No directive "${id}"`);
      }
      throw err;
    }
  }

  fastify.post(
    '/parse',
    {
      onRequest: staff,
      preValidation: readUpload,
      schema: {
        tags: tag,
        summary: 'Đọc văn bản chỉ đạo thành bản đề xuất (DirectiveSpec) để thư ký rà soát',
        description:
          'JSON `{ text, issuedOn? }`, or multipart/form-data with a `file` part (PDF with a text layer or scanned, DOCX, DOC, PNG/JPEG/TIFF, text) and an optional `issuedOn` field: the file is read by ingest/ and its text checked as `text`; `source` in the answer says how it was read.',
        body: ParseBody(opts.maxTextChars),
        response: { 200: DirectiveSpec, ...errorResponses(400, 401, 403, 413, 415, 422, 503) },
      },
    },
    async (request) => {
      let spec;
      try {
        spec = fastify.reader(request.body.text, { issuedOn: request.body.issuedOn });
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new ApiError(422, 'unreadable', 'body.text', `Không đọc được văn bản: ${reason}`, `The text could not be read: ${reason}`);
      }
      checkIsDirective(spec);
      return withUploadSource(request, spec);
    },
  );

  fastify.post(
    '/plan',
    {
      onRequest: staff,
      schema: {
        tags: tag,
        summary: 'Lịch nhắc việc mà một bản đề xuất sẽ tạo ra (không đăng ký)',
        body: PlanBody,
        response: { 200: z.object({ plan: z.unknown() }), ...errorResponses(400, 401, 403, 413, 422) },
      },
    },
    async (request) => {
      const { spec, asOf, policyId } = request.body;
      try {
        return { plan: fastify.planner(spec, { asOf, policyId }) };
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        const field = policyId && reason.includes(policyId) ? 'body.policyId' : 'body.spec';
        throw new ApiError(422, 'unplannable', field, `Không lập được lịch nhắc việc: ${reason}`, `No reminder plan could be made: ${reason}`);
      }
    },
  );

  fastify.post(
    '',
    {
      onRequest: secretariat,
      schema: {
        tags: tag,
        summary: 'Đăng ký văn bản đã rà soát (gửi lại cùng văn bản không tạo thêm gì)',
        body: RegisterBody(opts.maxTextChars),
        response: { 200: RegisterResultSchema, 201: RegisterResultSchema, ...errorResponses(400, 401, 403, 413, 422) },
      },
    },
    async (request, reply) => {
      const { spec, text, policyId } = request.body;
      checkRegistrable(spec);
      const result = await fastify.chidao.register(spec, { text, policyId });
      registrations({ result: result.created ? 'created' : 'unchanged' });
      request.log.info({ event: 'registered', directiveId: result.directiveId, created: result.created, actor: request.principal!.actor }, 'directive registered');
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  fastify.get(
    '',
    {
      schema: {
        tags: tag,
        summary: 'Danh sách văn bản đã đăng ký',
        querystring: DirectiveListQuery,
        response: { 200: z.object({ directives: z.array(DirectiveSummarySchema) }), ...errorResponses(400, 401) },
      },
    },
    async (request) => ({ directives: await fastify.chidao.directives({ q: request.query.q, limit: request.query.limit }) }),
  );

  fastify.get(
    '/:id',
    {
      schema: {
        tags: tag,
        summary: 'Một văn bản: bản đề xuất đã đăng ký, văn bản gốc, các nhiệm vụ',
        params: IdParams,
        response: { 200: DirectiveViewSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const view = await directive(request.params.id);
      const p = request.principal!;
      // An agency sees the directive, but only its own tasks in it.
      const tasks = p.role === 'agency' ? view.tasks.filter((t) => t.agencyIds.includes(p.agencyId!)) : view.tasks;
      return { ...view, tasks: tasks.map(withLabel) };
    },
  );

  fastify.put(
    '/:id',
    {
      onRequest: secretariat,
      schema: {
        tags: tag,
        summary: 'Sửa văn bản đã đăng ký (thêm, sửa, kết thúc nhiệm vụ)',
        params: IdParams,
        body: AmendBody,
        response: { 200: RegisterResultSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      checkRegistrable(request.body.spec);
      await directive(request.params.id);
      return fastify.chidao.amend(request.params.id, request.body.spec);
    },
  );

  fastify.post(
    '/:id/cancel',
    {
      onRequest: secretariat,
      schema: {
        tags: tag,
        summary: 'Hủy văn bản (hủy mọi nhiệm vụ của nó)',
        params: IdParams,
        body: CancelBody,
        response: { 200: z.object({ cancelled: z.literal(true) }), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      await directive(request.params.id);
      await fastify.chidao.cancelDirective(request.params.id, { ...request.body, by: request.principal!.actor });
      return { cancelled: true as const };
    },
  );
};

export default directives;
