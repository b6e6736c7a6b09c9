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
    // A day in brackets after the period is that period's day, "trước ngày D" = D − 1; no one-off beside it.
    // Draft Kế hoạch of UBND tỉnh Lào Cai on Chỉ thị 11-CT/TU (2026), V.
    ['Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh.', [{ freq: 'yearly', dates: [{ month: 12, day: 9 }] }]],
    ['Báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) gửi Sở Nội vụ.', [
      { freq: 'yearly', dates: [{ month: 6, day: 14 }] }, { freq: 'yearly', dates: [{ month: 12, day: 14 }] },
    ]],
    ['Báo cáo định kỳ 6 tháng (trước ngày 15/6 và 15/12) gửi Sở Nội vụ.', [{ freq: 'yearly', dates: [{ month: 6, day: 14 }, { month: 12, day: 14 }] }]],
    ['Báo cáo định kỳ 6 tháng và hằng năm (chậm nhất ngày 15/12) gửi Sở Nội vụ.', [
      { freq: 'reporting', periods: ['semiannual'] }, { freq: 'yearly', dates: [{ month: 12, day: 15 }] },
    ]],
    ['Báo cáo định kỳ hằng tháng (trước ngày 20) gửi Sở Nội vụ.', [{ freq: 'monthly', day: 19 }]],
    // A written year makes the bracket a one-off: the period keeps the reporting calendar.
    ['Báo cáo định kỳ hằng năm (trước ngày 10/12/2018) gửi Sở Nội vụ.', [{ freq: 'reporting', periods: ['annual'] }, null]],
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

  test('"định kỳ hàng năm (trước ngày 10/12)" after 9/1/2018: first Sunday 9/12/2018, due Monday 10/12/2018; one phrase', () => {
    const ds = deadlinesOf('Các Sở, ngành định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh.');
    expect(ds.map((d) => [d.kind, d.phrase, d.nominal, d.due])).toEqual([['recurring', 'định kỳ hàng năm (trước ngày 10/12)', '2018-12-09', '2018-12-10']]);
    expect(ds[0].occurrences[1]).toEqual({ nominal: '2019-12-09', due: '2019-12-09' });
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
