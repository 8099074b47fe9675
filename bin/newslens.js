#!/usr/bin/env node
// The CLI is built into build/cli by `npm ci` (the prepare script), so no TypeScript runs here.
import { existsSync } from 'node:fs';

const entry = new URL('../build/cli/newslens.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('newslens: the CLI is not built; run `npm ci` or `npm run build:cli` in the repository\n');
  process.exit(70);
}
await import(entry.href);
