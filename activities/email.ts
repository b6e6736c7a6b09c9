/**
 * Email over SMTP (nodemailer). The Message-ID derives from the dedupe key, so a retried send is recognisable.
 * Transient failures (connection refused, timeouts, 4xx) throw a plain Error and Temporal retries; permanent ones
 * (5xx, a bad or missing address, rejected credentials) throw a non-retryable ApplicationFailure of type
 * DELIVERY_REJECTED whose details[0] is a DeliveryRejection.
 */
import { ApplicationFailure } from '@temporalio/common';
import nodemailer from 'nodemailer';
import type { LinkSettings } from '../client/links';
import type { SmtpConfig } from '../config/smtp';
import { DELIVERY_REJECTED, type DeliveryRejection, type DeliveryResult, type ReminderMessage } from './contract';
import { domainOf, messageIdFor } from './dedupe';
import { renderReminderEmail } from './templates/reminder';

export interface OutgoingMail {
  to: { name: string; address: string }[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  readonly from: string;
  readonly domain: string;
  /** Sends one message; throws as described at the top of this file. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function rejection(reason: string, detail: string, fallback: boolean, channel: 'email' | 'zalo' = 'email'): ApplicationFailure {
  const r: DeliveryRejection = { channel, reason, detail, fallback };
  return ApplicationFailure.nonRetryable(`${channel} rejected (${reason}): ${detail}`, DELIVERY_REJECTED, r);
}

// A pragmatic check (RFC 5321 local@domain with a dot in the domain); the server has the last word.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
  rejected?: string[];
}

/** Maps a nodemailer error to a retry (the error itself) or a DELIVERY_REJECTED failure. */
export function classifySmtpError(err: unknown): Error {
  const e = err as SmtpError;
  const detail = (e.response ?? e.message ?? String(err)).slice(0, 500);
  const code = e.responseCode;
  if (e.code === 'EAUTH' && code !== undefined && code >= 500) {
    return rejection('smtp-auth', `máy chủ thư từ chối đăng nhập: ${detail}`, true);
  }
  if (code !== undefined && code >= 500 && code < 600) {
    const onRecipient = e.command === 'RCPT TO' || e.code === 'EENVELOPE';
    const badAddress = onRecipient && (code === 550 || code === 551 || code === 553 || code === 501 || code === 511);
    return rejection(badAddress ? 'bad-address' : 'smtp-5xx', `${code} ${detail}`, true);
  }
  if (e.code === 'EENVELOPE' && code === undefined) return rejection('bad-address', detail, true);
  // 4xx, connection refused/reset, timeouts, TLS hiccups: let Temporal retry.
  const retry = new Error(`SMTP transient failure (${e.code ?? 'unknown'}${code ? ` ${code}` : ''}): ${detail}`);
  retry.name = 'SmtpTransientError';
  return retry;
}

export function createMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ignoreTLS: config.security === 'none',
    auth: config.user && config.pass ? { user: config.user, pass: config.pass } : undefined,
    tls: { ca: config.ca, rejectUnauthorized: config.rejectUnauthorized, minVersion: 'TLSv1.2' },
    connectionTimeout: config.connectionTimeoutMs,
    greetingTimeout: config.connectionTimeoutMs,
    socketTimeout: config.socketTimeoutMs,
  });
  const domain = domainOf(config.from);
  return {
    from: config.from,
    domain,
    async send(mail) {
      const bad = mail.to.find((t) => !ADDRESS.test(t.address));
      if (bad) throw rejection('bad-address', `địa chỉ thư không hợp lệ: "${bad.address}"`, true);
      try {
        await transport.sendMail({
          from: config.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: { 'Auto-Submitted': 'auto-generated', ...mail.headers },
          textEncoding: 'base64',
        });
      } catch (err) {
        throw classifySmtpError(err);
      }
    },
    close() {
      transport.close();
    },
  };
}

export interface EmailDeps {
  mailer: Mailer;
  links: LinkSettings;
  /** "Văn phòng UBND tỉnh Kon Tum": who the reminders speak for. */
  officeName: string;
  now?: () => Date;
}

export function createSendEmail(deps: EmailDeps): (message: ReminderMessage) => Promise<DeliveryResult> {
  const now = deps.now ?? (() => new Date());
  return async function sendEmail(message) {
    const { recipient } = message;
    if (!recipient.email) {
      throw rejection('no-address', `${recipient.name} (${recipient.contactId}) không có địa chỉ thư điện tử trong danh bạ`, true);
    }
    const rendered = renderReminderEmail(message, deps.links, deps.officeName, now());
    const messageId = messageIdFor(message.dedupeKey, deps.mailer.domain);
    await deps.mailer.send({
      to: [{ name: recipient.name, address: recipient.email }],
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId,
      headers: { 'X-Chidao-Task': encodeURIComponent(message.taskWorkflowId) },
    });
    return { channel: 'email', messageId, at: now().toISOString() };
  };
}
