/**
 * Settings of the HTTP API process: where it listens, its public URL (for signed links), size limits, the
 * link secret and the bearer tokens of its three roles. Read from config/tokens.yaml (or CHIDAO_TOKENS_FILE)
 * and the environment; every error names the file or variable, the entry and the field.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const Role = z.enum(['secretariat', 'supervisor', 'agency']);
export type Role = z.infer<typeof Role>;

export const TokenEntry = z
  .object({
    token: z.string().min(16, 'token phải dài ít nhất 16 ký tự'),
    role: Role,
    /** Directory id of the agency, required for the agency role. */
    agencyId: z.string().min(1).optional(),
    /** Who holds the token, recorded as the actor's name in task histories. */
    name: z.string().min(1).optional(),
  })
  .refine((t) => t.role !== 'agency' || !!t.agencyId, { message: 'token của đơn vị cần agencyId', path: ['agencyId'] });
export type TokenEntry = z.infer<typeof TokenEntry>;

export const TokensFile = z.object({ tokens: z.array(TokenEntry) });

export const ApiConfig = z.object({
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(3000),
  /** Base of the URLs printed and put into links; defaults to http://host:port. */
  publicUrl: z.string().url().nullable().default(null),
  /** Largest accepted request body, in bytes. */
  bodyLimit: z.number().int().positive().default(1024 * 1024),
  /** Largest uploaded file (a PDF, scan, DOCX) accepted by parse, in bytes. */
  uploadLimit: z.number().int().positive().default(20 * 1024 * 1024),
  /** Largest directive text accepted by parse and register, in characters. */
  maxTextChars: z.number().int().positive().default(200_000),
  /** Requests per minute per client address on the signed-link pages. */
  linkRateLimit: z.number().int().positive().default(30),
  tokens: z.array(TokenEntry).default([]),
});
export type ApiConfig = z.infer<typeof ApiConfig>;
export type ApiConfigInput = z.input<typeof ApiConfig>;

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly field: string,
    message: string,
  ) {
    super(`${source}: ${field}: ${message}`);
    this.name = 'ConfigError';
  }
}

function fail(source: string, error: z.ZodError): never {
  const issue = error.issues[0];
  throw new ConfigError(source, issue.path.join('.') || '(root)', issue.message);
}

/** Reads a tokens file (YAML or JSON); an error names the file, the entry index and the field. */
export function readTokensFile(file: string): TokenEntry[] {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(file, '(file)', err instanceof Error ? err.message : String(err));
  }
  const parsed = TokensFile.safeParse(raw);
  if (!parsed.success) fail(file, parsed.error);
  const seen = new Set<string>();
  parsed.data.tokens.forEach((t, i) => {
    if (seen.has(t.token)) throw new ConfigError(file, `tokens.${i}.token`, 'token trùng lặp');
    seen.add(t.token);
  });
  return parsed.data.tokens;
}

/**
 * CHIDAO_TOKENS="token:role[:agencyId],…" adds tokens without a file (handy in containers and tests).
 */
export function parseTokensEnv(value: string): TokenEntry[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item, i) => {
      const [token, role, agencyId] = item.split(':');
      const parsed = TokenEntry.safeParse({ token, role, agencyId: agencyId || undefined });
      if (!parsed.success) fail(`CHIDAO_TOKENS[${i}]`, parsed.error);
      return parsed.data;
    });
}

function intEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new ConfigError(name, name, `phải là số nguyên, nhận được "${v}"`);
  return n;
}

export const DEFAULT_TOKENS_FILE = path.join(__dirname, 'tokens.yaml');

/**
 * The API settings from the environment:
 * CHIDAO_API_HOST, CHIDAO_API_PORT, CHIDAO_PUBLIC_URL, CHIDAO_BODY_LIMIT, CHIDAO_MAX_TEXT_CHARS, CHIDAO_UPLOAD_LIMIT,
 * CHIDAO_LINK_RATE_LIMIT, CHIDAO_TOKENS_FILE (default config/tokens.yaml), CHIDAO_TOKENS (extra tokens).
 */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env, overrides: ApiConfigInput = {}): ApiConfig {
  const file = env.CHIDAO_TOKENS_FILE || DEFAULT_TOKENS_FILE;
  const tokens: TokenEntry[] = [];
  if (env.CHIDAO_TOKENS_FILE || existsSync(file)) tokens.push(...readTokensFile(file));
  if (env.CHIDAO_TOKENS) tokens.push(...parseTokensEnv(env.CHIDAO_TOKENS));
  const input: ApiConfigInput = {
    host: env.CHIDAO_API_HOST || undefined,
    port: intEnv(env, 'CHIDAO_API_PORT'),
    publicUrl: env.CHIDAO_PUBLIC_URL || undefined,
    bodyLimit: intEnv(env, 'CHIDAO_BODY_LIMIT'),
    maxTextChars: intEnv(env, 'CHIDAO_MAX_TEXT_CHARS'),
    uploadLimit: intEnv(env, 'CHIDAO_UPLOAD_LIMIT'),
    linkRateLimit: intEnv(env, 'CHIDAO_LINK_RATE_LIMIT'),
    tokens,
    ...overrides,
  };
  const parsed = ApiConfig.safeParse(input);
  if (!parsed.success) fail('API config', parsed.error);
  return parsed.data;
}

/** Base URL the API is reachable at. */
export function publicUrl(config: ApiConfig): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/$/, '');
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host}:${config.port}`;
}
