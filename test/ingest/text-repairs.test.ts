/** The pure repairs of extracted text: legacy encodings, layout line breaks, page furniture, signature stamps. */
import { fromTcvn3, fromVni, repairEncoding } from '../../ingest/legacy-encoding';
import { joinPages } from '../../ingest/pages';
import { reflow } from '../../ingest/reflow';
import { earliest, removeStamps, stampDates } from '../../ingest/signature';
import { isVietnameseSyllable, textQuality } from '../../ingest/vietnamese';

describe('legacy encodings', () => {
  it('converts TCVN3 (ABC) and VNI to Unicode', () => {
    expect(fromTcvn3('§Ò nghÞ c¸c Së, ban, ngµnh b¸o c¸o tr­íc ngµy 20/01/2018')).toBe('Đề nghị các Sở, ban, ngành báo cáo trước ngày 20/01/2018');
    expect(fromVni('Ñeà nghò caùc Sôû, ban, ngaønh baùo caùo tröôùc ngaøy 20/01/2018')).toBe('Đề nghị các Sở, ban, ngành báo cáo trước ngày 20/01/2018');
  });

  it('finds which encoding a text is in and says so; Unicode text is left alone', () => {
    const tcvn3 = repairEncoding('Uû ban nh©n d©n tØnh\n§Ò nghÞ c¸c Së, ban, ngµnh b¸o c¸o vÒ Së Tµi chÝnh tæng hîp.');
    expect(tcvn3).toEqual({ text: 'Uỷ ban nhân dân tỉnh\nĐề nghị các Sở, ban, ngành báo cáo về Sở Tài chính tổng hợp.', conversion: 'TCVN3 (ABC) → Unicode' });
    const vni = repairEncoding('Ñeà nghò caùc Sôû, ban, ngaønh baùo caùo veà Sôû Taøi chính toång hôïp.');
    expect(vni.conversion).toBe('VNI → Unicode');
    expect(vni.text).toBe('Đề nghị các Sở, ban, ngành báo cáo về Sở Tài chính tổng hợp.');
    const unicode = 'Đề nghị các Sở, ban, ngành báo cáo về Sở Tài chính tổng hợp; ông Đỗ Văn Hùng, bà Lê Thị Ánh.';
    expect(repairEncoding(unicode)).toEqual({ text: unicode, conversion: null });
  });

  it('converts only the lines that were in the legacy encoding', () => {
    const mixed = 'Ủy ban nhân dân tỉnh Lâm Đồng\n§Ò nghÞ c¸c Së b¸o c¸o vÒ Së Tµi chÝnh tr­íc ngµy 20/01/2018.';
    expect(repairEncoding(mixed).text).toBe('Ủy ban nhân dân tỉnh Lâm Đồng\nĐề nghị các Sở báo cáo về Sở Tài chính trước ngày 20/01/2018.');
  });
});

describe('garbage detection', () => {
  it('tells Vietnamese from what a non-Vietnamese OCR makes of it', () => {
    expect(isVietnameseSyllable('nghiêng')).toBe(true);
    expect(isVietnameseSyllable('khuyến')).toBe(true);
    expect(isVietnameseSyllable('fithdng')).toBe(false);
    expect(textQuality('Ủy ban nhân dân tỉnh đề nghị các sở báo cáo').syllableShare).toBe(1);
    expect(textQuality('uY BAN NgAN nAN TINH LAMDONG ceNG HoA xA ugr cuu xcuia vrET Ldm D6ng ngdy fithdng').syllableShare).toBeLessThan(0.6);
  });
});

describe('reflow', () => {
  it('joins a paragraph broken for layout and keeps items, headings and table rows apart', () => {
    const text = [
      'Văn bản tham gia ý kiến của các bộ đề nghị gửi về Bộ Nội vụ trước ngày',
      '30/9/2025 để tổng hợp, hoàn',
      'thiện dự thảo Báo cáo./.',
      'THÔNG BÁO',
      'Kết luận của Phó Chủ tịch',
      '1. Sở Tài chính:',
      'a) Rà soát kinh phí;',
      '- Giao Sở Nội vụ chủ trì',
      '1 | Rà soát | Sở Tư pháp | Quý II/2026',
      '2 | Tổng hợp | Sở Nội vụ | Quý III/2026',
    ].join('\n');
    expect(reflow(text).split('\n')).toEqual([
      'Văn bản tham gia ý kiến của các bộ đề nghị gửi về Bộ Nội vụ trước ngày 30/9/2025 để tổng hợp, hoàn thiện dự thảo Báo cáo./.',
      'THÔNG BÁO',
      'Kết luận của Phó Chủ tịch',
      '1. Sở Tài chính:',
      'a) Rà soát kinh phí;',
      '- Giao Sở Nội vụ chủ trì',
      '1 | Rà soát | Sở Tư pháp | Quý II/2026',
      '2 | Tổng hợp | Sở Nội vụ | Quý III/2026',
    ]);
  });
});

describe('pages', () => {
  it('drops page numbers and a running header, and joins the pages', () => {
    const pages = ['Số: 12/UBND\nnội dung trang một\n\n1\n', 'UBND TỈNH X – 12/UBND\n- 2 -\nnội dung trang hai', 'UBND TỈNH X – 12/UBND\nnội dung trang ba\nTrang 3/3', ''];
    expect(joinPages(pages)).toBe('Số: 12/UBND\nnội dung trang một\nnội dung trang hai\nnội dung trang ba');
  });
});

describe('signature stamps', () => {
  const stamped = ['Ký bởi: ỦY BAN NHÂN', 'DÂN TỈNH LÂM ĐỒNG', 'Cơ quan: ỦY BAN NHÂN', 'DÂN TỈNH LÂM ĐỒNG', 'Thời gian ký: 13/11/2025', '15:53:50', '', 'THÔNG BÁO'].join('\n');

  it('are cut out of the text, and their day kept', () => {
    expect(removeStamps(stamped).trim()).toBe('THÔNG BÁO');
    expect(stampDates(stamped)).toEqual(['2025-11-13']);
    expect(stampDates('SAO Y\nBộ Công an\nThời gian ký: 2025-11-25T17:01:58+07:00')).toEqual(['2025-11-25']);
    expect(earliest(['2025-11-25', '2025-11-23'])).toBe('2025-11-23');
  });
});
