/** resolveRecipients: a ladder step's roles become the right people from the directory. */
import { ApplicationFailure } from '@temporalio/common';
import { createResolveRecipients, UNKNOWN_AGENCY } from '../../activities/directory';
import { parseDirectory } from '../../config/directory';

const directory = parseDirectory({
  agencies: {
    path: 'agencies.yaml',
    text: `
jurisdictions:
  - { id: kon-tum, name: tỉnh Kon Tum, mentions: [Kon Tum] }
  - { id: kon-ray, name: huyện Kon Rẫy, mentions: [Kon Rẫy], parent: kon-tum }
agencies:
  - { id: kt-ubnd, name: Ủy ban nhân dân tỉnh Kon Tum, jurisdiction: kon-tum }
  - { id: kt-vpubnd, name: Văn phòng UBND tỉnh, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-sldtbxh, name: Sở Lao động - Thương binh và Xã hội, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kt-syt, name: Sở Y tế, jurisdiction: kon-tum, parent: kt-ubnd }
  - { id: kr-ubnd, name: Ủy ban nhân dân huyện Kon Rẫy, jurisdiction: kon-ray, parent: kt-ubnd }
  - { id: kr-pldtbxh, name: Phòng Lao động - Thương binh và Xã hội huyện Kon Rẫy, jurisdiction: kon-ray, parent: kr-ubnd }
  - { id: kt-ubnd-cac-huyen, name: UBND các huyện, thành phố, jurisdiction: kon-tum, kind: group, members: [kr-ubnd] }
`,
  },
  contacts: {
    path: 'contacts.yaml',
    text: `
contacts:
  kt-sldtbxh:
    focal:
      - { id: sld-focal, name: Nguyễn Thị Hương, email: huong@sld.example.invalid, phone: "0900000101", channels: [zalo, email] }
    head: { id: sld-head, name: Phạm Văn Bình, email: gd@sld.example.invalid }
  kt-syt:
    focal:
      - { id: syt-focal, name: Võ Thị Lan, email: lan@syt.example.invalid }
  kr-pldtbxh:
    focal:
      - { id: kr-focal, name: Y Thị Blơng, email: blong@kr.example.invalid }
supervisors:
  - { id: cvp, name: Lê Quang Minh, agency: kt-vpubnd, email: cvp@vp.example.invalid, oversees: [kt-ubnd] }
  - { id: pvp-kgvx, name: Nguyễn Đình Cầu, agency: kt-vpubnd, email: cau@vp.example.invalid, oversees: [kt-sldtbxh, kt-syt] }
leaders:
  - { id: pct, name: Trần Thị Nga, agency: kt-ubnd, email: nga@ubnd.example.invalid, oversees: [kt-sldtbxh, kt-ubnd-cac-huyen] }
`,
  },
});
const resolve = createResolveRecipients(() => directory);

test('every role of the lead agency, and a copy to the coordinator', async () => {
  const got = await resolve({ agencyId: 'kt-sldtbxh', roles: ['focal', 'head', 'supervisor', 'leader'], coordinatorAgencyIds: ['kt-syt'] });
  expect(got.map((r) => [r.contactId, r.role, r.agencyId])).toEqual([
    ['sld-focal', 'focal', 'kt-sldtbxh'],
    ['sld-head', 'head', 'kt-sldtbxh'],
    ['pvp-kgvx', 'supervisor', 'kt-vpubnd'], // names the agency itself: nearer than the CVP's kt-ubnd
    ['pct', 'leader', 'kt-ubnd'],
    ['syt-focal', 'coordinator', 'kt-syt'],
  ]);
  expect(got[0]).toEqual({
    contactId: 'sld-focal',
    name: 'Nguyễn Thị Hương',
    agencyId: 'kt-sldtbxh',
    role: 'focal',
    email: 'huong@sld.example.invalid',
    phone: '84900000101',
    zaloUserId: null,
    channels: ['zalo', 'email'],
  });
});

test('a district office is supervised through its parent and its group', async () => {
  const got = await resolve({ agencyId: 'kr-pldtbxh', roles: ['supervisor', 'leader'], coordinatorAgencyIds: [] });
  // kr-pldtbxh → kr-ubnd (member of UBND các huyện, which the leader names) → kt-ubnd (which the CVP names).
  expect(got.map((r) => [r.contactId, r.role])).toEqual([
    ['cvp', 'supervisor'],
    ['pct', 'leader'],
  ]);
});

test('no head on file: the focal points stand in; nobody is sent the same step twice', async () => {
  const got = await resolve({ agencyId: 'kt-syt', roles: ['focal', 'head'], coordinatorAgencyIds: ['kt-syt'] });
  expect(got.map((r) => [r.contactId, r.role])).toEqual([['syt-focal', 'focal']]);
  const headOnly = await resolve({ agencyId: 'kt-syt', roles: ['head'], coordinatorAgencyIds: [] });
  expect(headOnly.map((r) => [r.contactId, r.role])).toEqual([['syt-focal', 'head']]);
});

test('an agency missing from the directory is a non-retryable failure naming it', async () => {
  const err = await resolve({ agencyId: 'kt-khong-co', roles: ['focal'], coordinatorAgencyIds: [] }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApplicationFailure);
  expect((err as ApplicationFailure).type).toBe(UNKNOWN_AGENCY);
  expect((err as ApplicationFailure).nonRetryable).toBe(true);
  expect((err as Error).message).toContain('"kt-khong-co"');
});
