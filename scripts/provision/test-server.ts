/**
 * The Java time-skipping test server: its jars resolved by Maven from scripts/test-server/pom.xml,
 * the TimeTravelTestServer launcher compiled with javac, and a wrapper script that `exec`s the JVM.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TEST_SERVER_SOURCES, TEST_SERVER_VERSION, type CachePaths } from './paths';
import { run, step, which, type Log } from './exec';

export const INSTALL_JAVA = 'JDK và Maven (Debian: `apt-get install default-jdk-headless maven`)';
const LAUNCHER = 'TimeTravelTestServer';

function classpathIsComplete(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const jars = fs.readFileSync(file, 'utf8').trim().split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((j) => fs.existsSync(j));
}

/** Returns the wrapper path, or undefined when java/javac/mvn are missing. */
export async function provisionTestServer(paths: CachePaths, log: Log): Promise<string | undefined> {
  const java = which('java');
  const javac = which('javac');
  const mvn = which('mvn');
  if (!java || !javac || !mvn) return undefined;

  if (classpathIsComplete(paths.classpathFile)) {
    log(`✓ temporal-test-server ${TEST_SERVER_VERSION}: classpath đã có sẵn ${paths.classpathFile}`);
  } else {
    await step(log, `mvn dependency:build-classpath (io.temporal:temporal-test-server:${TEST_SERVER_VERSION})`, async () => {
      fs.mkdirSync(path.dirname(paths.classpathFile), { recursive: true });
      await run(mvn, [
        '-q', '-B',
        '-f', path.join(TEST_SERVER_SOURCES, 'pom.xml'),
        `-Dmaven.repo.local=${paths.m2}`,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${paths.classpathFile}`,
      ]);
      if (!classpathIsComplete(paths.classpathFile)) throw new Error(`Maven không tạo được ${paths.classpathFile}`);
      const jars = fs.readFileSync(paths.classpathFile, 'utf8').split(path.delimiter).length;
      return { value: undefined, note: `${jars} jar` };
    });
  }
  const classpath = fs.readFileSync(paths.classpathFile, 'utf8').trim();

  // Recompile only when the launcher source or the classpath changed.
  const source = path.join(TEST_SERVER_SOURCES, `${LAUNCHER}.java`);
  const stamp = path.join(paths.classesDir, '.stamp');
  const digest = crypto.createHash('sha256').update(fs.readFileSync(source)).update(classpath).digest('hex');
  const compiled = path.join(paths.classesDir, `${LAUNCHER}.class`);
  if (fs.existsSync(compiled) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest) {
    log(`✓ ${LAUNCHER}: đã biên dịch sẵn`);
  } else {
    await step(log, `javac ${LAUNCHER}.java`, async () => {
      fs.rmSync(paths.classesDir, { recursive: true, force: true });
      fs.mkdirSync(paths.classesDir, { recursive: true });
      await run(javac, ['-cp', classpath, '-d', paths.classesDir, source]);
      fs.writeFileSync(stamp, digest);
      return { value: undefined, note: compiled };
    });
  }

  // Serial GC and C1 only: a 2-core machine starts the JVM faster, and test runs are short.
  const wrapper = [
    '#!/bin/sh',
    '# Written by scripts/provision. `exec` makes the JVM take this PID, so killing it leaves nothing behind.',
    `exec "${java}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 $CHIDAO_JAVA_OPTS -cp "${paths.classesDir}${path.delimiter}${classpath}" ${LAUNCHER} "$@"`,
    '',
  ].join('\n');
  const current = fs.existsSync(paths.testServerWrapper) ? fs.readFileSync(paths.testServerWrapper, 'utf8') : '';
  if (current !== wrapper) {
    fs.writeFileSync(paths.testServerWrapper, wrapper, { mode: 0o755 });
    log(`✓ wrapper: ${paths.testServerWrapper}`);
  }
  return paths.testServerWrapper;
}
