/**
 * The real services behind the API process: the client/ façade (client/connect.ts), the directive reader
 * with the agency directory and the configured calendar, the reminder planner over the configured calendar
 * and escalation policies, signed-link verification with a nonce file in the data folder, agency names.
 */
import path from 'node:path';
import { planDirective } from '../calendar';
import { connectChidao } from '../client/connect';
import { loadAgencyDirectory } from '../config/agencies';
import { loadCalendar } from '../config/calendar';
import { loadEscalation } from '../config/escalation';
import { loadTemporalConfig } from '../config/temporal';
import { calendarHook, readDirective } from '../directives';
import type { AgencyDirectory } from './app';
import type { ChidaoServices, DirectivePlanner, DirectiveReader } from './plugins/chidao';
import { FileNonceStore } from './plugins/nonce-store';

/** readDirective with the directory (so names get ids) and the configured holidays (so dues move off days off). */
export function makeReader(): DirectiveReader {
  const agencies = loadAgencyDirectory();
  const calendar = calendarHook(loadCalendar());
  return (text, options) => readDirective(text, { issuedOn: options.issuedOn, agencies, calendar });
}

/** planDirective with the calendar and escalation policies as configured. */
export function makePlanner(): DirectivePlanner {
  const calendar = loadCalendar();
  const escalation = loadEscalation();
  return (spec, options = {}) =>
    planDirective(spec, { calendar, policy: escalation.get(options.policyId), asOf: options.asOf ?? new Date().toISOString() });
}

/** Agency names from config/directory/agencies.yaml; ids stand in for names it does not know. */
export function agencyNames(): AgencyDirectory {
  const list = loadAgencyDirectory().agencies.map((a) => ({ id: a.id, name: a.name }));
  const byId = new Map(list.map((a) => [a.id, a.name]));
  return { agencyName: (id) => byId.get(id) ?? id, agencies: () => list };
}

/** The HMAC secret links are signed with; the worker's reminders must carry links signed with the same one. */
export function linkSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.CHIDAO_LINK_SECRET;
  if (!secret || Buffer.byteLength(secret) < 32) {
    throw new Error('CHIDAO_LINK_SECRET: cần một chuỗi bí mật dài ít nhất 32 byte (cùng giá trị cho worker và API)');
  }
  return secret;
}

export async function createServices(env: NodeJS.ProcessEnv = process.env): Promise<ChidaoServices & { directory: AgencyDirectory }> {
  const t = loadTemporalConfig(env);
  return {
    client: await connectChidao(env),
    reader: makeReader(),
    planner: makePlanner(),
    links: { secret: linkSecret(env), nonces: new FileNonceStore(path.join(t.dataDir, 'link-nonces.jsonl')) },
    directory: agencyNames(),
  };
}
