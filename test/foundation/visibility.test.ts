/** Proof: on the run-wide dev server, a workflow that upserts chidao search attributes is found by a visibility query. */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { devServer, workflowBundle } from '../harness';
import { finish, tagged } from './workflows';

let connection: Connection;
let nativeConnection: NativeConnection;
let client: Client;

beforeAll(async () => {
  const { address, namespace } = devServer();
  connection = await Connection.connect({ address });
  nativeConnection = await NativeConnection.connect({ address });
  client = new Client({ connection, namespace });
});
afterAll(async () => {
  await connection?.close();
  await nativeConnection?.close();
});

async function listIds(query: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const wf of client.workflow.list({ query })) ids.push(wf.workflowId);
  return ids;
}

it('finds a workflow by the search attributes it upserted', async () => {
  const taskQueue = `foundation-visibility-${randomUUID()}`;
  const directive = `46/TB-VP-${randomUUID()}`;
  const worker = await Worker.create({
    connection: nativeConnection,
    namespace: devServer().namespace,
    taskQueue,
    workflowBundle: await workflowBundle(path.join(__dirname, 'workflows.ts')),
  });
  await worker.runUntil(async () => {
    const handle = await client.workflow.start(tagged, { workflowId: `tagged-${directive}`, taskQueue, args: [directive] });
    const query = `ChidaoDirective = "${directive}" AND ChidaoOverdue = true`;
    let found: string[] = [];
    // Visibility is eventually consistent: about 0.2 s on the dev server.
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      found = await listIds(query);
      if (found.length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toEqual([handle.workflowId]);
    expect(await listIds(`ChidaoDirective = "${directive}" AND ChidaoOverdue = false`)).toEqual([]);
    await handle.signal(finish);
    await handle.result();
  });
});
