import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

/**
 * The parts of the library the script-tag builds load on demand, by the name
 * in their file (`dist/backorder-elements.<name>.js`), and the source module
 * each one is. Our sources reach them only through `import('./…')`; the npm
 * modules keep those `import()`s as they are.
 */
export const ON_DEMAND: Readonly<Record<string, string>> = {
  sv: 'src/i18n/catalogues/sv.ts',
  de: 'src/i18n/catalogues/de.ts',
  shopify: 'src/data/sources/shopify-source.ts',
  woocommerce: 'src/data/sources/woocommerce-source.ts',
  klaviyo: 'src/data/klaviyo-target.ts',
  'purchase-button': 'src/elements/stock-status/purchase-button.ts',
};

/** The file the script-tag builds load for an on-demand part. */
export const onDemandFile = (name: string) => `backorder-elements.${name}.js`;

const LOADER = '\0backorder-elements:import-beside';

/**
 * For the script-tag builds: every `import('./x.js')` in our sources that
 * names an on-demand part becomes `importBeside('name')`, which imports
 * `backorder-elements.<name>.js` from beside the running script. Its URL is
 * taken while the script first runs: `document.currentScript` for the classic
 * script (also with `defer` and `async`), `import.meta.url` for the ES module.
 * A dynamic `import()` is no Trusted Types sink, so a strict CSP allows it
 * wherever it allows the script itself. A part not listed in ON_DEMAND fails
 * the build. When the bundle is written, each part is built as a standalone
 * ES module beside it.
 */
export function onDemandParts(): Plugin {
  const root = resolve('.');
  const names = new Map(Object.entries(ON_DEMAND).map(([name, path]) => [resolve(path), name]));
  let outDir = 'dist';
  return {
    name: 'backorder-elements:on-demand-parts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // The classic script has no import.meta (Rolldown makes it {}): the loader reads document.currentScript there.
    onLog: (_level, log) => !(log.code === 'EMPTY_IMPORT_META' && log.id === LOADER),
    resolveId: (id) => (id === LOADER ? id : null),
    load: (id) =>
      id === LOADER
        ? `const script = (typeof document < 'u' && document.currentScript?.src) || import.meta.url;
export const importBeside = async (name) => import(new URL(\`backorder-elements.\${name}.js\`, script).href);`
        : null,
    transform(code, id) {
      if (!id.startsWith(`${root}/src/`) || !code.includes('import(')) return null;
      let found = false;
      const out = code
        .split('\n')
        .map((line) =>
          // Not in comments (doc examples).
          /^\s*(\*|\/\/|\/\*)/.test(line)
            ? line
            : line.replace(/\bimport\((['"])(\.[^'"]+)\1\)/g, (_whole, _quote, path: string) => {
                const target = resolve(id, '..', path).replace(/\.js$/, '.ts');
                const name = names.get(target);
                if (!name) this.error(`${path} is loaded on demand but not listed in ON_DEMAND`);
                found = true;
                return `importBeside(${JSON.stringify(name)})`;
              }),
        )
        .join('\n');
      // On the first line, so the source map's lines stay right.
      return found ? { code: `import { importBeside } from '${LOADER}'; ${out}`, map: null } : null;
    },
    async closeBundle() {
      for (const [name, path] of Object.entries(ON_DEMAND)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            target: 'es2022',
            minify: true,
            rolldownOptions: { output: { minify: true } },
            sourcemap: true,
            lib: { entry: resolve(path), formats: ['es'], fileName: () => onDemandFile(name) },
          },
        });
      }
    },
  };
}
