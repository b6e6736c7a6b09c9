/** /openapi.json: the OpenAPI document generated from the routes' zod schemas (Swagger UI is at /docs). */
import type { FastifyPluginAsync } from 'fastify';

const docs: FastifyPluginAsync = async (fastify) => {
  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
};

export default docs;
