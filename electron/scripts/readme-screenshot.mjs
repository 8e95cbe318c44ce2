/* global document, NodeFilter -- used inside page.evaluate, which runs in the browser */
// `npm run screenshot`: starts the browser host on a scratch folder, adds a few claims to
// the sample article and saves the README's screenshot. Needs `npm run build` and a
// Chromium (CLAIMMARK_CHROMIUM, Playwright's own, or /usr/bin/chromium).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const output = join(root, '.github', 'screenshot.png');
const executablePath = [process.env.CLAIMMARK_CHROMIUM, chromium.executablePath(), '/usr/bin/chromium'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) throw new Error('No Chromium found: set CLAIMMARK_CHROMIUM.');

const dataDir = mkdtempSync(join(tmpdir(), 'claimmark-shot-'));
const host = spawn(process.execPath, [join(root, 'out/main/web-host.js'), '--port', '0', '--data-dir', dataDir]);
const url = await new Promise((resolve, reject) => {
  let text = '';
  host.stdout.on('data', (chunk) => {
    text += chunk;
    const match = /open: (\S+)/.exec(text);
    if (match) resolve(match[1]);
  });
  host.once('exit', () => reject(new Error(`The browser host stopped:\n${text}`)));
});

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();

  async function claim(text, status, note) {
    await page.locator('article.article').evaluate((rootElement, wanted) => {
      const walker = document.createTreeWalker(rootElement, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const index = node.data.indexOf(wanted);
        if (index >= 0) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + wanted.length);
          document.getSelection().removeAllRanges();
          document.getSelection().addRange(range);
          return;
        }
      }
      throw new Error(`not found: ${wanted}`);
    }, text);
    await page.getByRole('button', { name: 'Add claim' }).click();
    const card = page.getByRole('listitem').filter({ has: page.locator('blockquote', { hasText: text }) });
    if (status) await card.getByLabel('Status').selectOption({ label: status });
    if (note) await card.getByLabel('Note').fill(note);
    await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  }

  await claim('Vladimir Putin has expressed readiness to meet with Ukrainian President Volodymyr Zelenskyy', 'Verified', 'Round-table interview transcript, Kremlin site.');
  await claim('Russia enlists North Korean soldiers', null, 'Need a second source beyond intelligence briefings.');
  await claim('utilizes arms from North Korea and Iran', 'Verified', null);
  mkdirSync(join(root, '.github'), { recursive: true });
  await page.locator('.article').evaluate((element) => element.scrollTo(0, 0));
  await page.screenshot({ path: output });
  console.log(`Saved ${output}`);
} finally {
  await browser.close();
  host.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
