/**
 * Who does a task: leads and coordinators, headings, "Thực hiện:" lines, "Kính gửi" addressees, groups, and the
 * warnings when nobody or somebody ambiguous is named.
 */
import { readDirective } from '../../../directives';
import { directory } from '../helpers';

const read = (text: string) => readDirective(text, { agencies: directory, issuedOn: '2018-01-09' });
const who = (text: string) => read(text).tasks.map((t) => t.assignees.map((a) => `${a.role}:${a.agencyId ?? a.name}${a.group ? '(nhóm)' : ''}`));

describe('AssignmentParser', () => {
  test('"X chủ trì, phối hợp với Y" in a "X: …" lead', () => {
    expect(who('Kon Tum, ngày 02 tháng 01 năm 2018\n\nSở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế, Công an tỉnh: tổ chức kiểm tra an toàn trường học.'))
      .toEqual([['lead:kt-sgddt', 'coordinate:kt-syt', 'coordinate:kt-ca']]);
  });

  test('"Giao X: …" and a task that coordinates with a named agency', () => {
    expect(who('1. Giao Sở Kế hoạch và Đầu tư: chủ động phối hợp với Sở Tài chính tham mưu bố trí vốn.'))
      .toEqual([['lead:kt-skhdt', 'coordinate:kt-stc']]);
  });

  test('a heading names the agency of the bullets under it; an abbreviation resolves', () => {
    expect(who('2. Sở LĐTB&XH\n- Tổng hợp số liệu.\n- Báo cáo kết quả.')).toEqual([['lead:kt-sldtbxh'], ['lead:kt-sldtbxh']]);
  });

  test('"Thực hiện: X" lines apply to the bullets since the previous one', () => {
    expect(who('1. Tuyên truyền\n- Tổ chức hội nghị.\n** Thực hiện: Sở Y tế chủ trì, phối hợp với Sở Nội vụ triển khai.*\n- In tờ rơi.\n- Phát tờ rơi.\n** Thực hiện: Công an tỉnh triển khai thực hiện.*'))
      .toEqual([['lead:kt-syt', 'coordinate:kt-snv'], ['lead:kt-ca'], ['lead:kt-ca']]);
  });

  test('numbered items with no agency go to the intro\'s "yêu cầu X", else to the "Kính gửi" addressees', () => {
    expect(who('Kính gửi: Sở Y tế.\n\nUBND tỉnh yêu cầu Sở Tư pháp thực hiện các nội dung sau:\n1. Rà soát văn bản.\n2. Báo cáo kết quả.'))
      .toEqual([['lead:kt-stp'], ['lead:kt-stp']]);
    expect(who('Kính gửi: Sở Y tế.\n\nUBND tỉnh có ý kiến như sau:\n1. Rà soát văn bản.')).toEqual([['lead:kt-syt']]);
  });

  test('groups are kept as groups; unknown agencies keep their name without an id; vague ones are dropped', () => {
    expect(who('1. UBND các huyện, thành phố: rà soát hồ sơ.')).toEqual([['lead:kt-ubnd-cac-huyen(nhóm)']]);
    expect(who('1. Sở Ngoại vụ và Liên minh Hợp tác xã tỉnh chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện.'))
      .toEqual([['lead:kt-sngv', 'lead:Liên minh Hợp tác xã tỉnh']]);
  });

  // thuviennhadat.vn: Quyết định 1528/QĐ-UBND (2021) of Bình Định: its Sở is not Kon Tum's.
  test('an agency of a province the directory does not cover keeps its name but no id', () => {
    expect(who('Số: 1528/QĐ-UBND\nBình Định, ngày 29 tháng 04 năm 2021\n\nĐiều 2.\nGiao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan tổ chức triển khai thực hiện Kế hoạch này trên địa bàn tỉnh.'))
      .toEqual([['lead:Sở Lao động - Thương binh và Xã hội']]);
  });

  test('a name the directory does not know is kept and reported once', () => {
    const spec = read('1. Liên minh Hợp tác xã tỉnh: rà soát các hợp tác xã.\n2. Liên minh Hợp tác xã tỉnh: báo cáo kết quả hoạt động.');
    expect(spec.warnings.filter((w) => w.code === 'unknown-agency').map((w) => w.message)).toEqual([
      '"Liên minh Hợp tác xã tỉnh" chưa có trong danh mục cơ quan: cần chọn cơ quan hoặc bổ sung danh mục.',
    ]);
  });

  test('warnings: a task with no assignee, an agency name two jurisdictions share', () => {
    const none = read('1. Rà soát các văn bản quy phạm pháp luật.');
    expect(none.warnings.map((w) => w.code)).toContain('task-without-assignee');
    const ambiguous = read('1. UBND các xã, thị trấn: rà soát hồ sơ.');
    const w = ambiguous.warnings.find((x) => x.code === 'ambiguous-agency')!;
    expect(w.message).toContain('kr-ubnd-cac-xa');
    expect(w.message).toContain('ln-ubnd-cac-xa');
  });

  test('"Giao Sở Giao thông vận tải:" (a verb inside the name) heads lettered items', () => {
    expect(who('1. Giao Sở Giao thông vận tải:\na) Chủ trì, phối hợp với Sở Tài chính rà soát phương án.\nb) Khẩn trương hoàn thiện hồ sơ.'))
      .toEqual([['lead:kt-sgtvt', 'coordinate:kt-stc'], ['lead:kt-sgtvt']]);
  });

  test('an item whose subject is its agencies; a group name with commas stays whole', () => {
    expect(who('4. Công an tỉnh, Sở Giao thông vận tải phối hợp tổ chức kiểm tra tải trọng xe.')).toEqual([['lead:kt-ca', 'lead:kt-sgtvt']]);
    expect(who('3. UBND các huyện, thị xã, thành phố thuộc tỉnh Gia Lai: báo cáo tiến độ.')).toEqual([['lead:UBND các huyện, thị xã, thành phố thuộc tỉnh Gia Lai(nhóm)']]);
  });

  test('a dated rule of the task wins over the reporting calendar for the same period', () => {
    const spec = read('3. Sở Y tế: Định kỳ hằng quý báo cáo tiến độ trước ngày 20 của tháng cuối quý.');
    expect(spec.tasks[0].deadlines.map((d) => d.recurrence)).toEqual([{ freq: 'quarterly', day: 19, monthOfQuarter: 3 }]);
  });

  test('"Kính gửi" as a dashed list is the fallback; a list of groups splits at the agency heads', () => {
    const text = 'Số: 456/UBND-VP\nĐức Phổ, ngày 05 tháng 02 năm 2024\n\nKính gửi:\n- Các phòng, ban, đơn vị thuộc UBND thị xã;\n- UBND các xã, phường.\n\n'
      + 'Chủ tịch UBND thị xã yêu cầu các cơ quan, đơn vị, địa phương thực hiện:\n1. Các phòng, ban, đơn vị, UBND các xã, phường rà soát lực lượng.\n2. Báo cáo thiệt hại.';
    expect(who(text)).toEqual([
      ['lead:Các phòng, ban, đơn vị(nhóm)', 'lead:UBND các xã, phường(nhóm)'],
      ['lead:Các phòng, ban, đơn vị thuộc UBND thị xã(nhóm)', 'lead:UBND các xã, phường(nhóm)'],
    ]);
  });

  test('a Chỉ thị addresses heads of agencies: "Giám đốc Sở …", "Thủ trưởng các sở …; Chủ tịch UBND các huyện …"', () => {
    const text = [
      'Số: 05/CT-UBND', 'Kon Tum, ngày 20 tháng 3 năm 2019', '', 'CHỈ THỊ', 'Về tăng cường công tác phòng cháy, chữa cháy', '',
      '1. Giám đốc Công an tỉnh: Chủ trì, phối hợp với các sở, ngành liên quan tổ chức kiểm tra; hoàn thành trước ngày 30/4/2019.',
      '2. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố: định kỳ 6 tháng báo cáo kết quả trước ngày 15/6 và 15/12 hằng năm.',
      '3. Giám đốc Sở Công Thương chỉ đạo các đơn vị kinh doanh xăng dầu rà soát phương án chữa cháy.',
    ].join('\n');
    // "các sở, ngành liên quan" are only the relevant ones: not the whole group.
    expect(who(text)).toEqual([['lead:kt-ca'], ['lead:kt-cac-so-ban-nganh(nhóm)', 'lead:kt-ubnd-cac-huyen(nhóm)'], ['lead:kt-sct']]);
    // Two written days a year are the half-yearly reports: the reporting calendar's own days give way.
    expect(read(text).tasks[1].deadlines.map((d) => d.recurrence)).toEqual([{ freq: 'yearly', dates: [{ month: 6, day: 14 }, { month: 12, day: 14 }] }]);
  });

  // cv-lai-chau-2016-23 (Công văn 23/UBND-TN of Lai Châu, 2016), cv-bac-kan-2021-1066 (Công văn 1066/UBND-VXNV of Bắc Kạn).
  test('a connective and the issuer may stand before "giao / yêu cầu"; "phối hợp" without "với" still coordinates', () => {
    expect(who('Theo đó, giao Sở Tài nguyên và Môi trường chủ trì, phối hợp Ban Quản lý Khu kinh tế cửa khẩu Ma Lù Thàng xây dựng báo cáo định kỳ công tác bảo vệ môi trường khu kinh tế, khu công nghiệp năm 2015; hoàn thiện báo cáo trước ngày 31/01/2016.'))
      .toEqual([['lead:kt-stnmt', 'coordinate:Ban Quản lý Khu kinh tế cửa khẩu Ma Lù Thàng']]);
    expect(who('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Công Thương rà soát, báo cáo tình hình các cụm công nghiệp trước ngày 10/8/2018.'))
      .toEqual([['lead:kt-sct']]);
  });

  test('"…, Sở Kế hoạch và Đầu tư có nhiệm vụ …" after an opening clause: the agency leads, not the ones of the clause', () => {
    expect(who('Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp báo cáo, tham mưu cho UBND tỉnh lựa chọn tổng kết thực tiễn; trình UBND tỉnh trước ngày 15/11/2021 để tổng hợp./.'))
      .toEqual([['lead:kt-skhdt']]);
    // kh-son-la-2023-254: "Thủ trưởng …; Chủ tịch … có trách nhiệm": the heads' agencies, "UBND tỉnh" only qualifies the sở.
    expect(who('7. Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố có trách nhiệm lãnh đạo, chỉ đạo thực hiện tốt các quy định về bảo vệ bí mật nhà nước.'))
      .toEqual([['lead:kt-cac-so-ban-nganh(nhóm)', 'lead:kt-ubnd-cac-huyen(nhóm)']]);
  });

  test('"UBND tỉnh yêu cầu các đơn vị, địa phương …": the agencies the paragraph before directs, else the "Kính gửi" addressees', () => {
    const text = 'Ngày 01/3/2021, UBND tỉnh ban hành Công văn chỉ đạo các sở, ban, ngành thuộc UBND tỉnh và UBND các huyện, thành phố tổ chức tổng kết thực tiễn, nghiên cứu lý luận năm 2021.\n\n'
      + 'Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương chỉ đạo, tổ chức triển khai tổng kết theo quy định và báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư để tổng hợp trước ngày 01/11/2021.';
    expect(who(text)).toEqual([['lead:kt-cac-so-ban-nganh(nhóm)', 'lead:kt-ubnd-cac-huyen(nhóm)']]);
    expect(read(text).tasks[0].assignees[0].name).toBe('các sở, ban, ngành thuộc UBND tỉnh');
    expect(who('Kính gửi: Sở Y tế; Sở Tài chính.\n\nTheo đó, UBND tỉnh yêu cầu các cơ quan, đơn vị rà soát và báo cáo kết quả trước ngày 30/3/2018.'))
      .toEqual([['lead:kt-syt', 'lead:kt-stc']]);
  });

  // cv-lai-chau-2019-846 (Công văn 846/UBND-TH of Lai Châu, 2019).
  test('a group\'s name runs over "tỉnh", "thuộc UBND tỉnh"', () => {
    const spec = read('Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo tình hình giải ngân kế hoạch đầu tư công năm 2019. Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019.');
    expect(spec.tasks.map((t) => t.assignees.map((a) => a.name))).toEqual([['các sở, ngành tỉnh', 'Uỷ ban nhân dân các huyện, thành phố', 'Các Ban QLDA chuyên ngành tỉnh']]);
  });

  // kh-son-la-2023-254 (Kế hoạch bảo vệ bí mật nhà nước 2023 of Sơn La), items II.6, II.8 and IV.3.
  test('"(Giao Công an tỉnh chủ trì, phối hợp với …)" after the work; "giúp Chủ tịch UBND tỉnh" names whom it helps, not a coordinator', () => {
    expect(who([
      '6. Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan, tổ chức có liên quan tham mưu).',
      '8. Thành lập Đoàn kiểm tra việc chấp hành các quy định về bảo vệ BMNN năm 2023 tại các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố (Giao Công an tỉnh tham mưu).',
      '3. Giao Công an tỉnh chủ trì phối hợp với Văn phòng UBND tỉnh giúp Chủ tịch UBND tỉnh hướng dẫn, đôn đốc, kiểm tra việc thực hiện kế hoạch này.',
    ].join('\n'))).toEqual([['lead:kt-ca', 'coordinate:kt-vpubnd', 'coordinate:kt-stp'], ['lead:kt-ca'], ['lead:kt-ca', 'coordinate:kt-vpubnd']]);
  });

  // kh-lao-cai-2026-134 (Kế hoạch 134/KH-UBND of Lào Cai, 2026), item V.9.
  test('a name the directory does not know does not keep the "và" before a group that is dropped', () => {
    expect(who('- Ủy ban nhân dân phường Yên Bái chủ trì phối hợp với Ủy ban nhân dân phường Văn Phú và các sở, ban ngành có liên quan xây dựng phương án di dời cụm công nghiệp Đầm Hồng.'))
      .toEqual([['lead:Ủy ban nhân dân phường Yên Bái', 'coordinate:Ủy ban nhân dân phường Văn Phú']]);
  });

  // kh-lao-cai-2026-134 and kh-lao-cai-2026-du-thao-ct11 (Lào Cai, 2026): a 2025 merged department, a line break in a name.
  test('"và" splits a list only before another agency: "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thông tin và Du lịch" stay whole', () => {
    expect(who('- Sở Nông nghiệp và Môi trường tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Ban Thường vụ Tỉnh ủy.'))
      .toEqual([['lead:Sở Nông nghiệp và Môi trường']]);
    expect(who('1. Sở Văn hóa, Thông tin và Du lịch và Ban Dân tộc tỉnh chủ trì rà soát hồ sơ.'))
      .toEqual([['lead:Sở Văn hóa, Thông tin và Du lịch', 'lead:kt-bdt']]);
    expect(who('1. UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý khu\nKinh tế và các cơ quan đơn vị liên quan thực hiện công tác GPMB.'))
      .toEqual([['lead:UBND phường Lào Cai', 'coordinate:kt-sxd', 'coordinate:Ban Quản lý khu Kinh tế']]);
  });

  test('"Ủy ban nhân dân cấp xã", "UBND cấp huyện" and "Thuế tỉnh" start agency names (headings of kh-lao-cai-2026-134, -du-thao-ct11)', () => {
    expect(who('9. Ủy ban nhân dân cấp xã\n- Thường xuyên rà soát các dự án trong cụm công nghiệp.')).toEqual([['lead:Ủy ban nhân dân cấp xã']]);
    expect(who('9. Thuế tỉnh\n- Tổ chức kiểm tra, đối chiếu khối lượng khoáng sản kê khai.')).toEqual([['lead:Thuế tỉnh']]);
    expect(who('- UBND cấp huyện chủ trì, phối hợp với các Sở, ban ngành thực hiện công tác GPMB.')).toEqual([['lead:UBND cấp huyện', 'coordinate:kt-cac-so-ban-nganh(nhóm)']]);
  });
});
