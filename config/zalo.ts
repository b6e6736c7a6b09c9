/**
 * Zalo settings for activities/zalo.ts, from config or the environment (CHIDAO_ZALO_*).
 * Base URLs are configurable so tests point the client at a local server that follows Zalo's contract.
 * The OA token pair lives in a durable token store (tokenFile), never in config: refresh tokens rotate.
 */
import { z } from 'zod';

/** One parameter of the ZNS template registered with Zalo, and its registered maximum length. */
const ZnsParam = z.object({ name: z.string().min(1), maxLength: z.number().int().positive() });

export const ZaloConfig = z.object({
  appId: z.string().min(1),
  secretKey: z.string().min(1),
  oauthBaseUrl: z.string().url().default('https://oauth.zaloapp.com'),
  znsBaseUrl: z.string().url().default('https://business.openapi.zalo.me'),
  oaBaseUrl: z.string().url().default('https://openapi.zalo.me'),
  /** Where the current access/refresh token pair is kept (written atomically before use). */
  tokenFile: z.string().min(1),
  /** The ZNS template for reminders and the names of its parameters as registered. */
  znsTemplateId: z.string().min(1),
  znsParams: z
    .object({
      recipient: ZnsParam.default({ name: 'ten_nguoi_nhan', maxLength: 30 }),
      task: ZnsParam.default({ name: 'nhiem_vu', maxLength: 200 }),
      due: ZnsParam.default({ name: 'han_xu_ly', maxLength: 20 }),
      directive: ZnsParam.default({ name: 'van_ban', maxLength: 50 }),
      status: ZnsParam.default({ name: 'tinh_trang', maxLength: 30 }),
    })
    .default({
      recipient: { name: 'ten_nguoi_nhan', maxLength: 30 },
      task: { name: 'nhiem_vu', maxLength: 200 },
      due: { name: 'han_xu_ly', maxLength: 20 },
      directive: { name: 'van_ban', maxLength: 50 },
      status: { name: 'tinh_trang', maxLength: 30 },
    }),
  /** 'development' sends test messages to OA admins only. */
  mode: z.enum(['production', 'development']).default('production'),
  /** Refresh this long before the access token's stated expiry (Zalo: 25 h lifetime). */
  refreshMarginSeconds: z.number().int().min(0).default(5 * 3600),
  timeoutMs: z.number().int().positive().default(15_000),
});
export type ZaloConfig = z.infer<typeof ZaloConfig>;
export type ZaloConfigInput = z.input<typeof ZaloConfig>;

export function parseZaloConfig(input: unknown, source = 'zalo config'): ZaloConfig {
  const result = ZaloConfig.safeParse(input);
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${source}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
  }
  return result.data;
}

const ENV: Record<string, keyof ZaloConfigInput> = {
  CHIDAO_ZALO_APP_ID: 'appId',
  CHIDAO_ZALO_SECRET_KEY: 'secretKey',
  CHIDAO_ZALO_OAUTH_URL: 'oauthBaseUrl',
  CHIDAO_ZALO_ZNS_URL: 'znsBaseUrl',
  CHIDAO_ZALO_OA_URL: 'oaBaseUrl',
  CHIDAO_ZALO_TOKEN_FILE: 'tokenFile',
  CHIDAO_ZALO_TEMPLATE_ID: 'znsTemplateId',
  CHIDAO_ZALO_MODE: 'mode',
};

/** null when Zalo is not configured at all (CHIDAO_ZALO_APP_ID unset): reminders then go by email only. */
export function zaloConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ZaloConfig | null {
  if (!env.CHIDAO_ZALO_APP_ID) return null;
  const input: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV)) if (env[name]) input[key] = env[name];
  const result = ZaloConfig.safeParse(input);
  if (!result.success) {
    const names = Object.fromEntries(Object.entries(ENV).map(([n, k]) => [k, n]));
    throw new Error(
      result.error.issues.map((i) => `environment: ${names[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`).join('\n'),
    );
  }
  return result.data;
}
