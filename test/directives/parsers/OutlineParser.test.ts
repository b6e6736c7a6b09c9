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

  // ykcd-quang-tri-2023-6202 (Công văn 6202/UBND-KT of Quảng Trị), ykcd-lang-son-2017-3585, seed 001.
  test('a last line "…./." is a task unless it is a closing formula', () => {
    const spec = read([
      'UBND tỉnh có ý kiến như sau:',
      'Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023./.',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.assignees.map((a) => a.agencyId), t.deadlines.map((d) => d.nominal)])).toEqual([[['kt-stnmt'], ['2023-12-09']]]);
    for (const closing of [
      'Văn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi trường, các cơ quan liên quan thực hiện./.',
      'Ủy ban nhân dân tỉnh yêu cầu các đơn vị, địa phương nghiêm túc thực hiện./.',
      'Ủy ban nhân dân tỉnh yêu cầu các Sở, ban, ngành nghiêm túc triển khai thực hiện Kế hoạch này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Tài chính./.',
    ]) {
      expect(read(`1. Sở Y tế: rà soát hồ sơ.\n${closing}`).tasks.map((t) => t.text)).toEqual(['rà soát hồ sơ.']);
    }
  });

  // ykcd-lai-chau-2018-nd68 (directions of the Chủ tịch UBND tỉnh Lai Châu on Nghị định 68/2017/NĐ-CP).
  test('what comes before "… có ý kiến chỉ đạo:" is context; a reporter\'s byline ends the page and is no task', () => {
    const spec = read([
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan phối hợp tổ chức triển khai thực hiện đánh giá 1 năm triển khai thực hiện Nghị định số 68/2017/NĐ-CP.', '',
      'Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương.', '',
      'Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:', '',
      'Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá, tổng hợp báo cáo. Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương.', '', '',
      'Việt Tiến',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.text.slice(0, 20), t.assignees.map((a) => a.agencyId)])).toEqual([['Giao Sở Công Thương ', ['kt-sct']]]);
    // cv-lai-chau-2016-23: the byline followed by the page's "print send mail".
    expect(read('Giao Sở Y tế chủ trì rà soát hồ sơ trước ngày 30/6/2021.\n \nThu Hoài\n print   send mail').tasks).toHaveLength(1);
  });
});
