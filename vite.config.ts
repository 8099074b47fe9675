// One config, four builds chosen by --mode: the content script and the background are each one
// classic script (IIFE, no imports, as MV3 content scripts and Firefox background scripts need);
// the popup and options pages are a normal multi-page build; the CLI is a Node (SSR) build.
import { resolve } from 'node:path';
import { defineConfig, type BuildEnvironmentOptions } from 'vite';
import { compromiseLexicon } from './scripts/compromise-lexicon.ts';

const root = import.meta.dirname;

function classic(entry: string, name: string): BuildEnvironmentOptions {
  return {
    outDir: resolve(root, 'build/ext'),
    emptyOutDir: false,
    lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
  };
}

const builds: Record<string, BuildEnvironmentOptions> = {
  content: classic('src/content/content.ts', 'content'),
  background: classic('src/background/background.ts', 'background'),
  pages: {
    outDir: resolve(root, 'build/ext'),
    emptyOutDir: false,
    // Extension pages run in browsers with native modulepreload: no polyfill, so no fetch() at all
    // in the package (test/e2e/privacy.e2e.ts checks).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { popup: resolve(root, 'src/popup/popup.html'), options: resolve(root, 'src/options/options.html') },
    },
  },
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
  root: mode === 'pages' ? resolve(root, 'src') : root,
  base: './',
  publicDir: false,
  // compromise's lexicon as data, made at build time: the analysis never loads compromise itself.
  plugins: [compromiseLexicon()],
  define: mode === 'cli' ? {} : { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: builds[mode],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    env: { TZ: 'UTC' },
  },
}));
