/**
 * `npm start` and `npm test` begin with scripts/bootstrap.mjs: whatever Node.js started it, the command it runs
 * sees a supported Node (≥ 22, taken from the npm registry when the machine's is older) and the project's
 * node_modules/.bin on its PATH.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const REPO = path.join(__dirname, '..', '..');

test('the command runs on Node.js 22 or later with node_modules/.bin on PATH', () => {
  const r = spawnSync('node', ['scripts/bootstrap.mjs', 'node', '-e', 'console.log(process.versions.node, require("node:child_process").execSync("tsx --version").toString().split("\\n")[0])'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(r.stderr).toBe('');
  const [version, ...tsx] = r.stdout.trim().split('\n').pop()!.split(' ');
  expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(22);
  expect(tsx.join(' ')).toMatch(/^tsx v\d/);
});

test('a missing command is said in Vietnamese, with a non-zero exit', () => {
  const r = spawnSync('node', ['scripts/bootstrap.mjs'], { cwd: REPO, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('cách dùng');
});
