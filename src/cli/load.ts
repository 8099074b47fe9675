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

export const MAX_BYTES = 64 * 1024 * 1024;
const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;

/** The time a URL may take, headers and body together: NEWSLENS_FETCH_TIMEOUT_MS, else 20 s. */
export function fetchTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.NEWSLENS_FETCH_TIMEOUT_MS);
  return Number.isSafeInteger(ms) && ms > 0 ? ms : DEFAULT_FETCH_TIMEOUT_MS;
}

const tooLarge = (name: string, size: number | string) =>
  new InputError(`${name}: too large (${size} bytes; the limit is ${MAX_BYTES})`);

export async function load(input: string): Promise<Loaded> {
  if (input === '-') return text(await readStdin(), 'standard input');
  if (/^https?:\/\//i.test(input)) return fetchPage(input);
  let bytes: Uint8Array;
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw new InputError(`${input}: is a directory`);
    if (info.size > MAX_BYTES) throw tooLarge(input, info.size);
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
  const timeout = fetchTimeoutMs();
  const failed = (e: unknown) => {
    const err = e as Error;
    const reason =
      err?.name === 'TimeoutError'
        ? `timed out after ${timeout >= 1000 ? `${timeout / 1000} s` : `${timeout} ms`}`
        : ((err?.cause as Error)?.message ?? err?.message ?? String(e));
    return new InputError(`${url}: fetch failed (${reason.split('\n')[0]})`);
  };
  let response: Response;
  const signal = AbortSignal.timeout(timeout);
  try {
    response = await fetch(url, { signal, redirect: 'follow' });
  } catch (e) {
    throw failed(e);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(`${url}: HTTP ${response.status}`);
  }
  const type = response.headers.get('content-type');
  // The body counts against the same time-out, and is read up to MAX_BYTES, not whatever is sent.
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, declared);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      size += part.value.length;
      if (size > MAX_BYTES) throw tooLarge(url, `over ${MAX_BYTES}`);
      chunks.push(part.value);
    }
  } catch (e) {
    await reader?.cancel().catch(() => undefined);
    throw e instanceof InputError ? e : failed(signal.aborted ? signal.reason : e);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new InputError(`${url}: empty response`);
  if (looksBinary(bytes)) throw new InputError(`${url}: binary content (${type ?? 'no content type'}), not a page`);
  if (type && /text\/plain/i.test(type)) return { ...text(decodeHtml(bytes, type), url), url: response.url || url };
  const html = decodeHtml(bytes, type);
  if (!looksLikeHtml(html)) throw new InputError(`${url}: not an HTML page (${type ?? 'no content type'})`);
  return { kind: 'html', content: html, url: response.url || url };
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new InputError('standard input: nothing piped in');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) {
      process.stdin.destroy();
      throw tooLarge('standard input', `over ${MAX_BYTES}`);
    }
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (looksBinary(bytes)) throw new InputError('standard input: binary data, not text');
  return decodeHtml(bytes);
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
