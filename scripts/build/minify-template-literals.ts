import type { Plugin } from 'vite';

/**
 * A small Vite plugin for the library build: Lit's `css` and `html` template
 * literals are strings, so the minifier leaves their indentation and comments
 * alone (the bench found 1.7 KB of them). This trims them, conservatively:
 * - css`…` without `${}`: comments removed, whitespace collapsed;
 * - html`…`: every run of whitespace that holds a line break becomes one
 *   line break (the same rendering; text on one line is left as it is).
 */
export function minifyTemplateLiterals(): Plugin {
  return {
    name: 'backorder-elements:minify-template-literals',
    apply: 'build',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const out = code
        .replace(/\bcss`([^`$]*)`/g, (_whole: string, body: string) => `css\`${minifyCss(body)}\``)
        .replace(
          /\bhtml`([^`]*)`/g,
          (_whole: string, body: string) => `html\`${body.replace(/[ \t]*\n\s*/g, '\n')}\``,
        );
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Removes comments and needless whitespace from a static stylesheet. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
