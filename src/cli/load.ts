// Reads one CLI input: a saved page, a plain-text file, standard input, or a URL.

import { readFile, stat } from 'node:fs/promises';
import { decodeHtml } from '../node/decode';

export interface Loaded {
  kind: 'html' | 'text';
  content: string;
  /** The page's address when the input is a URL. */
  url: string | null;
}

export class InputError extends Error {}

const MAX_BYTES = 64 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;
const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;

export async function load(input: string): Promise<Loaded> {
  if (input === '-') return text(await readStdin(), 'standard input');
  if (/^https?:\/\//i.test(input)) return fetchPage(input);
  let bytes: Uint8Array;
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw new InputError(`${input}: is a directory`);
    if (info.size > MAX_BYTES)
      throw new InputError(`${input}: too large (${info.size} bytes; the limit is ${MAX_BYTES})`);
    bytes = await readFile(input);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${input}: no such file` : `${input}: cannot read (${code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new InputError(`${input}: empty file`);
  if (looksBinary(bytes)) throw new InputError(`${input}: binary file, not a page`);
  if (TEXT_EXTENSIONS.test(input)) return text(decodeHtml(bytes), input);
  const html = decodeHtml(bytes);
  if (!looksLikeHtml(html)) throw new InputError(`${input}: not an HTML page (give plain text a .txt name)`);
  return { kind: 'html', content: html, url: null };
}

function text(content: string, name: string): Loaded {
  if (!content.trim()) throw new InputError(`${name}: empty input`);
  return { kind: 'text', content, url: null };
}

async function fetchPage(url: string): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    const reason =
      (e as Error).name === 'TimeoutError'
        ? `timed out after ${FETCH_TIMEOUT_MS / 1000} s`
        : (((e as Error).cause as Error)?.message ?? (e as Error).message);
    throw new InputError(`${url}: fetch failed (${reason})`);
  }
  if (!response.ok) throw new InputError(`${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (type && /text\/plain/i.test(type)) return { ...text(decodeHtml(bytes, type), url), url: response.url || url };
  const html = decodeHtml(bytes, type);
  if (!looksLikeHtml(html)) throw new InputError(`${url}: not an HTML page (${type ?? 'no content type'})`);
  return { kind: 'html', content: html, url: response.url || url };
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new InputError('standard input: nothing piped in');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeHtml(Buffer.concat(chunks));
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  // UTF-16 text has NULs too; a byte-order mark says it is text.
  if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe)) return false;
  return head.includes(0);
}

function looksLikeHtml(text: string): boolean {
  return /<(!doctype\s+html|html|head|body|article|main|div|p|section)[\s>]/i.test(text.slice(0, 1 << 20));
}
