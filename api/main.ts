/**
 * The API process: loads config, connects to Temporal through client/, listens, prints its URLs, and
 * closes cleanly on SIGINT/SIGTERM. `npm start` runs it beside the worker.
 */
import { loadApiConfig, publicUrl } from '../config/api';
import { buildApp } from './app';
import { createServices } from './services';

async function main(): Promise<void> {
  const config = loadApiConfig();
  const services = await createServices();
  const app = await buildApp({ ...services, config, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  await app.listen({ host: config.host, port: config.port });
  const base = publicUrl(config);
  console.log(`API:        ${base}/api  (token mẫu: config/tokens.yaml)`);
  console.log(`OpenAPI:    ${base}/openapi.json — Swagger UI: ${base}/docs`);
  console.log(`Bảng điều khiển: ${base}/dashboard`);
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await services.client.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`✗ API không khởi động được: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
