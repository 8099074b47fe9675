// The test copy of the extension: dist/<browser> plus the fixture-digest popup (./fixture-popup.*)
// under e2e/, in build/e2e/<browser>. dist/ itself, what ships, is left as built.

import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { root } from '../browsers';

export const HARNESS_PAGE = 'e2e/fixture-popup.html';

let built: Promise<{ chrome: string; firefox: string }> | null = null;

/** Builds the harness once per test file and returns the extension folders to load. */
export function harnessExtensions(): Promise<{ chrome: string; firefox: string }> {
  built ??= (async () => {
    const out = join(root, 'build/e2e');
    rmSync(out, { recursive: true, force: true });
    await build({
      configFile: false,
      logLevel: 'warn',
      root: import.meta.dirname,
      base: './',
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: join(out, 'harness'),
        emptyOutDir: true,
        rolldownOptions: { input: { 'fixture-popup': join(import.meta.dirname, 'fixture-popup.html') } },
      },
    });
    const dirs = { chrome: join(out, 'chrome'), firefox: join(out, 'firefox') };
    for (const [browser, dir] of Object.entries(dirs)) {
      cpSync(join(root, 'dist', browser), dir, { recursive: true });
      cpSync(join(out, 'harness'), join(dir, 'e2e'), { recursive: true });
    }
    return dirs;
  })();
  return built;
}
