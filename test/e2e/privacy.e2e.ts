// Privacy and safety in Chromium, in one browser session:
// - every network request of the session is recorded (pages, popup, service worker): none comes
//   from the extension, the fixture server sees only the pages the test opened;
// - a hostile page whose title, byline, names and quotes carry script and HTML payloads: the popup
//   shows them literally and runs none of them;
// - window.postMessage of our message shapes, and a forged marker attribute, drive nothing;
// - the content script throws nothing into the page's console, on the hostile page and on giant
//   ones (100 000 elements, 5 000 levels built by script, 10 MB of text);
// - the package: default CSP, no remote code, no network API in any bundle, permissions as the
//   README's Privacy section lists them.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, root, type ChromiumSession } from './browsers';

const fixtures = join(root, 'test/fixtures');
const TITLE = `<img src=x onerror="document.documentElement.dataset.pwned='title'"> Council votes`;
const BYLINE = `<script>document.documentElement.dataset.pwned='byline'</script>Jane Doe`;
const NAME = `<img src=x onerror="document.documentElement.dataset.pwned='name'"> Smith`;
const QUOTE = `<script>document.documentElement.dataset.pwned='quote'</script> This is not a plan`;

const para = (i: number) =>
  `<p>Paragraph ${i}: the council met on Tuesday and Maria Lopez said the bridge would open in May.</p>`;
const story = `<article><h1>Giant</h1>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</article>`;
const comments = '<div id="comments"><h3>Comments</h3><ol class="comment-list"><li>First!</li></ol></div>';
/** Giant pages, made here rather than stored. */
const GENERATED: Record<string, string> = {
  'giant-nodes.html': `<!doctype html><html><head><title>Giant</title></head><body>${story}${'<div><span>x</span></div>'.repeat(50_000)}${comments}</body></html>`,
  // The HTML parser stops nesting at 512, so the deep page builds its 5 000 levels by script,
  // after load, which also wakes the content script's MutationObserver. The levels sit in a hidden
  // container: Chromium's renderer itself crashes laying out 3 000 visible levels, with or
  // without the extension.
  'giant-deep.html': `<!doctype html><html><head><title>Deep</title></head><body>${story}${comments}<script>
    setTimeout(() => {
      let el = document.body.appendChild(document.createElement('div'));
      el.hidden = true;
      for (let i = 0; i < 5000; i++) el = el.appendChild(document.createElement('div'));
      el.innerHTML = '<div id="disqus_thread">Late comments</div>';
    }, 300);
  </script></body></html>`,
  // 10 MB of text; content-visibility spares the (loaded, two-core) test machine laying it all out.
  'giant-text.html': `<!doctype html><html><head><title>Text</title><style>.t { content-visibility: auto; }</style></head><body>${story}${`<p class="t">${'word '.repeat(2_000)}</p>`.repeat(1_000)}${comments}</body></html>`,
};

/** Serves the fixtures and the generated pages, and logs every request it gets. */
async function startServer() {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push(path);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const name = path.slice(1);
    const body = GENERATED[name] ?? (/^[\w-]+\.html$/.test(name) ? safeRead(join(fixtures, name)) : null);
    if (body === null) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { seen, origin, url: (p: string) => `${origin}/${p}`, close: () => new Promise((d) => server.close(d)) };
}

function safeRead(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The slice of the tabs API the test calls in the service worker. */
interface TabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}

interface Problem {
  kind: string;
  text: string;
}

/**
 * Collects, over CDP, every exception and console error of a page in every execution context,
 * the content script's isolated world included, and tells which came from the extension.
 */
async function watchConsole(page: Page, session: ChromiumSession) {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const extensionOrigin = `chrome-extension://${session.extensionId}`;
  const contexts = new Map<number, string>();
  const all: (Problem & { context?: number; url?: string })[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context.origin ?? context.name));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) =>
    all.push({
      kind: 'exception',
      text: d.exception?.description ?? d.text,
      context: d.executionContextId,
      url: d.url ?? d.stackTrace?.callFrames?.[0]?.url,
    }),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
    if (type === 'error' || type === 'assert' || type === 'warning')
      all.push({
        kind: `console.${type}`,
        text: args.map((a) => a.value ?? a.description).join(' '),
        context: executionContextId,
        url: stackTrace?.callFrames?.[0]?.url,
      });
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' || entry.level === 'warning')
      all.push({ kind: `log.${entry.source}`, text: entry.text, url: entry.url });
  });
  page.on('pageerror', (e) => all.push({ kind: 'pageerror', text: String(e?.stack ?? e) }));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const fromExtension = (p: (typeof all)[number]) =>
    (p.context !== undefined && contexts.get(p.context)?.startsWith(extensionOrigin)) ||
    (p.url ?? '').startsWith(extensionOrigin) ||
    p.text.includes(extensionOrigin) ||
    /newslens/i.test(p.text);
  return {
    cdp,
    all,
    contexts,
    fromExtension: () => all.filter(fromExtension),
    isolatedWorlds: () => [...contexts.values()].filter((o) => o.startsWith(extensionOrigin)),
  };
}

let server: Awaited<ReturnType<typeof startServer>>;
let session: ChromiumSession;
const requests: { url: string; from: string }[] = [];
const opened = new Set<string>();

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium();
  // Every request of every page, popup and worker of the session, from here on. The service
  // worker's requests before this line are in its own Resource Timing, checked at the end.
  session.context.on('request', (r) => {
    const sw = r.serviceWorker();
    let from = sw ? `service worker ${sw.url()}` : 'page';
    try {
      from = sw ? from : `page ${r.frame().url()}`;
    } catch {
      // A request of a page already closed.
    }
    requests.push({ url: r.url(), from });
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function tabState(page: Page) {
  await page.bringToFront();
  // From the service worker, as the keyboard shortcut asks: also checks that our sender rule
  // accepts the worker (its URL is under the extension's origin).
  return session.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return (await c.tabs.sendMessage(tab!.id!, { type: 'page.state', payload: {} })) as {
      hiddenKinds: string[];
      blocks: { selector: string }[];
    } | null;
  });
}

describe('a hostile page', () => {
  let article: Page;
  let consoleWatch: Awaited<ReturnType<typeof watchConsole>>;

  beforeAll(async () => {
    article = await session.context.newPage();
    consoleWatch = await watchConsole(article, session);
    opened.add('/hostile.html');
    await article.goto(server.url('hostile.html'));
    // The page's newsletter form is the block every detector must find (mc4wp's markup).
    await article.waitForFunction(() => !document.querySelector('.mc4wp-form')!.checkVisibility());
  });

  it('sees the content script hide its newsletter form, not its article, whatever markers it forges', async () => {
    const visible = await article.evaluate(() => ({
      article: document.querySelector('body > article')!.checkVisibility(),
      paragraphs: [...document.querySelectorAll('body > article p')].map((p) => p.checkVisibility()),
      newsletter: document.querySelector('.mc4wp-form')!.checkVisibility(),
    }));
    expect(visible).toMatchObject({ article: true, newsletter: false });
    expect(visible.paragraphs.every(Boolean)).toBe(true);
  });

  it('cannot drive the content script with window.postMessage or DOM events', async () => {
    const before = await tabState(article);
    expect(before?.hiddenKinds).toEqual(expect.arrayContaining(['comments', 'newsletter']));
    const reached = await article.evaluate(async () => {
      const shapes = [
        { type: 'page.showKind', payload: { kind: 'comments' } },
        { type: 'page.showKind', payload: { kind: 'newsletter' } },
        { type: 'page.reveal', payload: { text: 'The city council voted' } },
        { type: 'style.set', payload: { insert: 'article { display: none !important; }', remove: null } },
        { type: 'badge.set', payload: { count: 999 } },
        { type: 'page.snapshot', payload: {} },
      ];
      for (const m of shapes) {
        window.postMessage(m, '*');
        window.postMessage(JSON.stringify(m), '*');
        document.dispatchEvent(new CustomEvent(m.type, { detail: m.payload }));
      }
      // A page has no runtime to message the extension with (no externally_connectable).
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      await new Promise((r) => setTimeout(r, 800));
      return typeof runtime?.sendMessage;
    });
    expect(reached).toBe('undefined');
    const after = await tabState(article);
    expect(after?.hiddenKinds).toEqual(before?.hiddenKinds);
    expect(after?.blocks.length).toBe(before?.blocks.length);
    const visible = await article.evaluate(() => ({
      newsletter: document.querySelector('.mc4wp-form')!.checkVisibility(),
      article: document.querySelector('article')!.checkVisibility(),
    }));
    expect(visible).toEqual({ newsletter: false, article: true });
  });

  it('is shown literally in the popup, and nothing of it runs', async () => {
    const popup = await session.openPopup(article);
    const popupConsole: string[] = [];
    popup.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') popupConsole.push(m.text());
    });
    popup.on('pageerror', (e) => popupConsole.push(String(e)));
    await popup.waitForSelector('main h1');
    const shown = await popup.evaluate(() => ({
      h1: document.querySelector('main h1')!.textContent,
      meta: document.querySelector('main .meta')!.textContent,
      summary: document.querySelector('.summary')?.textContent ?? '',
      text: document.body.textContent ?? '',
      pwned: document.documentElement.dataset.pwned ?? null,
      // Every element in the popup that a payload could have made.
      injected: [
        ...document.querySelectorAll(
          'img, script:not([src]), iframe, svg[onload], a[href^="javascript:"], [onerror], [onmouseover]',
        ),
      ].map((e) => e.outerHTML),
      scripts: [...document.scripts].map((s) => s.src.replace(/^chrome-extension:\/\/[^/]+/, '')),
    }));
    expect(shown.h1).toBe(TITLE);
    expect(shown.meta).toContain(BYLINE);
    // Anywhere in the popup (summary, actors or quotes): shown as text.
    expect(shown.text).toContain(NAME);
    expect(shown.text).toContain(QUOTE);
    expect(shown.pwned).toBeNull();
    expect(shown.injected).toEqual([]);
    expect(shown.scripts.every((s) => s.startsWith('/'))).toBe(true);
    // Clicking a summary sentence asks the page to reveal it: nothing runs there either.
    await popup.click('.summary button');
    await popup.waitForTimeout(300);
    expect(await article.evaluate(() => document.documentElement.dataset.pwned ?? null)).toBeNull();
    expect(popupConsole).toEqual([]);
    await popup.close();
  });

  it('hears nothing from the extension in its console', async () => {
    // The collector does see an isolated world's errors: throw one from a world of our own.
    const { frameTree } = await consoleWatch.cdp.send('Page.getFrameTree');
    const { executionContextId } = await consoleWatch.cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'probe',
    });
    await consoleWatch.cdp.send('Runtime.evaluate', {
      expression: 'setTimeout(() => { throw new Error("probe from an isolated world") })',
      contextId: executionContextId,
    });
    await expect.poll(() => consoleWatch.all.some((p) => p.text.includes('probe from an isolated world'))).toBe(true);
    expect(consoleWatch.isolatedWorlds().length).toBeGreaterThan(0); // the content script ran
    expect(consoleWatch.fromExtension()).toEqual([]);
    expect(consoleWatch.all.filter((p) => !p.text.includes('probe from'))).toEqual([]);
  });
});

describe('giant pages', () => {
  it.each(Object.keys(GENERATED))('%s: the content script stays quiet and bounded', async (name) => {
    const page = await session.context.newPage();
    const watch = await watchConsole(page, session);
    opened.add(`/${name}`);
    await page.goto(server.url(name), { timeout: 60_000 });
    // Let the content script scan, the late mutations land and the observer rescan.
    await page.waitForTimeout(2_500);
    const scans = await page.evaluate(() =>
      performance.getEntriesByName('newslens:detect').map((e) => Math.round(e.duration)),
    );
    console.log(`${name}: content-script scans (ms) ${JSON.stringify(scans)}`);
    expect(await page.evaluate(() => document.title)).toBeTruthy(); // the page still answers
    expect(watch.isolatedWorlds().length).toBeGreaterThan(0);
    expect(watch.fromExtension()).toEqual([]);
    await page.close();
  });
});

describe('the whole session', () => {
  it('made no network request from the extension', async () => {
    const ours = `chrome-extension://${session.extensionId}/`;
    // The recorder works: it saw the pages and the popup's own files.
    expect(requests.some((r) => r.url === server.url('hostile.html'))).toBe(true);
    expect(requests.some((r) => r.url.startsWith(`${ours}popup/`))).toBe(true);
    const external = requests.filter((r) => !r.url.startsWith(server.origin) && !r.url.startsWith(ours));
    expect(external).toEqual([]);
    expect(requests.filter((r) => r.from.startsWith('service worker'))).toEqual([]);
    // The fixture server saw the pages the test opened, and the browser's favicon lookups: nothing else.
    expect(server.seen.filter((p) => !opened.has(p) && p !== '/favicon.ico')).toEqual([]);
    // Extension URLs fetched are the popup's own files, present in the package.
    for (const r of requests.filter((r) => r.url.startsWith(ours))) {
      const file = new URL(r.url).pathname.slice(1);
      expect(safeRead(join(root, 'dist/chrome', file)), r.url).not.toBeNull();
    }
    // The service worker's own record of what it fetched since it started: nothing.
    const swFetches = await session.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(swFetches).toEqual([]);
  });
});

describe('the package', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

  it.each(['chrome', 'firefox'])(
    '%s: default CSP, no remote code, no network API, permissions as documented',
    (browser) => {
      const dir = join(root, 'dist', browser);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      // The browser's default policy for extension pages: scripts from the package only.
      expect(manifest).not.toHaveProperty('content_security_policy');
      // No page or other extension can message us, and no file of ours is exposed to pages.
      expect(manifest).not.toHaveProperty('externally_connectable');
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      // The permissions the README's Privacy section justifies, and no others.
      // Chrome's service worker has no DOM: an offscreen document parses pages for the detector.
      expect(manifest.permissions).toEqual(
        browser === 'chrome' ? ['storage', 'scripting', 'offscreen'] : ['storage', 'scripting'],
      );
      expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      for (const file of files(dir)) {
        if (file.endsWith('.html')) {
          const html = readFileSync(file, 'utf8');
          for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(src, file).toMatch(/^\.{0,2}\//);
          expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
          expect(html, file).not.toMatch(/(src|href)="(https?:)?\/\//);
        }
        if (file.endsWith('.js')) {
          const js = readFileSync(file, 'utf8');
          for (const api of [
            'eval(',
            'new Function',
            'importScripts',
            'fetch(',
            'XMLHttpRequest',
            'WebSocket',
            'sendBeacon',
            'EventSource',
          ])
            expect(js.includes(api), `${file} uses ${api}`).toBe(false);
          // URLs in the code are XML namespaces only (Preact's SVG and MathML), never an address to load.
          // (A template such as `http://${host}`, which the options page parses a typed host with, names no address.)
          const urls = js.match(/https?:\/\/[^\s`'"$]+/g) ?? [];
          expect(
            urls.filter((u) => !u.startsWith('http://www.w3.org/')),
            file,
          ).toEqual([]);
        }
      }
    },
  );
});
