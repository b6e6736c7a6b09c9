/**
 * Environment variables through which global setup hands the run's servers to test workers
 * (jest forks its workers after global setup, so they inherit process.env).
 */
export const RUN_ENV = {
  /** Temp folder of this run: server logs, cached workflow bundles. */
  runDir: 'CHIDAO_TEST_RUN_DIR',
  devAddress: 'CHIDAO_TEST_TEMPORAL_ADDRESS',
  devNamespace: 'CHIDAO_TEST_TEMPORAL_NAMESPACE',
  devPid: 'CHIDAO_TEST_TEMPORAL_PID',
} as const;

export function runDir(): string | undefined {
  return process.env[RUN_ENV.runDir] || undefined;
}
