/**
 * SMTP settings for activities/email.ts, from config or the environment (CHIDAO_SMTP_*).
 * security: 'starttls' upgrades a plain connection and refuses to send without TLS; 'tls' is implicit TLS
 * (port 465); 'none' is for a local mail catcher only.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const SmtpConfig = z.object({
  host: z.string().min(1),
  port: z.coerce.number().int().min(1).max(65535).default(587),
  security: z.enum(['starttls', 'tls', 'none']).default('starttls'),
  user: z.string().min(1).optional(),
  pass: z.string().min(1).optional(),
  /** The From header: `"Văn phòng UBND tỉnh Kon Tum" <nhacviec@kontum.example.invalid>`. */
  from: z.string().regex(/@[^@\s>]+>?\s*$/, 'must be an address such as "Tên" <a@b.vn>'),
  /** Extra trusted CA certificates (PEM), for a server with a private certificate. */
  ca: z.string().optional(),
  /** Verify the server certificate (default true). */
  rejectUnauthorized: z.boolean().default(true),
  connectionTimeoutMs: z.coerce.number().int().positive().default(30_000),
  socketTimeoutMs: z.coerce.number().int().positive().default(60_000),
}).refine((c) => (c.user === undefined) === (c.pass === undefined), {
  message: 'user and pass go together',
  path: ['pass'],
});
export type SmtpConfig = z.infer<typeof SmtpConfig>;
export type SmtpConfigInput = z.input<typeof SmtpConfig>;

const ENV: Record<string, keyof SmtpConfigInput> = {
  CHIDAO_SMTP_HOST: 'host',
  CHIDAO_SMTP_PORT: 'port',
  CHIDAO_SMTP_SECURITY: 'security',
  CHIDAO_SMTP_USER: 'user',
  CHIDAO_SMTP_PASS: 'pass',
  CHIDAO_SMTP_FROM: 'from',
};

/** Parses a config object; the error names each bad field. */
export function parseSmtpConfig(input: unknown, source = 'smtp config'): SmtpConfig {
  const result = SmtpConfig.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${source}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(lines.join('\n'));
  }
  return result.data;
}

/** CHIDAO_SMTP_HOST, _PORT, _SECURITY, _USER, _PASS, _FROM, _CA_FILE (PEM path), _INSECURE=1 (no cert check). */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig {
  const input: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV)) if (env[name] !== undefined && env[name] !== '') input[key] = env[name];
  if (env.CHIDAO_SMTP_CA_FILE) input.ca = readFileSync(env.CHIDAO_SMTP_CA_FILE, 'utf8');
  if (env.CHIDAO_SMTP_INSECURE === '1') input.rejectUnauthorized = false;
  try {
    return parseSmtpConfig(input, 'environment');
  } catch (e) {
    const names = Object.fromEntries(Object.entries(ENV).map(([n, k]) => [k, n]));
    throw new Error((e as Error).message.replace(/environment: (\w+)/g, (_m, k: string) => `environment: ${names[k] ?? k}`));
  }
}
