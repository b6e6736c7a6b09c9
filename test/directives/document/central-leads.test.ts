/**
 * Leads in the documents of the Government, ministries and their offices, where round 1 found none: ministries are
 * agencies ("Bộ Tài chính", "các Bộ, cơ quan ngang Bộ"), the issuer writing in its own name directs ("Bộ Nội vụ đề
 * nghị …", "Văn phòng Chính phủ trân trọng đề nghị …", "Thủ tướng Chính phủ yêu cầu …"), and a dated paragraph that
 * names nobody is for the agencies the letter directed, or its addressees. Sentences written in the genre's forms.
 */
import { readDirective } from '../../../directives';

const leadsOf = (text: string) =>
  readDirective(text, { issuedOn: '2025-10-07' }).tasks.map((t) => ({
    leads: t.assignees.filter((a) => a.role === 'lead').map((a) => a.name),
    coordinators: t.assignees.filter((a) => a.role === 'coordinate').map((a) => a.name),
    dates: t.deadlines.map((d) => d.nominal),
  }));

const header = (issuer: string, number: string) => `${issuer}\nSố: ${number}\nHà Nội, ngày 07 tháng 10 năm 2025\n\n`;

describe('leads in central documents', () => {
  test('the issuer\'s "trân trọng đề nghị X": X leads, not the issuer', () => {
    const text = `${header('VĂN PHÒNG CHÍNH PHỦ', '2003/CĐ-VPCP')}CÔNG ĐIỆN\nVề việc tổ chức Hội nghị\n\nVăn phòng Chính phủ trân trọng đề nghị Bộ Công an chuẩn bị báo cáo tổng kết, gửi về Văn phòng Chính phủ trước 15 giờ ngày 08/10/2025.\n`;
    expect(leadsOf(text)).toEqual([{ leads: ['Bộ Công an'], coordinators: [], dates: ['2025-10-08'] }]);
  });

  test('"Thủ tướng Chính phủ yêu cầu Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng …": ministries lead and coordinate', () => {
    const text = `${header('THỦ TƯỚNG CHÍNH PHỦ', '15/CT-TTg')}CHỈ THỊ\nVề đẩy mạnh giải ngân vốn đầu tư công\n\nThủ tướng Chính phủ yêu cầu Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng rà soát, báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025.\n`;
    expect(leadsOf(text)).toEqual([{ leads: ['Bộ Tài chính'], coordinators: ['Bộ Xây dựng'], dates: ['2025-11-29'] }]);
  });

  test('a numbered item headed by a ministry, and "các Bộ, cơ quan ngang Bộ" as a group', () => {
    const text = `${header('THỦ TƯỚNG CHÍNH PHỦ', '16/CT-TTg')}CHỈ THỊ\nVề công tác phòng, chống ma túy\n\n1. Bộ Y tế: hướng dẫn các địa phương triển khai, hoàn thành trong tháng 12/2025.\n2. Các Bộ, cơ quan ngang Bộ: rà soát văn bản, gửi Bộ Tư pháp trước ngày 15/12/2025.\n`;
    expect(leadsOf(text).map((t) => t.leads)).toEqual([['Bộ Y tế'], ['Các Bộ, cơ quan ngang Bộ']]);
  });

  test('a dated paragraph naming nobody is for the agencies the letter directed', () => {
    const text = `${header('BỘ NỘI VỤ', '8151/BNV-CCHC')}V/v lấy ý kiến góp ý dự thảo Báo cáo\n\nKính gửi: Các bộ, cơ quan ngang bộ.\n\nĐể hoàn thiện dự thảo Báo cáo, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố nghiên cứu, góp ý.\nVăn bản tham gia ý kiến đề nghị gửi về Bộ Nội vụ trước ngày 30/9/2025 để tổng hợp./.\n`;
    const tasks = leadsOf(text);
    expect(tasks[tasks.length - 1]).toEqual({ leads: ['Ủy ban nhân dân các tỉnh, thành phố'], coordinators: [], dates: ['2025-09-29'] });
  });

  test('an agency other than the issuer that "yêu cầu" others keeps the task itself', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 12/UBND-VX\nKon Tum, ngày 07 tháng 10 năm 2025\n\nV/v phòng chống dịch\n\n1. Sở Y tế yêu cầu các bệnh viện báo cáo số ca bệnh trước ngày 20/10/2025.\n`;
    expect(leadsOf(text).map((t) => t.leads)).toEqual([['Sở Y tế']]);
  });
});
