// @ts-check
// `npm run check-docs` (part of npm test, after the build): keeps README.md,
// CONTRIBUTING.md and docs/**/*.md honest.
//   1. Links: every relative link and image points at a file of the repository
//      (not one git ignores), every #anchor into a Markdown file names one of
//      its headings, and nothing links out of the repository: no http(s)://,
//      mailto: or bare address outside code, no absolute path.
//   2. The manifest (dist/custom-elements.json): every element has
//      docs/<tag>.md naming its attributes, properties, events, parts and
//      slots; the configuration attributes are in docs/configuration.md and
//      every custom property in docs/theming.md, which names no other --bo-*
//      but the old names of renamed ones (still read, as the fallback of the
//      new name in src/elements/shared/tokens.styles.ts): only it lists them.
//   3. The tables generated from the manifest in docs/theming.md are current.
//   --links  only 1 (no build needed)
//   --write  regenerates the tables of 3, then checks
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as prettier from 'prettier';

const root = resolve('.');
const linksOnly = process.argv.includes('--links');
const write = process.argv.includes('--write');
/** @type {string[]} */
const problems = [];

/** @param {string} dir @returns {string[]} */
const markdownIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownIn(join(dir, entry.name))
      : entry.name.endsWith('.md')
        ? [join(dir, entry.name)]
        : [],
  );
const files = ['README.md', 'CONTRIBUTING.md', ...markdownIn('docs')];
const read = (/** @type {string} */ file) => readFileSync(file, 'utf8');

/** The text outside fenced code blocks and code spans (code is never a link). */
function prose(/** @type {string} */ text) {
  let fenced = false;
  const lines = text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
  return lines.join('\n').replace(/(`+)[^`][\s\S]*?\1/g, (code) => code.replace(/[^\n]/g, ' '));
}

/** GitHub's anchor for a heading (as github-slugger makes them). */
function slug(/** @type {string} */ heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/<[^>]+>/g, (tag) => (/^<[a-z-]+>$/.test(tag) ? tag : ''))
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** @type {Map<string, Set<string>>} */
const anchorCache = new Map();
/** The anchors a Markdown file offers: its headings' slugs and any id="…". */
function anchorsOf(/** @type {string} */ file) {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  anchors = new Set();
  /** @type {Map<string, number>} */
  const seen = new Map();
  let fenced = false;
  for (const line of read(file).split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1] ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  for (const [, id] of read(file).matchAll(/\b(?:id|name)="([^"]+)"/g)) anchors.add(id ?? '');
  anchorCache.set(file, anchors);
  return anchors;
}

/** Paths (relative to the root) that git ignores: they are not in a clone. */
function ignoredByGit(/** @type {string[]} */ paths) {
  const result = spawnSync('git', ['check-ignore', '--stdin'], { input: paths.join('\n') });
  if (result.status !== 0 && result.status !== 1) return new Set();
  return new Set(String(result.stdout).split('\n').filter(Boolean));
}

function checkLinks() {
  /** @type {{ file: string, line: number, target: string, path: string }[]} */
  const local = [];
  for (const file of files) {
    const text = prose(read(file));
    const lineOf = (/** @type {number} */ index) => text.slice(0, index).split('\n').length;
    const fail = (/** @type {number} */ index, /** @type {string} */ why) =>
      problems.push(`${file}:${lineOf(index)}: ${why}`);
    const destinations = [
      ...text.matchAll(/\]\(\s*<?([^)\s>]*)>?/g),
      ...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm),
      ...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/g),
    ];
    for (const match of destinations) {
      const target = match[1] ?? '';
      const index = match.index ?? 0;
      if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(target)) {
        fail(index, `links out of the repository: ${target}`);
        continue;
      }
      if (target === '' || target.startsWith('/')) {
        fail(index, `"${target}": use a path relative to ${file}`);
        continue;
      }
      const [path = '', anchor] = target.split('#');
      const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : resolve(file);
      if (resolved !== root && !resolved.startsWith(root + sep)) {
        fail(index, `links out of the repository: ${target}`);
        continue;
      }
      if (!existsSync(resolved)) {
        fail(index, `no such file: ${target}`);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith('.md') && statSync(resolved).isFile()) {
        if (!anchorsOf(resolved).has(decodeURIComponent(anchor)))
          fail(index, `no heading for #${anchor} in ${relative(root, resolved)}`);
      }
      if (path && resolved !== root)
        local.push({ file, line: lineOf(index), target, path: relative(root, resolved) });
    }
    // GitHub turns these into links by itself.
    for (const match of text.matchAll(
      /\bhttps?:\/\/\S+|\bwww\.\w[\w-]*\.\w+|[\w.+-]+@[\w-]+\.\w+/g,
    )) {
      const before = text.slice(0, match.index).match(/\]\(\s*<?$/);
      if (!before)
        fail(match.index ?? 0, `a bare address is a link out of the repository: ${match[0]}`);
    }
  }
  const ignored = ignoredByGit([...new Set(local.map(({ path }) => path))]);
  for (const { file, line, target, path } of local) {
    if (ignored.has(path))
      problems.push(`${file}:${line}: ${target} is ignored by git (not in a clone)`);
  }
}

/**
 * @typedef {{ name: string, description?: string, inheritedFrom?: { name: string } }} Named
 * @typedef {Named & { kind?: string, privacy?: string, static?: boolean, fieldName?: string }} Member
 * @typedef {{ tagName: string, attributes?: Member[], members?: Member[], events?: Named[], cssParts?: Named[], cssProperties?: Named[], slots?: Named[] }} Element
 */

/** @returns {Element[]} the elements of the manifest, by tag name */
function elementsOf(/** @type {any} */ manifest) {
  return manifest.modules
    .flatMap((/** @type {any} */ module) => module.declarations ?? [])
    .filter((/** @type {any} */ declaration) => declaration.customElement && declaration.tagName)
    .sort((/** @type {Element} */ a, /** @type {Element} */ b) =>
      a.tagName.localeCompare(b.tagName),
    );
}

const GENERATED = /(<!-- BEGIN generated:([\w-]+)[^>]*-->\n)([\s\S]*?)(<!-- END generated:\2 -->)/g;

/** The tables docs/theming.md holds between its `generated:` markers, from the manifest. */
function generatedTables(/** @type {Element[]} */ elements) {
  const styled = elements.filter((element) => element.cssProperties?.length);
  const properties = [
    ...new Set(styled.flatMap((element) => element.cssProperties?.map(({ name }) => name) ?? [])),
  ].sort();
  const row = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  const table = (/** @type {string[]} */ head, /** @type {string[][]} */ rows) =>
    [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
  return {
    'properties-by-element': table(
      ['property', ...styled.map(({ tagName }) => `\`<${tagName}>\``)],
      properties.map((property) => [
        `\`${property}\``,
        ...styled.map((element) =>
          element.cssProperties?.some(({ name }) => name === property) ? '✓' : '',
        ),
      ]),
    ),
    parts: table(
      ['element', 'part', 'what it is'],
      elements.flatMap((element) =>
        (element.cssParts ?? []).map(({ name, description = '' }, index) => [
          index === 0 ? `\`<${element.tagName}>\`` : '',
          `\`${name}\``,
          description.replace(/\s+/g, ' ').replace(/\|/g, '\\|'),
        ]),
      ),
    ),
  };
}

/**
 * Custom properties renamed in this release, old name to new: the old one is
 * still read, as the new one's fallback in tokens.styles.ts
 * (`var(--bo-color-accent, var(--bo-accent-color, …))`).
 */
function renamedProperties() {
  const tokens = read('src/elements/shared/tokens.styles.ts');
  return new Map(
    [...tokens.matchAll(/var\((--bo-[\w-]+),\s*var\((--bo-[\w-]+)/g)].map(([, now, old]) => [
      old ?? '',
      now ?? '',
    ]),
  );
}

async function checkManifest() {
  const manifestFile = 'dist/custom-elements.json';
  if (!existsSync(manifestFile)) {
    problems.push(`${manifestFile} is missing: run npm run build first`);
    return;
  }
  const elements = elementsOf(JSON.parse(read(manifestFile)));
  const provider = elements.find(({ tagName }) => tagName === 'stock-provider');
  const shared = new Set(provider?.attributes?.map(({ name }) => name) ?? []);
  const configuration = read('docs/configuration.md');
  const theming = read('docs/theming.md');
  const handWritten = theming.replace(GENERATED, '');
  const names = (/** @type {string} */ text, /** @type {string} */ name) =>
    text.includes(`\`${name}\``) || text.includes(`\`${name}()\``);
  const properties = new Set();

  for (const element of elements) {
    const { tagName } = element;
    const pageFile = `docs/${tagName}.md`;
    if (!existsSync(pageFile)) {
      problems.push(`<${tagName}> has no page: ${pageFile}`);
      continue;
    }
    const page = read(pageFile);
    const missing = (/** @type {string} */ what, /** @type {string} */ name, file = pageFile) =>
      problems.push(`${file}: <${tagName}>'s ${what} \`${name}\` is not documented`);
    for (const { name } of element.attributes ?? []) {
      if (shared.has(name)) {
        if (!names(configuration, name)) missing('attribute', name, 'docs/configuration.md');
      } else if (!names(page, name)) missing('attribute', name);
    }
    for (const member of element.members ?? []) {
      const { name, privacy, inheritedFrom } = member;
      if (inheritedFrom || privacy || member.static || /^[[#_]/.test(name)) continue;
      if (!names(page, name)) missing(member.kind === 'method' ? 'method' : 'property', name);
    }
    for (const { name } of element.events ?? []) if (!names(page, name)) missing('event', name);
    for (const { name } of element.cssParts ?? []) if (!names(page, name)) missing('part', name);
    for (const { name } of element.slots ?? []) {
      if (name ? !names(page, name) : !/default slot/i.test(page))
        missing('slot', name || '(default)');
    }
    for (const { name } of element.cssProperties ?? []) {
      properties.add(name);
      if (!names(handWritten, name)) missing('custom property', name, 'docs/theming.md');
    }
  }
  const renamed = renamedProperties();
  for (const [old, now] of renamed) {
    if (!names(handWritten, old))
      problems.push(`docs/theming.md: the old name \`${old}\` of \`${now}\` is not listed`);
  }
  for (const file of files) {
    for (const [name] of read(file).matchAll(/--bo-[a-z\d-]*[a-z\d](?![a-z\d<-])/g)) {
      if (properties.has(name) || (renamed.has(name) && file === 'docs/theming.md')) continue;
      problems.push(
        renamed.has(name)
          ? `${file}: ${name} is an old name: use ${renamed.get(name)}`
          : `${file}: ${name} is no custom property of any element`,
      );
    }
  }

  const tables = generatedTables(elements);
  const options = { ...(await prettier.resolveConfig('docs/theming.md')), parser: 'markdown' };
  /** @type {Record<string, string>} */
  const expected = {};
  for (const [name, markdown] of Object.entries(tables))
    expected[name] = `\n${await prettier.format(markdown, options)}\n`;
  const found = new Set();
  const updated = theming.replace(GENERATED, (whole, start, name, body, end) => {
    found.add(name);
    if (!(name in expected)) {
      problems.push(`docs/theming.md: unknown generated table "${name}"`);
      return whole;
    }
    if (body !== expected[name] && !write)
      problems.push(
        `docs/theming.md: the "${name}" table differs from ${manifestFile}: run node scripts/check-docs.js --write`,
      );
    return `${start}${expected[name]}${end}`;
  });
  for (const name of Object.keys(expected))
    if (!found.has(name)) problems.push(`docs/theming.md: no generated:${name} table`);
  if (write && updated !== theming) {
    writeFileSync('docs/theming.md', updated);
    console.log('check-docs: docs/theming.md tables regenerated');
  }
}

checkLinks();
if (!linksOnly) await checkManifest();
if (problems.length > 0) {
  console.error(`check-docs: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-docs: ${files.length} files, links${linksOnly ? '' : ', manifest and tables'} ok`,
);
