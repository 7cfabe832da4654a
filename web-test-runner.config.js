// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChromium } from './scripts/find-chromium.js';

const chromeArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
  // The tests wait on real timers and frames: keep them at full speed even should Chromium
  // count the test page as hidden or in the background.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** A headless Chromium, optionally in another time zone (through TZ). */
function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath: findChromium(),
      headless: true,
      args: chromeArgs,
      env: timeZone ? { ...process.env, TZ: timeZone } : undefined,
    },
  });
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time per browser: tests that press keys or wait for frames need the
  // focused, visible page. (The time-zone groups below have browsers of their own, and the
  // runner keeps up to two browsers going, its default `concurrentBrowsers`.)
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }),
    // Chromium's accessibility tree, for the names and descriptions a screen reader gets.
    a11ySnapshotPlugin(),
  ],
  middleware: [
    // MSW's worker must be served from the root so its scope covers the test pages.
    function serveMswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [chromium()],
  // Calendar dates must show the same day west and east of UTC: the *.tz tests
  // run again in a negative (UTC-10) and a positive (UTC+14) time zone.
  groups: [
    {
      name: 'utc-minus-10',
      files: 'test/**/*.tz.test.ts',
      browsers: [chromium('Pacific/Honolulu')],
    },
    {
      name: 'utc-plus-14',
      files: 'test/**/*.tz.test.ts',
      browsers: [chromium('Pacific/Kiritimati')],
    },
  ],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
};
