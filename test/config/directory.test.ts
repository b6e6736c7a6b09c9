/**
 * The directory loads whole or not at all: a broken entry is reported with its file, its agency (or person) and
 * its field, every problem at once; the shipped sample directory loads and reaches the seeds' agencies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryError, loadDirectory, normalisePhone, parseDirectory, type DirectoryFile } from '../../config/directory';

const AGENCIES: DirectoryFile = {
  path: 'config/directory/agencies.yaml',
  text: `
jurisdictions:
  - { id: kon-tum, name: tỉnh Kon Tum, mentions: [Kon Tum] }
agencies:
  - { id: kt-ubnd, name: Ủy ban nhân dân tỉnh Kon Tum, jurisdiction: kon-tum }
  - { id: kt-vpubnd, name: Văn phòng Ủy ban nhân dân tỉnh Kon Tum, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-sldtbxh, name: Sở Lao động - Thương binh và Xã hội, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-syt, name: Sở Y tế, jurisdiction: kon-tum, parent: kt-ubnd }
`,
};

function contacts(text: string): DirectoryFile {
  return { path: 'config/directory/contacts.yaml', text };
}

const GOOD = `
contacts:
  kt-sldtbxh:
    focal:
      - { id: kt-sldtbxh-dau-moi, name: Nguyễn Thị Hương, email: huong.nt@sldtbxh.kontum.example.invalid, phone: "0900 000 101", channels: [zalo, email] }
    head: { id: kt-sldtbxh-gd, name: Phạm Văn Bình, email: gd@sldtbxh.kontum.example.invalid }
  kt-syt:
    focal:
      - { id: kt-syt-dau-moi, name: Võ Thị Lan, email: lan.vt@syt.kontum.example.invalid }
supervisors:
  - { id: kt-vpubnd-cvp, name: Lê Quang Minh, agency: kt-vpubnd, email: cvp@vpubnd.kontum.example.invalid, oversees: [kt-ubnd] }
`;

function issuesOf(files: { agencies: DirectoryFile; contacts: DirectoryFile }) {
  try {
    parseDirectory(files);
  } catch (e) {
    expect(e).toBeInstanceOf(DirectoryError);
    return (e as DirectoryError).issues;
  }
  throw new Error('expected a DirectoryError');
}

test('a well-formed directory parses, phones normalised to 84…', () => {
  const dir = parseDirectory({ agencies: AGENCIES, contacts: contacts(GOOD) });
  expect(dir.focal.get('kt-sldtbxh')?.[0]).toEqual({
    id: 'kt-sldtbxh-dau-moi',
    name: 'Nguyễn Thị Hương',
    title: null,
    agencyId: 'kt-sldtbxh',
    email: 'huong.nt@sldtbxh.kontum.example.invalid',
    phone: '84900000101',
    zaloUserId: null,
    channels: ['zalo', 'email'],
  });
  expect(dir.heads.get('kt-sldtbxh')?.channels).toEqual(['email']);
  expect(dir.supervisors.map((s) => s.id)).toEqual(['kt-vpubnd-cvp']);
});

test('a broken email names the file, the agency and the field', () => {
  const broken = GOOD.replace('lan.vt@syt.kontum.example.invalid', 'lan.vt@@syt');
  expect(issuesOf({ agencies: AGENCIES, contacts: contacts(broken) })).toEqual([
    { file: 'config/directory/contacts.yaml', entry: 'kt-syt', field: 'focal[0].email', problem: 'địa chỉ thư không hợp lệ' },
  ]);
  expect(() => parseDirectory({ agencies: AGENCIES, contacts: contacts(broken) })).toThrow(
    'config/directory/contacts.yaml: kt-syt: focal[0].email: địa chỉ thư không hợp lệ',
  );
});

test('every problem is reported at once: unknown agency, landline for Zalo, duplicate id, missing overseen agency', () => {
  const broken = GOOD.replace('"0900 000 101"', '"0260 3862 111"')
    .replace('  kt-syt:\n', '  kt-sgddt:\n')
    .replace('id: kt-vpubnd-cvp', 'id: kt-syt-dau-moi')
    .replace('oversees: [kt-ubnd]', 'oversees: [kt-ubnd, kt-khong-co]');
  const issues = issuesOf({ agencies: AGENCIES, contacts: contacts(broken) });
  expect(issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ entry: 'kt-sldtbxh', field: 'focal[0].phone', problem: expect.stringContaining('0260 3862 111') }),
      expect.objectContaining({ entry: 'kt-sgddt', field: '', problem: expect.stringContaining('không có cơ quan "kt-sgddt"') }),
      expect.objectContaining({ entry: 'supervisors[0] kt-syt-dau-moi', field: 'id', problem: expect.stringContaining('kt-sgddt focal[0].id') }),
      expect.objectContaining({ entry: 'supervisors[0] kt-syt-dau-moi', field: 'oversees', problem: 'không có cơ quan "kt-khong-co"' }),
    ]),
  );
  expect(issues.every((i) => i.file === 'config/directory/contacts.yaml')).toBe(true);
});

test('a channel without its address is refused: zalo without phone or Zalo id, email without address', () => {
  const broken = GOOD.replace(', email: lan.vt@syt.kontum.example.invalid }', ', channels: [zalo] }');
  expect(issuesOf({ agencies: AGENCIES, contacts: contacts(broken) })).toEqual([
    { file: 'config/directory/contacts.yaml', entry: 'kt-syt', field: 'focal[0].phone', problem: 'kênh zalo cần số điện thoại hoặc Zalo user id' },
  ]);
  const noEmail = GOOD.replace(', email: lan.vt@syt.kontum.example.invalid }', ' }');
  expect(issuesOf({ agencies: AGENCIES, contacts: contacts(noEmail) })).toEqual([
    { file: 'config/directory/contacts.yaml', entry: 'kt-syt', field: 'focal[0].email', problem: 'kênh email cần địa chỉ thư' },
  ]);
});

test('a broken agencies file is reported with its own file, agency and field', () => {
  const agencies = { ...AGENCIES, text: AGENCIES.text.replace('parent: kt-ubnd }\n  - { id: kt-syt', 'parent: kt-khong-co }\n  - { id: kt-syt') };
  expect(issuesOf({ agencies, contacts: contacts(GOOD) })).toEqual(
    expect.arrayContaining([
      { file: 'config/directory/agencies.yaml', entry: 'kt-sldtbxh', field: 'parent', problem: 'không có cơ quan "kt-khong-co"' },
    ]),
  );
});

test('unknown keys and YAML syntax errors are refused too', () => {
  const typo = GOOD.replace('    head: { id: kt-sldtbxh-gd', '    heads: { id: kt-sldtbxh-gd');
  expect(issuesOf({ agencies: AGENCIES, contacts: contacts(typo) })).toEqual([
    expect.objectContaining({ entry: 'kt-sldtbxh', field: '', problem: expect.stringContaining('heads') }),
  ]);
  expect(issuesOf({ agencies: AGENCIES, contacts: contacts('contacts: [unclosed') })[0]).toMatchObject({
    file: 'config/directory/contacts.yaml',
    problem: expect.stringContaining('YAML'),
  });
});

test('Vietnamese mobile numbers normalise; landlines and short numbers do not', () => {
  expect(normalisePhone('0905 111 222')).toBe('84905111222');
  expect(normalisePhone('+84 905.111.222')).toBe('84905111222');
  expect(normalisePhone('84389111222')).toBe('84389111222');
  expect(normalisePhone('0260 3862 111')).toBeNull();
  expect(normalisePhone('090511122')).toBeNull();
});

test('the shipped sample directory loads, and every contact address is under example.invalid', () => {
  const dir = loadDirectory();
  for (const id of ['kt-sldtbxh', 'kt-sgddt', 'kt-syt', 'kr-pldtbxh', 'ln-pldtbxh', 'ln-ubnd-bac-lung', 'kt-ubnd-tpkt']) {
    expect(dir.focal.get(id)?.length).toBeGreaterThan(0);
  }
  const text = readFileSync(join(__dirname, '../../config/directory/contacts.yaml'), 'utf8');
  const emails = [...text.matchAll(/email: (\S+)/g)].map((m) => m[1]);
  expect(emails.length).toBeGreaterThan(100);
  expect(emails.filter((e) => !e.endsWith('.example.invalid'))).toEqual([]);
  // Every agency a directive can assign (all but the two issuing People's Committees) has someone to remind.
  const unreachable = [...dir.agencies.values()]
    .filter((a) => a.kind === 'agency' && !['kt-ubnd', 'ln-ubnd'].includes(a.id) && !dir.focal.has(a.id))
    .map((a) => a.id);
  expect(unreachable).toEqual([]);
});
