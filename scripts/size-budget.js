// @ts-check
// Measures the built bundles (min + gzip) and fails when the classic IIFE
// script, with every element in it, is over budget. `npm run bench` imports
// measureBundles() and IIFE_BUDGET from here, so both report the same figures.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/**
 * Bytes, min+gzip, the IIFE bundle (every element, Lit inside) may weigh.
 * It started at 16 KB with <stock-status> alone (13.5 KB). With the three
 * elements, the notify outbox, the platform sources and Klaviyo, and the
 * English, Swedish and German texts it measured 27.6 KB; the purchase button
 * (`controls`), the reserved space and note clamp of <stock-status>, and
 * <backorder-summary> brought it to 30.6 KB (controls 0.6, reserved space 0.3,
 * the summary 1.3, texts and the note's button the rest). `npm run bench` names
 * what weighs what; the README's "Size" note says where the next kilobytes
 * could come from.
 */
export const IIFE_BUDGET = 31 * 1024;

/** The built bundles, in the order they are reported. */
export const BUNDLE_FILES = ['dist/backorder-elements.js', 'dist/backorder-elements.iife.js'];

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/**
 * @typedef {{ file: string, min: number, gzip: number, budget: number | undefined, over: boolean }} BundleSize
 */

/**
 * Min and gzip (level 9) bytes of each built bundle; the IIFE is checked
 * against IIFE_BUDGET. Throws when a bundle is missing.
 * @returns {BundleSize[]}
 */
export function measureBundles() {
  return BUNDLE_FILES.map((file) => {
    let source;
    try {
      source = readFileSync(file);
    } catch {
      throw new Error(`${file} is missing; run npm run build first.`);
    }
    const gzip = gzipSync(source, { level: 9 }).length;
    const budget = file.endsWith('.iife.js') ? IIFE_BUDGET : undefined;
    return { file, min: source.length, gzip, budget, over: budget !== undefined && gzip > budget };
  });
}

function main() {
  let sizes;
  try {
    sizes = measureBundles();
  } catch (error) {
    console.error(`size: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  for (const { file, min, gzip, budget, over } of sizes) {
    console.log(
      `${file.padEnd(34)} ${kb(min).padStart(10)} min  ${kb(gzip).padStart(9)} gzip` +
        (budget !== undefined ? `  budget ${kb(budget)} ${over ? 'OVER' : 'ok'}` : ''),
    );
  }
  if (sizes.some((size) => size.over)) {
    console.error('size: the IIFE bundle is over budget.');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
