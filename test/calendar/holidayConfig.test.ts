/** config/holidays/*.yaml, config/escalation.yaml and config/reporting.yaml: they load, and bad files fail clearly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadHolidayData, parseHolidayYear } from '../../config/holidays';
import { parseEscalation, loadEscalation } from '../../config/escalation';
import { loadReporting, parseReporting } from '../../config/reporting';
import { createCalendar, DEFAULT_REPORTING_CALENDAR } from '../../calendar';
import { HOLIDAYS_DIR } from './fixtures';

const file2018 = path.join(HOLIDAYS_DIR, '2018.yaml');
const raw2018 = () => parse(fs.readFileSync(file2018, 'utf8'));

describe('the shipped year files', () => {
  const data = loadHolidayData(HOLIDAYS_DIR);
  it('cover 2015–2027, each citing at least one source with a URL', () => {
    expect(data.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    for (const y of data.years) expect(y.sources?.some((s) => s.url)).toBe(true);
  });
  it('2027 has no notice: statutory, and says so', () => {
    const y2027 = data.years.find((y) => y.year === 2027);
    expect(y2027?.status).toBe('statutory');
    expect(y2027?.notes?.join(' ')).toMatch(/Chưa tìm thấy thông báo/);
  });
});

describe('a year file that contradicts the statute fails, naming file, field and problem', () => {
  const bad = (edit: (y: ReturnType<typeof raw2018>) => void, name = '2018.yaml') => {
    const y = raw2018();
    edit(y);
    return () => parseHolidayYear(path.join('config/holidays', name), stringify(y));
  };
  it('a weekday statutory holiday missing (mùng 1 Tết 16/02/2018)', () => {
    expect(bad((y) => (y.daysOff = y.daysOff.filter((d: { date: string }) => d.date !== '2018-02-16')))).toThrow(
      'config/holidays/2018.yaml: daysOff: thiếu ngày 2018-02-16 (Tết Nguyên Đán): ngày nghỉ lễ theo Bộ luật Lao động 2012, Điều 115',
    );
  });
  it('a statutory holiday declared a working day', () => {
    expect(bad((y) => y.workingDays.push({ date: '2018-09-02', reason: 'x' }))).toThrow(/workingDays: .*2018-09-02 \(Quốc khánh 2\/9\) là ngày nghỉ lễ/);
  });
  it('too few days off: a weekend holiday not compensated', () => {
    expect(bad((y) => (y.daysOff = y.daysOff.filter((d: { date: string }) => d.date !== '2018-09-03')))).toThrow(/daysOff: chỉ có 9 ngày .* ít hơn 10 ngày/);
  });
  it('no Quốc khánh adjacent day from 2021', () => {
    // 2025: 2/9 is a Tuesday, the notice chose Monday 1/9; drop it and neither neighbour is off.
    const y = parse(fs.readFileSync(path.join(HOLIDAYS_DIR, '2025.yaml'), 'utf8'));
    y.daysOff = y.daysOff.filter((d: { date: string }) => d.date !== '2025-09-01');
    expect(() => parseHolidayYear('config/holidays/2025.yaml', stringify(y))).toThrow(
      /config\/holidays\/2025.yaml: daysOff: thiếu ngày liền kề Quốc khánh \(2025-09-01 hoặc 2025-09-03\)/,
    );
  });
  it('a date of another year, a malformed date, the wrong file name, a statutory file with lists', () => {
    expect(bad((y) => y.daysOff.push({ date: '2019-01-02', kind: 'extra', reason: 'x' }))).toThrow(/daysOff\[14\]\.date: ngày 2019-01-02 không thuộc năm 2018/);
    expect(bad((y) => (y.daysOff[0].date = '01/01/2018'))).toThrow('config/holidays/2018.yaml: daysOff.0.date: ngày phải có dạng YYYY-MM-DD');
    expect(bad(() => undefined, '2019.yaml')).toThrow('config/holidays/2019.yaml: year: tệp 2019.yaml ghi năm 2018');
    expect(bad((y) => (y.status = 'statutory'))).toThrow(/status: năm áp dụng quy định của Bộ luật/);
    expect(() => parseHolidayYear('config/holidays/2018.yaml', 'year: [')).toThrow(/config\/holidays\/2018.yaml: \(gốc\): YAML không đọc được/);
  });
  it('createCalendar itself refuses contradicting data (workflow inputs are checked too)', () => {
    const y = raw2018();
    y.daysOff = y.daysOff.filter((d: { date: string }) => d.date !== '2018-04-25');
    expect(() => createCalendar({ years: [y] })).toThrow(/lịch nghỉ năm 2018: daysOff: thiếu ngày 2018-04-25 \(Giỗ Tổ Hùng Vương\)/);
  });
});

describe('escalation and reporting config', () => {
  it('the default ladder is −5, −2, 0, +1, +5 working days, focal → head → supervisor → leader', () => {
    const p = loadEscalation().defaultPolicy;
    expect(p.steps.map((s) => s.offsetWorkingDays)).toEqual([-5, -2, 0, 1, 5]);
    expect(p.steps[0].recipients).toEqual(['focal']);
    expect(p.steps[4].recipients).toEqual(['head', 'supervisor', 'leader']);
    expect(p.sendAt).toBe('08:00');
  });
  it('rejects an unknown default, a send at night, a bad channel', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../config/escalation.yaml'), 'utf8');
    expect(() => parseEscalation('e.yaml', text.replace('default: mac-dinh', 'default: khong-co'))).toThrow('e.yaml: default: không có chính sách "khong-co" (có: mac-dinh, khan)');
    expect(() => parseEscalation('e.yaml', text.replace("sendAt: '08:00'", "sendAt: '22:00'"))).toThrow(/e.yaml: policies.0: .*giờ hành chính/);
    expect(() => parseEscalation('e.yaml', text.replace('channels: [email]', 'channels: [fax]'))).toThrow(/e.yaml: policies.0.steps.0.channels.0:/);
  });
  it('the reporting calendar defaults to Decree 09/2019 and a file can override it', () => {
    expect(loadReporting()).toEqual(DEFAULT_REPORTING_CALENDAR);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-rep-'));
    const file = path.join(dir, 'r.yaml');
    fs.writeFileSync(file, stringify({ ...DEFAULT_REPORTING_CALENDAR, id: 'kon-tum', monthly: { day: 15 } }));
    try {
      expect(loadReporting(file).monthly.day).toBe(15);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
    expect(() => parseReporting('r.yaml', 'id: x\nbasis: y\nmonthly: { day: 40 }')).toThrow(/r.yaml: monthly.day:/);
  });
});
