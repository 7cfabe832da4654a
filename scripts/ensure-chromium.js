// @ts-check
// Runs before `npm test`: makes sure a Chromium exists, installing Debian's
// `chromium` package when we are root with apt-get, or explaining what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.js';

const found = findChromium();
if (found && existsSync(found)) process.exit(0);
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (about a minute)…');
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
  } catch {
    console.error(
      'Installing chromium with apt-get failed; install it yourself or set CHROME_PATH.',
    );
    process.exit(1);
  }
  if (findChromium()) process.exit(0);
}
console.error(
  'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.',
);
process.exit(1);
