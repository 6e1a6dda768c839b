// Runs a command with RecomEngine up: starts the jar once (test/app.mjs), exports RECOMENGINE_BASE_URL to the
// command, and stops the jar afterwards, so that every browser test file shares one application.
import { spawn } from 'node:child_process';
import { startApp } from '../test/app.mjs';

const [command, ...args] = process.argv.slice(2);
const app = await startApp();
console.log(`RecomEngine under test at ${app.base}`);
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, RECOMENGINE_BASE_URL: app.base } });
const code = await new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
await app.stop();
process.exit(code);
