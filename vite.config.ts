import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from './scripts/build/minify-template-literals.ts';
import { onDemandParts } from './scripts/build/on-demand.ts';

/**
 * One config, two jobs:
 * - `vite` (npm start) serves demo/ with the MSW worker from public/;
 * - `vite build` (part of npm run build) writes the script-tag builds: an ES
 *   module and a classic IIFE script, each one file registering every element,
 *   with Lit and the English texts inside; the other languages and the
 *   platform adapters are ES modules beside them (`backorder-elements.sv.js`,
 *   …), which either build imports when a page first needs one. The npm
 *   modules tsc wrote to dist/ before (npm run build empties dist/, runs tsc,
 *   then this) stay, with their css``/html`` templates trimmed.
 */
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : '.',
  publicDir: command === 'serve' ? '../public' : false,
  // Several pages, no single-page fallback: an unknown path answers 404, not the index.
  appType: 'mpa',
  server: { port: 5173, host: '127.0.0.1' },
  plugins: [minifyTemplateLiterals(), onDemandParts()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    // One file each; what loads on demand is built beside them (onDemandParts).
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
    sourcemap: true,
    lib: {
      entry: 'src/define.ts',
      name: 'BackorderElements',
      formats: ['es', 'iife'],
      fileName: (format) =>
        format === 'es' ? 'backorder-elements.js' : 'backorder-elements.iife.js',
    },
  },
}));
