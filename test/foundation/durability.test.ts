/** Proof: a workflow waiting on a 1-hour timer survives a dev-server stop and restart on the same SQLite file. */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/servers';
import { startDevServer, workflowBundle, type DevServerHandle } from '../harness';
import { sleeper } from './workflows';

let dir: string;
let server: DevServerHandle | undefined;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-durability-'));
});
afterAll(async () => {
  await server?.stop({ signal: 'SIGKILL' });
  fs.rmSync(dir, { recursive: true, force: true });
});

async function withClient<T>(address: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address });
  try {
    return await fn(new Client({ connection }));
  } finally {
    await connection.close();
  }
}

async function timerStarted(client: Client, workflowId: string): Promise<boolean> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  return (history.events ?? []).some((e) => e.timerStartedEventAttributes);
}

it('keeps a workflow on a 1-hour timer running across a restart', async () => {
  const dbFile = path.join(dir, 'temporal.db');
  const port = await freePort();
  const taskQueue = 'foundation-durability';
  server = await startDevServer({ dbFile, port });

  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(path.join(__dirname, 'workflows.ts')),
  });
  await worker.runUntil(
    withClient(server.address, async (client) => {
      await client.workflow.start(sleeper, { workflowId: 'one-hour', taskQueue, args: ['1 hour'] });
      for (const deadline = Date.now() + 15_000; !(await timerStarted(client, 'one-hour')); ) {
        if (Date.now() > deadline) throw new Error('the workflow never started its timer');
        await new Promise((r) => setTimeout(r, 100));
      }
    }),
  );
  await nativeConnection.close();

  await server.stop();
  server = await startDevServer({ dbFile, port });
  expect(fs.existsSync(dbFile)).toBe(true);

  await withClient(server.address, async (client) => {
    const description = await client.workflow.getHandle('one-hour').describe();
    expect(description.status.name).toBe('RUNNING');
    expect(await timerStarted(client, 'one-hour')).toBe(true);
    await client.workflow.getHandle('one-hour').terminate('test done');
  });
});
