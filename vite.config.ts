import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from './scripts/build/minify-template-literals.ts';
import { staticImports } from './scripts/build/static-imports.ts';

/**
 * One config, two jobs:
 * - `vite` (npm start) serves demo/ with the MSW worker from public/;
 * - `vite build` (part of npm run build) writes the script-tag builds: an ES
 *   module and a classic IIFE script, each one file registering every element,
 *   with Lit and every language and platform adapter inside. It leaves the
 *   rest of dist/ alone: tsc writes the npm modules there (npm run build
 *   empties dist/ first).
 */
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : '.',
  publicDir: command === 'serve' ? '../public' : false,
  // Several pages, no single-page fallback: an unknown path answers 404, not the index.
  appType: 'mpa',
  server: { port: 5173, host: '127.0.0.1' },
  plugins: [minifyTemplateLiterals(), staticImports()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2021',
    minify: true,
    // One file each: languages and adapters are imported statically (staticImports).
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
