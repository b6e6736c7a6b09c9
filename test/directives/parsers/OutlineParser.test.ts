/**
 * The outline: which items are tasks. Sections that state purposes, footnotes, page-break continuations, articles of
 * a decision, and a plan attached after the decision's signature.
 */
import { readDirective } from '../../../directives';
import { directory } from '../helpers';

const read = (text: string) => readDirective(text, { agencies: directory, issuedOn: '2021-04-29' });

describe('OutlineParser', () => {
  test('leaves are tasks; "I. MỤC ĐÍCH, YÊU CẦU" gives none; a footnote does not cut a task', () => {
    const spec = read([
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích: nâng cao nhận thức.', '2. Yêu cầu: bám sát thực tế.',
      'II. NHIỆM VỤ, GIẢI PHÁP', '1. Sở Y tế', '- Tổ chức tập huấn cho cán bộ y tế cơ sở, hoàn thành trong quý III/2021;',
      '(¹) Quyết định số 12/QĐ-UBND ngày 01/3/2021 của UBND tỉnh.', 'trước hết tại các xã vùng sâu.',
      '- Kiểm tra an toàn thực phẩm.',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.text, t.deadlines.filter((d) => d.kind === 'once').map((d) => d.nominal)])).toEqual([
      ['Tổ chức tập huấn cho cán bộ y tế cơ sở, hoàn thành trong quý III/2021; trước hết tại các xã vùng sâu.', ['2021-09-30']],
      ['Kiểm tra an toàn thực phẩm.', []],
    ]);
  });

  // The shape of thuviennhadat.vn's Quyết định 1528/QĐ-UBND (2021) of Bình Định: articles, then the attached plan.
  test('a decision\'s execution articles are no tasks; the plan attached after its signature is read', () => {
    const spec = read([
      'Số: 1528/QĐ-UBND', 'Kon Tum, ngày 29 tháng 04 năm 2021', 'QUYẾT ĐỊNH', 'BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI', '',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình phát triển công tác xã hội.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn A', '',
      'KẾ HOẠCH', '(Ban hành kèm theo Quyết định số 1528/QĐ-UBND ngày 29/4/2021 của UBND tỉnh)', '',
      'I. NHIỆM VỤ', '1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ rà soát đội ngũ, hoàn thành trong tháng 6/2021.',
      '2. Sở Tài chính: bố trí kinh phí hằng năm.',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.ref, t.assignees.map((a) => `${a.role}:${a.agencyId}`), t.deadlines.map((d) => d.kind)])).toEqual([
      ['1', ['lead:kt-sldtbxh', 'coordinate:kt-snv'], ['once']],
      ['2', ['lead:kt-stc'], ['recurring']],
    ]);
    expect(spec.tasks[0].deadlines[0].nominal).toBe('2021-06-30');
    expect(spec.tasks[1].deadlines[0].recurrence).toEqual({ freq: 'reporting', periods: ['annual'] });
  });
});
