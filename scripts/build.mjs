#!/usr/bin/env node
// Builds the extension for both browsers from the one manifest.json:
//   build/ext/            the bundles (content, background, popup, options), shared by both
//   dist/chrome/          + manifest with a service worker
//   dist/firefox/         + manifest with background.scripts, the gecko settings, no offscreen permission
//   dist/newslens-{chrome,firefox}.zip   ready to upload to the stores
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const quiet = { logLevel: 'warn', configFile: join(root, 'vite.config.ts') };

rmSync(join(root, 'build/ext'), { recursive: true, force: true });
rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const mode of ['content', 'background', 'pages', 'popup']) await build({ ...quiet, mode });

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const variants = {
  chrome: (m) => {
    delete m.browser_specific_settings;
    return m;
  },
  firefox: (m) => {
    m.background = { scripts: [m.background.service_worker] };
    // Its background page has a DOM: no offscreen document (Firefox has no such API).
    m.permissions = m.permissions.filter((p) => p !== 'offscreen');
    return m;
  },
};

for (const [browser, adapt] of Object.entries(variants)) {
  const out = join(root, 'dist', browser);
  mkdirSync(out, { recursive: true });
  cpSync(join(root, 'build/ext'), out, { recursive: true });
  cpSync(join(root, 'src/_locales'), join(out, '_locales'), { recursive: true });
  mkdirSync(join(out, 'icons'));
  for (const size of [16, 32, 48, 128]) cpSync(join(root, `icons/${size}.png`), join(out, `icons/${size}.png`));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(adapt(structuredClone(manifest)), null, 2));
  writeFileSync(join(root, 'dist', `newslens-${browser}.zip`), zipSync(filesOf(out), { level: 9 }));
}
console.log(`built dist/chrome, dist/firefox, dist/newslens-chrome.zip, dist/newslens-firefox.zip`);

function filesOf(dir, base = dir, acc = {}) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesOf(path, base, acc);
    else acc[relative(base, path)] = readFileSync(path);
  }
  return acc;
}
