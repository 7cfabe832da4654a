// @ts-check
// Measures the built bundles (min + gzip) and fails when the classic IIFE
// script, with every element in it, is over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Bytes, min+gzip, the IIFE bundle may weigh. */
export const IIFE_BUDGET = 16 * 1024;

const files = ['dist/backorder-elements.js', 'dist/backorder-elements.iife.js'];
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

let failed = false;
for (const file of files) {
  let source;
  try {
    source = readFileSync(file);
  } catch {
    console.error(`size: ${file} is missing; run npm run build first.`);
    process.exit(1);
  }
  const gzipped = gzipSync(source, { level: 9 }).length;
  const isBudgeted = file.endsWith('.iife.js');
  const over = isBudgeted && gzipped > IIFE_BUDGET;
  failed ||= over;
  console.log(
    `${file.padEnd(34)} ${kb(source.length).padStart(10)} min  ${kb(gzipped).padStart(9)} gzip` +
      (isBudgeted ? `  budget ${kb(IIFE_BUDGET)} ${over ? 'OVER' : 'ok'}` : ''),
  );
}
if (failed) {
  console.error('size: the IIFE bundle is over budget.');
  process.exit(1);
}
