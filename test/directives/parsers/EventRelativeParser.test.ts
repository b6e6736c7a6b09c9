import { deadlinesOf } from '../helpers';

describe('EventRelativeParser: periods counted from an event', () => {
  test('seed 000: "Sau khi Chương trình … được ban hành" is an event', () => {
    const [d] = deadlinesOf('Sau khi Chương trình công tác năm 2018 của Ban chỉ đạo tỉnh được ban hành, chủ động xây dựng kế hoạch cụ thể.');
    expect(d.kind).toBe('event');
    expect(d.event).toContain('Chương trình công tác năm 2018');
    expect(d.nominal).toBeNull();
  });

  test('"trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản"', () => {
    const [d] = deadlinesOf('trả lời trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản.');
    expect([d.kind, d.period, d.event]).toEqual(['event', { count: 15, unit: 'workingDay' }, 'ngày nhận được văn bản']);
  });

  test('"chậm nhất 05 ngày sau khi kết thúc đợt kiểm tra"', () => {
    const [d] = deadlinesOf('gửi báo cáo chậm nhất 05 ngày sau khi kết thúc đợt kiểm tra.');
    expect([d.kind, d.period]).toEqual(['event', { count: 5, unit: 'day' }]);
  });

  test('counted from a written day: the period starts the next day (Civil Code art. 147), 10 days from 01/3 end 11/3', () => {
    const [d] = deadlinesOf('hoàn thành trong vòng 10 ngày kể từ ngày 01/3/2018.');
    expect([d.kind, d.nominal]).toEqual(['once', '2018-03-11']);
  });

  test('hours after an event: kind event without a period', () => {
    const [d] = deadlinesOf('Báo cáo tình hình thiệt hại gửi về UBND huyện trong vòng 24 giờ sau khi xảy ra thiên tai.');
    expect([d.kind, d.event, d.period]).toEqual(['event', 'xảy ra thiên tai', null]);
  });
});


describe('periods counted from the document\'s signing', () => {
  // 09/01/2018 + 15 days = 24/01/2018 (Civil Code art. 147: the period starts the next day).
  test('"trong thời hạn 15 ngày kể từ ngày ký" is a one-off deadline once the document is dated', () => {
    const [d] = deadlinesOf('báo cáo trong thời hạn 15 ngày kể từ ngày ký.');
    expect([d.kind, d.nominal, d.period]).toEqual(['once', '2018-01-24', { count: 15, unit: 'day' }]);
  });

  // 10 working days after Tuesday 09/01/2018: 10, 11, 12, 15, 16, 17, 18, 19, 22, 23 January.
  test('"trong vòng 10 ngày làm việc kể từ ngày ban hành" counts working days', () => {
    const [d] = deadlinesOf('gửi phương án trong vòng 10 ngày làm việc kể từ ngày ban hành Công văn này.');
    expect([d.kind, d.nominal]).toEqual(['once', '2018-01-23']);
  });
});
