/**
 * The Temporal CLI (dev server + Web UI), built from the Go module proxy with `go install`.
 * Debian bookworm's golang-go is 1.19: too old for the CLI (go 1.25) and for GOTOOLCHAIN (1.21+),
 * so a newer toolchain is unpacked from the module proxy's golang.org/toolchain module first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GO_TOOLCHAIN_VERSION, TEMPORAL_CLI_MODULE, TEMPORAL_CLI_SIGNATURE, TEMPORAL_CLI_VERSION, type CachePaths } from './paths';
import { run, step, which, type Log } from './exec';

export const INSTALL_GO = 'Go (Debian: `apt-get install golang-go`)';

/** The cached binary, if it is the pinned version. */
export async function cachedTemporalCli(paths: CachePaths): Promise<string | undefined> {
  if (!fs.existsSync(paths.temporal)) return undefined;
  try {
    const { stdout } = await run(paths.temporal, ['--version']);
    return TEMPORAL_CLI_SIGNATURE.test(stdout) ? paths.temporal : undefined;
  } catch {
    return undefined;
  }
}

/** The environment `go` runs in: module and build caches under the cache; binaries land in `gobin`. */
export function goEnv(paths: CachePaths, gobin: string = paths.bin): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOPATH: paths.goPath,
    GOMODCACHE: path.join(paths.goPath, 'pkg', 'mod'),
    GOCACHE: paths.goBuildCache,
    GOBIN: gobin,
    // Writable module cache, so the whole cache can be removed with rm -rf.
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'auto',
  };
}

function goMinor(version: string): number {
  const m = /^go1\.(\d+)/.exec(version.trim());
  return m ? Number(m[1]) : 0;
}

/** A `go` able to build the CLI: the system one, or one unpacked from golang.org/toolchain. */
export async function usableGo(paths: CachePaths, log: Log, systemGo: string): Promise<string> {
  const env = goEnv(paths);
  const { stdout } = await run(systemGo, ['env', 'GOVERSION'], { env: { ...env, GOTOOLCHAIN: 'local' } });
  if (goMinor(stdout) >= 21) return systemGo; // GOTOOLCHAIN=auto fetches go 1.25 itself if needed

  const unpacked = path.join(paths.goToolchain, 'bin', 'go');
  if (fs.existsSync(unpacked)) return unpacked;
  const arch = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string>)[os.arch()] ?? os.arch();
  const mod = `golang.org/toolchain@v0.0.1-go${GO_TOOLCHAIN_VERSION}.${os.platform()}-${arch}`;
  return step(log, `Go ${stdout.trim()} quá cũ (cần ≥ 1.21): tải ${mod} qua Go module proxy`, async () => {
    const { stdout: json } = await run(systemGo, ['mod', 'download', '-json', mod], { env, cwd: os.tmpdir() });
    const dir = (JSON.parse(json) as { Dir?: string }).Dir;
    if (!dir) throw new Error(`go mod download ${mod} không trả về thư mục`);
    fs.rmSync(paths.goToolchain, { recursive: true, force: true });
    fs.cpSync(dir, paths.goToolchain, { recursive: true });
    // Module zips carry no exec bits; the go command and its tools need them.
    for (const sub of ['bin', path.join('pkg', 'tool', `${os.platform()}_${arch}`)]) {
      const d = path.join(paths.goToolchain, sub);
      for (const f of fs.readdirSync(d)) fs.chmodSync(path.join(d, f), 0o755);
    }
    return { value: unpacked, note: paths.goToolchain };
  });
}

/** Returns the CLI path, or undefined when no Go is installed (the SDK download is then the fallback). */
export async function provisionTemporalCli(paths: CachePaths, log: Log): Promise<string | undefined> {
  const cached = await cachedTemporalCli(paths);
  if (cached) {
    log(`✓ Temporal CLI ${TEMPORAL_CLI_VERSION}: đã có sẵn ${cached}`);
    return cached;
  }
  const systemGo = process.env.CHIDAO_GO || which('go', ['/usr/local/go/bin', '/usr/lib/go/bin']);
  if (!systemGo) return undefined;
  const go = await usableGo(paths, log, systemGo);
  return step(log, `go install ${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION} (lần đầu mất vài phút)`, async () => {
    fs.mkdirSync(paths.bin, { recursive: true });
    await run(go, ['install', `${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION}`], { env: goEnv(paths), cwd: os.tmpdir() });
    const built = await cachedTemporalCli(paths);
    if (!built) throw new Error(`go install xong nhưng ${paths.temporal} không in ra phiên bản mong đợi`);
    return { value: built, note: built };
  });
}
