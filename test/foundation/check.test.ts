/** `npm run check` (tsc --noEmit + eslint over the tree) is part of the suite. */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../../scripts/provision/paths';

it('passes tsc and eslint', () => {
  const r = spawnSync('npm', ['run', '--silent', 'check'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`.trim();
  expect({ status: r.status, output: r.status === 0 ? '' : output }).toEqual({ status: 0, output: '' });
}, 300_000);
