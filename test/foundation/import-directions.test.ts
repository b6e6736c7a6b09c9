/** eslint (npm run check) refuses an import the Layout table forbids: a temporary file is written and linted. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../scripts/provision/paths';

function lint(folder: string, source: string): { status: number | null; output: string } {
  const file = path.join(REPO_ROOT, folder, `zz-import-direction-${process.pid}.ts`);
  fs.writeFileSync(file, source);
  try {
    const r = spawnSync('npx', ['eslint', '--no-warn-ignored', file], { cwd: REPO_ROOT, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

it.each([
  ['calendar', "import fs from 'node:fs';\nexport const x = fs;\n", 'calendar/ is pure'],
  ['directives', "import { sendEmail } from '../activities/email';\nexport const x = sendEmail;\n", 'directives/ may not import'],
  ['workflows', "import { DELIVERY_REJECTED } from '../activities/contract';\nexport const x = DELIVERY_REJECTED;\n", 'activities/ types only'],
  ['api', "import { Connection } from '@temporalio/client';\nexport const x = Connection;\n", 'Only the façade'],
  ['scripts', "import { deadline } from '../test/api/fixtures';\nexport const x = deadline;\n", 'may not import test/'],
])('%s: a wrong-way import fails lint', (folder, source, message) => {
  const r = lint(folder, source);
  expect(r.status).toBe(1);
  expect(r.output).toContain(message);
}, 120_000);

it('a type-only import of activities/ from workflows/ passes', () => {
  const r = lint('workflows', "import type { DeliveryRejection } from '../activities/contract';\nexport type X = DeliveryRejection;\n");
  expect(r).toEqual({ status: 0, output: '' });
}, 120_000);
