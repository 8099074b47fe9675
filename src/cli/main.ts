// `newslens digest`: the extension's pipeline in a terminal.
// Exit codes: 0 done (a page without an article is still a digest), 1 bad input, 2 bad usage.

import { digestText } from '../core/pipeline';
import type { Digest } from '../core/types';
import { digestHtml } from '../node/digest-html';
import { parseArgs, UsageError, type DigestArgs } from './args';
import { ansi, formatDigest, plain } from './format';
import { InputError, load } from './load';

export async function main(argv: string[]): Promise<number> {
  let args: DigestArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message, 2);
    throw e;
  }
  const style = process.stdout.isTTY && !process.env.NO_COLOR ? ansi : plain;
  let status = 0;
  for (const input of args.inputs) {
    let digest: Digest;
    try {
      digest = await digestInput(input, args);
    } catch (e) {
      status = 1;
      fail(e instanceof InputError ? e.message : `${input}: ${(e as Error).message ?? e}`, 1);
      continue;
    }
    if (args.format === 'text')
      process.stdout.write(`${formatDigest(digest, style)}\n${args.inputs.length > 1 ? '\n' : ''}`);
    else process.stdout.write(`${JSON.stringify(digest, null, args.format === 'json' ? 2 : 0)}\n`);
  }
  return status;
}

async function digestInput(input: string, args: DigestArgs): Promise<Digest> {
  const loaded = await load(input);
  const options = { url: args.url ?? loaded.url, published: args.published };
  return loaded.kind === 'text' ? digestText(loaded.content, options) : digestHtml(loaded.content, options);
}

function fail(message: string, code: number): number {
  process.stderr.write(`newslens: ${message.split('\n')[0]}\n`);
  return code;
}
