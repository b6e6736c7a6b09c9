/**
 * The agency directory (config/directory/agencies.yaml): agencies and groups of agencies the directives name,
 * with the aliases and abbreviations the texts use. Ids are stable: contacts and registered tasks refer to them.
 * parseAgencyDirectory is pure (text in, directory out); loadAgencyDirectory reads the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { ConfigFileError } from './configError';

export const AGENCIES_FILE = path.join(__dirname, 'directory', 'agencies.yaml');

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id chỉ gồm chữ thường không dấu, số và dấu gạch nối');

export const Jurisdiction = z.object({
  id: Id,
  /** "tỉnh Kon Tum", "huyện Kon Rẫy". */
  name: z.string().min(1),
  /** Place names whose mention in a text points to this jurisdiction ("Kon Rẫy"). */
  mentions: z.array(z.string().min(1)).min(1),
  parent: Id.nullable().default(null),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const AgencyEntry = z.object({
  id: Id,
  /** The full official name. */
  name: z.string().min(1),
  kind: z.enum(['agency', 'group']).default('agency'),
  jurisdiction: Id,
  /** The agency it reports to (a sở to the UBND tỉnh, a xã to the UBND huyện). */
  parent: Id.nullable().default(null),
  /** Other spellings of the full name ("Sở Lao động-Thương binh và Xã hội"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Short forms ("Sở LĐTB&XH"). */
  abbreviations: z.array(z.string().min(1)).default([]),
  /** For groups: the member ids. */
  members: z.array(Id).default([]),
});
export type AgencyEntry = z.infer<typeof AgencyEntry>;

export const AgencyDirectory = z.object({
  jurisdictions: z.array(Jurisdiction).min(1),
  agencies: z.array(AgencyEntry).min(1),
});
export type AgencyDirectory = z.infer<typeof AgencyDirectory>;

function entryLabel(raw: unknown, i: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  return id ? `agencies[${i}] (${id})` : `agencies[${i}]`;
}

/** Parses and checks the directory text: shape, unique ids, known parents, members and jurisdictions. */
export function parseAgencyDirectory(file: string, text: string): AgencyDirectory {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ConfigFileError(file, '', `YAML không đọc được: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = AgencyDirectory.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [top, index, ...rest] = issue.path.map(String);
    const rawEntries = (raw as { agencies?: unknown[] } | null)?.agencies;
    const where = top === 'agencies' && index !== undefined && Array.isArray(rawEntries)
      ? [entryLabel(rawEntries[Number(index)], Number(index)), ...rest].join('.')
      : issue.path.map(String).join('.');
    throw new ConfigFileError(file, where, issue.message);
  }
  const dir = parsed.data;
  const jurisdictions = new Set<string>();
  for (const [i, j] of dir.jurisdictions.entries()) {
    if (jurisdictions.has(j.id)) throw new ConfigFileError(file, `jurisdictions[${i}] (${j.id}).id`, 'id trùng');
    jurisdictions.add(j.id);
  }
  for (const [i, j] of dir.jurisdictions.entries()) {
    if (j.parent && !jurisdictions.has(j.parent)) throw new ConfigFileError(file, `jurisdictions[${i}] (${j.id}).parent`, `không có địa bàn "${j.parent}"`);
  }
  const ids = new Set<string>();
  for (const [i, a] of dir.agencies.entries()) {
    if (ids.has(a.id)) throw new ConfigFileError(file, `agencies[${i}] (${a.id}).id`, 'id trùng');
    ids.add(a.id);
  }
  for (const [i, a] of dir.agencies.entries()) {
    const at = `agencies[${i}] (${a.id})`;
    if (!jurisdictions.has(a.jurisdiction)) throw new ConfigFileError(file, `${at}.jurisdiction`, `không có địa bàn "${a.jurisdiction}"`);
    if (a.parent && !ids.has(a.parent)) throw new ConfigFileError(file, `${at}.parent`, `không có cơ quan "${a.parent}"`);
    for (const [k, m] of a.members.entries()) {
      if (!ids.has(m)) throw new ConfigFileError(file, `${at}.members[${k}]`, `không có cơ quan "${m}"`);
    }
    if (a.kind === 'group' && a.members.length === 0) throw new ConfigFileError(file, `${at}.members`, 'nhóm phải có thành viên');
    if (a.kind === 'agency' && a.members.length > 0) throw new ConfigFileError(file, `${at}.members`, 'chỉ nhóm (kind: group) mới có thành viên');
  }
  return dir;
}

export function loadAgencyDirectory(file: string = process.env.CHIDAO_AGENCIES_FILE || AGENCIES_FILE): AgencyDirectory {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigFileError(file, '', `không đọc được tệp: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseAgencyDirectory(file, text);
}
