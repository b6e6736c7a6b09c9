/** docker-compose.yml is valid for Debian's docker-compose (no Docker engine is needed to check it). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../scripts/provision/paths';

function compose(args: string[]): { status: number | null; stdout: string; stderr: string; missing: boolean } {
  const r = spawnSync('docker-compose', ['-f', path.join(REPO_ROOT, 'docker-compose.yml'), ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', missing: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' };
}

it('validates with `docker-compose config -q` and holds the whole stack', () => {
  const check = compose(['config', '-q']);
  if (check.missing) throw new Error('docker-compose is not installed: `apt-get install docker-compose` (.ci/run does it)');
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);

  const services = compose(['config', '--services']).stdout.trim().split('\n').sort();
  expect(services).toEqual(['chidao', 'mailpit', 'postgresql', 'temporal', 'temporal-ui']);
  expect(fs.existsSync(path.join(REPO_ROOT, 'Dockerfile'))).toBe(true);
});
