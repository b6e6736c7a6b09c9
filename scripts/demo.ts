/**
 * `npm run demo` (with `npm start` running): registers the five seed directives — their deadlines are long
 * past, so they take the late-registration path (one overdue notice per task, not a replay of every missed
 * reminder) — and a sample Công văn dated today with deadlines in the coming weeks, then prints what to
 * look at. Registering twice changes nothing. `--fast` compresses time for the new registrations
 * (1 day ≈ 30 s) so the reminders reach the mail catcher within minutes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { makeReader } from '../api/services';
import { connectChidao } from '../client/connect';
import type { DirectiveSpec } from '../directives/spec';

const SEEDS = path.join(__dirname, '..', 'test', 'fixtures', 'seeds');
const ZONE = 'Asia/Ho_Chi_Minh';

/** A Công văn of today, in the genre's own words, for the reader to read like any other. */
export function sampleDirective(today: DateTime): string {
  const d = (days: number) => today.plus({ days }).toFormat('dd/MM/yyyy');
  const number = 900 + (today.ordinal % 100);
  return `UỶ BAN NHÂN DÂN
TỈNH KON TUM
Số: ${number}/UBND-KGVX
V/v triển khai công tác bảo vệ trẻ em dịp cuối năm

Kon Tum, ngày ${today.toFormat('dd')} tháng ${today.toFormat('MM')} năm ${today.year}

Kính gửi:
- Sở Lao động - Thương binh và Xã hội;
- Sở Y tế;
- Sở Giáo dục và Đào tạo.

Để chủ động bảo vệ, chăm sóc trẻ em trong dịp cuối năm, Chủ tịch UBND tỉnh có ý kiến như sau:

1. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế rà soát số trẻ em có hoàn cảnh đặc biệt trên địa bàn tỉnh, báo cáo UBND tỉnh trước ngày ${d(7)}.

2. Giao Sở Y tế kiểm tra công tác an toàn thực phẩm tại các trường học bán trú, hoàn thành chậm nhất ngày ${d(14)}.

3. Giao Sở Giáo dục và Đào tạo tổng hợp tình hình học sinh bỏ học, báo cáo UBND tỉnh. Hoàn thành trong tháng ${today.plus({ months: 1 }).toFormat('MM/yyyy')}.

Yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.

Nơi nhận:
- Như trên;
- CT, các PCT UBND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
`;
}

/** Tasks the reader could not give a lead agency are left out here, and said so: they need a reviewer. */
function registrable(spec: DirectiveSpec): { spec: DirectiveSpec; skipped: string[] } {
  const skipped = spec.tasks.filter((t) => !t.assignees.some((a) => a.role === 'lead')).map((t) => t.ref || t.id);
  return { spec: { ...spec, tasks: spec.tasks.filter((t) => t.assignees.some((a) => a.role === 'lead')) }, skipped };
}

async function main(): Promise<void> {
  const fast = process.argv.includes('--fast');
  const read = makeReader();
  const client = await connectChidao(process.env, fast ? { taskOptions: { timeScale: 2880 } } : {});
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const documents = [
    ...readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: `seeds/${f}`, text: readFileSync(path.join(SEEDS, f), 'utf8') })),
    { name: `văn bản mẫu ngày ${today.toFormat('dd/MM/yyyy')}`, text: sampleDirective(today) },
  ];
  let agencyTask: string | null = null;
  try {
    for (const doc of documents) {
      const { spec, skipped } = registrable(read(doc.text, {}));
      const result = await client.register(spec, { text: doc.text });
      const label = `${spec.document.type} ${spec.document.number ?? '(chưa số)'}${spec.document.issuedOn ? ` ngày ${spec.document.issuedOn.split('-').reverse().join('/')}` : ''}`;
      console.log(`${result.created ? '✓ Đã đăng ký' : '= Đã có'}  ${label}: ${result.taskWorkflowIds.length} nhiệm vụ  (${doc.name})`);
      if (skipped.length) console.log(`    bỏ qua ${skipped.length} nhiệm vụ chưa có đơn vị chủ trì (${skipped.join(', ')}): cần rà soát trên trang Đăng ký văn bản`);
      agencyTask ??= result.taskWorkflowIds.find((id) => id.endsWith('/kt-sldtbxh')) ?? null;
    }
  } finally {
    await client.close();
  }

  const api = process.env.CHIDAO_PUBLIC_URL || `http://${process.env.CHIDAO_API_HOST || '127.0.0.1'}:${process.env.CHIDAO_API_PORT || '3000'}`;
  const mail = `http://${process.env.CHIDAO_MAIL_HOST || '127.0.0.1'}:${process.env.CHIDAO_MAIL_HTTP_PORT || '1080'}`;
  const ui = `http://127.0.0.1:${process.env.CHIDAO_TEMPORAL_UI_PORT || '8233'}`;
  const next8 = DateTime.now().setZone(ZONE).hour < 8 ? 'hôm nay' : 'ngày làm việc tới';
  console.log(`
Xem gì tiếp theo:
  • Bảng điều khiển:  ${api}/dashboard  — đăng nhập bằng token "dev-supervisor-00000000000" (lãnh đạo),
    "dev-secretariat-0000000000" (Văn phòng) hoặc "dev-agency-kt-sldtbxh" (Sở LĐTB&XH); xem config/tokens.yaml.
  • Quá hạn theo đơn vị:  curl -H 'Authorization: Bearer dev-supervisor-00000000000' ${api}/api/overdue
  • Nhiệm vụ của một sở:  curl -H 'Authorization: Bearer dev-agency-kt-sldtbxh' ${api}/api/tasks
  • Dòng lệnh:  npm run -s chidao -- overdue   |   npm run -s chidao -- tasks --agency kt-sldtbxh${agencyTask ? `\n               npm run -s chidao -- status '${agencyTask}'` : ''}
  • Temporal UI (workflow của từng văn bản, từng nhiệm vụ):  ${ui}
  • Hộp thư thử nghiệm (thông báo quá hạn, nhắc việc):  ${mail}
    ${fast ? 'Chế độ --fast: một ngày trôi qua trong khoảng 30 giây, thư đến trong vài phút.' : `Thông báo gửi trong giờ hành chính (08:00 ${next8}); chạy "npm run demo -- --fast" trên dữ liệu mới để xem nhanh.`}
  • API:  ${api}/docs (Swagger UI), ${api}/openapi.json`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
    console.error('  (cần "npm start" đang chạy, hoặc TEMPORAL_ADDRESS trỏ tới Temporal có worker chidao)');
    process.exit(1);
  });
}
