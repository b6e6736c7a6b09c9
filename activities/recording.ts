/**
 * A recording implementation of ChidaoActivities for tests, demos and `npm start` before the real senders
 * are configured. Every call is recorded with its dedupe key (in memory and, when `file` is given, appended
 * to a JSON-lines file, so that a test can read what a worker in another process sent). A channel can be
 * told to fail (rejected, non-retryable) or to fail transiently (retryable) for some contacts.
 */
import { ApplicationFailure } from '@temporalio/common';
import fs from 'node:fs';
import {
  DELIVERY_REJECTED,
  type ChidaoActivities,
  type DeliveryRejection,
  type DeliveryResult,
  type DigestInput,
  type DigestResult,
  type Recipient,
  type ReminderMessage,
  type ResolveRecipientsInput,
} from './contract';
import type { Channel, RecipientRole } from '../calendar/types';

export interface RecordedCall {
  kind: 'resolveRecipients' | 'sendEmail' | 'sendZalo' | 'sendDigest';
  /** Wall-clock instant of the call (the worker's clock). */
  wallAt: string;
  dedupeKey?: string;
  message?: ReminderMessage;
  input?: ResolveRecipientsInput | DigestInput;
  outcome: 'ok' | 'rejected' | 'error';
}

export interface RecordingOptions {
  /** Append every call to this JSON-lines file too. */
  file?: string;
  /** Recipients for a (agency, role); default: one contact per role with email, phone and Zalo id. */
  directory?: (agencyId: string, role: RecipientRole | 'coordinator') => Recipient[];
  /** Delay every send by this many ms (lets a test kill a worker while sends are in flight). */
  sendDelayMs?: number;
  /** Clock for DeliveryResult.at; the workflow's own time is not visible to activities. */
  now?: () => Date;
}

export interface ChannelFailure {
  channel: Channel;
  /** Contacts it applies to; all when absent. */
  contactIds?: string[];
  /** 'rejected' = DELIVERY_REJECTED (non-retryable); 'transient' = a retryable error for the first `times` calls. */
  mode: 'rejected' | 'transient';
  reason?: string;
  times?: number;
}

export function defaultContacts(agencyId: string, role: RecipientRole | 'coordinator'): Recipient[] {
  const contactId = `${agencyId}:${role}`;
  return [
    {
      contactId,
      name: `${role} ${agencyId}`,
      agencyId,
      role,
      email: `${role}@${agencyId}.example.invalid`,
      phone: '84900000000',
      zaloUserId: `zalo-${agencyId}-${role}`,
      channels: ['zalo', 'email'],
    },
  ];
}

export class RecordingActivities {
  readonly calls: RecordedCall[] = [];
  private failures: (ChannelFailure & { used: number })[] = [];
  private digestResult: DigestResult = { recipients: 1, overdue: 0, dueSoon: 0, extensionsWaiting: 0 };

  constructor(private readonly options: RecordingOptions = {}) {}

  failChannel(failure: ChannelFailure): void {
    this.failures.push({ ...failure, used: 0 });
  }

  clearFailures(): void {
    this.failures = [];
  }

  sends(): RecordedCall[] {
    return this.calls.filter((c) => (c.kind === 'sendEmail' || c.kind === 'sendZalo') && c.outcome === 'ok');
  }

  private record(call: Omit<RecordedCall, 'wallAt'>): void {
    const full = { wallAt: new Date().toISOString(), ...call };
    this.calls.push(full);
    if (this.options.file) fs.appendFileSync(this.options.file, `${JSON.stringify(full)}\n`);
  }

  private async send(channel: Channel, message: ReminderMessage): Promise<DeliveryResult> {
    if (this.options.sendDelayMs) await new Promise((r) => setTimeout(r, this.options.sendDelayMs));
    const kind = channel === 'email' ? 'sendEmail' : 'sendZalo';
    const failure = this.failures.find(
      (f) => f.channel === channel && (!f.contactIds || f.contactIds.includes(message.recipient.contactId)) && (f.times === undefined || f.used < f.times),
    );
    if (failure) {
      failure.used++;
      if (failure.mode === 'rejected') {
        this.record({ kind, dedupeKey: message.dedupeKey, message, outcome: 'rejected' });
        const rejection: DeliveryRejection = { channel, reason: failure.reason ?? 'user-unreachable', detail: 'recording: told to fail', fallback: true };
        throw ApplicationFailure.create({ type: DELIVERY_REJECTED, message: `${channel} rejected: ${rejection.reason}`, nonRetryable: true, details: [rejection] });
      }
      this.record({ kind, dedupeKey: message.dedupeKey, message, outcome: 'error' });
      throw new Error(`${channel}: transient failure (recording)`);
    }
    this.record({ kind, dedupeKey: message.dedupeKey, message, outcome: 'ok' });
    return { channel, messageId: `rec-${channel}-${message.dedupeKey}`, at: (this.options.now?.() ?? new Date()).toISOString() };
  }

  /** The object the worker registers. */
  activities(): ChidaoActivities {
    return {
      resolveRecipients: async (input) => {
        this.record({ kind: 'resolveRecipients', input, outcome: 'ok' });
        const dir = this.options.directory ?? defaultContacts;
        return [...input.roles.flatMap((r) => dir(input.agencyId, r)), ...input.coordinatorAgencyIds.flatMap((a) => dir(a, 'coordinator'))];
      },
      sendEmail: (m) => this.send('email', m),
      sendZalo: (m) => this.send('zalo', m),
      sendDigest: async (input) => {
        this.record({ kind: 'sendDigest', input, outcome: 'ok' });
        return this.digestResult;
      },
    };
  }
}

/** Reads the JSON-lines file a RecordingActivities wrote. */
export function readRecording(file: string): RecordedCall[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RecordedCall);
}
