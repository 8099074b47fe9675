// One config, five builds chosen by --mode: the content script and the background are each one
// classic script (IIFE, no imports, as MV3 content scripts and Firefox background scripts need);
// the options page is a normal page build; the popup and the offscreen document are one build of
// their own, so that they share the pipeline's chunk and no chunk with the options page (see
// `popup` below); the CLI is a Node (SSR) build.
import { resolve } from 'node:path';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { compromiseLexicon } from './scripts/compromise-lexicon.ts';

const root = import.meta.dirname;

function classic(entry: string, name: string): BuildEnvironmentOptions {
  return {
    outDir: resolve(root, 'build/ext'),
    emptyOutDir: false,
    lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
  };
}

/**
 * webextension-polyfill as an ES module whose default export is its `module.exports`. Imported as
 * the CommonJS module it is, the bundle's interop helper copies every own property of the export
 * onto a new object; where the browser has a native `browser` (which the polyfill then passes
 * through), reading those properties' descriptors builds the bindings of every API, used or not.
 * In Chromium that was a fifth of the content script's first run on every page (2.9 → 2.3 ms).
 */
function polyfillAsModule(): Plugin {
  return {
    name: 'newslens:polyfill-as-module',
    transform: {
      filter: { id: /webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ },
      handler: (code) => ({
        code: `const module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;`,
        map: null,
      }),
    },
  };
}

/**
 * The popup's style sheet written into its page. Chromium runs a page's module script only once its
 * style sheets have come, and serves an extension's files one after another, slowly while a popup
 * opens (the style sheet came ~10 ms after the scripts): inlined, the popup's code ran 7 ms sooner
 * at the median (36 opens). Extension pages' default CSP restricts scripts, not styles.
 */
function inlineStyles(page: string): Plugin {
  return {
    name: 'newslens:inline-styles',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = bundle[page];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      html.source = html.source.replace(
        /\s*<link rel="stylesheet"[^>]*href="\.\.\/(assets\/[^"]+\.css)">/g,
        (tag, file: string) => {
          const css = bundle[file];
          if (css?.type !== 'asset') return tag;
          delete bundle[file];
          return `\n    <style>${String(css.source).trim()}</style>`;
        },
      );
    },
  };
}

function pages(input: Record<string, string>): BuildEnvironmentOptions {
  return {
    outDir: resolve(root, 'build/ext'),
    emptyOutDir: false,
    // Extension pages run in browsers with native modulepreload: no polyfill, so no fetch() at all
    // in the package (test/e2e/privacy.e2e.ts checks).
    modulePreload: { polyfill: false },
    rolldownOptions: { input: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, resolve(root, v)])) },
  };
}

const builds: Record<string, BuildEnvironmentOptions> = {
  content: classic('src/content/content.ts', 'content'),
  background: classic('src/background/background.ts', 'background'),
  pages: pages({ options: 'src/options/options.html' }),
  // Built with the options page, the popup's code came in five files (chunks shared with it), and
  // its script ran only when the last had come: Chromium answered the first at 58 ms from the
  // popup's start and the last at 87 ms. Built apart, its script ran about 25 ms sooner (36 opens,
  // median 101 → 76 ms). It is built with the offscreen document, which makes its digest in
  // Chrome: both load the pipeline's chunk on demand (one copy in the package), and the popup's
  // code is two files (its own, and what it shares with that document); its style sheet is written
  // into its page (`inlineStyles`).
  popup: pages({ popup: 'src/popup/popup.html', offscreen: 'src/offscreen/offscreen.html' }),
  cli: {
    ssr: true,
    outDir: resolve(root, 'build/cli'),
    rolldownOptions: {
      input: { newslens: resolve(root, 'src/cli/index.ts'), lib: resolve(root, 'src/node/index.ts') },
      output: { entryFileNames: '[name].js' },
    },
  },
};

export default defineConfig(({ mode }) => ({
  root: mode === 'pages' || mode === 'popup' ? resolve(root, 'src') : root,
  base: './',
  publicDir: false,
  // compromise's lexicon as data, made at build time: the analysis never loads compromise itself.
  plugins: [compromiseLexicon(), polyfillAsModule(), ...(mode === 'popup' ? [inlineStyles('popup/popup.html')] : [])],
  define: mode === 'cli' ? {} : { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: builds[mode],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    env: { TZ: 'UTC' },
  },
}));
