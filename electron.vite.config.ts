import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };

/**
 * The shipped libraries the main process loads from node_modules at run time: jsdom cannot
 * be bundled, and parse5 and entities are jsdom's own. Every other package in
 * "dependencies" is bundled into out/ (and left out of the package by electron-builder.yml).
 */
export const RUNTIME_MODULES = ['jsdom', 'parse5', 'entities'];
const bundledDependencies = Object.keys(packageJson.dependencies).filter((name) => !RUNTIME_MODULES.includes(name));

/**
 * The dev server (`npm run dev`) injects inline scripts for hot reload, which the page's
 * strict CSP forbids; while serving only, the page's CSP meta tag is dropped. Builds keep it.
 */
const devServerWithoutPageCsp: Plugin = {
  name: 'claimmark-dev-server-without-page-csp',
  apply: 'serve',
  transformIndexHtml: (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  main: {
    build: {
      // Only the runtime modules stay external; everything else the main process uses (lowdb,
      // zod, the loaders' libraries) is bundled into it, including ESM-only lowdb.
      externalizeDeps: { exclude: bundledDependencies },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'web-host': resolve(__dirname, 'web-host/main.ts'),
          // The worker thread that loads articles and re-anchors claims, started by both hosts.
          'article-worker': resolve(__dirname, 'host/article-loading/article-worker.ts'),
        },
        // Shared chunks lie beside the entries, not in out/main/chunks: code bundled into any
        // of them finds the worker as ./article-worker.js next to itself (article-worker-pool.ts).
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: everything but `electron` is bundled into
      // one CommonJS file (out/preload/index.cjs).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devServerWithoutPageCsp],
    // The API worker (renderer/src/api-worker.ts) is an ES module, as the window's own scripts are.
    worker: { format: 'es' },
    build: {
      // electron-vite leaves bundles unminified; the renderer's is what the window parses at
      // every start, so it is minified (source maps stay out of the package).
      minify: true,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
