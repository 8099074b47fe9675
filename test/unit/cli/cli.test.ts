// The built CLI, as people and the evaluations run it (npm ci builds it via the prepare script).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixture = join(root, 'test/fixtures/seed-article.html');
const tmp = mkdtempSync(join(tmpdir(), 'newslens-cli-'));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/newslens.js'), ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
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
  ])('fails with one line on stderr for %j', (args, code, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).not.toMatch(/\n\s+at /);
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
