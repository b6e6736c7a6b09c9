/**
 * Every list on the dashboard is a ListTable first: the page renders it as HTML, and the same
 * value becomes CSV or Excel (export.ts), so what is exported is exactly what is shown.
 */
import { html, type Html } from './html';

export interface Cell {
  text: string;
  href?: string;
  /** Rendered instead of text on the page (a status badge); exports still use text. */
  markup?: Html;
}

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
  /** Long text: wraps, narrower. */
  clip?: boolean;
}

export interface ListTable {
  /** Used as the caption and the export's sheet and file name. */
  title: string;
  columns: Column[];
  rows: Record<string, Cell | string | number | null>[];
  /** Said instead of an empty table. */
  empty: string;
}

export function cellOf(value: Cell | string | number | null | undefined): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'object') return value;
  return { text: String(value) };
}

/** Links to the same URL with format=csv / xlsx. */
export function exportLinks(url: string): Html {
  const u = new URL(url, 'http://x');
  u.searchParams.delete('ok');
  const link = (format: string) => {
    u.searchParams.set('format', format);
    return u.pathname + u.search;
  };
  return html`<span class="exports">Xuất: <a href="${link('xlsx')}" download>Excel</a> <a href="${link('csv')}" download>CSV</a></span>`;
}

export function renderTable(table: ListTable, url: string, captionHidden = false): Html {
  const head = html`<div class="toolbar"><span class="muted">${table.rows.length} dòng</span>${exportLinks(url)}</div>`;
  if (table.rows.length === 0) return html`${head}<p class="muted">${table.empty}</p>`;
  return html`${head}<div class="table-wrap" tabindex="0" role="region" aria-label="${table.title}"><table class="stack">
<caption${captionHidden ? html` class="visually-hidden"` : ''}>${table.title}</caption>
<thead><tr>${table.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ''}>${c.label}</th>`)}</tr></thead>
<tbody>${table.rows.map(
    (row) =>
      html`<tr>${table.columns.map((c) => {
        const cell = cellOf(row[c.key]);
        const content = cell.markup ?? cell.text;
        const cls = c.numeric ? 'num' : c.clip ? 'clip' : '';
        return html`<td data-label="${c.label}"${cls ? html` class="${cls}"` : ''}>${cell.href ? html`<a href="${cell.href}">${content}</a>` : content}</td>`;
      })}</tr>`,
  )}</tbody>
</table></div>`;
}
