/**
 * Every jest file: the Temporal SDK's logs (the TypeScript worker's and the Rust core's) at ERROR, so a green run
 * prints the per-file results and the summary, and a red one its failures. WARN would still print a block with a
 * stack for every activity failure the tests provoke on purpose (SMTP outages, Zalo rejections, nondeterminism
 * checks). CHIDAO_LOG_LEVEL=WARN (or INFO, DEBUG) shows them when a failure needs them.
 */
import { DefaultLogger, makeTelemetryFilterString, Runtime, type LogLevel } from '@temporalio/worker';

const LEVELS: readonly LogLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'];
const asked = (process.env.CHIDAO_LOG_LEVEL ?? 'ERROR').toUpperCase() as LogLevel;
const level: LogLevel = LEVELS.includes(asked) ? asked : 'ERROR';

Runtime.install({
  logger: new DefaultLogger(level),
  telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: level }), forward: {} } },
});
