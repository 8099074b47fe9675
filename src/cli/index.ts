// Entry of the built CLI (build/cli/newslens.js). Never prints a stack trace.

import { main } from './main';

// A reader that stops early (`newslens digest page.html | head`) closes the pipe: stop quietly
// instead of dying on EPIPE with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`newslens: cannot write the output (${e.code ?? e.message})\n`);
  process.exit(74);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`newslens: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
