/** /api/overdue: overdue tasks counted by agency (supervisors and the secretariat; an agency sees its own row). */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../schemas/common';
import { OverdueByAgencySchema } from '../../schemas/tasks';

const overdue: FastifyPluginAsync = async (app) => {
  const fastify = app.withTypeProvider<ZodTypeProvider>();
  fastify.get(
    '',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Nhiệm vụ quá hạn theo đơn vị',
        response: { 200: z.object({ agencies: z.array(OverdueByAgencySchema), total: z.number().int() }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const p = request.principal!;
      let rows = await fastify.chidao.overdueByAgency();
      if (p.role === 'agency') rows = rows.filter((r) => r.agencyId === p.agencyId);
      rows = [...rows].sort((a, b) => b.count - a.count || a.agencyId.localeCompare(b.agencyId));
      return { agencies: rows, total: rows.reduce((n, r) => n + r.count, 0) };
    },
  );
};

export default overdue;
