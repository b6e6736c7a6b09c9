/**
 * The HTTP API as one fastify plugin (fastify/demo's layout): external plugins (OpenAPI, rate limit), then
 * the app's own (metrics, errors, roles, services), then the routes. `buildApp` wraps it in an instance
 * for api/main.ts and tests (`app.inject`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ApiConfig } from '../config/api';
import { ApiError } from './errors';
import type { DashboardOptions } from './dashboard/deps';
import auth from './plugins/auth';
import chidao, { type ChidaoServices } from './plugins/chidao';
import errors from './plugins/errors';
import metrics, { type Metrics } from './plugins/metrics';
import temporalMetrics from './plugins/temporal-metrics';
import directives from './routes/directives';
import docs from './routes/docs';
import health from './routes/health';
import links from './routes/links';
import overdue from './routes/overdue';
import tasks from './routes/tasks';

/** Agency names from config/directory, for pages and the dashboard. */
export interface AgencyDirectory {
  agencyName(agencyId: string): string;
  agencies(): { id: string; name: string }[];
}

export interface AppOptions extends ChidaoServices {
  config: ApiConfig;
  directory?: AgencyDirectory;
  metrics?: Metrics;
  /** Register api/dashboard when it exists (default true). */
  dashboard?: boolean;
}

const API_PREFIX = '/api';

export const app: FastifyPluginAsync<AppOptions> = async (fastify, opts) => {
  const { config } = opts;

  await fastify.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'chidao API',
        description:
          'Theo dõi, nhắc việc các nhiệm vụ trong văn bản chỉ đạo. Xác thực: `Authorization: Bearer <token>` ' +
          '(Văn phòng, lãnh đạo theo dõi, hoặc từng đơn vị). Lỗi: `{ error: { code, field, message_vi, message_en } }`.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
      tags: [
        { name: 'directives', description: 'Văn bản chỉ đạo' },
        { name: 'tasks', description: 'Nhiệm vụ' },
        { name: 'links', description: 'Trang sau liên kết ký số trong thông báo' },
        { name: 'ops', description: 'Vận hành' },
      ],
    },
    // The dashboard's HTML pages are not part of the API document.
    transform: (input) => (input.url.startsWith('/dashboard') ? { schema: { ...input.schema, hide: true }, url: input.url } : jsonSchemaTransform(input)),
  });
  await fastify.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await fastify.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new ApiError(429, 'rate-limited', null, `Quá nhiều yêu cầu, vui lòng thử lại sau ${ctx.after}`, `Too many requests, retry in ${ctx.after}`),
  });

  await fastify.register(metrics, { metrics: opts.metrics });
  await fastify.register(errors);
  await fastify.register(auth, { tokens: config.tokens });
  await fastify.register(chidao, { client: opts.client, reader: opts.reader, planner: opts.planner, links: opts.links });
  await fastify.register(temporalMetrics);

  await fastify.register(health);
  await fastify.register(docs);
  await fastify.register(links, { rateLimit: config.linkRateLimit });
  await fastify.register(
    async (api) => {
      // The API speaks JSON only: a text/plain body is refused with 415 rather than read as a string.
      api.removeContentTypeParser('text/plain');
      // Everything under /api needs a token (fastify/demo's autohooks).
      api.addHook('onRequest', async (request) => {
        if (!request.principal) {
          throw new ApiError(401, 'unauthorized', 'headers.authorization', 'Cần đăng nhập: thiếu token (Authorization: Bearer …)', 'Authentication required: missing bearer token');
        }
      });
      await api.register(directives, { prefix: '/directives', maxTextChars: config.maxTextChars, uploadLimit: config.uploadLimit });
      await api.register(tasks, { prefix: '/tasks' });
      await api.register(overdue, { prefix: '/overdue' });
    },
    { prefix: API_PREFIX },
  );

  const dashboardFile = ['index.ts', 'index.js'].map((f) => path.join(__dirname, 'dashboard', f)).find((f) => existsSync(f));
  if (opts.dashboard !== false && dashboardFile) {
    // The dashboard adapts the API's own options (config.tokens, client, reader, planner): same logins, same reading.
    const mod = (await import(dashboardFile)) as { default: FastifyPluginAsync<AppOptions & DashboardOptions> };
    await fastify.register(mod.default, { ...opts, agencyName: opts.directory?.agencyName, agencies: opts.directory?.agencies });
  }
};

export async function buildApp(opts: AppOptions & { logger?: FastifyServerOptions['logger'] }): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.config.bodyLimit,
    // Workflow ids hold "/" and ":" (document numbers); allow long, encoded ids in params.
    routerOptions: { maxParamLength: 1000 },
  });
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  await fastify.register(app, opts);
  await fastify.ready();
  return fastify;
}
