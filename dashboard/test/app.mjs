// Starts the real RecomEngine jar (built by `mvn package`, i.e. `make build`) on a free port against the machine's
// PostgreSQL and Redis, or uses RECOMENGINE_BASE_URL when one is running already. Chromium comes from Debian.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = new URL('../../', import.meta.url).pathname;
export const TARGET = new URL('../target/', import.meta.url).pathname;
const JAR = `${ROOT}target/recomengine.jar`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
    server.on('error', reject);
  });
}

function javaBinary() {
  try {
    return `${execFileSync(`${ROOT}scripts/java-home.sh`, { encoding: 'utf8' }).trim()}/bin/java`;
  } catch {
    throw new Error('RecomEngine needs JDK 25 to run: set JAVA_HOME (see scripts/java-home.sh).');
  }
}

async function waitReady(base, child, log) {
  const end = Date.now() + 240_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}; see ${log}`);
    try {
      const response = await fetch(`${base}/ready`);
      if (response.status === 200) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not become ready within 4 minutes; see ${log}`);
}

/**
 * The app under test: { base, stop(), dataDir, log }. With `demo` ({ dataFile, email, rendersPerDay }), a separate
 * app with the demo seeding on (its own data directory and log), whatever RECOMENGINE_BASE_URL says.
 */
export async function startApp({ demo } = {}) {
  if (process.env.RECOMENGINE_BASE_URL && !demo) {
    return { base: process.env.RECOMENGINE_BASE_URL.replace(/\/$/, ''), async stop() {} };
  }
  if (!existsSync(JAR)) throw new Error(`${JAR} is missing: build it first (make build, or mvn -DskipTests package).`);
  mkdirSync(TARGET, { recursive: true });
  const port = await freePort();
  const name = demo ? 'demo-app' : 'app';
  const log = `${TARGET}${name}.log`;
  const dataDir = `${TARGET}${name}-data`;
  const out = createWriteStream(log);
  const env = {
    ...process.env,
    RECOMENGINE_DB_URL: process.env.RECOMENGINE_DB_URL ?? 'jdbc:postgresql://127.0.0.1:5432/recomengine_test',
    RECOMENGINE_REDIS_URL: process.env.RECOMENGINE_REDIS_URL ?? 'redis://127.0.0.1:6379/1',
    RECOMENGINE_DATA_DIR: dataDir,
    PORT: String(port),
  };
  const demoArgs = demo
    ? ['--recomengine.demo.enabled=true', `--recomengine.demo.data-file=${demo.dataFile}`,
      `--recomengine.demo.email=${demo.email}`, `--recomengine.demo.renders-per-day=${demo.rendersPerDay ?? 40}`,
      '--recomengine.analytics.stale-sweep=PT5S']
    : ['--recomengine.demo.enabled=false'];
  const child = spawn(javaBinary(), ['-Xmx1g', '-jar', JAR, ...demoArgs,
    '--recomengine.identity.login-attempts-per-ip-per-minute=100000',
    `--recomengine.identity.public-base-url=http://localhost:${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const base = `http://localhost:${port}`;
  try {
    await waitReady(base, child, log);
  } catch (e) {
    child.kill('SIGTERM');
    throw e;
  }
  return {
    base,
    dataDir,
    log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH.');
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
