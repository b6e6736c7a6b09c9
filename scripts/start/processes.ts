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
  /** Whether to run it at all (default: always), given the environment. */
  enabled?: (env: NodeJS.ProcessEnv) => boolean;
  /** Settings it implies for every process, applied before any starts (e.g. where the mail catcher listens). */
  prepare?: (env: NodeJS.ProcessEnv) => void;
}

const apiBase = (env: NodeJS.ProcessEnv) => `http://${env.CHIDAO_API_HOST || '127.0.0.1'}:${env.CHIDAO_API_PORT || '3000'}`;
const mailHost = (env: NodeJS.ProcessEnv) => env.CHIDAO_MAIL_HOST || '127.0.0.1';

export const APP_PROCESSES: AppProcess[] = [
  {
    // No SMTP server configured: reminders go to a local mail catcher whose messages can be read in a browser.
    name: 'mail',
    script: 'scripts/mail-catcher.ts',
    optional: true,
    enabled: (env) => !env.CHIDAO_SMTP_HOST,
    prepare: (env) => {
      env.CHIDAO_MAIL_SMTP_PORT ||= '1025';
      env.CHIDAO_MAIL_HTTP_PORT ||= '1080';
      env.CHIDAO_SMTP_HOST = mailHost(env);
      env.CHIDAO_SMTP_PORT = env.CHIDAO_MAIL_SMTP_PORT;
      env.CHIDAO_SMTP_SECURITY = 'none';
      env.CHIDAO_SMTP_FROM ||= '"Văn phòng UBND tỉnh (chidao)" <nhacviec@chidao.localhost>';
    },
    describe: (env) => `Hộp thư thử nghiệm: http://${mailHost(env)}:${env.CHIDAO_MAIL_HTTP_PORT} (SMTP ${mailHost(env)}:${env.CHIDAO_MAIL_SMTP_PORT})`,
  },
  { name: 'worker', script: 'workers/main.ts', optional: true },
  {
    name: 'api',
    script: 'api/main.ts',
    optional: true,
    // Links in reminders point at this API unless a public URL is configured.
    prepare: (env) => {
      env.CHIDAO_PUBLIC_URL ||= apiBase(env);
    },
    describe: (env) =>
      [`API:           ${apiBase(env)}/api`, `OpenAPI:       ${apiBase(env)}/openapi.json (Swagger UI: ${apiBase(env)}/docs)`, `Bảng điều khiển: ${apiBase(env)}/dashboard`].join('\n'),
  },
];
