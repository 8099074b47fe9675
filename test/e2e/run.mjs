#!/usr/bin/env node
// `npm run test:e2e`: makes sure Debian's Chromium and Firefox ESR are there (installing them when
// run as root, otherwise naming the command to run), builds the extension, then runs the browser
// tests one file at a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('../..', import.meta.url).pathname;
const browsers = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  'firefox-esr': process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
const missing = Object.entries(browsers)
  .filter(([, path]) => !existsSync(path))
  .map(([pkg]) => pkg);
if (missing.length) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`browser tests need ${missing.join(' and ')}; install with:\n  sudo ${command}`);
    process.exit(1);
  }
  console.log(`installing ${missing.join(' and ')}…`);
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
}
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const run = spawnSync('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
