/**
 * The contract between workflows and the activities that touch the world.
 * Workflows import this file as types only; activities/index.ts's createActivities(deps) implements it.
 */
import type { Channel, CivilDate, ClockTime, Instant, RecipientRole } from '../calendar/types';

/** A person (or a shared mailbox) a reminder goes to, resolved from the directory. */
export interface Recipient {
  contactId: string;
  name: string;
  /** The agency this contact belongs to (the lead agency, a coordinator, or the supervising office). */
  agencyId: string;
  /** Why this contact receives the message. 'coordinator' = a copy to a coordinating agency. */
  role: RecipientRole | 'coordinator';
  email: string | null;
  /** Normalised "84…" form, for Zalo ZNS. */
  phone: string | null;
  zaloUserId: string | null;
  /** Preferred channels, best first. */
  channels: Channel[];
}

export interface ResolveRecipientsInput {
  agencyId: string;
  roles: RecipientRole[];
  /** Coordinating agencies to copy, when the step says so. */
  coordinatorAgencyIds: string[];
}

/** Everything a sender needs to write one message; no secrets, so it is safe in workflow history. */
export interface ReminderMessage {
  /** (task, occurrence, step, recipient, channel): the Message-ID and Zalo tracking_id derive from it. */
  dedupeKey: string;
  kind: 'reminder' | 'late-notice' | 'extension-decided' | 'cancelled';
  taskWorkflowId: string;
  directive: {
    id: string;
    number: string | null;
    type: string;
    issuedOn: CivilDate | null;
    subject: string | null;
  };
  task: {
    id: string;
    text: string;
    /** The deadline phrase as written in the directive. */
    phrase: string | null;
    agencyId: string;
    agencyName: string;
  };
  occurrence: { index: number; nominal: CivilDate | null; due: CivilDate | null; time: ClockTime | null };
  step: { id: string; offsetWorkingDays: number };
  /** Working days from the send day to the due day; negative when overdue. */
  workingDaysLeft: number | null;
  /** The instant this send was due (workflow time): its planned minute and its second within it. */
  scheduledAt?: Instant;
  recipient: Recipient;
  channel: Channel;
}

export interface DeliveryResult {
  channel: Channel;
  /** Email Message-ID or Zalo msg_id. */
  messageId: string;
  at: Instant;
}

/**
 * A send that must not be retried (bad address, unknown Zalo user, quota exhausted, SMTP 5xx) fails with an
 * ApplicationFailure of this type, non-retryable, whose details[0] is a DeliveryRejection.
 */
export const DELIVERY_REJECTED = 'DeliveryRejected';
/** The type's name for workflow code, which may import this module's types only (README, Layout). */
export type DeliveryRejectedType = typeof DELIVERY_REJECTED;
export interface DeliveryRejection {
  channel: Channel;
  /** Short machine code: 'invalid-phone', 'user-unreachable', 'quota', 'smtp-5xx', 'no-address', ... */
  reason: string;
  /** Human-readable detail (the peer's own message). */
  detail: string;
  /** Whether another channel may still reach the recipient. */
  fallback: boolean;
}

export interface DigestInput {
  /** The instant the digest is for (local office morning). */
  asOf: Instant;
}
export interface DigestResult {
  recipients: number;
  overdue: number;
  dueSoon: number;
  extensionsWaiting: number;
  /** Supervisors the digest could not reach (mail server refused them); the others still got theirs. */
  failed?: { contactId: string; reason: string }[];
}

export interface ChidaoActivities {
  resolveRecipients(input: ResolveRecipientsInput): Promise<Recipient[]>;
  sendEmail(message: ReminderMessage): Promise<DeliveryResult>;
  sendZalo(message: ReminderMessage): Promise<DeliveryResult>;
  sendDigest(input: DigestInput): Promise<DigestResult>;
}
