/**
 * Golden facts of the five seed documents, written from reading them (test/fixtures/seeds), not from the program.
 */
import { readDirective } from '../../directives';
import type { DirectiveSpec, Task } from '../../directives/spec';
import { directory, seed } from './helpers';

const read = (name: string, issuedOn?: string): DirectiveSpec => readDirective(seed(name), { agencies: directory, issuedOn });
const leads = (t: Task) => t.assignees.filter((a) => a.role === 'lead').map((a) => a.agencyId);
const coordinators = (t: Task) => t.assignees.filter((a) => a.role === 'coordinate').map((a) => a.agencyId);
const taskStarting = (spec: DirectiveSpec, words: string) => {
  const found = spec.tasks.filter((t) => t.text.startsWith(words));
  if (found.length !== 1) throw new Error(`${found.length} tasks start with "${words}": ${spec.tasks.map((t) => t.text.slice(0, 40)).join(' | ')}`);
  return found[0];
};
const onceNominals = (spec: DirectiveSpec) => spec.tasks.flatMap((t) => t.deadlines).filter((d) => d.kind === 'once').map((d) => d.nominal).sort();

describe('seed 000: Thông báo 46/TB-VP of 09/01/2018', () => {
  const spec = read('000');

  test('header', () => {
    expect(spec.document).toMatchObject({ number: '46/TB-VP', code: 'TB-VP', type: 'Thông báo', place: 'Kon Tum', issuedOn: '2018-01-09' });
    expect(spec.document.signer).toEqual({ name: 'Nguyễn Đình Cầu', title: 'PHÓ VĂN PHÒNG', capacity: 'KT.' });
    expect(spec.document.distribution).toContain('UBND các huyện, thành phố');
  });

  test('the two "Hoàn thành trong tháng 01/2018" tasks of Sở Lao động - Thương binh và Xã hội are due 31/01/2018', () => {
    const monthly = spec.tasks.filter((t) => t.deadlines.some((d) => d.phrase === 'Hoàn thành trong tháng 01/2018'));
    expect(monthly).toHaveLength(2);
    for (const t of monthly) {
      expect(leads(t)).toEqual(['kt-sldtbxh']);
      expect(t.deadlines.map((d) => [d.kind, d.nominal, d.due])).toEqual([['once', '2018-01-31', '2018-01-31']]);
    }
  });

  test('the members of the Ban chỉ đạo send their comments before 20/01/2018: due 19/01/2018', () => {
    const t = taskStarting(spec, 'Tiếp tục rà soát, tham gia ý kiến');
    expect(leads(t)).toEqual(['kt-bcd-tre-em']);
    expect(t.assignees[0].group).toBe(true);
    expect(t.deadlines.map((d) => [d.phrase, d.nominal, d.due])).toEqual([['trước ngày 20/01/2018', '2018-01-19', '2018-01-19']]);
  });

  test('the periodic reports (6 tháng, một năm) recur on the reporting calendar; the programme\'s issue is an event', () => {
    const t = taskStarting(spec, 'Sau khi Chương trình công tác năm 2018');
    const recurring = t.deadlines.find((d) => d.kind === 'recurring')!;
    expect(recurring.recurrence).toEqual({ freq: 'reporting', periods: ['semiannual', 'annual'] });
    expect(recurring.occurrences).toHaveLength(4);
    expect(t.deadlines.some((d) => d.kind === 'event')).toBe(true);
  });

  test('the meeting of 05/01/2018 and the cited documents give no deadline', () => {
    expect(onceNominals(spec)).toEqual(['2018-01-19', '2018-01-31', '2018-01-31']);
    expect(spec.tasks.flatMap((t) => t.deadlines).some((d) => d.phrase.includes('05/01/2018'))).toBe(false);
  });

  test('"Giao Sở Kế hoạch và Đầu tư: Khẩn trương …" is urgent; "1. Ghi nhận …" is no task', () => {
    const t = taskStarting(spec, 'Khẩn trương phối hợp');
    expect(leads(t)).toEqual(['kt-skhdt']);
    expect(t.deadlines.map((d) => [d.kind, d.urgent])).toEqual([['none', true]]);
    expect(spec.tasks.some((t2) => t2.text.startsWith('Ghi nhận'))).toBe(false);
  });

  test('the tasks under "2.8. Yêu cầu UBND các huyện, thành phố" go to that group, the paragraph before its bullets included', () => {
    const t = taskStarting(spec, 'Chủ động xây dựng Kế hoạch và quan tâm bố trí kinh phí');
    expect(leads(t)).toEqual(['kt-ubnd-cac-huyen']);
    expect(leads(taskStarting(spec, 'Tăng cường chỉ đạo Hội đồng đánh giá'))).toEqual(['kt-ubnd-cac-huyen']);
  });

  test('"Phối hợp với Sở Y tế …" under Sở Giáo dục và Đào tạo: Sở Y tế coordinates', () => {
    const t = taskStarting(spec, 'Phối hợp với Sở Y tế');
    expect([leads(t), coordinators(t)]).toEqual([['kt-sgddt'], ['kt-syt']]);
  });
});

describe('seed 001: an unsigned draft ("Số: /UBND-KGVX", no date)', () => {
  const spec = read('001');

  test('reads without a number or a date, and says so', () => {
    expect(spec.document).toMatchObject({ number: null, code: 'UBND-KGVX', issuedOn: null, type: 'Công văn' });
    expect(spec.document.subject).toMatch(/^V\/v tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em/u);
    expect(spec.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['document-number-missing', 'document-date-missing']));
  });

  test('addressees from "Kính gửi"', () => {
    expect(spec.document.addressees).toEqual(['Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân các huyện, thành phố']);
  });

  test('"ít nhất 01 lần/tháng" is a monthly recurrence of Báo Kon Tum and Đài Phát thanh - Truyền hình tỉnh', () => {
    const t = taskStarting(spec, 'Tăng cường phối hợp với các đơn vị, địa phương đẩy mạnh');
    expect(leads(t)).toEqual(['kt-baokt', 'kt-daipttt']);
    expect(t.deadlines.map((d) => [d.kind, d.recurrence])).toEqual([['recurring', { freq: 'monthly', day: 'last' }]]);
  });

  test('Sở Lao động-Thương binh và Xã hội leads, Sở Y tế coordinates', () => {
    const t = taskStarting(spec, 'Chủ trì, phối hợp với Sở Y tế');
    expect([leads(t), coordinators(t)]).toEqual([['kt-sldtbxh'], ['kt-syt']]);
  });

  test('with --issued-on the monthly occurrences are placed: the first is the month\'s last day', () => {
    const dated = read('001', '2019-07-01');
    const t = taskStarting(dated, 'Tăng cường phối hợp với các đơn vị, địa phương đẩy mạnh');
    expect(t.deadlines[0].occurrences[0].nominal).toBe('2019-07-31');
    expect(dated.document.issuedOn).toBe('2019-07-01');
  });
});

describe('seed 002: Kế hoạch of huyện Kon Rẫy (2024), tasks under "** Thực hiện:" lines', () => {
  const spec = read('002');

  test.each([
    ['Tổ chức nghiên cứu, quán triệt', ['kr-phong-ban-nganh', 'kr-ubnd-cac-xa'], []],
    ['Tăng cường tuyên truyền, hướng dẫn kỹ năng phòng tránh', ['kr-pldtbxh'], ['kr-pgddt', 'kr-ubnd-cac-xa']],
    ['Ưu tiên đầu tư, hỗ trợ các trang thiết bị', ['kr-pvhtt', 'kr-ttvhttdltt'], ['kr-ubnd-cac-xa']],
    ['Tổ chức các hoạt động văn hoá, nghệ thuật', ['kr-pvhtt', 'kr-ttvhttdltt'], ['kr-ubnd-cac-xa']],
    ['Tăng cường công tác bảo vệ trẻ em trước thông tin không có lợi', ['kr-pvhtt'], []],
    ['Rà soát, bổ sung, đưa các tiêu chí', ['kr-ptckh'], ['kr-pldtbxh', 'kr-ubnd-cac-xa']],
    ['Phối hợp và đạo điều kiện', ['kr-phong-ban-nganh', 'kr-ubnd-cac-xa'], []],
    ['Chủ trì theo dõi, hướng dẫn, đôn đốc', ['kr-pldtbxh'], []],
    ['Đề nghị Huyện đoàn', ['kr-huyendoan'], []],
  ])('"%s…": leads %j, coordinators %j', (words, expectedLeads, expectedCoordinators) => {
    const t = taskStarting(spec, words);
    expect(leads(t)).toEqual(expectedLeads);
    expect(coordinators(t)).toEqual(expectedCoordinators);
  });

  test('a paragraph cut by footnotes goes on in the same task; footnotes and purposes are no tasks', () => {
    const t = taskStarting(spec, 'Tăng cường tuyên truyền, hướng dẫn kỹ năng phòng tránh');
    expect(t.text.endsWith('trên địa bàn huyện Kon Rẫy.')).toBe(true);
    expect(spec.tasks.some((x) => /^(chống tai nạn|Kế hoạch 178|Chương trình hành động quốc gia|Cụ thể hoá|Việc cụ thể hóa)/u.test(x.text))).toBe(false);
  });

  test('no number, no date: warned', () => {
    expect(spec.document.type).toBe('Kế hoạch');
    expect(spec.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['document-number-missing', 'document-date-missing']));
  });
});

describe('seed 003: Công văn 279/UBND-LĐTBXH of huyện Lục Nam, 26/3/2015', () => {
  const spec = read('003');

  test('header', () => {
    expect(spec.document).toMatchObject({ number: '279/UBND-LĐTBXH', type: 'Công văn', place: 'Lục Nam', issuedOn: '2015-03-26' });
    expect(spec.document.addressees).toEqual(['UBND các xã, thị trấn']);
    expect(spec.document.subject).toBe('V/v tăng cường công tác bảo vệ và chăm sóc trẻ em năm 2015');
  });

  test('"trước ngày 20/4 và 30/10 năm 2015": 19/4 (a Sunday, due Monday 20/4) and 29/10/2015', () => {
    const t = taskStarting(spec, 'Thực hiện đầy đủ chế độ thông tin, báo cáo');
    expect(t.ref).toBe('7');
    expect(t.deadlines.map((d) => [d.nominal, d.due])).toEqual([['2015-04-19', '2015-04-20'], ['2015-10-29', '2015-10-29']]);
    expect(leads(t)).toEqual(['ln-ubnd-cac-xa']);
  });

  test('none of the dozen cited documents\' dates is a deadline', () => {
    expect(onceNominals(spec)).toEqual(['2015-04-19', '2015-10-29']);
  });

  test('the numbered items are addressed to the communes of Lục Nam, not of Kon Rẫy', () => {
    expect(spec.tasks.every((t) => leads(t).includes('ln-ubnd-cac-xa'))).toBe(true);
  });
});

describe('seed 004: a web article about Công văn 4628/UBND-KGVX of 21/12/2020', () => {
  const spec = read('004');

  test('number, type and date from the news lead; the year from the page stamp', () => {
    expect(spec.document).toMatchObject({ number: '4628/UBND-KGVX', type: 'Công văn', issuedOn: '2020-12-21' });
  });

  test('a task per agency paragraph', () => {
    const allLeads = spec.tasks.flatMap(leads);
    for (const id of ['kt-sldtbxh', 'kt-stttt', 'kt-ca', 'kt-sgddt', 'kt-svhttdl', 'kt-bdt', 'kt-ubnd-cac-huyen']) expect(allLeads).toContain(id);
    const t = taskStarting(spec, 'Tiếp tục rà soát, kịp thời đề xuất');
    expect([leads(t), coordinators(t)]).toEqual([['kt-sldtbxh'], ['kt-ubnd-cac-huyen']]);
  });

  test('"Hằng năm, tham mưu …" goes on with Sở Lao động - Thương binh và Xã hội, yearly', () => {
    const t = taskStarting(spec, 'Hằng năm, tham mưu');
    expect(leads(t)).toEqual(['kt-sldtbxh']);
    expect(t.deadlines.map((d) => d.recurrence)).toEqual([{ freq: 'reporting', periods: ['annual'] }]);
  });

  test('nothing from the page chrome, no one-off deadline in the article', () => {
    expect(spec.tasks.some((t) => /Bài viết trước|Icon|Đăng nhập|TRUY CẬP/u.test(t.text))).toBe(false);
    expect(onceNominals(spec)).toEqual([]);
  });
});

describe('every seed', () => {
  test.each(['000', '001', '002', '003', '004'])('seed %s satisfies the DirectiveSpec schema and every task has an assignee or a warning', async (name) => {
    const { DirectiveSpec } = await import('../../directives/spec');
    const spec = read(name);
    expect(() => DirectiveSpec.parse(spec)).not.toThrow();
    const warned = new Set(spec.warnings.filter((w) => w.code === 'task-without-assignee').map((w) => w.message));
    for (const t of spec.tasks) if (t.assignees.length === 0) expect([...warned].some((m) => m.includes(t.ref || t.id))).toBe(true);
  });
});
