/**
 * `chidao parse` end to end: the real command in a child process (tsx), its output and exit codes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const seed003 = path.join(root, 'test', 'fixtures', 'seeds', '003_c9c028365ed0d9ae.txt');

function chidao(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'cli', 'main.ts'), ...args], {
    cwd: root, input, encoding: 'utf8', timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('chidao parse', () => {
  test('--json prints the DirectiveSpec', () => {
    const r = chidao(['parse', seed003, '--json']);
    expect(r.code).toBe(0);
    const spec = JSON.parse(r.stdout);
    expect(spec.document.number).toBe('279/UBND-LĐTBXH');
    const seventh = spec.tasks.find((t: { ref: string }) => t.ref === '7');
    expect(seventh.deadlines.map((d: { nominal: string }) => d.nominal)).toEqual(['2015-04-19', '2015-10-29']);
  });

  test('the default table puts each phrase next to its day, in Vietnamese', () => {
    const r = chidao(['parse', '-'], 'Kon Tum, ngày 09 tháng 01 năm 2018\n\n1. Sở Y tế: gửi báo cáo trước ngày 22/01/2018.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nhiệm vụ');
    expect(r.stdout).toMatch(/trước ngày 22\/01\/2018\s+một lần\s+21\/01\/2018 \(hạn 22\/01\/2018, ngày nghỉ\)/u);
  });

  test('--issued-on supplies a missing date; the text\'s own date wins', () => {
    const undated = chidao(['parse', '-', '--json', '--issued-on', '2018-01-09'], '1. Sở Y tế: gửi trước ngày 20/01.\n');
    expect(JSON.parse(undated.stdout).tasks[0].deadlines[0].nominal).toBe('2018-01-19');
    const dated = chidao(['parse', seed003, '--json', '--issued-on', '2020-01-01']);
    expect(JSON.parse(dated.stdout).document.issuedOn).toBe('2015-03-26');
  });

  test.each([
    [['parse', '-'], '', /rỗng/u],
    [['parse', '-'], 'a\u0000b', /không phải văn bản/u],
    [['parse', '/no/such/file.txt'], undefined, /Không đọc được tệp/u],
    [['parse', '-'], 'Hôm nay trời đẹp.', /Không phải văn bản chỉ đạo/u],
    [['parse', seed003, '--issued-on', '2019-02-31'], undefined, /--issued-on/u],
  ])('bad input %j exits 2 with one line', (args, input, reason) => {
    const r = chidao(args, input);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  });
});
