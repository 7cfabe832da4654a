// @ts-check
// Bundles a small app with Vite, as a shop's own build would (ES modules,
// minified), and measures what it ships. Shared by `npm run size`, the bench
// and the consumer check (scripts/consumer-check.js).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * @typedef {{ name: string, min: number, gzip: number, initial: boolean, code: string }} Chunk
 * @typedef {{ chunks: Chunk[], initialGzip: number, initialMin: number }} AppBundle
 */

/** min+gzip (level 9) bytes of a text. */
export const gzipSize = (/** @type {string | Buffer} */ text) =>
  gzipSync(text, { level: 9 }).length;

/**
 * Bundles `source` (the app's entry module) in `root` (a folder whose
 * node_modules the imports resolve from; a temporary one by default).
 * `initial` chunks are what the page loads up front; the others are
 * `import()`ed on demand.
 * @param {string} source
 * @param {{ root?: string, alias?: Record<string, string>, define?: Record<string, string>, outDir?: string }} [options]
 * @returns {Promise<AppBundle>}
 */
export async function bundleApp(source, options = {}) {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'backorder-app-'));
  const entry = join(root, `entry-${process.pid}-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  try {
    const result = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: options.alias },
      define: options.define,
      build: {
        write: Boolean(options.outDir),
        outDir: options.outDir ?? join(root, 'out'),
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        modulePreload: false,
        reportCompressedSize: false,
        rolldownOptions: { input: entry, output: { entryFileNames: 'app.js' } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((item) =>
      'output' in item ? item.output : [],
    );
    const jsChunks = outputs.filter((item) => item.type === 'chunk');
    // What the entry loads up front: itself and its static imports, transitively.
    const initialNames = new Set();
    const visit = (/** @type {string} */ name) => {
      if (initialNames.has(name)) return;
      initialNames.add(name);
      jsChunks.find((chunk) => chunk.fileName === name)?.imports.forEach(visit);
    };
    jsChunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
    const chunks = jsChunks.map((chunk) => ({
      name: chunk.fileName,
      min: Buffer.byteLength(chunk.code),
      gzip: gzipSize(chunk.code),
      initial: initialNames.has(chunk.fileName),
      code: chunk.code,
    }));
    const initial = chunks.filter((chunk) => chunk.initial);
    return {
      chunks,
      initialMin: initial.reduce((sum, chunk) => sum + chunk.min, 0),
      // One gzip over what loads up front, as one would measure one file.
      initialGzip: gzipSize(initial.map((chunk) => chunk.code).join('\n')),
    };
  } finally {
    rmSync(entry, { force: true });
    if (!options.root) rmSync(root, { recursive: true, force: true });
  }
}
