/**
 * Provisioning: the Temporal servers that tests and `npm start` run, from package registries only.
 * Idempotent; each step says what it did and how long it took.
 */
import fs from 'node:fs';
import { cachePaths, readManifest, type CachePaths, type Manifest } from './paths';
import { INSTALL_GO, provisionTemporalCli } from './temporal-cli';
import { INSTALL_JAVA, provisionTestServer } from './test-server';
import type { Log } from './exec';

export async function provision(paths: CachePaths = cachePaths(), log: Log = console.log): Promise<Manifest> {
  const started = Date.now();
  log(`Chuẩn bị máy chủ Temporal trong ${paths.root}`);
  fs.mkdirSync(paths.root, { recursive: true });
  const missing: string[] = [];

  const temporalCli = await provisionTemporalCli(paths, log);
  if (!temporalCli) {
    missing.push(`Temporal CLI (dev server): cần ${INSTALL_GO}`);
    log(`! Không có Go: dev server sẽ dùng bản SDK tự tải về (cần internet). Để chạy không cần internet, cài ${INSTALL_GO} rồi chạy lại \`npm run provision\`.`);
  }
  const testServerWrapper = await provisionTestServer(paths, log);
  if (!testServerWrapper) {
    missing.push(`Java test server (đồng hồ lịch sử): cần ${INSTALL_JAVA}`);
    log(`! Thiếu java/javac/mvn: test server sẽ dùng bản SDK tự tải về (cần internet, không có đồng hồ lịch sử). Cài ${INSTALL_JAVA} rồi chạy lại \`npm run provision\`.`);
  }

  const manifest: Manifest = { temporalCli: temporalCli ?? null, testServerWrapper: testServerWrapper ?? null, missing };
  fs.writeFileSync(paths.manifest, JSON.stringify(manifest, null, 2) + '\n');
  log(`Xong chuẩn bị (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return manifest;
}

/** Fast path for every test run and `npm start`: reuse the manifest, provision only when it is absent or stale. */
export async function ensureProvisioned(paths: CachePaths = cachePaths(), log: Log = console.log): Promise<Manifest> {
  return readManifest(paths) ?? provision(paths, log);
}
