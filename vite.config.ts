import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from './scripts/build/minify-template-literals.ts';

/**
 * One config, two jobs:
 * - `vite` (npm start) serves demo/ with the MSW worker from public/;
 * - `vite build` (npm run build) writes the library: an ES module and a classic
 *   IIFE script, each registering every element with Lit bundled in.
 */
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : '.',
  publicDir: command === 'serve' ? '../public' : false,
  // Several pages, no single-page fallback: an unknown path answers 404, not the index.
  appType: 'mpa',
  server: { port: 5173, host: '127.0.0.1' },
  plugins: [minifyTemplateLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2021',
    minify: true,
    rolldownOptions: { output: { minify: true } },
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
