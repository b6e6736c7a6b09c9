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

  // kh-lao-cai-2026-134 (Kế hoạch 134/KH-UBND of Lào Cai, 2026): PDF text broken at the page's width.
  test('a hard-wrapped paragraph goes on over a line that starts with a capital; a short unterminated heading does not', () => {
    const spec = read([
      '      II. NỘI DUNG',
      '       4. Hoàn thành di dời 01 khu công nghiệp (Đông Phố Mới) và 02 cụm công',
      'nghiệp (Đông Phố Mới và Sơn Mãn).',
      '      UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý khu',
      'Kinh tế và các cơ quan đơn vị liên quan thực hiện công tác GPMB phục vụ đầu tư',
      'xây dựng dự án đường sắt Lào Cai - Hải Phòng, trong đó thực hiện di dời các cơ sở',
      'trong KCN Đông Phố Mới, CCN Đông Phố Mới và CCN Sơn Mãn tới vị trí mới theo',
      'quy hoạch, hoàn thành trong quý IV năm 2026. Việc di dời thực hiện theo quy định',
      'pháp luật hiện hành và quyết định của cơ quan có thẩm quyền.',
      '       5. Sở Khoa học và Công nghệ',
      '       Chủ trì phối hợp với các đơn vị triển khai các nhiệm vụ về chuyển giao, ứng',
      'dụng công nghệ cao, đổi mới sáng tạo và chuyển đổi số trong công nghiệp.',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.text.slice(0, 30), t.assignees.map((a) => `${a.role}:${a.agencyId ?? a.name}`), t.deadlines.map((d) => d.nominal)])).toEqual([
      ['UBND phường Lào Cai chủ trì, p', ['lead:UBND phường Lào Cai', 'coordinate:kt-sxd', 'coordinate:Ban Quản lý khu Kinh tế'], ['2026-12-31']],
      ['Chủ trì phối hợp với các đơn v', ['lead:kt-skhcn'], []],
    ]);
  });

  // kh-lao-cai-2026-du-thao-ct11 (draft Kế hoạch of Lào Cai on Chỉ thị 11-CT/TU), its Phụ lục as a docx converter wrote it.
  test('table rows without a leading bar are rows; the "(1) | (2) | …" row numbers the columns', () => {
    const spec = read([
      'TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | Thời gian thực hiện | Ghi chú',
      ' | (1) | (2) | (3) | (4) | (5)',
      '11 | Xử lý nghiêm và xử lý dứt điểm các hành vi khai thác khoáng sản bằng tàu cuốc trên sông, suối, hồ. | Công an tỉnh | Các Sở, ban, ngành và địa phương | Xong trong Quý II/2026 | ',
      '12 | Tăng cường công tác quản lý, bảo vệ khoáng sản chưa khai thác | UBND các xã, phường | Sở Nông nghiệp và Môi trường, các Sở, ban, ngành | Thường xuyên | ',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.ref, t.text.slice(0, 20), t.assignees.filter((a) => a.agencyId === null).map((a) => `${a.role}:${a.name}`)])).toEqual([
      ['11', 'Xử lý nghiêm và xử l', []],
      ['12', 'Tăng cường công tác ', ['lead:UBND các xã, phường', 'coordinate:Sở Nông nghiệp và Môi trường']],
    ]);
    expect(spec.tasks[0].assignees.map((a) => `${a.role}:${a.agencyId}`)).toEqual(['lead:kt-ca', 'coordinate:kt-cac-so-ban-nganh']);
    expect(spec.tasks[0].deadlines.map((d) => d.nominal)).toEqual(['2026-06-30']);
  });

  // kh-son-la-2023-254 (Kế hoạch bảo vệ bí mật nhà nước năm 2023 of Sơn La), IV.1 and the note after it.
  test('a "* Lưu ý:" line is a note of the item above: the item stays a task with its leads and deadlines', () => {
    const spec = read([
      'IV. TỔ CHỨC THỰC HIỆN', '',
      '1. Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao chỉ đạo: xây dựng Kế hoạch thực hiện công tác bảo vệ BMNN và gửi về UBND tỉnh trước ngày 28/2/2023; Báo cáo kết quả thực hiện công tác bảo vệ BMNN trước ngày 10/11/2023 để tổng hợp.', '',
      '* Lưu ý: Đối với các vụ lộ, mất BMNN xảy ra phải báo cáo ngay về UBND tỉnh (qua Công an tỉnh) để kịp thời giải quyết.', '',
      '2. Giao Công an tỉnh chủ trì phối hợp với Văn phòng UBND tỉnh hướng dẫn, đôn đốc việc thực hiện kế hoạch này.',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.ref, t.assignees.filter((a) => a.role === 'lead').length, t.deadlines.map((d) => d.nominal)])).toEqual([
      ['1', 2, ['2023-02-27', '2023-11-09']],
      ['2', 1, []],
    ]);
  });

  // kh-lao-cai-2026-134: "Trên đây là Kế hoạch …" over several lines closes the plan; the item before it stays a task.
  test('"Trên đây là …" opens the closing paragraph, however many lines it has', () => {
    const spec = read([
      '2. Sở Công Thương tổng hợp, báo cáo Ủy ban nhân dân tỉnh',
      'xem xét, giải quyết kịp thời.',
      'Trên đây là Kế hoạch thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai',
      'ngày 27/12/2025. Yêu cầu các sở, ban, ngành của tỉnh triển khai thực hiện./.',
    ].join('\n'));
    expect(spec.tasks.map((t) => [t.ref, t.assignees.map((a) => a.agencyId)])).toEqual([['2', ['kt-sct']]]);
  });
});
