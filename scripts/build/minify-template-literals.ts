import type { Plugin } from 'vite';

/**
 * Removes comments and needless whitespace from a static stylesheet: around
 * `{ } ; , >`, after `:` (a colon followed by a space is a declaration's or a
 * media feature's, never a selector's), around `*` and `/` in declaration
 * values (`calc()`, `grid-area`; in a selector `:host *` they matter, and
 * `+` and `-` keep theirs everywhere), before `!important`, the last `;` of a
 * block, the leading zero of a fraction, and doubled hex digits of a colour.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(
      // A declaration: a name after `{` or `;`, its value up to `;` or `}` (a selector ends at `{`).
      /([{;][-\w]+:)([^;{}]*)(?=[;}])/g,
      (_whole, name: string, value: string) => name + value.replace(/ ?([*/]) ?/g, '$1'),
    )
    .replace(/ !important/g, '!important')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .trim();
}

/**
 * Trims the templates in a module's code (TypeScript, or tsc's output):
 * - css`…` without `${}`: comments and needless whitespace (see minifyCss);
 * - html`…`, and the html`…` nested in its expressions: in the static text,
 *   every run of whitespace that holds a line break becomes one line break
 *   (the same rendering; text on one line is left as it is).
 */
export function minifyTemplates(code: string): string {
  code = code.replace(/\bcss ?`([^`$]*)`/g, (_whole, body: string) => `css\`${minifyCss(body)}\``);
  let out = '';
  let at = 0;
  for (const match of code.matchAll(/\bhtml ?`/g)) {
    if (match.index < at) continue; // Nested in a template already trimmed.
    const start = match.index + match[0].length;
    const [body, end] = template(code, start, true);
    out += `${code.slice(at, match.index)}html\`${body}\``;
    at = end + 1;
  }
  return out + code.slice(at);
}

/**
 * A template literal's body from `start` (after its backtick) to its closing
 * backtick, whose index it returns too; with `html`, its static text trimmed.
 */
function template(code: string, start: number, html: boolean): [string, number] {
  let body = '';
  let text = '';
  let i = start;
  const flush = () => {
    body += html ? text.replace(/[ \t]*\n\s*/g, '\n') : text;
    text = '';
  };
  for (; i < code.length && code[i] !== '`'; i++) {
    if (code[i] === '\\') text += code[i++]! + code[i];
    else if (code.startsWith('${', i)) {
      flush();
      const [expression, end] = expressionAt(code, i + 2);
      body += `\${${expression}}`;
      i = end;
    } else text += code[i];
  }
  flush();
  return [body, i];
}

/**
 * A `${…}` expression from `start` to its closing brace, whose index it
 * returns too, with the html`…` templates in it trimmed; strings and other
 * templates in it are copied as they are.
 */
function expressionAt(code: string, start: number): [string, number] {
  let out = '';
  let depth = 0;
  let i = start;
  for (; i < code.length; i++) {
    const char = code[i]!;
    if (char === '}' && depth === 0) break;
    if (char === '{') depth++;
    else if (char === '}') depth--;
    if (char === "'" || char === '"') {
      const end = stringEnd(code, i);
      out += code.slice(i, end + 1);
      i = end;
    } else if (char === '`') {
      const [body, end] = template(code, i + 1, /\bhtml ?$/.test(out));
      out += `\`${body}\``;
      i = end;
    } else out += char;
  }
  return [out, i];
}

/** The index of the quote that closes the string opened at `start`. */
function stringEnd(code: string, start: number): number {
  let i = start + 1;
  while (i < code.length && code[i] !== code[start]) i += code[i] === '\\' ? 2 : 1;
  return i;
}

/**
 * Lit's `css` and `html` template literals are strings, so a JavaScript
 * minifier (ours, or an app's bundler) leaves their indentation and comments
 * alone. This plugin trims them (minifyTemplates) in our sources as the
 * script-tag builds bundle them and, once the bundle is written, in the npm
 * modules tsc wrote to the output folder before (npm run build runs tsc
 * first), so an app that bundles those ships them trimmed too.
 */
export function minifyTemplateLiterals(): Plugin {
  let outDir = '';
  return {
    name: 'backorder-elements:minify-template-literals',
    apply: 'build',
    configResolved(config) {
      outDir = `${config.root}/${config.build.outDir}`;
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const out = minifyTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
    async closeBundle() {
      // Imported here: the minifiers above also run in the browser (their test).
      const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
      // tsc's output: every .js below dist/ but the bundles and their parts (backorder-elements*.js).
      const modules = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
        (file) => file.endsWith('.js') && !file.startsWith('backorder-elements'),
      );
      for (const file of modules) {
        const code = readFileSync(`${outDir}/${file}`, 'utf8');
        const out = minifyTemplates(code);
        if (out !== code) writeFileSync(`${outDir}/${file}`, out);
      }
    },
  };
}
