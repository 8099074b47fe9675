// The built CLI, as people and the evaluations run it (npm ci builds it via the prepare script).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixture = join(root, 'test/fixtures/seed-article.html');
const tmp = mkdtempSync(join(tmpdir(), 'newslens-cli-'));

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [join(root, 'bin/newslens.js'), ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
    maxBuffer: 256 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The CLI without blocking this process, so a server in it can answer (or not). */
function cliAsync(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string; err: string }>((done) => {
    const child = spawn(process.execPath, [join(root, 'bin/newslens.js'), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** One line on stderr, no stack trace. */
function expectOneLine(err: string, message: RegExp) {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(message);
  expect(err).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build:cli', '--silent'], { cwd: root });
}, 120_000);

describe('newslens digest', { timeout: 60_000 }, () => {
  it('prints a readable digest of a saved page', () => {
    const r = cli(['digest', fixture]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Biden and Putin’s serious conversation sets the tone for diplomacy');
    expect(r.out).toContain('Summary');
    expect(r.out).toContain('Clutter the extension hides');
    expect(r.err).toBe('');
  });

  it('prints exactly one JSON object with the contract fields', () => {
    const r = cli(['digest', fixture, '--url', 'https://dailyledger.example/story', '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    for (const field of [
      'title',
      'byline',
      'siteName',
      'published',
      'text',
      'summary',
      'actors',
      'dates',
      'quotes',
      'clutter',
    ]) {
      expect(d).toHaveProperty(field);
    }
    expect(d.published).toMatch(/^2021-12-31/);
    expect(d.byline).toBe('Ananya Rao');
    expect(d.url).toBe('https://dailyledger.example/story');
    const comments = d.clutter.find((c: { kind: string }) => c.kind === 'comments');
    expect(comments.text).toContain('Leave a Reply');
    expect(comments.rule).toBeTruthy();
    expect(d.text).not.toContain('Leave a Reply');
  });

  it('prints one object per line for several inputs with --jsonl', () => {
    const text = join(tmp, 'story.txt');
    writeFileSync(text, 'A headline\n\nThe minister said on Thursday that the plan would go ahead next month.\n');
    const r = cli(['digest', fixture, text, '--jsonl']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).title).toBe('A headline');
    expect(JSON.parse(lines[1]!).clutter).toEqual([]);
  });

  it('reads plain text from standard input and takes --published', () => {
    const r = cli(
      ['digest', '-', '--published', '2021-12-31', '--json'],
      'Officials met on Thursday to discuss the plan for the coming year.\n',
    );
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.published).toBe('2021-12-31');
    expect(d.paragraphs).toEqual(['Officials met on Thursday to discuss the plan for the coming year.']);
  });

  it('treats an empty --published as not given', () => {
    const r = cli(
      ['digest', '-', '--published', '', '--json'],
      'Officials met to discuss the plan for the coming year.\n',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).published).toBeNull();
  });

  it('says so, with exit code 0, when a page holds no article', () => {
    const page = join(tmp, 'empty.html');
    writeFileSync(
      page,
      '<!doctype html><html><head><title>Login</title></head><body><form><input name="u"></form></body></html>',
    );
    const r = cli(['digest', page]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No article found on this page.');
  });

  it.each([
    [['digest', '/nonexistent/page.html'], 1, /no such file/],
    [['digest', '--frobnicate', 'x.html'], 2, /unknown option '--frobnicate'/],
    [['digest'], 2, /no input given/],
    [['summarise', 'x.html'], 2, /unknown command/],
    [['digest', 'a.html', 'b.html', '--json'], 2, /use --jsonl/],
    [['digest', 'x.html', '--published', '31/12/2021'], 2, /--published wants YYYY-MM-DD/],
    [['digest', 'x.html', '--url', 'not a url'], 2, /--url wants an http\(s\) address/],
    [['digest', 'x.html', '--url=javascript:alert(1)'], 2, /--url wants an http\(s\) address/],
    [['digest', 'x.html', '--url'], 2, /--url needs a value/],
    [['digest', tmp], 1, /is a directory/],
  ])('fails with one line on stderr for %j', (args, code, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('keeps a huge argument out of its one line', () => {
    const r = cli(['digest', `--${'x'.repeat(10_000)}`]);
    expect(r.code).toBe(2);
    expectOneLine(r.err, /unknown option/);
    expect(r.err.length).toBeLessThan(200);
  });

  it('rejects a file over the size limit without reading it', () => {
    const huge = join(tmp, 'huge.html');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 65 * 1024 * 1024); // sparse: no 65 MB written
    closeSync(fd);
    const r = cli(['digest', huge]);
    expect(r.code).toBe(1);
    expectOneLine(r.err, /too large \(68157440 bytes; the limit is 67108864\)/);
  });

  it('rejects empty, binary and oversized standard input', () => {
    for (const [input, message] of [
      ['', /empty input/],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /binary data/],
    ] as const) {
      const r = cli(['digest', '-'], input);
      expect(r.code).toBe(1);
      expectOneLine(r.err, message);
    }
    const r = cli(['digest', '-'], Buffer.alloc(64 * 1024 * 1024 + 10, 0x61));
    expect(r.code).toBe(1);
    expectOneLine(r.err, /standard input: too large/);
  });

  it('says a page is too large to read, with exit code 0, and answers at once', () => {
    const deep = join(tmp, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(100_000)}<p>Deep down.</p></body></html>`);
    const start = Date.now();
    const r = cli(['digest', deep]);
    expect(Date.now() - start).toBeLessThan(30_000);
    expect(r.code).toBe(0);
    expect(r.out).toContain('This page is too large to read');
    expect(JSON.parse(cli(['digest', deep, '--json']).out).limits).toContain('page-too-large');
  });

  it('stops quietly when the reader closes the pipe early', async () => {
    const many = Array.from({ length: 30 }, () => fixture);
    const r = await new Promise<{ code: number | null; err: string }>((done) => {
      const child = spawn(process.execPath, [join(root, 'bin/newslens.js'), 'digest', ...many, '--jsonl']);
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => done({ code, err }));
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('rejects empty, binary and non-HTML files with exit code 1', () => {
    const empty = join(tmp, 'empty.txt');
    const binary = join(tmp, 'image.html');
    const notHtml = join(tmp, 'data.html');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(notHtml, '{"just": "json"}');
    expect(cli(['digest', empty])).toMatchObject({ code: 1, err: expect.stringMatching(/empty/) });
    expect(cli(['digest', binary])).toMatchObject({ code: 1, err: expect.stringMatching(/binary/) });
    expect(cli(['digest', notHtml])).toMatchObject({ code: 1, err: expect.stringMatching(/not an HTML page/) });
    expect(cli(['digest', '-'], '   \n')).toMatchObject({ code: 1, err: expect.stringMatching(/empty input/) });
  });
});

describe('newslens digest URL', { timeout: 60_000 }, () => {
  let server: Server;
  let base: string;
  const hanging = new Set<import('node:http').ServerResponse>();
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/never') return void hanging.add(res); // accepts, never answers
      if (path === '/stall-body') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>Half a page');
        return void hanging.add(res);
      }
      if (path === '/missing') return void res.writeHead(404).end('no');
      if (path === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) });
        return void res.write('<html>');
      }
      if (path === '/png')
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0, 0, 1]));
      if (path === '/empty') return void res.writeHead(200, { 'content-type': 'text/html' }).end();
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<html><head><title>Served</title></head><body><article>${'<p>The council met on Tuesday and agreed that the new bridge would open in May.</p>'.repeat(12)}</article></body></html>`,
        );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('digests a page fetched from a URL', async () => {
    const r = await cliAsync(['digest', `${base}/story`, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ title: 'Served', url: `${base}/story`, isArticle: true });
  });

  it.each([
    ['/never', /fetch failed \(timed out after 800 ms\)/],
    ['/stall-body', /fetch failed \(timed out after 800 ms\)/],
    ['/missing', /HTTP 404/],
    ['/huge', /too large \(104857600 bytes/],
    ['/png', /binary content \(image\/png\)/],
    ['/empty', /empty response/],
  ])('fails on %s with one line on stderr and exit code 1', async (path, message) => {
    const start = Date.now();
    const r = await cliAsync(['digest', `${base}${path}`], { NEWSLENS_FETCH_TIMEOUT_MS: '800' });
    expect(r.code).toBe(1);
    expectOneLine(r.err, message);
    expect(r.out).toBe('');
    expect(Date.now() - start).toBeLessThan(30_000);
  });

  it('fails when nothing listens on the port', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const r = await cliAsync(['digest', `http://127.0.0.1:${port}/`]);
    expect(r.code).toBe(1);
    expectOneLine(r.err, /fetch failed \(connect ECONNREFUSED/);
  });

  it('ignores an invalid time-out setting', async () => {
    const r = await cliAsync(['digest', `${base}/story`], { NEWSLENS_FETCH_TIMEOUT_MS: 'soon' });
    expect(r.code).toBe(0);
  });
});
