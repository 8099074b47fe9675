#!/usr/bin/env node
// `npm start`: builds both packages, prints the digest of the bundled sample page, and says where
// the unpacked extensions are and how to load them.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const sample = join(root, 'test/fixtures/seed-article.html');
console.log(`\n── newslens digest test/fixtures/seed-article.html ──\n`);
execFileSync(process.execPath, [join(root, 'bin/newslens.js'), 'digest', sample], { stdio: 'inherit' });
console.log(`
── the extension ──
Chrome:  ${join(root, 'dist/chrome')}
         chrome://extensions → Developer mode → Load unpacked → pick that folder
         (store package: ${join(root, 'dist/newslens-chrome.zip')})
Firefox: ${join(root, 'dist/firefox')}
         about:debugging#/runtime/this-firefox → Load Temporary Add-on → pick manifest.json there
         (store package: ${join(root, 'dist/newslens-firefox.zip')})
Then open a news article and click the newslens button in the toolbar.`);
