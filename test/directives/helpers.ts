/**
 * Test helpers: read one sentence as the only task of a minimal directive, with a fixed document date (chrono's REF),
 * the real agency directory and the statutory calendar. Debug output only on failure (the spec is in the message).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDirective, type ReadOptions } from '../../directives';
import type { Deadline, DirectiveSpec } from '../../directives/spec';
import { loadAgencyDirectory } from '../../config/agencies';

export const REF = '2018-01-09';
export const directory = loadAgencyDirectory();

export function readSentence(sentence: string, issuedOn = REF, options: ReadOptions = {}): DirectiveSpec {
  return readDirective(`1. Sở Y tế: ${sentence}`, { issuedOn, agencies: directory, ...options });
}

/** The dated deadlines (not "khẩn trương"/"tiếp tục") the sentence yields. */
export function deadlinesOf(sentence: string, issuedOn = REF, options: ReadOptions = {}): Deadline[] {
  return readSentence(sentence, issuedOn, options).tasks.flatMap((t) => t.deadlines).filter((d) => d.kind !== 'none');
}

export function nominals(sentence: string, issuedOn = REF, options: ReadOptions = {}): Array<string | null> {
  return deadlinesOf(sentence, issuedOn, options).map((d) => d.nominal);
}

export function seed(name: string): string {
  const dir = path.join(__dirname, '..', 'fixtures', 'seeds');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(name));
  if (!file) throw new Error(`no seed ${name}`);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}
