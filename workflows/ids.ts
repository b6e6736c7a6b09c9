/**
 * Workflow ids. Deterministic and pure: the client derives them before starting, the directive workflow
 * derives its children's, so registering the same document twice lands on the same ids.
 */
import type { DirectiveSpec } from '../directives/spec';

/** ASCII slug of a Vietnamese string: "Sở Y Tế" → "so-y-te", "46/TB-VP" → "46-tb-vp". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Stable, not cryptographic. */
export function fnv64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/** JSON with sorted keys, so that two equal specs hash the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * "directive/<issuer>/<number>/<date>" for a numbered document: issuer, number and date identify it
 * (the same number recurs every year, and two issuers may share a code). An unnumbered draft has no
 * identity but its content: "directive/draft/<hash of the spec>".
 */
export function directiveWorkflowId(spec: DirectiveSpec): string {
  const doc = spec.document;
  if (!doc.number) return `directive/draft/${fnv64(canonicalJson({ document: doc, tasks: spec.tasks }))}`;
  const issuer = slug(doc.issuer ?? doc.code ?? 'khong-ro');
  return `directive/${issuer || 'khong-ro'}/${slug(doc.number)}/${doc.issuedOn ?? 'khong-ngay'}`;
}

/** The agency id a task is assigned to: the directory id when known, else a slug of the printed name. */
export function agencyKey(assignee: { agencyId: string | null; name: string }): string {
  return assignee.agencyId ?? slug(assignee.name);
}

/** One task workflow per (task, lead agency): "<directive id>/<task id>/<agency>". */
export function taskWorkflowId(directiveId: string, taskId: string, agencyId: string): string {
  return `${directiveId}/${taskId}/${agencyId}`;
}

export const DIGEST_WORKFLOW_ID = 'chidao/digest';
