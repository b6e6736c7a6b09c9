/**
 * config/agencies.ts: the directory's schema and checks, with errors naming the file, the entry and the field;
 * and finding its agencies in text (folded names, abbreviations, homonyms settled by the document's places).
 */
import { parseAgencyDirectory } from '../../config/agencies';
import { createAgencyIndex } from '../../directives/agencyIndex';
import { directory } from './helpers';

const ok = `
jurisdictions:
  - { id: kon-tum, name: tỉnh Kon Tum, mentions: [Kon Tum] }
agencies:
  - { id: kt-syt, name: Sở Y tế, jurisdiction: kon-tum }
`;

describe('parseAgencyDirectory', () => {
  test('reads a small directory with defaults', () => {
    const dir = parseAgencyDirectory('a.yaml', ok);
    expect(dir.agencies[0]).toEqual({ id: 'kt-syt', name: 'Sở Y tế', kind: 'agency', jurisdiction: 'kon-tum', parent: null, aliases: [], abbreviations: [], members: [] });
  });

  test.each([
    ['jurisdictions: [\n', 'a.yaml: (gốc): YAML không đọc được'],
    [ok.replace('id: kt-syt', 'id: KT SYT'), 'a.yaml: agencies[0] (KT SYT).id: id chỉ gồm chữ thường'],
    [ok.replace('name: Sở Y tế, ', ''), 'a.yaml: agencies[0] (kt-syt).name:'],
    [ok.replace('jurisdiction: kon-tum }', 'jurisdiction: kon-ray }'), 'a.yaml: agencies[0] (kt-syt).jurisdiction: không có địa bàn "kon-ray"'],
    [`${ok}  - { id: kt-syt, name: Sở Y tế, jurisdiction: kon-tum }\n`, 'a.yaml: agencies[1] (kt-syt).id: id trùng'],
    [`${ok}  - { id: g, name: Nhóm, kind: group, jurisdiction: kon-tum, members: [kt-snv] }\n`, 'a.yaml: agencies[1] (g).members[0]: không có cơ quan "kt-snv"'],
    [`${ok}  - { id: g, name: Nhóm, kind: group, jurisdiction: kon-tum }\n`, 'a.yaml: agencies[1] (g).members: nhóm phải có thành viên'],
    [ok.replace('jurisdiction: kon-tum }', 'jurisdiction: kon-tum, parent: kt-ubnd }'), 'a.yaml: agencies[0] (kt-syt).parent: không có cơ quan "kt-ubnd"'],
  ])('rejects bad input with the place of the problem (%#)', (text, message) => {
    expect(() => parseAgencyDirectory('a.yaml', text)).toThrow(message);
  });

  test('the shipped directory is valid and holds the seeds\' agencies with stable ids', () => {
    const ids = new Set(directory.agencies.map((a) => a.id));
    for (const id of ['kt-sldtbxh', 'kt-skhdt', 'kt-bdt', 'kt-stttt', 'kt-sgddt', 'kt-syt', 'kt-baokt', 'kt-daipttt', 'kt-ca', 'kt-svhttdl',
      'kt-cac-so-ban-nganh', 'kt-ubnd-cac-huyen', 'kt-bcd-tre-em', 'kr-pldtbxh', 'kr-pgddt', 'kr-pvhtt', 'kr-ptckh', 'kr-ttvhttdltt',
      'kr-phong-ban-nganh', 'kr-ubnd-cac-xa', 'kr-huyendoan', 'ln-ubnd', 'ln-pldtbxh', 'ln-ubnd-cac-xa', 'bg-sldtbxh']) {
      expect(ids).toContain(id);
    }
    const group = directory.agencies.find((a) => a.id === 'kt-ubnd-cac-huyen')!;
    expect(group.members).toHaveLength(10);
  });
});

describe('AgencyIndex', () => {
  const index = createAgencyIndex(directory);
  const idsIn = (text: string, context = text) => index.find(text, index.jurisdictionsOf(context)).map((m) => m.entry.id);

  test.each([
    ['Sở Lao động-Thương binh và Xã hội', ['kt-sldtbxh']],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', ['kt-sldtbxh']],
    ['Sở LĐTB&XH', ['kt-sldtbxh']],
    ['Sở Văn hoá, Thể thao và Du lịch', ['kt-svhttdl']],
    ['Uỷ ban nhân dân các huyện, thành phố', ['kt-ubnd-cac-huyen']],
    ['UBND các huyện, thành phố', ['kt-ubnd-cac-huyen']],
    ['Sở Lao động TB&XH tỉnh Bắc Giang', ['bg-sldtbxh']],
    ['Sở Y tế; Sở Nội vụ và Công an tỉnh', ['kt-syt', 'kt-snv', 'kt-ca']],
  ])('%s', (text, expected) => {
    expect(idsIn(text)).toEqual(expected);
  });

  test('"cơ sở y tế" is not "Sở Y tế"', () => {
    expect(idsIn('các cơ sở y tế trên địa bàn')).toEqual([]);
  });

  test('homonyms follow the places the document mentions', () => {
    expect(idsIn('UBND các xã, thị trấn', 'UBND huyện Lục Nam yêu cầu UBND các xã, thị trấn')).toEqual(['ln-ubnd-cac-xa']);
    expect(idsIn('Phòng Lao động - Thương binh và Xã hội', 'Kế hoạch của huyện Kon Rẫy')).toEqual(['kr-pldtbxh']);
  });

  test('with no place mentioned a homonym stays ambiguous, and the reader warns', () => {
    const [m] = index.find('UBND các xã, thị trấn');
    expect([m.entry.id, ...m.alternatives.map((a) => a.id)].sort()).toEqual(['kr-ubnd-cac-xa', 'ln-ubnd-cac-xa']);
  });
});
