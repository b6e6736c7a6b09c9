/** Task rows as CSV (UTF-8 with BOM, so Excel reads Vietnamese) or .xlsx (exceljs). */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { TaskView } from '../../workflows/types';
import { statusVi } from './output';

export interface ExportRow {
  workflowId: string;
  directiveId: string;
  ref: string;
  text: string;
  agencyId: string;
  agencyName: string;
  due: string | null;
  status: string;
  overdue: boolean;
  reportNumber: string;
}

export const COLUMNS: Array<{ key: keyof ExportRow; title: string; width: number }> = [
  { key: 'workflowId', title: 'Mã nhiệm vụ', width: 40 },
  { key: 'directiveId', title: 'Văn bản', width: 30 },
  { key: 'ref', title: 'Mục', width: 8 },
  { key: 'text', title: 'Nội dung', width: 60 },
  { key: 'agencyId', title: 'Mã đơn vị', width: 16 },
  { key: 'agencyName', title: 'Đơn vị chủ trì', width: 36 },
  { key: 'due', title: 'Hạn', width: 12 },
  { key: 'status', title: 'Trạng thái', width: 20 },
  { key: 'overdue', title: 'Quá hạn', width: 9 },
  { key: 'reportNumber', title: 'Số văn bản báo cáo', width: 22 },
];

export function toRow(t: TaskView): ExportRow {
  const reports = t.occurrences.map((o) => o.reportNumber).filter((r): r is string => !!r);
  return {
    workflowId: t.workflowId,
    directiveId: t.directiveId,
    ref: t.ref,
    text: t.text.replace(/\s+/g, ' ').trim(),
    agencyId: t.agencyId,
    agencyName: t.agencyName,
    due: t.nextDue,
    status: statusVi(t.status),
    overdue: t.overdue,
    reportNumber: reports.join('; '),
  };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'có' : 'không') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(rows: ExportRow[]): string {
  const lines = [COLUMNS.map((c) => csvCell(c.title)).join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c.key])).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export async function writeXlsx(file: string, rows: ExportRow[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chidao';
  const ws = wb.addWorksheet('Nhiệm vụ', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.title, key: c.key, width: c.width }));
  for (const r of rows) {
    ws.addRow({
      ...r,
      // A real date cell, shown dd/mm/yyyy, so the sheet sorts and filters by date.
      due: r.due ? new Date(`${r.due}T00:00:00Z`) : null,
      overdue: r.overdue ? 'có' : 'không',
    });
  }
  ws.getColumn('due').numFmt = 'dd/mm/yyyy';
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  await wb.xlsx.writeFile(file);
}

export function writeCsv(file: string, rows: ExportRow[]): void {
  if (file === '-') process.stdout.write(toCsv(rows));
  else writeFileSync(file, toCsv(rows));
}
