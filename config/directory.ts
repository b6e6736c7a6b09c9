/**
 * The directory: agencies (config/directory/agencies.yaml, owned by the reader) and the people reminders go to
 * (config/directory/contacts.yaml): each agency's focal points and head, the supervisors (Chánh/Phó Văn phòng)
 * and the leaders in charge, with email, phone, Zalo user id and preferred channels.
 *
 * parseDirectory is pure: it gets the files' text and returns the whole directory or throws a DirectoryError
 * listing every problem with its file, entry (agency or person) and field. Nothing is returned half-loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { Channel } from '../calendar/types';
import { parseAgencyDirectory } from './agencies';
import { ConfigFileError } from './configError';

export interface DirectoryFile {
  path: string;
  text: string;
}

export interface DirectoryIssue {
  file: string;
  /** The agency id or person the problem is in ("kt-sldtbxh", "supervisors[0] kt-vpubnd-cvp"). */
  entry: string;
  field: string;
  problem: string;
}

export class DirectoryError extends Error {
  constructor(readonly issues: DirectoryIssue[]) {
    super(
      `Danh bạ không hợp lệ (${issues.length} lỗi):\n` +
        issues.map((i) => `${i.file}: ${i.entry}: ${i.field || '(gốc)'}: ${i.problem}`).join('\n'),
    );
    this.name = 'DirectoryError';
  }
}

export interface DirectoryAgency {
  id: string;
  name: string;
  aliases: string[];
  parent: string | null;
  kind: 'agency' | 'group';
  jurisdiction: string;
  /** For a group ("UBND các huyện, thành phố"): its member agency ids. */
  members: string[];
}

export interface DirectoryContact {
  id: string;
  name: string;
  title: string | null;
  agencyId: string;
  email: string | null;
  /** Normalised "84…" mobile number. */
  phone: string | null;
  zaloUserId: string | null;
  /** Preferred channels, best first. */
  channels: Channel[];
}

/** A supervisor or leader in charge, and the agencies they oversee (with everything under them). */
export interface Overseer extends DirectoryContact {
  oversees: string[];
}

export interface Directory {
  agencies: ReadonlyMap<string, DirectoryAgency>;
  focal: ReadonlyMap<string, DirectoryContact[]>;
  heads: ReadonlyMap<string, DirectoryContact>;
  supervisors: Overseer[];
  leaders: Overseer[];
}

// ---------------------------------------------------------------------------------------------------------------
// Field rules

const ID = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** "0905 111 222", "+84 905.111.222", "84905111222" → "84905111222"; null when not a Vietnamese mobile number. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s.()-]/g, '');
  const national = /^\+?84(\d{9})$/.exec(digits)?.[1] ?? /^0(\d{9})$/.exec(digits)?.[1];
  if (!national || !/^[35789]\d{8}$/.test(national)) return null;
  return `84${national}`;
}

const Phone = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const n = normalisePhone(String(v));
    if (!n) {
      ctx.addIssue({ code: 'custom', message: `"${v}" không phải số di động Việt Nam (10 chữ số, đầu 03/05/07/08/09)` });
      return z.NEVER;
    }
    return n;
  });

const contactShape = {
  id: ID,
  name: z.string().trim().min(1, 'cần họ tên'),
  title: z.string().trim().min(1).optional(),
  email: z.string().trim().regex(EMAIL, 'địa chỉ thư không hợp lệ').optional(),
  phone: Phone.optional(),
  zalo: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{6,25}$/, 'Zalo user id là một dãy số')).optional(),
  channels: z.array(Channel).min(1).default(['email']),
};

function reachable(c: { email?: string; phone?: string; zalo?: string; channels: Channel[] }, ctx: z.RefinementCtx): void {
  if (c.channels.includes('email') && !c.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'kênh email cần địa chỉ thư' });
  if (c.channels.includes('zalo') && !c.phone && !c.zalo) {
    ctx.addIssue({ code: 'custom', path: ['phone'], message: 'kênh zalo cần số điện thoại hoặc Zalo user id' });
  }
}

const ContactEntry = z.strictObject(contactShape).superRefine(reachable);
type ContactEntry = z.infer<typeof ContactEntry>;

const OverseerEntry = z
  .strictObject({ ...contactShape, agency: ID, oversees: z.array(ID).min(1, 'cần ít nhất một cơ quan được theo dõi') })
  .superRefine(reachable);

const AgencyContacts = z.strictObject({
  focal: z.array(ContactEntry).min(1, 'cần ít nhất một cán bộ đầu mối'),
  head: ContactEntry.optional(),
});

const ContactsFile = z.strictObject({
  contacts: z.record(z.string(), z.unknown()),
  supervisors: z.array(z.unknown()).default([]),
  leaders: z.array(z.unknown()).default([]),
});

// ---------------------------------------------------------------------------------------------------------------

function fieldOf(path: PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

function readYaml(file: DirectoryFile, issues: DirectoryIssue[]): unknown {
  try {
    return parseYaml(file.text);
  } catch (e) {
    issues.push({ file: file.path, entry: '(tệp)', field: '', problem: `YAML không đọc được: ${(e as Error).message}` });
    return undefined;
  }
}

function toContact(c: ContactEntry, agencyId: string): DirectoryContact {
  return {
    id: c.id,
    name: c.name,
    title: c.title ?? null,
    agencyId,
    email: c.email ?? null,
    phone: c.phone ?? null,
    zaloUserId: c.zalo ?? null,
    channels: c.channels,
  };
}

/** agencies.yaml through the reader's own parser; its first problem becomes an issue naming the agency. */
function parseAgencies(file: DirectoryFile, issues: DirectoryIssue[]): Map<string, DirectoryAgency> {
  const agencies = new Map<string, DirectoryAgency>();
  try {
    for (const a of parseAgencyDirectory(file.path, file.text).agencies) {
      agencies.set(a.id, {
        id: a.id,
        name: a.name,
        aliases: [...a.aliases, ...a.abbreviations],
        parent: a.parent,
        kind: a.kind,
        jurisdiction: a.jurisdiction,
        members: a.members,
      });
    }
  } catch (e) {
    if (!(e instanceof ConfigFileError)) throw e;
    // "agencies[3] (kt-syt).parent" → entry "kt-syt", field "parent".
    const m = /^agencies\[\d+\](?: \(([^)]+)\))?\.?(.*)$/.exec(e.field);
    issues.push({ file: e.file, entry: m?.[1] ?? (m ? e.field : '(tệp)'), field: m ? m[2] : e.field, problem: e.problem });
  }
  return agencies;
}

export function parseDirectory(files: { agencies: DirectoryFile; contacts: DirectoryFile }): Directory {
  const issues: DirectoryIssue[] = [];
  const agencies = parseAgencies(files.agencies, issues);
  const file = files.contacts.path;
  const doc = readYaml(files.contacts, issues);
  const focal = new Map<string, DirectoryContact[]>();
  const heads = new Map<string, DirectoryContact>();
  const supervisors: Overseer[] = [];
  const leaders: Overseer[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, entry: string, field: string) => {
    const first = seen.get(id);
    if (first) issues.push({ file, entry, field, problem: `mã người "${id}" đã dùng ở ${first}` });
    else seen.set(id, `${entry} ${field}`);
  };

  const top = doc === undefined ? null : ContactsFile.safeParse(doc);
  if (top && !top.success) {
    for (const is of top.error.issues) issues.push({ file, entry: '(tệp)', field: fieldOf(is.path), problem: is.message });
  }
  if (top?.success) {
    for (const [agencyId, raw] of Object.entries(top.data.contacts)) {
      if (!agencies.has(agencyId)) issues.push({ file, entry: agencyId, field: '', problem: `không có cơ quan "${agencyId}" trong ${files.agencies.path}` });
      const r = AgencyContacts.safeParse(raw);
      if (!r.success) {
        for (const is of r.error.issues) issues.push({ file, entry: agencyId, field: fieldOf(is.path), problem: is.message });
        continue;
      }
      r.data.focal.forEach((c, i) => claim(c.id, agencyId, `focal[${i}].id`));
      if (r.data.head) claim(r.data.head.id, agencyId, 'head.id');
      focal.set(agencyId, r.data.focal.map((c) => toContact(c, agencyId)));
      if (r.data.head) heads.set(agencyId, toContact(r.data.head, agencyId));
    }
    for (const [key, list, out] of [
      ['supervisors', top.data.supervisors, supervisors],
      ['leaders', top.data.leaders, leaders],
    ] as const) {
      list.forEach((raw, i) => {
        const id = (raw as { id?: unknown })?.id;
        const entry = `${key}[${i}]${typeof id === 'string' ? ` ${id}` : ''}`;
        const r = OverseerEntry.safeParse(raw);
        if (!r.success) {
          for (const is of r.error.issues) issues.push({ file, entry, field: fieldOf(is.path), problem: is.message });
          return;
        }
        claim(r.data.id, entry, 'id');
        if (!agencies.has(r.data.agency)) issues.push({ file, entry, field: 'agency', problem: `không có cơ quan "${r.data.agency}"` });
        for (const o of r.data.oversees) if (!agencies.has(o)) issues.push({ file, entry, field: 'oversees', problem: `không có cơ quan "${o}"` });
        out.push({ ...toContact(r.data, r.data.agency), oversees: r.data.oversees });
      });
    }
  }
  if (issues.length > 0) throw new DirectoryError(issues);
  return { agencies, focal, heads, supervisors, leaders };
}

export const DIRECTORY_DIR = join(__dirname, 'directory');

/** Reads config/directory/{agencies,contacts}.yaml (or the same names in `dir`). */
export function loadDirectory(dir: string = DIRECTORY_DIR): Directory {
  const read = (name: string): DirectoryFile => {
    const path = join(dir, name);
    return { path, text: readFileSync(path, 'utf8') };
  };
  return parseDirectory({ agencies: read('agencies.yaml'), contacts: read('contacts.yaml') });
}

/** The agency and its ancestors, nearest first. */
export function lineage(directory: Directory, agencyId: string): string[] {
  const out: string[] = [];
  for (let id: string | null = agencyId; id && !out.includes(id); id = directory.agencies.get(id)?.parent ?? null) out.push(id);
  return out;
}

/**
 * Overseers of an agency: those who name it, an ancestor of it, or a group holding either; the nearest wins
 * (naming the agency itself or its group = 0, its parent = 1, ...). Ties all win.
 */
export function overseersOf(directory: Directory, list: Overseer[], agencyId: string): Overseer[] {
  const chain = lineage(directory, agencyId);
  const distance = (id: string): number => {
    const members = directory.agencies.get(id)?.members ?? [];
    const k = chain.findIndex((c) => c === id || members.includes(c));
    return k < 0 ? Infinity : k;
  };
  let best = Infinity;
  let found: Overseer[] = [];
  for (const o of list) {
    const d = Math.min(...o.oversees.map(distance));
    if (d < best) {
      best = d;
      found = [o];
    } else if (d === best && d !== Infinity) found.push(o);
  }
  return found;
}
