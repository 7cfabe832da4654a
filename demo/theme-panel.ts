// The gallery's live theming panel: a colour or size input per `--bo-*` custom
// property. A change sets the property on the page's root, so every specimen
// follows at once, and the CSS to copy lists what differs from the defaults.
import { html, render } from 'lit';
import { t } from './demo-texts.js';

/** A property the panel edits: its default, and how its input reads and writes it. */
interface Token {
  name: string;
  value: string;
  /** `color`, or a range with its unit. */
  kind: 'color' | { min: number; max: number; step: number; unit: string };
}

const colour = (name: string, value: string): Token => ({ name, value, kind: 'color' });
const size = (name: string, value: number, min: number, max: number, step: number, unit = '') => ({
  name,
  value: `${value}${unit}`,
  kind: { min, max, step, unit },
});

/** Every public custom property, with the library's defaults (Canvas shown as white). */
const tokens: Token[] = [
  colour('--bo-color-text', '#1f2328'),
  colour('--bo-color-muted', '#57606a'),
  colour('--bo-color-surface', '#ffffff'),
  colour('--bo-color-border', '#8c959f'),
  colour('--bo-color-accent', '#0969da'),
  colour('--bo-color-accent-text', '#ffffff'),
  colour('--bo-color-focus', '#0969da'),
  colour('--bo-color-in-stock', '#1a7f37'),
  colour('--bo-color-low-stock', '#9a6700'),
  colour('--bo-color-backorder', '#0969da'),
  colour('--bo-color-out-of-stock', '#cf222e'),
  colour('--bo-color-neutral', '#8c959f'),
  colour('--bo-color-error', '#cf222e'),
  colour('--bo-color-success', '#1a7f37'),
  size('--bo-radius', 6, 0, 24, 1, 'px'),
  size('--bo-spacing', 0.5, 0.2, 1.2, 0.05, 'em'),
  size('--bo-focus-width', 2, 1, 6, 1, 'px'),
  size('--bo-line-height', 1.4, 1.1, 2, 0.05),
  size('--bo-reserved-lines', 2, 1, 4, 1),
];

/** The values the designer set, by property. */
const changed = new Map<string, string>();

/** The CSS to paste into a shop: the changed properties on `:root`. */
function css(): string {
  if (changed.size === 0) return t('gallery.unchanged');
  return `:root {\n${[...changed].map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

/** Renders the panel into `container` and keeps it in the current language. */
export function setUpThemePanel(container: HTMLElement): void {
  const root = document.documentElement;
  let copied = '';
  const set = (token: Token, value: string) => {
    if (value === token.value && !getComputedStyle(root).getPropertyValue(token.name).trim()) {
      changed.delete(token.name);
      root.style.removeProperty(token.name);
    } else {
      changed.set(token.name, value);
      root.style.setProperty(token.name, value);
    }
    copied = '';
    draw();
  };
  const reset = () => {
    for (const name of changed.keys()) root.style.removeProperty(name);
    changed.clear();
    copied = '';
    draw();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(css());
      copied = t('gallery.copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): select the text instead.
      getSelection()?.selectAllChildren(container.querySelector('pre')!);
      copied = t('gallery.copyByHand');
    }
    draw();
  };
  // Unchanged, a property shows what the page's theme sets, else the default.
  const valueOf = (token: Token) =>
    changed.get(token.name) ??
    (getComputedStyle(root).getPropertyValue(token.name).trim() || token.value);
  const input = (token: Token) => {
    const value = valueOf(token);
    const onInput = (event: Event) => {
      const field = event.target as HTMLInputElement;
      set(token, token.kind === 'color' ? field.value : `${field.value}${token.kind.unit}`);
    };
    return token.kind === 'color'
      ? html`<input type="color" .value=${value} @input=${onInput} />`
      : html`<input
          type="range"
          min=${token.kind.min}
          max=${token.kind.max}
          step=${token.kind.step}
          .value=${String(parseFloat(value))}
          @input=${onInput}
        />`;
  };
  const draw = () =>
    render(
      html`<div class="theme-fields">
          ${tokens.map(
            (token) =>
              html`<label class="theme-field">
                ${input(token)}
                <span
                  ><code>${token.name}</code>
                  <span class="theme-value">${valueOf(token)}</span></span
                >
              </label>`,
          )}
        </div>
        <pre class="theme-css">${css()}</pre>
        <div class="theme-actions">
          <button type="button" @click=${copy}>${t('gallery.copy')}</button>
          <button type="button" @click=${reset} ?disabled=${changed.size === 0}>
            ${t('gallery.reset')}
          </button>
          <span role="status">${copied}</span>
        </div>`,
      container,
    );
  draw();
  document.addEventListener('demo-locale-change', draw);
}
