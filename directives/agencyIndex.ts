/**
 * Finding directory agencies in text. Names are compared folded (lower case, no diacritics, any run of
 * spaces, hyphens, "&" or commas between words), so "Sở Lao động-Thương binh và Xã hội", "Sở Lao động - Thương
 * binh và Xã hội" and "SỞ LAO ĐỘNG …" are one name, and "UBND" reads as "Ủy ban nhân dân".
 */
import type { AgencyDirectory, AgencyEntry } from '../config/agencies';

export interface AgencyMatch {
  start: number;
  end: number;
  entry: AgencyEntry;
  /** Other entries the same words could name (homonyms in other jurisdictions), after jurisdiction scoring. */
  alternatives: AgencyEntry[];
}

export interface AgencyIndex {
  /** Non-overlapping matches in `text`, longest first, homonyms resolved by `preferred` jurisdictions. */
  find(text: string, preferred?: JurisdictionScores): AgencyMatch[];
  /** Scores of the jurisdictions a whole document mentions. */
  jurisdictionsOf(text: string): JurisdictionScores;
  entry(id: string): AgencyEntry | undefined;
  readonly size: number;
}

export type JurisdictionScores = Map<string, number>;

/** Same length as the input: one folded char per input char. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.length !== 1) { out += ch; continue; }
    const base = ch.normalize('NFD')[0].toLowerCase();
    out += base === 'đ' ? 'd' : base.length === 1 ? base : ch;
  }
  return out;
}

const SEP = '[\\s\\-–—&,.]{0,4}';
const UBND = `(?:ubnd|uy${SEP}ban${SEP}nhan${SEP}dan)`;

function aliasPattern(alias: string): string | null {
  const tokens = fold(alias).split(/[^a-z0-9']+/).filter(Boolean);
  if (tokens.length === 0) return null;
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'ubnd') { parts.push(UBND); continue; }
    if (tokens[i] === 'uy' && tokens[i + 1] === 'ban' && tokens[i + 2] === 'nhan' && tokens[i + 3] === 'dan') { parts.push(UBND); i += 3; continue; }
    parts.push(tokens[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return parts.join(SEP);
}

interface CompiledAlias { re: RegExp; entry: AgencyEntry; capital: boolean }

const EMPTY: AgencyDirectory = { jurisdictions: [{ id: 'none', name: '', mentions: ['\u0000'], parent: null }], agencies: [] };

export function createAgencyIndex(directory: AgencyDirectory = EMPTY): AgencyIndex {
  const compiled: CompiledAlias[] = [];
  const byId = new Map<string, AgencyEntry>();
  const parentOf = new Map(directory.jurisdictions.map((j) => [j.id, j.parent]));
  for (const entry of directory.agencies) {
    byId.set(entry.id, entry);
    const names = [...new Set([entry.name, ...entry.aliases, ...entry.abbreviations])];
    for (const name of names) {
      const p = aliasPattern(name);
      if (!p) continue;
      // Names that start with a capital ("Sở Y tế") only match capitalised text: "cơ sở y tế" is no agency.
      compiled.push({ re: new RegExp(`(?<![a-z0-9])${p}(?![a-z0-9])`, 'g'), entry, capital: /^\p{Lu}/u.test(name) && !/^Các\s/u.test(name) });
    }
  }
  const mentionRes = directory.jurisdictions.map((j) => ({
    id: j.id,
    re: new RegExp(j.mentions.map((m) => `(?<![a-z0-9])${aliasPattern(m) ?? '\\u0000'}(?![a-z0-9])`).join('|'), 'g'),
  }));

  function jurisdictionsOf(text: string): JurisdictionScores {
    const folded = fold(text);
    const scores: JurisdictionScores = new Map();
    for (const { id, re } of mentionRes) {
      const n = folded.match(re)?.length ?? 0;
      // A mention counts for the place and every place containing it.
      for (let j: string | null | undefined = id; j; j = parentOf.get(j)) scores.set(j, (scores.get(j) ?? 0) + n);
    }
    return scores;
  }

  function find(text: string, preferred: JurisdictionScores = new Map()): AgencyMatch[] {
    const folded = fold(text);
    const raw: Array<{ start: number; end: number; entry: AgencyEntry }> = [];
    for (const { re, entry, capital } of compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        if (capital && !/\p{Lu}/u.test(text[m.index])) continue;
        raw.push({ start: m.index, end: m.index + m[0].length, entry });
      }
    }
    raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const out: AgencyMatch[] = [];
    for (const r of raw) {
      const last = out[out.length - 1];
      if (last && r.start < last.end) {
        if (r.start === last.start && r.end === last.end && r.entry.id !== last.entry.id && !last.alternatives.some((a) => a.id === r.entry.id)) {
          last.alternatives.push(r.entry);
        }
        continue;
      }
      out.push({ ...r, alternatives: [] });
    }
    for (const m of out) {
      if (m.alternatives.length === 0) continue;
      const all = [m.entry, ...m.alternatives];
      const score = (e: AgencyEntry) => preferred.get(e.jurisdiction) ?? 0;
      all.sort((a, b) => score(b) - score(a));
      m.entry = all[0];
      // Still a tie: the alternatives stay for an "ambiguous agency" warning.
      m.alternatives = all.slice(1).filter((e) => score(e) === score(all[0]));
    }
    return out;
  }

  return { find, jurisdictionsOf, entry: (id) => byId.get(id), size: byId.size };
}
