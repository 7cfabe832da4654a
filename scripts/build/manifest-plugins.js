// @ts-check
// Plugins for `cem analyze` (see custom-elements-manifest.config.js):
// - manifestForDist(): the manifest describes the package as shipped: paths
//   into dist/, events typed from the global event map, the element
//   definitions each entry module makes, and the shared `--bo-*` custom
//   properties (declared once, in tokens.styles.ts) on every element that
//   reads them;
// - frameworkTypes(): from that manifest, the files frameworks read: JSX
//   props for React 19 and Preact, Vue's GlobalComponents, Svelte's element
//   types, and the React 18 wrappers (@lit/react). Every element in the
//   manifest gets them, so a new element needs nothing here.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** @typedef {{ kind: string, name: string, tagName?: string, customElement?: boolean, members?: any[], attributes?: any[], events?: any[], description?: string }} Declaration */
/** @typedef {{ path: string, declarations?: Declaration[], exports?: any[] }} Module */

/**
 * Our events, by name, with their event type, read from every
 * `interface HTMLElementEventMap { 'name': Type; }` block in src/.
 * @returns {Map<string, string>}
 */
export function eventMap(dir = 'src') {
  const events = new Map();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, body] of source.matchAll(/interface HTMLElementEventMap\s*{([^}]*)}/g)) {
      for (const [, name, type] of body.matchAll(/'([\w-]+)'\s*:\s*([\w<>, ]+);/g)) {
        events.set(name, type.trim());
      }
    }
  }
  return events;
}

/** Where the shared custom properties are declared (`@cssproperty`) and read. */
export const TOKENS_FILE = 'src/elements/shared/tokens.styles.ts';

/**
 * The shared custom properties of tokens.styles.ts: each `@cssproperty` of its
 * doc comment, with the private `--_bo-*` token it feeds (none for those set
 * straight on the host: font, line height, text colour), and whether the
 * focus ring reads it.
 * @returns {{ name: string, description: string, token: string | undefined, focus: boolean }[]}
 */
export function sharedTokens(file = TOKENS_FILE) {
  const source = readFileSync(file, 'utf8');
  const focusRule = /:focus-visible\s*{([^}]*)}/.exec(source)?.[1] ?? '';
  return [...source.matchAll(/@cssproperty (--bo-[\w-]+) - (.*)/g)].map(([, name, description]) => {
    const token = new RegExp(`(--_bo-[\\w-]+):\\s*var\\(${name}\\b`).exec(source)?.[1];
    return { name, description, token, focus: Boolean(token && focusRule.includes(token)) };
  });
}

/** Whether the sources of an element can hold keyboard focus (the focus ring then shows). */
const focusable = (/** @type {string} */ source) =>
  /<(button|input|select|textarea|a)\b|tabindex=/.test(source);

/**
 * Adds to each element the shared custom properties it reads, unless it
 * declares one itself: the host's own (font, line height, text colour) on
 * every element with styles, those whose private token the element's folder
 * uses, and the focus ring's where it has something focusable.
 * @param {{ module: Module, declaration: Declaration & { cssProperties?: { name: string, description?: string }[] } }[]} elements
 */
function addSharedTokens(elements) {
  const tokens = sharedTokens();
  for (const { module, declaration } of elements) {
    const folder = dirname(module.path.replace(/^dist\//, 'src/'));
    if (!existsSync(folder)) continue;
    const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
    // An element without a stylesheet of its own (the provider) shows nothing of the tokens.
    if (!files.some((file) => file.endsWith('.styles.ts'))) continue;
    const source = files.map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
    const own = new Set((declaration.cssProperties ?? []).map(({ name }) => name));
    const read = tokens.filter(({ name, token, focus }) =>
      focus
        ? focusable(source)
        : !token ||
          source.includes(`var(${token})`) ||
          new RegExp(`var\\(${name}[,)]`).test(source),
    );
    declaration.cssProperties = [
      ...(declaration.cssProperties ?? []),
      ...read
        .filter(({ name }) => !own.has(name))
        .map(({ name, description }) => ({ description, name })),
    ];
  }
}

/** `src/x/y.ts` (or `/src/x/y.js`, as the analyzer writes imports) → `dist/x/y.js`. */
const distPath = (/** @type {string} */ path) =>
  path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/** @param {any} node @param {(key: string, value: any) => any} visit */
function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      node[key] = visit(key, value);
      walk(node[key], visit);
    }
  }
}

/** The custom elements of a manifest, with the module that declares each. */
export function elementsOf(/** @type {{ modules: Module[] }} */ manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ module, declaration })),
  );
}

export function manifestForDist() {
  return {
    name: 'backorder-elements:manifest-for-dist',
    /** @param {{ customElementsManifest: { modules: Module[] } }} context */
    packageLinkPhase({ customElementsManifest: manifest }) {
      const events = eventMap();
      walk(manifest, (key, value) =>
        (key === 'path' || key === 'module') && typeof value === 'string' ? distPath(value) : value,
      );
      const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
      // Lit's `static properties` is no member anyone uses (the analyzer drops it
      // from classes, not from mixins and what inherits from them).
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter(
            (member) => !(member.static && member.name === 'properties'),
          );
        }
      }
      addSharedTokens(elementsOf(manifest));
      for (const { module, declaration } of elementsOf(manifest)) {
        for (const event of declaration.events ?? []) {
          if (events.has(event.name)) event.type = { text: events.get(event.name) };
        }
        // dist/<tag>.js and dist/define.js register the element.
        for (const entry of [`dist/${declaration.tagName}.js`, 'dist/define.js']) {
          const target = byPath.get(entry);
          target?.exports?.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

/** `stock-change` → `StockChange`. */
const pascal = (/** @type {string} */ name) =>
  name.replace(/(^|-)(\w)/g, (_whole, _dash, letter) => letter.toUpperCase());

/** The settable public properties and attributes of an element. */
function propsOf(/** @type {Declaration} */ element) {
  const fields = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      (member.privacy ?? 'public') === 'public',
  );
  return {
    properties: fields.map((field) => ({ name: field.name, description: field.description })),
    attributes: (element.attributes ?? [])
      .filter((attribute) => attribute.fieldName && attribute.name !== attribute.fieldName)
      .map((attribute) => ({ name: attribute.name, field: attribute.fieldName })),
  };
}

const doc = (/** @type {string | undefined} */ text) =>
  text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n    ` : '';

/**
 * @param {{ outdir: string }} options
 */
export function frameworkTypes({ outdir }) {
  return {
    name: 'backorder-elements:framework-types',
    /** @param {{ customElementsManifest: { modules: Module[] } }} context */
    packageLinkPhase({ customElementsManifest: manifest }) {
      const events = eventMap();
      const elements = elementsOf(manifest).map(({ module, declaration }) => ({
        ...declaration,
        tagName: /** @type {string} */ (declaration.tagName),
        from: `./${module.path.replace(/^dist\//, '')}`,
        ...propsOf(declaration),
        eventNames: (declaration.events ?? []).map((event) => event.name),
      }));
      const eventType = (/** @type {string} */ name) =>
        events.has(name) ? `HTMLElementEventMap['${name}']` : 'Event';
      const imports = elements
        .map((element) => `import type { ${element.name} } from '${element.from}';`)
        .join('\n');
      const header = (/** @type {string} */ what) =>
        `// Generated from custom-elements.json by npm run build: ${what}.\n${imports}\nimport './events.js';\n`;

      // Props in every JSX flavour: attributes, properties, `on<event-name>` handlers.
      const jsx = `${header('props and events of every element, for JSX')}
/** What each element takes in JSX: its attributes and properties, and \`on<event-name>\` handlers (React 19, Preact). */
export interface BackorderElementsProps {
${elements
  .map(
    (element) => `  ${doc(element.description?.split('\n\n')[0])}'${element.tagName}': {
${[
  ...element.properties.map(
    (prop) => `    ${doc(prop.description)}${prop.name}?: ${element.name}['${prop.name}'];`,
  ),
  ...element.attributes.map(
    (attribute) => `    '${attribute.name}'?: ${element.name}['${attribute.field}'] | string;`,
  ),
  ...element.eventNames.map((name) => `    'on${name}'?: (event: ${eventType(name)}) => void;`),
].join('\n')}
  };`,
  )
  .join('\n')}
}
`;
      const augment = (/** @type {string} */ module, /** @type {string} */ base) =>
        `// Generated by npm run build. Makes the elements known to ${module}'s JSX.
import type { BackorderElementsProps } from './jsx.js';
${imports}
${module === 'react' ? "import type * as React from 'react';\n" : "import type { HTMLAttributes } from 'preact';\n"}
declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (element) =>
      `      '${element.tagName}': ${base.replaceAll('$', element.name)} & BackorderElementsProps['${element.tagName}'];`,
  )
  .join('\n')}
    }
  }
}
`;
      const react = augment('react', 'React.DetailedHTMLProps<React.HTMLAttributes<$>, $>');
      const preact = augment('preact', 'HTMLAttributes<$>');

      const svelte = `// Generated by npm run build. Makes the elements known to Svelte 5's type checker.
import type { HTMLAttributes } from 'svelte/elements';
import type { BackorderElementsProps } from './jsx.js';
${imports}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements
  .map(
    (element) =>
      `    '${element.tagName}': HTMLAttributes<${element.name}> & BackorderElementsProps['${element.tagName}'];`,
  )
  .join('\n')}
  }
}
`;

      const vue = `${header("Vue 3's GlobalComponents")}import type { DefineComponent } from 'vue';

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (element) => `    '${element.tagName}': DefineComponent<{
${[
  ...element.properties.map(
    (prop) => `      ${doc(prop.description)}${prop.name}?: ${element.name}['${prop.name}'];`,
  ),
  ...element.eventNames.map(
    (name) => `      on${pascal(name)}?: (event: ${eventType(name)}) => void;`,
  ),
].join('\n')}
    }>;`,
  )
  .join('\n')}
  }
}
`;

      // React 18: @lit/react wrappers set properties and add event listeners.
      const wrappers = elements.map((element) => ({
        name: element.name,
        tagName: element.tagName,
        entry: `../${element.tagName}.js`,
        events: element.eventNames.map((name) => [`on${pascal(name)}`, name]),
      }));
      const reactJs = `// Generated by npm run build: React 18 components for the elements (@lit/react).
import * as React from 'react';
import { createComponent } from '@lit/react';
${wrappers.map((w) => `import { ${w.name} as ${w.name}Element } from '${w.entry}';`).join('\n')}

${wrappers
  .map(
    (
      w,
    ) => `/** \`<${w.tagName}>\` as a React component: props set properties; ${w.events.map(([prop]) => `\`${prop}\``).join(', ') || 'no events'}. */
export const ${w.name} = createComponent({
  tagName: '${w.tagName}',
  elementClass: ${w.name}Element,
  react: React,
  displayName: '${w.name}',
  events: { ${w.events.map(([prop, name]) => `${prop}: '${name}'`).join(', ')} },
});`,
  )
  .join('\n\n')}
`;
      const reactDts = `// Generated by npm run build: React 18 components for the elements (@lit/react).
import type { EventName, ReactWebComponent } from '@lit/react';
${wrappers.map((w) => `import type { ${w.name} as ${w.name}Element } from '${w.entry}';`).join('\n')}
import '../events.js';

${wrappers
  .map(
    (w) => `/** \`<${w.tagName}>\` as a React component. */
export declare const ${w.name}: ReactWebComponent<
  ${w.name}Element,
  { ${w.events.map(([prop, name]) => `${prop}: EventName<${eventType(name)}>`).join('; ')} }
>;`,
  )
  .join('\n\n')}
`;
      mkdirSync(join(outdir, 'react'), { recursive: true });
      for (const [file, text] of Object.entries({
        'jsx.d.ts': jsx,
        'react-jsx.d.ts': react,
        'preact.d.ts': preact,
        'svelte.d.ts': svelte,
        'vue.d.ts': vue,
        'react/index.js': reactJs,
        'react/index.d.ts': reactDts,
      })) {
        writeFileSync(join(outdir, file), text);
      }
    },
  };
}
