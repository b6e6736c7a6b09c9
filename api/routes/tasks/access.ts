/**
 * Who may see or act on a task: the secretariat and supervisors see every task; an agency only those it
 * leads. Reads the task first (404 when unknown), then refuses others' tasks with a logged 403.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TaskSummary } from '../../../client/types';
import { TASK_STATUS_LABEL, type TaskView } from '../../../workflows/types';
import { ApiError } from '../../errors';
import { fromTemporal } from '../../plugins/errors';

export async function loadTask(fastify: FastifyInstance, id: string): Promise<TaskView> {
  try {
    return await fastify.chidao.status(id);
  } catch (err) {
    const mapped = fromTemporal(err);
    if (mapped?.statusCode === 404) {
      throw new ApiError(404, 'not-found', 'params.id', `Không tìm thấy nhiệm vụ "${id}"`, `No task "${id}"`);
    }
    throw err;
  }
}

/** The task, if the caller may see it; a 403 (logged) when it belongs to another agency. */
export async function ownTask(fastify: FastifyInstance, request: FastifyRequest, id: string): Promise<TaskView> {
  const task = await loadTask(fastify, id);
  const p = request.principal;
  if (p?.role === 'agency' && task.agencyId !== p.agencyId) {
    throw fastify.refuse(request, {
      vi: `Nhiệm vụ "${id}" không thuộc đơn vị ${p.agencyId}`,
      en: `Task "${id}" does not belong to agency ${p.agencyId}`,
      taskWorkflowId: id,
    });
  }
  return task;
}

export const withLabel = <T extends TaskView | TaskSummary>(t: T) => ({ ...t, statusLabel: TASK_STATUS_LABEL[t.status] });
