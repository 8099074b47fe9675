// One config, four builds chosen by --mode: the content script and the background are each one
// classic script (IIFE, no imports, as MV3 content scripts and Firefox background scripts need);
// the popup and options pages are a normal multi-page build; the CLI is a Node (SSR) build.
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const classic = (entry: string, name: string): UserConfig['build'] => ({
  outDir: 'build/ext',
  emptyOutDir: false,
  lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
});

export default defineConfig(({ mode }) => ({
  root: mode === 'pages' ? resolve(root, 'src') : root,
  base: './',
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build:
    mode === 'content'
      ? classic('src/content/content.ts', 'content')
      : mode === 'background'
        ? classic('src/background/background.ts', 'background')
        : mode === 'cli'
          ? { ssr: resolve(root, 'src/cli/index.ts'), outDir: 'build/cli', rolldownOptions: { output: { entryFileNames: 'newslens.js' } } }
          : {
              outDir: resolve(root, 'build/ext'),
              emptyOutDir: false,
              rolldownOptions: { input: { popup: resolve(root, 'src/popup/popup.html'), options: resolve(root, 'src/options/options.html') } },
            },
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    env: { TZ: 'UTC' },
  },
}));
