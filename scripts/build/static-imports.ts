import type { Plugin } from 'vite';

/**
 * For the script-tag builds, which carry every language and adapter anyway:
 * `import('./x.js')` in our sources becomes a static import, so the bundler
 * needs no lazy-initialisation wrappers around those modules (Rolldown
 * inlines `import()` into one file by wrapping each module it reaches).
 * The npm modules keep their `import()`s.
 */
export function staticImports(): Plugin {
  return {
    name: 'backorder-elements:static-imports',
    apply: 'build',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return null;
      const imports: string[] = [];
      const out = code
        .split('\n')
        .map((line) =>
          // Not in comments (doc examples).
          /^\s*(\*|\/\/|\/\*)/.test(line)
            ? line
            : line.replace(
                /\bimport\((['"])(\.[^'"]+)\1\)/g,
                (_whole: string, _quote: string, path: string) => {
                  const name = `__bundled${imports.length}`;
                  imports.push(`import * as ${name} from '${path}';`);
                  return `Promise.resolve(${name})`;
                },
              ),
        )
        .join('\n');
      // On the first line, so the source map's lines stay right.
      return out === code ? null : { code: `${imports.join(' ')} ${out}`, map: null };
    },
  };
}
