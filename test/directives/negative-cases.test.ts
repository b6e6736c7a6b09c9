/**
 * Dates that are never deadlines: citations, meetings, the document's own date, periods, document numbers,
 * holiday names, status dates in news, effective dates. Sentences from the seeds and from real documents of
 * other provinces (source on each line).
 */
import { deadlinesOf } from './helpers';

describe('dates that are not deadlines', () => {
  test.each([
    // Seed 000: citations and the meeting.
    'Tiếp tục hướng dẫn thực hiện theo Kế hoạch số 2516/KH-UBND, ngày 03/10/2014 của Ủy ban nhân dân tỉnh.',
    'triển khai thực hiện Kế hoạch số 38-KH/TU, ngày 22/01/2013 của Ban Thường vụ Tỉnh ủy tại địa phương.',
    'Ngày 05/01/2018, tại Hội trường cơ quan Sở Lao động - Thương binh và Xã hội, đồng chí Phó Chủ tịch đã chủ trì cuộc họp.',
    'các Kế hoạch có liên quan đến trẻ em giai đoạn 2016 - 2020 của UBND tỉnh.',
    'đã được UBND tỉnh phê duyệt tại Quyết định số 1454 /QĐ - UBND ngày 29 tháng 12 năm 2017.',
    // Seed 001.
    'quán triệt Chỉ thị số 20-CT/TW, ngày 05-11-2012 của Bộ Chính trị.',
    'tổ chức các hoạt động thiết thực nhân ngày Quốc tế thiếu nhi (1-6); Ngày gia đình Việt Nam (28-6); Tết Trung thu.',
    // Seed 003.
    'Căn cứ công văn số 813/LĐT B&XH-BVCSTE ngày 10/3/2015 của Sở Lao động TB&XH tỉnh Bắc Giang.',
    // Document numbers that look like dates.
    'thực hiện theo Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ.',
    // Holiday names.
    'bảo đảm an ninh trật tự trong dịp nghỉ Lễ 30/4 – 1/5.',
    'tổ chức các hoạt động chào mừng Quốc khánh 2/9.',
    // dulieuphapluat.vn: Quyết định 41/2019/QĐ-UBND of Quảng Trị (an effective date).
    'Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019.',
    // A status date in a news item.
    'Tính đến ngày 30/11/2020, toàn tỉnh có 25 xã đạt chuẩn.',
    'Căn cứ Quyết định số 12/QĐ-UBND có hiệu lực từ ngày 01/01/2018 đến ngày 31/12/2018.',
    // kontum.gov.vn (news of 08/7/2024): a session of the council.
    'Sáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh khóa XII, đồng chí Phó Chủ tịch trình bày báo cáo.',
    // thuvienphapluat.vn: Chỉ thị 08/CT-UBND (2015) of Quảng Bình.
    'Ngày 21/04/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg về việc tăng cường chỉ đạo điều hành.',
    // thuviennhadat.vn: Quyết định 1528/QĐ-UBND (2021) of Bình Định.
    'Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.',
    // Years that are targets or horizons.
    'Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030 và tầm nhìn đến năm 2045.',
    'Có 1975 người tham gia.',
  ])('%s', (sentence) => {
    expect(deadlinesOf(sentence).map((d) => `${d.kind} ${d.phrase}`)).toEqual([]);
  });
});
