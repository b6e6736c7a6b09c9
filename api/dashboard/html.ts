/**
 * Escaping HTML templates: every interpolated value is escaped unless it is already Html.
 * Arrays are joined, and null, undefined and false render as nothing, so views can write
 * html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` and ${cond && html`…`}.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup, as is. Use only for strings built by this module's callers from escaped parts. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A JSON value safe inside <script type="application/json">: no "</script>" can close the element. */
export function jsonScript(id: string, value: unknown): Html {
  const json = JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return new Html(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}
