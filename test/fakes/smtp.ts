/**
 * A real SMTP peer for tests: smtp-server on 127.0.0.1 with STARTTLS (a self-signed certificate made by openssl
 * for this run) and AUTH required, every message parsed back with mailparser. It can be stopped and started on
 * the same port (an outage), refuse recipients with a 5xx, or drop the connection after swallowing a message
 * (the sender never hears 250: a crash mid-send).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { SmtpConfigInput } from '../../config/smtp';

export interface ReceivedMail {
  raw: string;
  parsed: ParsedMail;
  envelopeTo: string[];
  /** STARTTLS was in force for this message. */
  secure: boolean;
  user: string | undefined;
}

export interface FakeSmtpOptions {
  user?: string;
  pass?: string;
  /** A recipient this returns a reply for is refused at RCPT TO (e.g. { code: 550, message: '5.1.1 no such user' }). */
  refuseRecipient?: (address: string) => { code: number; message: string } | null;
}

export interface FakeSmtp {
  readonly host: string;
  readonly port: number;
  /** The server certificate (PEM): pass it as the client's `ca`. */
  readonly ca: string;
  readonly user: string;
  readonly pass: string;
  readonly messages: ReceivedMail[];
  /** Number of connections that reached the server. */
  connections: number;
  /** The next n messages are read in full, recorded, then the connection is cut before the 250 reply. */
  dropAfterData(n: number): void;
  /** Client settings for config/smtp.ts (STARTTLS, AUTH, this certificate trusted). */
  config(from?: string): SmtpConfigInput;
  /** Stops listening and cuts open connections (an outage). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Stops and removes the certificate. */
  close(): Promise<void>;
}

function makeCertificate(): { key: string; cert: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-smtp-'));
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
        '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'pipe' },
    );
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`test/fakes/smtp.ts: cannot make a test certificate; install openssl (apt-get install openssl): ${(e as Error).message}`);
  }
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), dir };
}

// smtp-server keeps its open connections in a Set (by session id); an outage or a drop must cut them.
type Connection = { id: string; _socket?: { destroy(): void } };
function connectionsOf(server: SMTPServer): Set<Connection> {
  return (server as unknown as { connections?: Set<Connection> }).connections ?? new Set();
}

export async function startFakeSmtp(options: FakeSmtpOptions = {}): Promise<FakeSmtp> {
  const user = options.user ?? 'nhacviec';
  const pass = options.pass ?? 'mật-khẩu-thử';
  const { key, cert, dir } = makeCertificate();
  const messages: ReceivedMail[] = [];
  let drops = 0;
  let port = 0;
  let server: SMTPServer;
  const state = { connections: 0 };

  const build = () =>
    new SMTPServer({
      secure: false,
      key,
      cert,
      name: 'smtp.test.invalid',
      authMethods: ['PLAIN', 'LOGIN'],
      allowInsecureAuth: false,
      logger: false,
      onConnect(_session, callback) {
        state.connections += 1;
        callback();
      },
      onAuth(auth, _session, callback) {
        if (auth.username === user && auth.password === pass) return callback(null, { user });
        return callback(new Error('5.7.8 Authentication credentials invalid'));
      },
      onMailFrom(_address, session, callback) {
        if (!session.user) return callback(Object.assign(new Error('5.7.0 Authentication required'), { responseCode: 530 }));
        return callback();
      },
      onRcptTo(address, _session, callback) {
        const refusal = options.refuseRecipient?.(address.address);
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        return callback();
      },
      onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              messages.push({
                raw,
                parsed,
                envelopeTo: session.envelope.rcptTo.map((r) => r.address),
                secure: session.secure,
                user: typeof session.user === 'string' ? session.user : undefined,
              });
              if (drops > 0) {
                drops -= 1;
                // Swallow the message, then vanish before the 250 reply.
                const connection = [...connectionsOf(server)].find((c) => c.id === session.id);
                if (connection?._socket) connection._socket.destroy();
                else callback(Object.assign(new Error('4.4.2 connection dropped'), { responseCode: 421 }));
                return;
              }
              callback();
            },
            (err: Error) => callback(err),
          );
        });
      },
    });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = build();
      server.on('error', () => undefined);
      const s = server.server;
      s.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        s.off('error', reject);
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const c of connectionsOf(server)) c._socket?.destroy();
      server.close(() => resolve());
    });

  await listen();
  return {
    host: '127.0.0.1',
    get port() {
      return port;
    },
    ca: cert,
    user,
    pass,
    messages,
    get connections() {
      return state.connections;
    },
    set connections(n: number) {
      state.connections = n;
    },
    dropAfterData(n: number) {
      drops = n;
    },
    config(from = '"Văn phòng UBND tỉnh Kon Tum" <nhacviec@kontum.example.invalid>') {
      return {
        host: '127.0.0.1',
        port,
        security: 'starttls',
        user,
        pass,
        from,
        ca: cert,
        rejectUnauthorized: true,
        connectionTimeoutMs: 2000,
        socketTimeoutMs: 5000,
      };
    },
    stop,
    start: listen,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
