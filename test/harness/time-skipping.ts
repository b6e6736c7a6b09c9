/**
 * A time-skipping environment on the Java test server, its clock starting where the test says.
 *
 * We start the JVM ourselves (TimeTravelTestServer, launched locked as the SDK expects), wait until
 * it serves, then build the SDK's own TestWorkflowEnvironment on it with time skipping supported:
 * env.client is the TimeSkippingClient (awaiting a result skips time), env.sleep and
 * env.currentTimeMs use the test service. createFromExistingServer would not do this: it marks the
 * environment as not time-skipping. Teardown also stops the JVM.
 *
 * One environment per test file: the server's clock jumps to stale timers of finished workflows.
 */
import { Connection } from '@temporalio/client';
import { InternalConnectionOptionsSymbol, type ConnectionOptions, type InternalConnectionOptions } from '@temporalio/client/lib/connection';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection, Runtime, type NativeConnectionOptions } from '@temporalio/worker';
import path from 'node:path';
import { ensureProvisioned } from '../../scripts/provision/index';
import { spawnTestServer, type ServerProcess } from '../../scripts/servers';
import { runDir } from './run-env';

class JavaTimeSkippingEnvironment extends TestWorkflowEnvironment {
  private constructor(
    private readonly serverProcess: ServerProcess,
    connection: Connection,
    nativeConnection: NativeConnection,
  ) {
    const options: TestWorkflowEnvironment['options'] = { server: { type: 'existing' }, client: {}, plugins: [] };
    // supportsTimeSkipping = true: the base class then builds a TimeSkippingClient.
    super(Runtime.instance(), options, true, 'existing', connection, nativeConnection, 'default', serverProcess.address);
  }

  static async connect(server: ServerProcess): Promise<TestWorkflowEnvironment> {
    const testService = { [InternalConnectionOptionsSymbol]: { supportsTestService: true } };
    const nativeConnection = await NativeConnection.connect({ address: server.address, ...testService } as NativeConnectionOptions & InternalConnectionOptions);
    try {
      const connection = await Connection.connect({ address: server.address, ...testService } as ConnectionOptions & InternalConnectionOptions);
      return new JavaTimeSkippingEnvironment(server, connection, nativeConnection);
    } catch (e) {
      await nativeConnection.close();
      throw e;
    }
  }

  override async teardown(): Promise<void> {
    try {
      await super.teardown();
    } finally {
      await this.serverProcess.stop({ graceMs: 5000 });
    }
  }
}

export async function startTimeSkippingEnv(opts: { initialTime?: string /* ISO instant */ } = {}): Promise<TestWorkflowEnvironment> {
  const manifest = await ensureProvisioned(undefined, () => undefined);
  if (!manifest.testServerWrapper) {
    if (opts.initialTime) {
      throw new Error(
        'A historical clock needs the Java test server: install a JDK and Maven (`apt-get install default-jdk-headless maven`), then run `npm run provision`.',
      );
    }
    // Machines with internet and no Java: the SDK downloads its own test server.
    return TestWorkflowEnvironment.createTimeSkipping().catch((e: unknown) => {
      throw new Error(`The SDK could not download its test server (${String(e)}). ${manifest.missing.join('; ')}; then run \`npm run provision\`.`);
    });
  }
  const dir = runDir();
  const server = await spawnTestServer({
    wrapper: manifest.testServerWrapper,
    initialTime: opts.initialTime,
    logFile: dir ? path.join(dir, `test-server-${process.pid}-${Date.now()}.log`) : undefined,
  });
  try {
    return await JavaTimeSkippingEnvironment.connect(server);
  } catch (e) {
    await server.stop({ signal: 'SIGKILL' });
    throw e;
  }
}
