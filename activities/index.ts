/**
 * createActivities(deps): the real senders behind the ChidaoActivities contract. workers/main.ts calls
 * loadActivityDeps() (environment and config files) and then createActivities(deps); tests build deps by hand.
 *
 * Environment: CHIDAO_SMTP_* (config/smtp.ts), CHIDAO_ZALO_* (config/zalo.ts; Zalo off when unset, every Zalo
 * send then falls back to email), CHIDAO_LINK_SECRET (shared with the API), CHIDAO_PUBLIC_URL (the API's public
 * base URL, for links), CHIDAO_LINK_TTL_DAYS (default 30), CHIDAO_OFFICE_NAME.
 */
import type { LegalCalendar } from '../calendar';
import type { LinkSettings } from '../client/links';
import type { ChidaoClient } from '../client/types';
import { loadApiConfig, publicUrl } from '../config/api';
import { loadCalendar } from '../config/calendar';
import { loadDirectory, type Directory } from '../config/directory';
import { smtpConfigFromEnv, type SmtpConfig } from '../config/smtp';
import { zaloConfigFromEnv, type ZaloConfig } from '../config/zalo';
import type { ChidaoActivities } from './contract';
import { createSendDigest } from './digest';
import { createResolveRecipients } from './directory';
import { createMailer, createSendEmail, rejection, type Mailer } from './email';
import { RecordingActivities } from './recording';
import { createSendZalo, ZaloTokens, type ZaloLogger } from './zalo';
import { FileTokenStore, type TokenStore } from './zalo-tokens';

export interface ActivityDeps {
  directory: () => Directory;
  /** SMTP settings, or a ready Mailer (tests, or a shared one). */
  smtp: SmtpConfig | { mailer: Mailer };
  /** null: Zalo not configured; every Zalo send is rejected with fallback to email. */
  zalo: ZaloConfig | null;
  /** Defaults to a FileTokenStore on zalo.tokenFile. */
  zaloTokens?: TokenStore;
  links: LinkSettings;
  /** "Văn phòng UBND tỉnh Kon Tum". */
  officeName: string;
  /** The digest reads task status through the client façade. */
  client: Pick<ChidaoClient, 'list' | 'overdueByAgency' | 'status'>;
  calendar: () => LegalCalendar;
  fetch?: typeof fetch;
  logger?: ZaloLogger;
  now?: () => Date;
}

/**
 * With deps null (no SMTP configured, see loadActivityDeps) the worker still runs, but only records reminders
 * (activities/recording.ts), and says so loudly.
 */
export function createActivities(deps: ActivityDeps | null): ChidaoActivities {
  if (deps === null) {
    console.warn('⚠ CHIDAO_SMTP_HOST chưa đặt: nhắc việc chỉ được GHI LẠI (recording), không gửi email hay Zalo.');
    return new RecordingActivities({ file: process.env.CHIDAO_RECORD_FILE }).activities();
  }
  const mailer = 'mailer' in deps.smtp ? deps.smtp.mailer : createMailer(deps.smtp);
  const logger = deps.logger ?? { warn: (m: string, meta?: Record<string, unknown>) => console.warn(m, meta ?? '') };
  const sendEmail = createSendEmail({ mailer, links: deps.links, officeName: deps.officeName, now: deps.now });
  const zalo = deps.zalo;
  const sendZalo: ChidaoActivities['sendZalo'] = zalo
    ? createSendZalo({
        config: zalo,
        tokens: new ZaloTokens(zalo, deps.zaloTokens ?? new FileTokenStore(zalo.tokenFile), deps.fetch, deps.now),
        links: deps.links,
        fetch: deps.fetch,
        logger,
        now: deps.now,
      })
    : async () => {
        throw rejection('zalo-not-configured', 'Zalo chưa được cấu hình (CHIDAO_ZALO_APP_ID); gửi bằng email', true, 'zalo');
      };
  return {
    resolveRecipients: createResolveRecipients(deps.directory),
    sendEmail,
    sendZalo,
    sendDigest: createSendDigest({
      client: deps.client,
      calendar: deps.calendar,
      directory: deps.directory,
      mailer,
      officeName: deps.officeName,
      dashboardUrl: deps.links.baseUrl,
      logger,
    }),
  };
}

/**
 * Deps from the environment and config/ (the worker process); null when no SMTP server is configured
 * (CHIDAO_SMTP_HOST unset: the embedded `npm start`). Any other missing or bad setting throws, naming it.
 */
export async function loadActivityDeps(env: NodeJS.ProcessEnv = process.env): Promise<ActivityDeps | null> {
  if (!env.CHIDAO_SMTP_HOST) return null;
  const secret = env.CHIDAO_LINK_SECRET;
  if (!secret || Buffer.byteLength(secret) < 32) {
    throw new Error('CHIDAO_LINK_SECRET: cần một chuỗi bí mật dài ít nhất 32 byte (cùng giá trị cho worker và API)');
  }
  const ttlDays = env.CHIDAO_LINK_TTL_DAYS ? Number(env.CHIDAO_LINK_TTL_DAYS) : 30;
  if (!Number.isInteger(ttlDays) || ttlDays < 1) throw new Error(`CHIDAO_LINK_TTL_DAYS: cần số ngày nguyên dương (nhận "${env.CHIDAO_LINK_TTL_DAYS}")`);
  const directory = loadDirectory();
  const calendar = loadCalendar();
  const { connectChidao } = await import('../client/connect');
  return {
    directory: () => directory,
    smtp: smtpConfigFromEnv(env),
    zalo: zaloConfigFromEnv(env),
    links: { baseUrl: publicUrl(loadApiConfig(env)), secret, ttlDays },
    officeName: env.CHIDAO_OFFICE_NAME || 'Văn phòng UBND tỉnh',
    client: await connectChidao(env),
    calendar: () => calendar,
  };
}
