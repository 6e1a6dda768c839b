// Starts the real RecomEngine jar (demo enabled) on a clean database, for the end-to-end browser tests.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const JAR = process.env.E2E_JAR ?? join(ROOT, 'target', 'recomengine.jar');
export const OUT = fileURLToPath(new URL('../../target/e2e/', import.meta.url));
export const DB_URL = process.env.E2E_DB_URL ?? 'jdbc:postgresql://127.0.0.1:5432/recomengine_e2e_test';
export const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/12';
const JAVA_HOME = process.env.JAVA_HOME ?? '/usr/lib/jvm/temurin-25-jdk-amd64';
const BANNER = 'RecomEngine is running';
const START_TIMEOUT_MS = Number(process.env.E2E_START_TIMEOUT_S ?? 240) * 1000;

/** psql connection arguments of the JDBC URL: host, port, database. */
function pg(url = DB_URL) {
  const m = /^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\/([^?]+)/.exec(url);
  if (!m) throw new Error(`E2E_DB_URL is not a jdbc:postgresql:// URL: ${url}`);
  return { host: m[1], port: m[2] ?? '5432', database: m[3] };
}

function psql(database, ...commands) {
  const { host, port } = pg();
  return execFileSync('psql', ['-h', host, '-p', port, '-U', process.env.E2E_DB_USER ?? 'postgres', '-d', database,
    '-v', 'ON_ERROR_STOP=1', '-At', ...commands.flatMap((c) => ['-c', c])], { encoding: 'utf8' }).trim();
}

/** One value from the app's database (test assertions on what was really stored). */
export function query(sql) {
  return psql(pg().database, sql);
}

function recreateDatabase() {
  const { database } = pg();
  if (!/^\w+$/.test(database)) throw new Error(`unexpected database name ${database}`);
  psql('postgres', `drop database if exists ${database} with (force)`, `create database ${database}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readProperties(file) {
  const out = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/\\(.)/g, '$1');
  }
  return out;
}

/**
 * Recreates the database, starts the jar with the demo on a free port and waits for its banner. Returns the base
 * URL, the demo credentials and stop().
 */
export async function startApp() {
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} not found: build it first (cd ${ROOT} && JAVA_HOME=${JAVA_HOME} mvn -q -B -o package ` +
      '-DskipTests). The end-to-end tests run the real application.');
  }
  mkdirSync(OUT, { recursive: true });
  recreateDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'recomengine-e2e-'));
  const port = await freePort();
  const log = createWriteStream(join(OUT, 'app.log'));
  const child = spawn(join(JAVA_HOME, 'bin', 'java'), ['-jar', JAR, `--server.port=${port}`], {
    cwd: ROOT, // the demo data file defaults to ../shared/data, relative to the repository
    env: { ...process.env, JAVA_HOME, RECOMENGINE_DB_URL: DB_URL, RECOMENGINE_REDIS_URL: REDIS_URL,
      RECOMENGINE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = null;
  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await new Promise((resolve) => child.once('exit', resolve));
      clearTimeout(killer);
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`no "${BANNER}" within ${START_TIMEOUT_MS / 1000} s; see ${OUT}app.log`)),
        START_TIMEOUT_MS);
      const onData = (chunk) => {
        log.write(chunk);
        if (output !== null) {
          output += chunk;
          if (output.includes(BANNER)) { output = null; clearTimeout(timer); resolve(); } else output = output.slice(-4096);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        exited = code;
        clearTimeout(timer);
        reject(new Error(`the application exited (${code}) before it was ready; see ${OUT}app.log`));
      });
    });
  } catch (e) {
    await stop();
    throw e;
  }
  const demo = readProperties(join(dataDir, 'demo.properties'));
  for (const key of ['tenantId', 'secretKey', 'publishableKey']) {
    if (!demo[key]) throw new Error(`demo.properties has no ${key}`);
  }
  return { base: `http://127.0.0.1:${port}`, demo, stop };
}
