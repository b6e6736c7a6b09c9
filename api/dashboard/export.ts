/**
 * A ListTable as a file: CSV (UTF-8 with BOM, so Excel opens Vietnamese text correctly) or Excel
 * (exceljs). Link targets become absolute URLs in Excel hyperlinks; numbers stay numbers.
 */
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { cellOf, type ListTable } from './table';

export type ExportFormat = 'csv' | 'xlsx';

export function exportFormat(value: unknown): ExportFormat | null {
  return value === 'csv' || value === 'xlsx' ? value : null;
}

/** Spreadsheet formula injection: text starting with = + @ (or a tab/CR) is kept as text. */
function neutral(text: string): string {
  return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: ListTable): string {
  const lines = [table.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => csvField(neutral(cellOf(row[c.key]).text))).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function toXlsx(table: ListTable, origin: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'chidao';
  const sheet = book.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  sheet.columns = table.columns.map((c) => ({ header: c.label, key: c.key, width: c.clip ? 60 : Math.max(12, c.label.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const values: Record<string, unknown> = {};
    for (const c of table.columns) {
      const cell = cellOf(row[c.key]);
      const number = c.numeric && cell.text !== '' && !Number.isNaN(Number(cell.text)) ? Number(cell.text) : null;
      values[c.key] =
        number ?? (cell.href ? { text: neutral(cell.text), hyperlink: new URL(cell.href, origin).toString() } : neutral(cell.text));
    }
    sheet.addRow(values);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

function fileName(title: string, format: ExportFormat): string {
  const ascii = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${ascii || 'danh-sach'}.${format}`;
}

export async function sendExport(reply: FastifyReply, table: ListTable, format: ExportFormat, origin: string): Promise<FastifyReply> {
  const name = fileName(table.title, format);
  reply.header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table));
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(await toXlsx(table, origin));
}
