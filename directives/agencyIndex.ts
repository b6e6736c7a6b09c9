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
  /** Whether the text starts with a directory name (a cheap check before find). */
  startsWithName(text: string, preferred?: JurisdictionScores): boolean;
  entry(id: string): AgencyEntry | undefined;
  readonly size: number;
}

export type JurisdictionScores = Map<string, number>;

/** Folded form of each UTF-16 unit, filled on first use (0: not computed yet). */
const FOLD = new Uint16Array(65536);

function foldUnit(code: number): number {
  let f = FOLD[code];
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const base = code >= 0xd800 && code <= 0xdfff ? ch : ch.normalize('NFD')[0].toLowerCase();
    f = base === 'đ' ? 0x64 : base.length === 1 ? base.charCodeAt(0) : code;
    FOLD[code] = f;
  }
  return f;
}

const UTF16 = new TextDecoder('utf-16le');

/** Same length as the input: one folded unit (lower case, no diacritics, đ → d) per input unit. */
export function fold(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldUnit(text.charCodeAt(i));
  return UTF16.decode(codes);
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

/** `key`: the alias's longest word, folded; a text without it cannot hold the alias. */
interface CompiledAlias { re: RegExp; entry: AgencyEntry; capital: boolean; key: string; first: string }

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
      const all = fold(name).split(/[^a-z0-9']+/).filter(Boolean);
      const words = all.filter((w) => w !== 'ubnd' && !['uy', 'ban', 'nhan', 'dan'].includes(w));
      const key = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
      compiled.push({ re: new RegExp(`(?<![a-z0-9])${p}(?![a-z0-9])`, 'g'), entry, capital: /^\p{Lu}/u.test(name) && !/^Các\s/u.test(name), key, first: all[0] });
    }
  }
  // Aliases by their key word: a text is only tried against the aliases whose key it contains.
  const byKey = new Map<string, CompiledAlias[]>();
  for (const c of compiled) {
    const list = byKey.get(c.key);
    if (list) list.push(c); else byKey.set(c.key, [c]);
  }
  const mentions = directory.jurisdictions.map((j) => ({ id: j.id, words: j.mentions.map((m) => fold(m).replace(/\s+/g, ' ')) }));

  function jurisdictionsOf(text: string): JurisdictionScores {
    const folded = fold(text);
    const scores: JurisdictionScores = new Map();
    for (const { id, words } of mentions) {
      let n = 0;
      for (const w of words) {
        for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length)) {
          if (!/[a-z0-9]/.test(folded[at - 1] ?? ' ') && !/[a-z0-9]/.test(folded[at + w.length] ?? ' ')) n++;
        }
      }
      // A mention counts for the place and every place containing it.
      for (let j: string | null | undefined = id; j; j = parentOf.get(j)) scores.set(j, (scores.get(j) ?? 0) + n);
    }
    return scores;
  }

  function find(text: string, preferred: JurisdictionScores = new Map()): AgencyMatch[] {
    const folded = fold(text);
    const raw: Array<{ start: number; end: number; entry: AgencyEntry }> = [];
    const candidates: CompiledAlias[] = [];
    for (const word of new Set(folded.match(/[a-z0-9']+/g) ?? [])) candidates.push(...(byKey.get(word) ?? []));
    for (const { re, entry, capital } of candidates) {
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

  // The first word of every alias ("so", "phong", "uy"/"ubnd", "cac" …): most task sentences start with a verb.
  const firstWords = new Set(compiled.map((c) => c.first));
  function startsWithName(text: string, preferred?: JurisdictionScores): boolean {
    const first = /^[a-z0-9']+/.exec(fold(text.trimStart().slice(0, 12)));
    if (!first || !firstWords.has(first[0])) return false;
    const m = find(text.trimStart().slice(0, 160), preferred)[0];
    return m !== undefined && m.start === 0;
  }

  return { find, jurisdictionsOf, startsWithName, entry: (id) => byId.get(id), size: byId.size };
}
