/** `npm start` with TEMPORAL_ADDRESS registers chidao's search attributes on a cluster that lacks them, once. */
import { Connection } from '@temporalio/client';
import { ensureProvisioned } from '../../scripts/provision/index';
import { registerSearchAttributes } from '../../scripts/search-attributes';
import { spawnDevServer, type ServerProcess } from '../../scripts/servers';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';

let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop({ signal: 'SIGKILL' });
});

it('adds the missing search attributes, then finds nothing to add', async () => {
  const { temporalCli } = await ensureProvisioned();
  if (!temporalCli) throw new Error('Temporal CLI not provisioned: install Go (`apt-get install golang-go`) and run `npm run provision`');
  server = await spawnDevServer({ binary: temporalCli }); // no --search-attribute flags

  const names = SEARCH_ATTRIBUTES.map((sa) => sa.name);
  expect(await registerSearchAttributes(server.address, 'default')).toEqual(names);
  expect(await registerSearchAttributes(server.address, 'default')).toEqual([]);

  const connection = await Connection.connect({ address: server.address });
  try {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace: 'default' });
    expect(Object.keys(customAttributes ?? {})).toEqual(expect.arrayContaining(names));
    expect(customAttributes?.ChidaoAgencies).toBe(7); // KEYWORD_LIST
    expect(customAttributes?.ChidaoNextDue).toBe(6); // DATETIME
  } finally {
    await connection.close();
  }
});
