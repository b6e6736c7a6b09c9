import { deadlinesOf } from '../helpers';

const rules = (sentence: string) => deadlinesOf(sentence).map((d) => d.recurrence);

describe('recurring obligations: PeriodicReportParser, EveryPeriodParser, TimesPerPeriodParser, ReportingDayParser', () => {
  test.each([
    // Seed 000.
    ['thực hiện nghiêm túc, kịp thời các chế độ báo cáo định kỳ (6 tháng, một năm) gửi cơ quan Thường trực.', [{ freq: 'reporting', periods: ['semiannual', 'annual'] }]],
    ['định kỳ hằng quý báo cáo UBND tỉnh kết quả thực hiện.', [{ freq: 'reporting', periods: ['quarterly'] }]],
    // hethongphapluat.vn: Kế hoạch 130/KH-UBND (2022) of Ninh Bình.
    ['Kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình phải được thực hiện định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ.', [{ freq: 'reporting', periods: ['semiannual', 'annual'] }]],
    // Seed 004.
    ['Hằng năm, tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh bố trí kinh phí.', [{ freq: 'reporting', periods: ['annual'] }]],
    ['gửi báo cáo hàng tháng về Sở Nội vụ.', [{ freq: 'reporting', periods: ['monthly'] }]],
    // luatminhkhue.vn: Quyết định 55/2007/QĐ-UBND of Ninh Thuận.
    ['tham mưu Ủy ban nhân dân tỉnh chỉ đạo tổ chức triển khai Kế hoạch hành động; tổ chức sơ kết hằng năm việc thực hiện.', [{ freq: 'reporting', periods: ['annual'] }]],
    // Seed 001.
    ['xây dựng chuyên trang để đăng tải, phát sóng định kỳ ít nhất 01 lần/tháng.', [{ freq: 'monthly', day: 'last' }]],
    ['kiểm tra tối thiểu 1 lần/quý.', [{ freq: 'quarterly', day: 'last', monthOfQuarter: 3 }]],
    ['gửi báo cáo trước ngày 15 hằng tháng.', [{ freq: 'monthly', day: 14 }]],
    ['gửi số liệu vào ngày 20 hàng tháng.', [{ freq: 'monthly', day: 20 }]],
    ['báo cáo quý gửi chậm nhất ngày 25 của tháng cuối quý.', [{ freq: 'quarterly', day: 25, monthOfQuarter: 3 }]],
  ])('%s', (sentence, expected) => {
    expect(rules(sentence)).toEqual(expected);
  });

  test.each([
    // Topics: "hằng năm" qualifies a plan or an annual event (seeds 001, 002).
    'Đưa các chỉ tiêu về chăm sóc, bảo vệ trẻ em vào kế hoạch hằng năm của địa phương.',
    'Trong đó, đẩy mạnh công tác thông tin, truyền thông về Luật Trẻ em, Tháng hành động vì trẻ em hằng năm.',
    'lồng ghép các mục tiêu vào kế hoạch phát triển kinh tế - xã hội 5 năm, hằng năm để triển khai thực hiện.',
    // Abolished recurrences.
    'Kể từ ngày ban hành Công văn này, không thực hiện báo cáo hàng tháng.',
    'bãi bỏ chế độ báo cáo định kỳ hằng quý.',
    // "định kỳ" with no period says nothing about when.
    'định kỳ tổng hợp báo cáo kết quả thực hiện Kế hoạch này.',
  ])('no recurrence: %s', (sentence) => {
    expect(rules(sentence)).toEqual([]);
  });

  test('a recurring deadline lists its next four occurrences after the document date, in order', () => {
    const [d] = deadlinesOf('báo cáo định kỳ (6 tháng, một năm).');
    expect(d.occurrences).toHaveLength(4);
    const nominalsList = d.occurrences.map((o) => o.nominal);
    expect([...nominalsList].sort()).toEqual(nominalsList);
    expect(new Set(nominalsList).size).toBe(4);
    expect(nominalsList.every((n) => n > '2018-01-09')).toBe(true);
    expect(d.nominal).toBe(nominalsList[0]);
  });
});
