import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import { minifyCss, minifyTemplates } from '../../scripts/build/minify-template-literals.js';
import { baseStyles } from '../../src/elements/shared/backorder-element.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { stockStatusStyles } from '../../src/elements/stock-status/stock-status.styles.js';
import { notifyMeFormStyles } from '../../src/elements/notify-me-form/notify-me-form.styles.js';
import { backorderOptionStyles } from '../../src/elements/backorder-option/backorder-option.styles.js';
import { backorderSummaryStyles } from '../../src/elements/backorder-summary/backorder-summary.styles.js';

/**
 * The rules the browser reads from a style sheet: selectors and conditions as
 * the browser writes them, and each declaration's value without whitespace,
 * leading zeros or doubled hex digits (a value holding var() is kept as
 * written, so those differ in the text, not in what they mean).
 */
function parsed(css: string): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const value = (text: string) =>
    text
      .replace(/\s+/g, '')
      .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
      .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3');
  const rule = (item: CSSRule): string => {
    if (item instanceof CSSMediaRule)
      return `@media ${item.conditionText} {${[...item.cssRules].map(rule).join(' ')}}`;
    const { selectorText, style } = item as CSSStyleRule;
    const declarations = [...style].map(
      (name) =>
        `${name}:${value(style.getPropertyValue(name))}${style.getPropertyPriority(name) ? '!' : ''}`,
    );
    return `${selectorText} {${declarations.join(';')}}`;
  };
  return [...sheet.cssRules].map(rule).join('\n');
}

const sheets = (group: CSSResultGroup): CSSResult[] =>
  Array.isArray(group) ? group.flatMap(sheets) : [group as CSSResult];

describe('the template minifier of the builds', () => {
  it('leaves every style sheet of ours as the browser reads it', () => {
    const all = sheets([
      baseStyles,
      StockProvider.styles,
      stockStatusStyles,
      notifyMeFormStyles,
      backorderOptionStyles,
      backorderSummaryStyles,
    ]);
    for (const { cssText } of all) {
      const minified = minifyCss(cssText);
      expect(minified.length).to.be.below(cssText.length);
      expect(parsed(minified)).to.equal(parsed(cssText));
    }
  });

  it('drops the whitespace CSS needs none of, and shortens numbers and colours', () => {
    const cases: [string, string][] = [
      ['a {\n  color: #ffffff;\n  /* why */\n}', 'a{color:#fff}'],
      ['a { margin: 0.5em 10.5em -0.25em; }', 'a{margin:.5em 10.5em -0.25em}'],
      ['a { width: calc(1px + var(--x, 2px) * 3 / 4); }', 'a{width:calc(1px + var(--x,2px)*3/4)}'],
      [
        'a { grid-area: 1 / 1; display: none !important; }',
        'a{grid-area:1/1;display:none!important}',
      ],
      [
        '@media (forced-colors: active) { a { color: #ff00ffaa } }',
        '@media (forced-colors:active){a{color:#ff00ffaa}}',
      ],
      // In a selector, a space before a colon or around `*` is a descendant combinator: kept.
      [':host :focus-visible, .a > .b { outline: 0 }', ':host :focus-visible,.a>.b{outline:0}'],
      [
        ':host *, :host *::before { box-sizing: inherit }',
        ':host *,:host *::before{box-sizing:inherit}',
      ],
      [
        '@media (x) { input:focus * { width: calc(2px * 3) } }',
        '@media (x){input:focus *{width:calc(2px*3)}}',
      ],
    ];
    for (const [css, expected] of cases) {
      expect(minifyCss(css), css).to.equal(expected);
      expect(parsed(expected), css).to.equal(parsed(css));
    }
  });

  it('trims css`` and html`` in tsc output as in our sources', () => {
    expect(minifyTemplates('css `\n  a {\n    color: red;\n  }\n`')).to.equal('css`a{color:red}`');
    expect(minifyTemplates('html `<p>\n    ${x}\n  </p>`')).to.equal('html`<p>\n${x}\n</p>`');
    // Nested templates too, and the text after them; strings and other templates are kept.
    expect(
      minifyTemplates(
        'html`<ul>\n  ${items.map((item) => html`<li>\n    ${item}</li>`)}\n  </ul>\n  <p title=${"}`  \n"}>\n  ${`a\n  b`}</p>`',
      ),
    ).to.equal(
      'html`<ul>\n${items.map((item) => html`<li>\n${item}</li>`)}\n</ul>\n<p title=${"}`  \n"}>\n${`a\n  b`}</p>`',
    );
    // With an expression inside, a style sheet is left as it is.
    expect(minifyTemplates('css`a { color: ${c}; }`')).to.equal('css`a { color: ${c}; }`');
  });
});
