// @ts-check
// Renders the demo pages in headless Chromium and writes PNGs to
// docs/screenshots/ (desktop and phone widths). Used by the README.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.js';

const outDir = process.env.SCREENSHOT_DIR ?? 'docs/screenshots';
const pages = (process.env.SCREENSHOT_PAGES ?? 'index,checkout').split(',');
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

mkdirSync(outDir, { recursive: true });
const server = await createServer({ configFile: 'vite.config.ts', server: { port: 0 }, logLevel: 'error' });
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const name of pages) {
    for (const [label, viewport] of Object.entries(widths)) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      page.on('pageerror', (error) => console.error(`${name}: page error:`, error.message));
      await page.goto(`http://127.0.0.1:${port}/${name}.html`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('stock-status')].every((el) => el.getAttribute('state') !== 'loading'),
      );
      await page.waitForTimeout(300);
      const file = `${outDir}/${name}-${label}.png`;
      await page.screenshot({ path: file, fullPage: process.env.SCREENSHOT_FULL === '1' });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
