import ExcelJS from 'exceljs';
import { toCsv, toXlsx } from '../../api/dashboard/export';
import type { ListTable } from '../../api/dashboard/table';

const table: ListTable = {
  title: 'Danh sách nhiệm vụ',
  columns: [
    { key: 'text', label: 'Nhiệm vụ' },
    { key: 'n', label: 'Số', numeric: true },
  ],
  rows: [
    { text: { text: 'Báo cáo "quý I", gửi Sở Y tế', href: '/dashboard/task?id=a' }, n: '3' },
    { text: '=HYPERLINK("http://evil")', n: 0 },
    { text: 'hai\ndòng', n: null },
  ],
  empty: '',
};

describe('list export', () => {
  it('writes CSV with a BOM, quoted fields, and formulas neutralised', () => {
    expect(toCsv(table)).toBe(
      '\uFEFFNhiệm vụ,Số\r\n"Báo cáo ""quý I"", gửi Sở Y tế",3\r\n"\'=HYPERLINK(""http://evil"")",0\r\n"hai\ndòng",\r\n',
    );
  });

  it('writes an Excel sheet that reads back with text, numbers and absolute links', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(table, 'http://127.0.0.1:3000')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Danh sách nhiệm vụ');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nhiệm vụ', 'Số']);
    expect(sheet.getCell('A2').value).toEqual({ text: 'Báo cáo "quý I", gửi Sở Y tế', hyperlink: 'http://127.0.0.1:3000/dashboard/task?id=a' });
    expect(sheet.getCell('B2').value).toBe(3);
    expect(sheet.getCell('A3').value).toBe('\'=HYPERLINK("http://evil")');
    expect(sheet.rowCount).toBe(4);
  });
});
