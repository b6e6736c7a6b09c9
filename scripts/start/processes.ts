/**
 * The application processes `npm start` runs beside the Temporal server, in start order.
 * Add a process here (the API, a mail catcher…); start.ts stops them in reverse order.
 */
export interface AppProcess {
  /** Prefix of its output lines. */
  name: string;
  /** Repo-relative TypeScript entry point, run as `node --import tsx <script>`. */
  script: string;
  /** When the file does not exist yet, warn and go on instead of failing. */
  optional: boolean;
  /** Line printed with the addresses once it is started (e.g. where the API listens). */
  describe?: (env: NodeJS.ProcessEnv) => string | undefined;
}

export const APP_PROCESSES: AppProcess[] = [
  { name: 'worker', script: 'workers/main.ts', optional: true },
  {
    name: 'api',
    script: 'api/main.ts',
    optional: true,
    describe: (env) => `API và bảng điều khiển: http://${env.CHIDAO_API_HOST || '127.0.0.1'}:${env.CHIDAO_API_PORT || '3000'}`,
  },
];
