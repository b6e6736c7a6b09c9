/**
 * A local mail catcher for `npm start` when no SMTP server is configured: an SMTP server (smtp-server) that
 * keeps every message, and a read-only HTTP page listing them (Vietnamese), so a new user sees the
 * reminders chidao sends. Messages are also written as .eml files to the data folder.
 *
 * Run: `tsx scripts/mail-catcher.ts` — CHIDAO_MAIL_HOST (127.0.0.1), CHIDAO_MAIL_SMTP_PORT (1025),
 * CHIDAO_MAIL_HTTP_PORT (1080), CHIDAO_MAIL_DIR (<CHIDAO_DATA_DIR>/mail).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMessage {
  id: number;
  receivedAt: string;
  envelope: { from: string | null; to: string[] };
  messageId: string | null;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  raw: string;
}

export interface MailCatcher {
  host: string;
  smtpPort: number;
  httpPort: number;
  messages: CaughtMessage[];
  close(): Promise<void>;
}

const MAX_MESSAGES = 5000;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
pre{white-space:pre-wrap}iframe{width:100%;height:70vh;border:1px solid #ccc}</style></head><body>${body}</body></html>`;
}

function listPage(messages: CaughtMessage[]): string {
  const rows = [...messages]
    .reverse()
    .map((m) => `<tr><td>${m.id}</td><td>${esc(m.receivedAt.replace('T', ' ').slice(0, 19))}Z</td><td>${esc(m.to)}</td><td><a href="/messages/${m.id}">${esc(m.subject || '(không tiêu đề)')}</a></td></tr>`)
    .join('');
  return page(
    'Hộp thư thử nghiệm — chidao',
    `<h1>Hộp thư thử nghiệm</h1><p>Các thư chidao đã gửi (${messages.length}). Chỉ đọc; dữ liệu dạng JSON tại <a href="/messages">/messages</a>.</p>
<table><thead><tr><th>#</th><th>Nhận lúc</th><th>Gửi tới</th><th>Tiêu đề</th></tr></thead><tbody>${rows || '<tr><td colspan="4">Chưa có thư nào.</td></tr>'}</tbody></table>`,
  );
}

function messagePage(m: CaughtMessage): string {
  const html = m.html ? `<h2>Nội dung HTML</h2><iframe sandbox="" srcdoc="${esc(m.html)}" title="Nội dung thư"></iframe>` : '';
  return page(
    m.subject,
    `<p><a href="/">← Tất cả thư</a></p><h1>${esc(m.subject || '(không tiêu đề)')}</h1>
<p><b>Từ:</b> ${esc(m.from)}<br><b>Tới:</b> ${esc(m.to)}<br><b>Message-ID:</b> ${esc(m.messageId ?? '')}<br><b>Nhận lúc:</b> ${esc(m.receivedAt)}</p>
<h2>Nội dung văn bản</h2><pre>${esc(m.text)}</pre>${html}<p><a href="/messages/${m.id}.eml">Tải thư gốc (.eml)</a></p>`,
  );
}

export async function startMailCatcher(opts: { host?: string; smtpPort?: number; httpPort?: number; dir?: string | null } = {}): Promise<MailCatcher> {
  const host = opts.host ?? '127.0.0.1';
  const messages: CaughtMessage[] = [];
  let next = 1;
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const addressText = (a: typeof parsed.to) => (Array.isArray(a) ? a.map((x) => x.text).join(', ') : (a?.text ?? ''));
            const m: CaughtMessage = {
              id: next++,
              receivedAt: new Date().toISOString(),
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              messageId: parsed.messageId ?? null,
              from: parsed.from?.text ?? '',
              to: addressText(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
              raw: raw.toString('utf8'),
            };
            messages.push(m);
            if (messages.length > MAX_MESSAGES) messages.shift();
            if (opts.dir) writeFileSync(path.join(opts.dir, `${String(m.id).padStart(6, '0')}.eml`), raw);
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(opts.smtpPort ?? 1025, host, () => resolve());
  });

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'Chỉ đọc (GET)');
    if (url.pathname === '/') return send(200, 'text/html', listPage(messages));
    if (url.pathname === '/messages') {
      const to = url.searchParams.get('to');
      const list = to ? messages.filter((m) => m.envelope.to.includes(to)) : messages;
      return send(200, 'application/json', JSON.stringify(list.map(({ raw: _raw, ...m }) => m)));
    }
    const m = /^\/messages\/(\d+)(\.json|\.eml)?$/.exec(url.pathname);
    const found = m ? messages.find((x) => x.id === Number(m[1])) : undefined;
    if (!found) return send(404, 'text/plain', 'Không có thư này');
    if (m![2] === '.json') return send(200, 'application/json', JSON.stringify(found));
    if (m![2] === '.eml') return send(200, 'message/rfc822', found.raw);
    return send(200, 'text/html', messagePage(found));
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.httpPort ?? 1080, host, () => resolve());
  });

  return {
    host,
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: (http.address() as AddressInfo).port,
    messages,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

if (require.main === module) {
  const env = process.env;
  const dir = env.CHIDAO_MAIL_DIR ?? path.join(path.resolve(env.CHIDAO_DATA_DIR ?? '.data'), 'mail');
  startMailCatcher({
    host: env.CHIDAO_MAIL_HOST ?? '127.0.0.1',
    smtpPort: Number(env.CHIDAO_MAIL_SMTP_PORT ?? 1025),
    httpPort: Number(env.CHIDAO_MAIL_HTTP_PORT ?? 1080),
    dir,
  })
    .then((c) => {
      console.log(`Hộp thư thử nghiệm: SMTP ${c.host}:${c.smtpPort}, xem thư tại http://${c.host}:${c.httpPort}/ (lưu tại ${dir})`);
      const stop = () => void c.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((err: unknown) => {
      console.error(`✗ Không khởi động được hộp thư thử nghiệm: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
