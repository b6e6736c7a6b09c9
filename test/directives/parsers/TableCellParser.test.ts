/**
 * Task tables ("Phụ lục phân công"): a header names the columns; each row is a task with its lead and coordinating
 * agencies in their columns and a bare period in its time column.
 */
import { readDirective } from '../../../directives';
import { directory } from '../helpers';

const table = [
  'Số: 12/KH-UBND', 'Kon Tum, ngày 10 tháng 01 năm 2023', '', 'KẾ HOẠCH', 'Triển khai công tác bảo vệ trẻ em năm 2023', '', 'II. NHIỆM VỤ', '',
  '| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
  '|---|---|---|---|---|',
  '| 1 | Rà soát trẻ em có hoàn cảnh đặc biệt | Sở Lao động - Thương binh và Xã hội | UBND các huyện, thành phố | Quý II/2023 |',
  '| 2 | Tập huấn kỹ năng cho cán bộ | Sở Y tế | Sở Giáo dục và Đào tạo | Tháng 6/2023 |',
  '| 3 | Tổng kết Kế hoạch năm 2023 | Sở Nội vụ | | Trước 15/12/2023 |',
  '| 4 | Hoàn thiện cơ sở dữ liệu | Sở Thông tin và Truyền thông | | 30/9/2023 |',
  '| 5 | Truyền thông | Báo Kon Tum | | Thường xuyên |',
].join('\n');

describe('TableCellParser and table rows', () => {
  const spec = readDirective(table, { agencies: directory });

  test('one task per row, with the content cell as its text and the agencies of its columns', () => {
    expect(spec.tasks.map((t) => [t.ref, t.text, t.assignees.map((a) => `${a.role}:${a.agencyId}`)])).toEqual([
      ['1', 'Rà soát trẻ em có hoàn cảnh đặc biệt', ['lead:kt-sldtbxh', 'coordinate:kt-ubnd-cac-huyen']],
      ['2', 'Tập huấn kỹ năng cho cán bộ', ['lead:kt-syt', 'coordinate:kt-sgddt']],
      ['3', 'Tổng kết Kế hoạch năm 2023', ['lead:kt-snv']],
      ['4', 'Hoàn thiện cơ sở dữ liệu', ['lead:kt-stttt']],
      ['5', 'Truyền thông', ['lead:kt-baokt']],
    ]);
  });

  test('bare periods in the time column are the period\'s end; "năm 2023" inside a content cell is not', () => {
    expect(spec.tasks.map((t) => t.deadlines.map((d) => d.nominal ?? d.kind))).toEqual([
      ['2023-06-30'], ['2023-06-30'], ['2023-12-14'], ['2023-09-30'], ['none'],
    ]);
  });
});

/** Time cells as the draft Kế hoạch of UBND tỉnh Lào Cai on Chỉ thị 11-CT/TU (2026) writes them ("Thời gian thực hiện"). */
const completion = [
  'Số: 15/KH-UBND', 'Kon Tum, ngày 10 tháng 01 năm 2026', '', 'KẾ HOẠCH', 'Triển khai Chỉ thị về khoáng sản', '', 'II. NHIỆM VỤ', '',
  '| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |',
  '|---|---|---|---|---|',
  '| 1 | Rà soát quy hoạch khoáng sản | Sở Y tế | | Trong năm 2026 |',
  '| 2 | Quán triệt Chỉ thị | Sở Y tế | | Xong trong Quý II/2026 |',
  '| 3 | Cập nhật phương án quản lý | Sở Y tế | | Xong trong tháng 5/2026 |',
  '| 4 | Kiểm tra thiết kế mỏ | Sở Y tế | | Thường xuyên |',
  '| 5 | Xây dựng cơ sở dữ liệu | Sở Y tế | | Hoàn thành trong năm 2026 |',
  '| 6 | Tập huấn cán bộ | Sở Y tế | | Quý III năm 2026 |',
  '| 7 | Trong năm 2026, tổ chức tập huấn cho cán bộ | Sở Y tế | | |',
].join('\n');

describe('TableCellParser: "trong" and a verb of completion before the period of a whole cell', () => {
  const spec = readDirective(completion, { agencies: directory });

  test('the time column is a time of completion: the period\'s end; "Thường xuyên" and a year in a content cell give no date', () => {
    expect(spec.tasks.map((t) => t.deadlines.map((d) => d.nominal ?? d.kind))).toEqual([
      ['2026-12-31'], ['2026-06-30'], ['2026-05-31'], ['none'], ['2026-12-31'], ['2026-09-30'], [],
    ]);
  });
});
