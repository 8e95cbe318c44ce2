// Packages the app with electron-builder (`--linux --dir`) against a stand-in Electron
// folder, because no Electron binary can be downloaded here: this checks WHAT the package
// contains (app.asar), not that the packaged app starts. The stand-in has no fuses to flip,
// so this run uses electron-builder.yml without its `electronFuses` (checked on their own in
// electron-security-checklist.test.ts). Needs `npm run build` first.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import asar from '@electron/asar';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleWorkerPool } from '../../host/article-loading/article-worker-pool';
import { loadArticle } from '../../host/article-loading/load-article';
import { SAMPLE_ARTICLE_FILE } from '../../host/sample-article';
import { runtimeClosure } from '../support/runtime-closure';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'claimmark-package-'));
const output = join(work, 'dist');
let files: string[] = [];

beforeAll(() => {
  const electronDist = join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  const cli = join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
  const config = parseYaml(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  delete config.electronFuses;
  const configPath = join(work, 'electron-builder.json');
  writeFileSync(configPath, JSON.stringify({ ...config, electronDist, directories: { ...(config.directories as object), output } }));
  const run = spawnSync(
    process.execPath,
    [cli, '--linux', '--dir', '--config', configPath],
    { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`);
  files = asar.listPackage(join(output, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false }).map((file) =>
    file.replaceAll('\\', '/'),
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('app.asar', () => {
  it.each([
    ['the built main process', '/out/main/index.js'],
    ['the browser host bundle', '/out/main/web-host.js'],
    ['the article worker', '/out/main/article-worker.js'],
    ['the preload', '/out/preload/index.cjs'],
    ['the renderer page', '/out/renderer/index.html'],
    ['the sample article', `/${SAMPLE_ARTICLE_FILE}`],
    ['package.json', '/package.json'],
  ])('holds %s (%s)', (_what, path) => {
    expect(files).toContain(path);
  });

  it('holds the renderer script and styles', () => {
    expect(files.some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
    expect(files.some((file) => /^\/out\/renderer\/assets\/.+\.css$/.test(file))).toBe(true);
  });

  it('ships the JSON Schema of the native export beside the app', () => {
    const schema = JSON.parse(readFileSync(join(output, 'linux-unpacked', 'resources', 'claimmark-export.schema.json'), 'utf8')) as { $schema?: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('holds the runtime modules the main process cannot bundle (jsdom, parse5, entities), and exactly what they need', () => {
    const packageRoot = /^\/((?:node_modules\/(?:@[^/]+\/)?[^/]+\/?)+)package\.json$/;
    const shipped = new Set(files.flatMap((file) => {
      const root = packageRoot.exec(file)?.[1];
      return root === undefined ? [] : [root.replace(/\/$/, '')];
    }));
    expect(shipped).toContain('node_modules/jsdom');
    expect(shipped).toContain('node_modules/parse5');
    expect(shipped).toContain('node_modules/entities');
    // electron-builder nests and hoists its own way, so packages are compared by name.
    const names = (paths: Iterable<string>) => [...new Set([...paths].map((path) => path.slice(path.lastIndexOf('node_modules/') + 13)))].sort();
    expect(names(shipped)).toEqual(names(runtimeClosure(projectRoot, ['jsdom', 'parse5', 'entities'])));
  });

  // Electron reads a worker's script and its imports from app.asar as it reads the main
  // process's (its Node runs the same asar set-up in worker threads); run here in plain Node
  // from the extracted archive, outside the project, the worker finds jsdom among the
  // packaged modules alone.
  it('starts the article worker from the packaged files, which load a saved web page with the packaged jsdom', async () => {
    const extracted = join(work, 'extracted');
    asar.extractAll(join(output, 'linux-unpacked', 'resources', 'app.asar'), extracted);
    const pool = new ArticleWorkerPool(pathToFileURL(join(extracted, 'out', 'main', 'article-worker.js')));
    try {
      const bytes = readFileSync(join(projectRoot, 'tests', 'fixtures', 'articles', 'saved-news-page.html'));
      const inThread = loadArticle({ fileName: 'page.html', bytes }, 'article-1', '2025-06-01T08:00:00.000Z');
      expect(await pool.load({ fileName: 'page.html', bytes }, 'article-1', '2025-06-01T08:00:00.000Z')).toEqual(inThread);
    } finally {
      await pool.close();
    }
  });

  it('holds no sources, tests, configuration or build-time packages', () => {
    const unwanted = files.filter(
      (file) =>
        /^\/(electron|host|web-host|renderer|shared|tests)\//.test(file) ||
        /\.(ts|tsx|map)$/.test(file.replace(/\.d\.ts$/, '')) ||
        /^\/(tsconfig[^/]*\.json|electron\.vite\.config\.ts|playwright\.config\.ts|vitest\.config\.ts|eslint\.config\.js|electron-builder\.yml|README\.md)$/.test(file) ||
        /^\/node_modules\/(react|react-dom|electron|electron-vite|electron-builder|vite|vitest|typescript|@playwright|playwright-core|lowdb|zod|marked|dompurify|@mozilla|approx-string-match|eslint|papaparse|ajv|js-yaml)\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });
});
