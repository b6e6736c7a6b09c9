/**
 * Layout of the provisioning cache (outside the repo, `${CHIDAO_CACHE:-~/.cache/chidao}`), shared by
 * `npm run provision`, `npm start` and the test harness so that each finds what the others made.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `go install` refuses later tags of the CLI: their go.mod carries a `replace` directive. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
/** What `temporal --version` prints for v1.5.1 built with `go install` (the CLI version reads 0.0.0-DEV). */
export const TEMPORAL_CLI_SIGNATURE = /Server 1\.29\.1/;
/** The CLI's go.mod says `go 1.25.0`; older Go fetches this toolchain through the Go module proxy. */
export const GO_TOOLCHAIN_VERSION = '1.25.0';
/** Pinned in scripts/test-server/pom.xml too. */
export const TEST_SERVER_VERSION = '1.31.0';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const TEST_SERVER_SOURCES = path.join(REPO_ROOT, 'scripts', 'test-server');

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CHIDAO_CACHE || path.join(os.homedir(), '.cache', 'chidao'));
}

export interface CachePaths {
  root: string;
  /** GOBIN: the `temporal` binary lands here. */
  bin: string;
  temporal: string;
  /** GOPATH / GOCACHE kept in the cache so that a cold provision is cold and removable with rm -rf. */
  goPath: string;
  goBuildCache: string;
  /** A Go toolchain unpacked from the module proxy when the system Go is too old for GOTOOLCHAIN. */
  goToolchain: string;
  /** Local Maven repository: the test server's jars. */
  m2: string;
  classpathFile: string;
  classesDir: string;
  /** `exec java … TimeTravelTestServer "$@"`: the PID the harness kills is the JVM itself. */
  testServerWrapper: string;
  manifest: string;
}

export function cachePaths(root: string = cacheDir()): CachePaths {
  return {
    root,
    bin: path.join(root, 'bin'),
    temporal: path.join(root, 'bin', 'temporal'),
    goPath: path.join(root, 'go'),
    goBuildCache: path.join(root, 'go-build'),
    goToolchain: path.join(root, 'go-toolchain'),
    m2: path.join(root, 'm2'),
    classpathFile: path.join(root, 'java', 'classpath.txt'),
    classesDir: path.join(root, 'java', 'classes'),
    testServerWrapper: path.join(root, 'test-server.sh'),
    manifest: path.join(root, 'provisioned.json'),
  };
}

/**
 * What the last provision produced. A null path means "not provisioned here": the harness then
 * falls back to the SDK's own download of that server (machines with internet only).
 */
export interface Manifest {
  temporalCli: string | null;
  testServerWrapper: string | null;
  /** Why a server is missing, with what to install; printed again when a test needs it. */
  missing: string[];
}

export function readManifest(paths: CachePaths = cachePaths()): Manifest | undefined {
  try {
    const m = JSON.parse(fs.readFileSync(paths.manifest, 'utf8')) as Manifest;
    const ok = (p: string | null) => p === null || fs.existsSync(p);
    return ok(m.temporalCli) && ok(m.testServerWrapper) ? m : undefined;
  } catch {
    return undefined;
  }
}
