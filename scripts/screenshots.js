// @ts-check
// Renders the demo pages in headless Chromium and writes the images the README
// shows to docs/screenshots/: the state gallery (default, dark and brand
// themes; the theming panel, the backorder choices, the delivery plans and the
// sign-up forms) and the store pages, at desktop (1280) and phone (390) widths.
// Images are kept small: a clipped region, JPEG where it is much smaller.
//   SCREENSHOT_PAGES=gallery,index  only these pages
//   SCREENSHOT_DIR=…                another output folder
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.js';

const outDir = process.env.SCREENSHOT_DIR ?? 'docs/screenshots';
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const BUDGET = Number(process.env.SCREENSHOT_BUDGET ?? 250 * 1024);

/**
 * What to shoot: the page, its query (theme, locale), the file name, the
 * widths, and how tall a region (CSS px) to keep at most.
 * `selector` starts the region at that element's section instead of the top.
 * @type {{ page: string; query?: string; name: string; selector?: string; widths: (keyof typeof widths)[]; maxHeight: { desktop: number; phone: number } }[]}
 */
const shots = [
  {
    page: 'gallery',
    name: 'gallery',
    widths: ['desktop', 'phone'],
    maxHeight: { desktop: 1500, phone: 2400 },
  },
  {
    page: 'gallery',
    name: 'gallery-theming',
    selector: '#theme-title',
    widths: ['desktop'],
    maxHeight: { desktop: 640, phone: 0 },
  },
  {
    page: 'gallery',
    name: 'gallery-options',
    selector: '#option-title',
    widths: ['desktop'],
    maxHeight: { desktop: 1560, phone: 0 },
  },
  {
    page: 'gallery',
    name: 'gallery-summary',
    selector: '#summary-title',
    widths: ['desktop'],
    maxHeight: { desktop: 520, phone: 0 },
  },
  {
    page: 'gallery',
    name: 'gallery-notify',
    selector: '#notify-title',
    widths: ['desktop'],
    maxHeight: { desktop: 1320, phone: 0 },
  },
  {
    page: 'gallery',
    query: 'theme=dark',
    name: 'gallery-dark',
    widths: ['desktop'],
    maxHeight: { desktop: 1500, phone: 0 },
  },
  {
    page: 'gallery',
    query: 'theme=brand&locale=sv',
    name: 'gallery-brand-sv',
    widths: ['desktop'],
    maxHeight: { desktop: 1560, phone: 0 },
  },
  {
    page: 'gallery',
    query: 'theme=dark&locale=de',
    name: 'gallery-notify-dark-de',
    selector: '#notify-title',
    widths: ['desktop'],
    maxHeight: { desktop: 900, phone: 0 },
  },
  {
    page: 'index',
    // Blue / XL, 2 wanted: on backorder, and "Add to cart" reads "Backorder" (controls).
    query: 'sku=TEE-BLUE-XL&quantity=2',
    name: 'index',
    widths: ['desktop'],
    maxHeight: { desktop: 1120, phone: 0 },
  },
  {
    page: 'index',
    // Blue / L, 5 wanted: one can ship now, and the merchant's note.
    query: 'sku=TEE-BLUE-L&quantity=5',
    name: 'index',
    widths: ['phone'],
    maxHeight: { desktop: 0, phone: 1900 },
  },
  {
    page: 'checkout',
    name: 'checkout',
    widths: ['desktop', 'phone'],
    maxHeight: { desktop: 1100, phone: 2200 },
  },
  {
    page: 'checkout',
    query: 'theme=dark&locale=de',
    name: 'checkout-dark-de',
    widths: ['desktop'],
    maxHeight: { desktop: 1100, phone: 0 },
  },
  {
    page: 'platforms',
    name: 'platforms',
    widths: ['desktop'],
    maxHeight: { desktop: 900, phone: 0 },
  },
];
const only = process.env.SCREENSHOT_PAGES?.split(',');

mkdirSync(outDir, { recursive: true });
const server = await createServer({
  configFile: 'vite.config.ts',
  server: { port: 0 },
  logLevel: 'error',
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let failed = false;
try {
  for (const shot of shots) {
    if (only && !only.includes(shot.page)) continue;
    for (const label of shot.widths) {
      const viewport = widths[label];
      // A fresh context per shot: the demo keeps the theme and locale in localStorage.
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`${shot.name}: page error:`, error.message));
      const query = shot.query ? `?${shot.query}` : '';
      await page.goto(`http://127.0.0.1:${port}/${shot.page}.html${query}`, { waitUntil: 'load' });
      // Everything answered, except the gallery's deliberately hanging `loading` specimen.
      await page.waitForFunction(
        () =>
          !!document.defaultView?.customElements.get('stock-status') &&
          [...document.querySelectorAll('stock-status')]
            .filter((el) => !el.getAttribute('endpoint')?.includes('hang'))
            .every((el) => {
              const state = el.getAttribute('state');
              return state !== null && state !== 'loading';
            }),
        undefined,
        { timeout: 15000 },
      );
      if (shot.page === 'gallery') {
        await page.waitForFunction(
          () =>
            !!document
              .querySelector('#notify-queued')
              ?.shadowRoot?.querySelector('.another, [data-tone]:not(:empty)'),
          undefined,
          { timeout: 15000 },
        );
      }
      await page.waitForTimeout(400);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const top = shot.selector
        ? await page.evaluate((selector) => {
            const section =
              document.querySelector(selector)?.closest('section') ??
              document.querySelector(selector);
            return Math.max(
              0,
              Math.floor((section?.getBoundingClientRect().top ?? 0) + window.scrollY - 16),
            );
          }, shot.selector)
        : 0;
      const clip = {
        x: 0,
        y: top,
        width: viewport.width,
        height: Math.min(height - top, shot.maxHeight[label]),
      };
      const base = `${outDir}/${shot.name}-${label}`;
      // PNG for crisp text; JPEG (quality 75) when the PNG is over budget.
      rmSync(`${base}.png`, { force: true });
      rmSync(`${base}.jpg`, { force: true });
      let file = `${base}.png`;
      await page.screenshot({ path: file, type: 'png', clip, fullPage: true });
      if (statSync(file).size > BUDGET) {
        rmSync(file);
        file = `${base}.jpg`;
        await page.screenshot({ path: file, type: 'jpeg', quality: 75, clip, fullPage: true });
      }
      const size = statSync(file).size;
      if (size > BUDGET) failed = true;
      console.log(
        `wrote ${file} (${Math.round(size / 1024)} KB)${size > BUDGET ? ' — over the 250 KB budget' : ''}`,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) process.exitCode = 1;
