// @ts-check
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium the tests and scripts launch: $CHROME_PATH, else the first
 * system browser found. Returns undefined when there is none.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return candidates.find((path) => existsSync(path));
}
