/**
 * The demo's themes, as plain CSS: the dark and "brand" themes set only
 * `--bo-*` custom properties and `::part()` rules (plus the demo page's own
 * colours), which proves those hooks are enough to restyle the elements.
 * Shared by the demo pages and test/elements/themes.test.ts.
 */

/** A theme the demo can switch to. */
export type ThemeName = 'default' | 'dark' | 'brand';

export interface DemoTheme {
  /** What the switcher shows. */
  label: string;
  /** The CSS a shop would write: `--bo-*` properties and `::part()` rules. */
  elements: string;
  /** The demo store's own colours under this theme. */
  page: string;
}

export const themes: Record<ThemeName, DemoTheme> = {
  default: {
    label: 'Default',
    elements: '',
    page: '',
  },
  dark: {
    label: 'Dark',
    elements: `
      :root {
        color-scheme: dark;
        --bo-color-text: #e6edf3;
        --bo-color-muted: #9da7b3;
        --bo-color-surface: #161b22;
        --bo-color-border: #6e7681;
        --bo-color-accent: #4493f8;
        --bo-color-accent-text: #0d1117;
        --bo-color-focus: #79c0ff;
        --bo-color-in-stock: #3fb950;
        --bo-color-low-stock: #d29922;
        --bo-color-backorder: #58a6ff;
        --bo-color-out-of-stock: #f85149;
        --bo-color-neutral: #8b949e;
        --bo-color-error: #ff7b72;
        --bo-color-success: #3fb950;
      }
    `,
    page: `
      :root {
        --ink: #e6edf3;
        --muted: #9da7b3;
        --line: #30363d;
        --surface: #161b22;
        --page: #0d1117;
        --accent: #79c0ff;
        --accent-text: #0d1117;
        --focus: #79c0ff;
        --field-border: #6e7681;
        --image-from: #1f2937;
        --image-to: #111827;
      }
    `,
  },
  brand: {
    label: 'Brand',
    elements: `
      :root {
        --bo-font: 1rem/1.5 Georgia, 'Iowan Old Style', 'Times New Roman', serif;
        --bo-line-height: 1.5;
        --bo-color-text: #1c1917;
        --bo-color-muted: #57534e;
        --bo-color-surface: #fffdf8;
        --bo-color-border: #a8a29e;
        --bo-color-accent: #14532d;
        --bo-color-accent-text: #fefce8;
        --bo-color-focus: #b45309;
        --bo-focus-width: 3px;
        --bo-radius: 0;
        --bo-spacing: 0.6em;
        --bo-color-in-stock: #15803d;
        --bo-color-low-stock: #b45309;
        --bo-color-backorder: #1d4ed8;
        --bo-color-out-of-stock: #b91c1c;
        --bo-color-neutral: #a8a29e;
        --bo-color-error: #b91c1c;
        --bo-color-success: #166534;
      }
      stock-status::part(label) {
        font-weight: 600;
      }
      stock-status::part(indicator) {
        border-radius: 0;
        transform: rotate(45deg);
      }
      backorder-option::part(legend),
      notify-me-form::part(title) {
        font-variant: small-caps;
        letter-spacing: 0.04em;
      }
      notify-me-form::part(button) {
        border-radius: 999px;
        padding-inline: 1.4em;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        font-size: 0.85em;
      }
    `,
    page: `
      :root {
        --ink: #1c1917;
        --muted: #57534e;
        --line: #e7e5e4;
        --surface: #fffdf8;
        --page: #f3efe6;
        --accent: #14532d;
        --accent-text: #fefce8;
        --focus: #b45309;
        --image-from: #ecfccb;
        --image-to: #d9f99d;
        font-family: Georgia, 'Iowan Old Style', 'Times New Roman', serif;
      }
    `,
  },
};

/** Is `name` one of the demo's themes? */
export function isThemeName(name: string | null | undefined): name is ThemeName {
  return typeof name === 'string' && Object.hasOwn(themes, name);
}

/**
 * Applies a theme to a document with one `<style>` (its text set with
 * `textContent`, never parsed as HTML). `withPage` also sets the demo store's
 * own colours.
 */
export function applyTheme(name: ThemeName, doc: Document = document, withPage = true): void {
  let style = doc.getElementById('bo-theme');
  if (!style) {
    style = doc.createElement('style');
    style.id = 'bo-theme';
    doc.head.append(style);
  }
  const theme = themes[name];
  style.textContent = theme.elements + (withPage ? theme.page : '');
  doc.documentElement.dataset.theme = name;
}
