/**
 * The pages behind signed links (client/links.ts builds `${baseUrl}/a/<token>`): GET shows the task and a
 * form confirming the one action the link allows; POST performs it for the link's agency, consuming the
 * link. A tampered, expired, replayed or misdirected link gets a 403 page. Rate-limited per address.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CivilDate } from '../../../calendar/types';
import type { TaskAction } from '../../../client/types';
import { redeemActionToken, verifyActionToken, type LinkClaims, type LinkRefusal } from '../../../client/links';
import { TASK_STATUS_LABEL, type TaskStatus, type TaskView } from '../../../workflows/types';
import { ApiError } from '../../errors';
import { toApiError } from '../../plugins/errors';
import { loadTask } from '../tasks/access';
import { actionPage, donePage, messagePage } from './page';

export interface LinkRoutesOptions {
  /** Requests per minute per address. */
  rateLimit: number;
}

const REFUSAL_VI: Record<LinkRefusal | 'wrong-agency', string> = {
  malformed: 'Liên kết không hợp lệ.',
  'bad-signature': 'Liên kết không hợp lệ hoặc đã bị sửa đổi.',
  expired: 'Liên kết đã hết hạn. Vui lòng dùng liên kết trong thông báo nhắc việc mới nhất hoặc liên hệ Văn phòng.',
  replayed: 'Liên kết này đã được sử dụng.',
  'wrong-agency': 'Nhiệm vụ này hiện không còn do đơn vị của liên kết chủ trì.',
};

const CLOSED = new Set<TaskStatus>(['completed-on-time', 'completed-late', 'cancelled']);

const TokenParams = z.object({ token: z.string().min(1).max(2000) });
const Form = z.record(z.string(), z.string());

/** The fields each action's form needs, checked before the link is consumed. */
const FORM_FIELDS = {
  acknowledge: z.object({}),
  reportProgress: z.object({ percent: z.coerce.number().int().min(0).max(100), note: z.string().max(2000).default('') }),
  complete: z.object({
    reportNumber: z.string().trim().min(1, 'Cần nhập số văn bản báo cáo').max(100, 'Số văn bản quá dài'),
    note: z.string().max(2000, 'Ghi chú quá dài').default(''),
  }),
  requestExtension: z.object({
    newDue: CivilDate,
    reason: z.string().trim().min(1, 'Cần nêu lý do gia hạn').max(2000, 'Lý do quá dài'),
  }),
} as const;

const links: FastifyPluginAsync<LinkRoutesOptions> = async (app, opts) => {
  const fastify = app.withTypeProvider<ZodTypeProvider>();
  const refused = fastify.metrics.counter('chidao_link_refusals_total', 'Signed links refused, by reason.');
  const used = fastify.metrics.counter('chidao_link_actions_total', 'Actions performed through signed links, by action.');
  const rateLimit = { max: opts.rateLimit, timeWindow: '1 minute' };

  // Forms post application/x-www-form-urlencoded; parsed here only, for these pages.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const html = (reply: FastifyReply, status: number, page: string) => reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);

  function refuse(request: FastifyRequest, reply: FastifyReply, reason: LinkRefusal | 'wrong-agency', claims?: LinkClaims) {
    refused({ reason });
    request.log.warn({ event: 'link-refused', reason, taskWorkflowId: claims?.wid, agency: claims?.agency }, 'signed link refused');
    return html(reply, 403, messagePage('Không thể thực hiện', REFUSAL_VI[reason]));
  }

  async function taskFor(claims: LinkClaims): Promise<TaskView | 'wrong-agency'> {
    const task = await loadTask(fastify, claims.wid);
    return task.agencyId === claims.agency ? task : 'wrong-agency';
  }

  fastify.get(
    '/a/:token',
    { config: { rateLimit }, schema: { tags: ['links'], summary: 'Trang xác nhận thao tác từ liên kết trong thông báo', params: TokenParams } },
    async (request, reply) => {
      const checked = verifyActionToken(fastify.links.secret, request.params.token, new Date());
      if (!checked.ok) return refuse(request, reply, checked.reason);
      try {
        const task = await taskFor(checked.claims);
        if (task === 'wrong-agency') return refuse(request, reply, 'wrong-agency', checked.claims);
        if (CLOSED.has(task.status)) {
          return html(reply, 409, messagePage('Nhiệm vụ đã kết thúc', `Nhiệm vụ này đã ở trạng thái "${TASK_STATUS_LABEL[task.status]}", không cần thao tác thêm.`));
        }
        return html(reply, 200, actionPage(task, checked.claims.action, request.url));
      } catch (err) {
        const e = toApiError(err);
        return html(reply, e.statusCode, messagePage('Không thể thực hiện', e.messageVi));
      }
    },
  );

  fastify.post(
    '/a/:token',
    { config: { rateLimit }, schema: { tags: ['links'], summary: 'Thực hiện thao tác của liên kết', params: TokenParams } },
    async (request, reply) => {
      const now = new Date();
      const checked = verifyActionToken(fastify.links.secret, request.params.token, now);
      if (!checked.ok) return refuse(request, reply, checked.reason);
      const claims = checked.claims;
      let task: TaskView | 'wrong-agency';
      try {
        task = await taskFor(claims);
      } catch (err) {
        const e = toApiError(err);
        return html(reply, e.statusCode, messagePage('Không thể thực hiện', e.messageVi));
      }
      if (task === 'wrong-agency') return refuse(request, reply, 'wrong-agency', claims);

      const form = Form.safeParse(request.body ?? {});
      const fields = FORM_FIELDS[claims.action].safeParse(form.success ? form.data : {});
      if (!fields.success) {
        const values = form.success ? form.data : {};
        const issue = fields.error.issues[0];
        const message = issue.path[0] === 'newDue' ? 'Ngày gia hạn phải có dạng YYYY-MM-DD' : issue.message;
        return html(reply, 400, actionPage(task, claims.action, request.url, values, message));
      }

      // Consume the link only now that the request is complete.
      const redeemed = await redeemActionToken(fastify.links.secret, request.params.token, now, fastify.links.nonces);
      if (!redeemed.ok) return refuse(request, reply, redeemed.reason, claims);

      const by = { kind: 'link' as const, id: claims.agency, name: task.agencyName };
      const action = { type: claims.action, input: { ...fields.data, by } } as TaskAction;
      try {
        const view = await fastify.chidao.act(claims.wid, action);
        used({ action: claims.action });
        request.log.info({ event: 'task-action', via: 'link', type: claims.action, taskWorkflowId: claims.wid, agency: claims.agency }, 'task action');
        return html(reply, 200, donePage(view, claims.action));
      } catch (err) {
        const e = toApiError(err);
        const status = e instanceof ApiError && e.statusCode < 500 ? e.statusCode : 500;
        return html(reply, status, messagePage('Không thể thực hiện', e.messageVi));
      }
    },
  );
};

export default links;
