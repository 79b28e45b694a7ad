#!/usr/bin/env node
// `npm start`: the Logto emulator on :3001 and the account center (Vite dev server) on :5173,
// wired to each other. The emulator prints the demo user's credentials.
import { spawn } from 'node:child_process';

const emulatorPort = process.env.EMULATOR_PORT ?? '3001';
const appPort = process.env.APP_PORT ?? '5173';
const emulatorUrl = `http://localhost:${emulatorPort}`;
const appUrl = `http://localhost:${appPort}/`;

const children = [];
function run(name, command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code) => {
    console.log(`[${name}] exited with code ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

run('emulator', 'npx', ['tsx', 'emulator/main.ts'], { EMULATOR_PORT: emulatorPort, EMULATOR_APP_URLS: appUrl });
run('app', 'npx', ['vite', '--port', appPort, '--strictPort'], {
  VITE_LOGTO_ENDPOINT: emulatorUrl,
  VITE_LOGTO_APP_ID: 'account-center-demo',
  // The dev server forwards Logto's public settings there, as deploy/ shows for every host.
  VITE_LOGTO_SETTINGS_PATH: 'logto-settings/',
});
console.log(`Account center: ${appUrl}  (Logto emulator: ${emulatorUrl})`);
