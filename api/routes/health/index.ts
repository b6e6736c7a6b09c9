/**
 * /healthz (the process is up and Temporal answers) and /metrics (Prometheus text). Neither needs a token:
 * they reveal counts, never task contents.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const health: FastifyPluginAsync = async (app) => {
  const fastify = app.withTypeProvider<ZodTypeProvider>();

  fastify.get(
    '/healthz',
    {
      schema: {
        tags: ['ops'],
        summary: 'Tình trạng dịch vụ',
        response: {
          200: z.object({ status: z.literal('ok'), temporal: z.literal('ok') }),
          503: z.object({ status: z.literal('degraded'), temporal: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await fastify.chidao.directives({ limit: 1 });
        return { status: 'ok' as const, temporal: 'ok' as const };
      } catch (err) {
        return reply.code(503).send({ status: 'degraded' as const, temporal: err instanceof Error ? err.message : String(err) });
      }
    },
  );

  fastify.get('/metrics', { schema: { tags: ['ops'], summary: 'Số liệu Prometheus', hide: true } }, async (_request, reply) => {
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(await fastify.metrics.render());
  });
};

export default health;
