/** ZNS by phone and OA messages by user id, against the local server that follows Zalo's contract. */
import { createHash } from 'node:crypto';
import { verifyActionToken } from '../../client/links';
import { FOCAL, LINKS, reminder } from './fixtures';
import { TEMPLATE, zaloRig, type ZaloRig } from './zalo-setup';

let rig: ZaloRig;
afterEach(() => rig.close());

test('a ZNS reminder carries the template data, the OA token header and a tracking_id from the dedupe key', async () => {
  rig = await zaloRig();
  const message = reminder({ channel: 'zalo' });
  const result = await rig.sendZalo(message);

  expect(rig.zalo.sent).toHaveLength(1);
  const sent = rig.zalo.sent[0];
  expect(sent.kind).toBe('zns');
  expect(sent.to).toBe('84905111222');
  expect(sent.templateData).toEqual({
    ten_nguoi_nhan: 'Nguyễn Thị Hương',
    nhiem_vu: 'Gửi báo cáo kết quả triển khai Chương trình hành động vì trẻ em năm 2017',
    han_xu_ly: '31/01/2018',
    van_ban: 'TB số 46/TB-VP ngày 09/01/2018',
    tinh_trang: 'Còn 2 ngày làm việc',
  });
  // tracking_id: the first 48 hex digits of SHA-256(dedupeKey): Zalo's limit is 48 characters, no specials.
  expect(sent.trackingId).toBe(createHash('sha256').update(message.dedupeKey).digest('hex').slice(0, 48));
  expect(result.channel).toBe('zalo');
  expect(result.messageId).toBe(sent.msgId);
  const request = rig.zalo.requests.find((r) => r.path === '/message/template');
  expect(request?.headers['access_token']).toBe(sent.accessToken);
  expect(request?.headers['content-type']).toContain('application/json');
  expect(JSON.parse(request?.body ?? '{}').template_id).toBe(TEMPLATE.id);

  // The same reminder sent again (a retry) carries the same tracking_id.
  await rig.sendZalo(message);
  expect(rig.zalo.sent[1].trackingId).toBe(sent.trackingId);
});

test('a long task text is cut, at a word, to the length the template registered', async () => {
  rig = await zaloRig();
  const long =
    'Tiếp thu ý kiến các thành viên dự họp, hoàn chỉnh và thay mặt Ban chỉ đạo ký ban hành báo cáo kết quả triển khai thực hiện Chương trình hành động vì trẻ em trên địa bàn tỉnh năm 2017 và phương hướng nhiệm vụ công tác năm 2018 của Ban chỉ đạo tỉnh';
  await rig.sendZalo(reminder({ channel: 'zalo', task: { ...reminder().task, text: long } }));
  const data = rig.zalo.sent[0].templateData ?? {};
  expect(data.nhiem_vu.length).toBeLessThanOrEqual(200);
  expect(data.nhiem_vu.endsWith('…')).toBe(true);
  expect(long.startsWith(data.nhiem_vu.slice(0, -1))).toBe(true);
  expect(long.charAt(data.nhiem_vu.length - 1)).toBe(' ');
});

test('without a phone, an OA message goes to the Zalo user id, with an acknowledge link that verifies', async () => {
  rig = await zaloRig({ followers: [FOCAL.zaloUserId as string] });
  const message = reminder({ channel: 'zalo', recipient: { ...FOCAL, phone: null } });
  const result = await rig.sendZalo(message);
  expect(rig.zalo.sent).toHaveLength(1);
  const sent = rig.zalo.sent[0];
  expect(sent.kind).toBe('oa');
  expect(sent.to).toBe('5521887766554433221');
  expect(result.messageId).toBe(sent.msgId);
  const text = sent.text ?? '';
  expect(text).toContain('Kính gửi: Nguyễn Thị Hương');
  expect(text).toContain('Thời hạn: Thứ Tư, 31/01/2018');
  const link = /Xác nhận đã nhận: (\S+)/.exec(text)?.[1] ?? '';
  const v = verifyActionToken(LINKS.secret, link, new Date('2018-01-29T01:00:00Z'));
  expect(v).toMatchObject({ ok: true, claims: { wid: message.taskWorkflowId, agency: 'kt-sldtbxh', action: 'acknowledge' } });
});
