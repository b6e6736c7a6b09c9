/**
 * /api/tasks: list (by agency, directive, status, due range, overdue), read one with its history, and act on
 * it. The actor in the history is the caller's token; an agency acts only on its own tasks; supervisors
 * decide extensions.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TaskAction } from '../../../client/types';
import { errorResponses, IdParams } from '../../schemas/common';
import {
  AcknowledgeBody,
  CompleteBody,
  ExtensionDecisionBody,
  ExtensionRequestBody,
  ProgressBody,
  TaskListQuery,
  TaskSummarySchema,
  TaskViewSchema,
} from '../../schemas/tasks';
import { ownTask, withLabel } from './access';

const tasks: FastifyPluginAsync = async (app) => {
  const fastify = app.withTypeProvider<ZodTypeProvider>();
  const actions = fastify.metrics.counter('chidao_task_actions_total', 'Task actions accepted through the API, by type.');
  const tag = ['tasks'];

  fastify.get(
    '',
    {
      schema: {
        tags: tag,
        summary: 'Danh sách nhiệm vụ (lọc theo đơn vị, văn bản, trạng thái, hạn, quá hạn)',
        querystring: TaskListQuery,
        response: { 200: z.object({ tasks: z.array(TaskSummarySchema) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const p = request.principal!;
      let agencyId = q.agency;
      if (p.role === 'agency') {
        if (agencyId && agencyId !== p.agencyId) {
          throw fastify.refuse(request, {
            vi: `Đơn vị ${p.agencyId} chỉ được xem nhiệm vụ của mình, không phải của ${agencyId}`,
            en: `Agency ${p.agencyId} may list only its own tasks, not ${agencyId}'s`,
          });
        }
        agencyId = p.agencyId!;
      }
      const list = await fastify.chidao.list({
        agencyId,
        directiveId: q.directive,
        status: q.status,
        dueFrom: q.dueFrom,
        dueTo: q.dueTo,
        overdue: q.overdue,
        limit: q.limit,
      });
      return { tasks: list.map(withLabel) };
    },
  );

  fastify.get(
    '/:id',
    {
      schema: {
        tags: tag,
        summary: 'Một nhiệm vụ: trạng thái, các lần đến hạn, lịch sử thao tác và nhắc việc',
        params: IdParams,
        response: { 200: TaskViewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => withLabel(await ownTask(fastify, request, request.params.id)),
  );

  /** Checks ownership, then sends the update; the workflow's validator has the last word (409 when it refuses). */
  async function act(request: FastifyRequest, id: string, action: TaskAction) {
    await ownTask(fastify, request, id);
    const view = await fastify.chidao.act(id, action);
    actions({ type: action.type, role: request.principal!.role });
    request.log.info({ event: 'task-action', type: action.type, taskWorkflowId: id, actor: request.principal!.actor }, 'task action');
    return withLabel(view);
  }

  const agencyOrSecretariat = { onRequest: fastify.requireRole('agency', 'secretariat') };
  const actResponses = { 200: TaskViewSchema, ...errorResponses(400, 401, 403, 404, 409) };

  fastify.post(
    '/:id/acknowledge',
    { ...agencyOrSecretariat, schema: { tags: tag, summary: 'Xác nhận đã nhận nhiệm vụ', params: IdParams, body: AcknowledgeBody, response: actResponses } },
    async (request) => act(request, request.params.id, { type: 'acknowledge', input: { ...request.body, by: request.principal!.actor } }),
  );

  fastify.post(
    '/:id/progress',
    { ...agencyOrSecretariat, schema: { tags: tag, summary: 'Báo cáo tiến độ', params: IdParams, body: ProgressBody, response: actResponses } },
    async (request) => act(request, request.params.id, { type: 'reportProgress', input: { ...request.body, by: request.principal!.actor } }),
  );

  fastify.post(
    '/:id/complete',
    { ...agencyOrSecretariat, schema: { tags: tag, summary: 'Báo cáo hoàn thành (kèm số văn bản báo cáo)', params: IdParams, body: CompleteBody, response: actResponses } },
    async (request) => act(request, request.params.id, { type: 'complete', input: { ...request.body, by: request.principal!.actor } }),
  );

  fastify.post(
    '/:id/extension',
    { ...agencyOrSecretariat, schema: { tags: tag, summary: 'Đề nghị gia hạn', params: IdParams, body: ExtensionRequestBody, response: actResponses } },
    async (request) => act(request, request.params.id, { type: 'requestExtension', input: { ...request.body, by: request.principal!.actor } }),
  );

  fastify.post(
    '/:id/extension/decision',
    {
      onRequest: fastify.requireRole('supervisor'),
      schema: { tags: tag, summary: 'Lãnh đạo quyết định gia hạn (đồng ý / từ chối)', params: IdParams, body: ExtensionDecisionBody, response: actResponses },
    },
    async (request) => act(request, request.params.id, { type: 'decideExtension', input: { ...request.body, by: request.principal!.actor } }),
  );
};

export default tasks;
