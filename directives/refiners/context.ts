/** Looking around a candidate: the clause it sits in, the words just before and after it. */

/** Start of the clause holding `index`: after the last newline, ";", ":", "!", "?" or sentence-ending ".". */
export function clauseStart(text: string, index: number, limit = 400): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '\n' || c === ';' || c === '!' || c === '?' || c === ':') return i + 1;
    if (c === '.' && /\s/.test(text[i + 1] ?? ' ') && !/\d/.test(text[i - 1] ?? '')) return i + 1;
  }
  return floor;
}

/** The text of the clause before `index`, at most `max` characters. */
export function before(text: string, index: number, max = 120): string {
  return text.slice(Math.max(clauseStart(text, index), index - max), index);
}

export function after(text: string, end: number, max = 60): string {
  return text.slice(end, Math.min(text.length, end + max));
}
