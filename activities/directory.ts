/**
 * resolveRecipients: who a ladder step reaches, from the directory. Focal points and head of the lead agency,
 * its supervisors and leader in charge (nearest in the directory), and copies to the coordinating agencies'
 * focal points. A person reached in two roles gets one message, under the first role asked for. An agency with
 * no head on file has its focal points stand in for the head.
 */
import { ApplicationFailure } from '@temporalio/common';
import { overseersOf, type Directory, type DirectoryContact } from '../config/directory';
import type { Recipient, ResolveRecipientsInput } from './contract';

export const UNKNOWN_AGENCY = 'UnknownAgency';

function recipient(c: DirectoryContact, role: Recipient['role']): Recipient {
  return {
    contactId: c.id,
    name: c.name,
    agencyId: c.agencyId,
    role,
    email: c.email,
    phone: c.phone,
    zaloUserId: c.zaloUserId,
    channels: c.channels,
  };
}

/** `directory` is a function so that a reloaded directory reaches the next call. */
export function createResolveRecipients(directory: () => Directory): (input: ResolveRecipientsInput) => Promise<Recipient[]> {
  return async function resolveRecipients(input) {
    const dir = directory();
    for (const id of [input.agencyId, ...input.coordinatorAgencyIds]) {
      if (!dir.agencies.has(id)) {
        throw ApplicationFailure.nonRetryable(`activities/directory.ts: agency "${id}" is not in config/directory/agencies.yaml`, UNKNOWN_AGENCY);
      }
    }
    const out: Recipient[] = [];
    const seen = new Set<string>();
    const add = (c: DirectoryContact, role: Recipient['role']) => {
      if (seen.has(c.id)) return;
      seen.add(c.id);
      out.push(recipient(c, role));
    };
    for (const role of input.roles) {
      if (role === 'focal') for (const c of dir.focal.get(input.agencyId) ?? []) add(c, 'focal');
      if (role === 'head') {
        // No head on file: the focal points stand in, so the step still reaches the agency.
        const head = dir.heads.get(input.agencyId);
        if (head) add(head, 'head');
        else for (const c of dir.focal.get(input.agencyId) ?? []) add(c, 'head');
      }
      if (role === 'supervisor') for (const c of overseersOf(dir, dir.supervisors, input.agencyId)) add(c, 'supervisor');
      if (role === 'leader') for (const c of overseersOf(dir, dir.leaders, input.agencyId)) add(c, 'leader');
    }
    for (const id of input.coordinatorAgencyIds) {
      if (id === input.agencyId) continue;
      for (const c of dir.focal.get(id) ?? []) add(c, 'coordinator');
    }
    return out;
  };
}
