// Command-line arguments of `newslens digest`.

export interface DigestArgs {
  inputs: string[];
  url: string | null;
  published: string | null;
  format: 'text' | 'json' | 'jsonl';
}

export class UsageError extends Error {}

export const USAGE = `usage: newslens digest <file.html | file.txt | - | URL>... [--url URL] [--published YYYY-MM-DD] [--json | --jsonl]`;

export function parseArgs(argv: string[]): DigestArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') throw new UsageError(USAGE);
  if (command !== 'digest') throw new UsageError(`unknown command '${command.slice(0, 100)}'; ${USAGE}`);
  const args: DigestArgs = { inputs: [], url: null, published: null, format: 'text' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') args.format = 'json';
    else if (arg === '--jsonl') args.format = 'jsonl';
    else if (arg === '--url') args.url = checkUrl(value());
    else if (arg === '--published') args.published = checkDate(value());
    else if (arg.startsWith('--url=')) args.url = checkUrl(arg.slice(6));
    else if (arg.startsWith('--published=')) args.published = checkDate(arg.slice(12));
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg.slice(0, 100)}'`);
    else args.inputs.push(arg);
  }
  if (args.inputs.length === 0) throw new UsageError(`no input given; ${USAGE}`);
  if (args.inputs.length > 1 && args.format === 'json')
    throw new UsageError('--json takes one input; use --jsonl for several');
  if (args.inputs.length > 1 && args.url) throw new UsageError('--url applies to one input only');
  return args;
}

/** An empty value means "not given"; anything else must be an http(s) address. */
function checkUrl(value: string): string | null {
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--url wants an http(s) address, got '${value.slice(0, 100)}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--url wants an http(s) address, got '${value.slice(0, 100)}'`);
  return value;
}

/** An empty value means "not given". */
function checkDate(value: string): string | null {
  if (value === '') return null;
  if (
    !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value.slice(0, 10)))
  ) {
    throw new UsageError(`--published wants YYYY-MM-DD, got '${value.slice(0, 100)}'`);
  }
  return value;
}
