/**
 * Escalation policies (config/escalation.yaml): the ladder of reminders each deadline walks. Each policy is a
 * calendar EscalationPolicy, checked for office-hours sending and unique step ids; one is the default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { EscalationPolicy, checkPolicy } from '../calendar';
import { ConfigFileError, fromZodError } from './configError';

export const ESCALATION_FILE = path.join(__dirname, 'escalation.yaml');

const NamedPolicy = EscalationPolicy.extend({ name: z.string().min(1) });
export type NamedPolicy = z.infer<typeof NamedPolicy>;

export const EscalationConfig = z.object({
  default: z.string().min(1),
  policies: z.array(NamedPolicy).min(1),
});
export type EscalationConfig = z.infer<typeof EscalationConfig>;

export interface Escalation {
  policies: Map<string, NamedPolicy>;
  defaultPolicy: NamedPolicy;
  /** The named policy, or a clear error listing the known ones. */
  get(id?: string | null): NamedPolicy;
}

export function parseEscalation(file: string, text: string): Escalation {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ConfigFileError(file, '', `YAML không đọc được: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = EscalationConfig.safeParse(raw);
  if (!parsed.success) throw fromZodError(file, parsed.error);
  const policies = new Map<string, NamedPolicy>();
  parsed.data.policies.forEach((p, i) => {
    if (policies.has(p.id)) throw new ConfigFileError(file, `policies.${i}.id`, `chính sách "${p.id}" bị trùng`);
    try {
      checkPolicy(p);
    } catch (err) {
      throw new ConfigFileError(file, `policies.${i}`, err instanceof Error ? err.message : String(err));
    }
    policies.set(p.id, p);
  });
  const defaultPolicy = policies.get(parsed.data.default);
  if (!defaultPolicy) {
    throw new ConfigFileError(file, 'default', `không có chính sách "${parsed.data.default}" (có: ${[...policies.keys()].join(', ')})`);
  }
  return {
    policies,
    defaultPolicy,
    get(id) {
      if (!id) return defaultPolicy;
      const p = policies.get(id);
      if (!p) throw new ConfigFileError(file, 'policies', `không có chính sách "${id}" (có: ${[...policies.keys()].join(', ')})`);
      return p;
    },
  };
}

export function loadEscalation(file: string = ESCALATION_FILE): Escalation {
  return parseEscalation(file, fs.readFileSync(file, 'utf8'));
}
