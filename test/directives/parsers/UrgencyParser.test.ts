import { readSentence } from '../helpers';

describe('UrgencyParser: tasks with no date', () => {
  test('"Khẩn trương …" is kind none and urgent', () => {
    const [d] = readSentence('Khẩn trương phối hợp với các đơn vị tham mưu triển khai Dự án.').tasks[0].deadlines;
    expect([d.kind, d.urgent, d.nominal]).toEqual(['none', true, null]);
  });

  test('"Tiếp tục …" is kind none, not urgent', () => {
    const [d] = readSentence('Tiếp tục hướng dẫn các cơ quan báo chí tăng cường tuyên truyền.').tasks[0].deadlines;
    expect([d.kind, d.urgent]).toEqual(['none', false]);
  });

  test('urgency carries over to a dated deadline, which is then the only one', () => {
    const deadlines = readSentence('Khẩn trương hoàn thành trước ngày 20/01/2018.').tasks[0].deadlines;
    expect(deadlines.map((d) => [d.kind, d.nominal, d.urgent])).toEqual([['once', '2018-01-19', true]]);
  });
});
