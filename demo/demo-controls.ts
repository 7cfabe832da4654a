// The theme and locale switchers every demo page shows in its header. The
// choice is kept in localStorage (so it follows you from page to page) and can
// be set with ?theme=dark&locale=sv (the screenshot script does that).
import { applyTheme, isThemeName, themes, type ThemeName } from './themes.js';

/** The locales the demo offers. */
export const demoLocales: Record<string, string> = { en: 'English', sv: 'Svenska', de: 'Deutsch' };

const THEME_KEY = 'backorder-demo:theme';
const LOCALE_KEY = 'backorder-demo:locale';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The theme in force: ?theme=…, then the last choice, then `default`. */
export function currentTheme(): ThemeName {
  const wanted = new URLSearchParams(location.search).get('theme') ?? stored(THEME_KEY);
  return isThemeName(wanted) ? wanted : 'default';
}

/** The locale in force: ?locale=…, then the last choice, then `en`. */
export function currentLocale(): string {
  const wanted = new URLSearchParams(location.search).get('locale') ?? stored(LOCALE_KEY);
  return wanted && Object.hasOwn(demoLocales, wanted) ? wanted : 'en';
}

function applyLocale(locale: string): void {
  for (const provider of document.querySelectorAll('stock-provider')) {
    provider.setAttribute('locale', locale);
  }
  document.dispatchEvent(new CustomEvent('demo-locale-change', { detail: locale }));
}

function select<T extends string>(
  label: string,
  options: Record<T, string>,
  current: T,
  onChange: (value: T) => void,
): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.append(`${label} `);
  const picker = document.createElement('select');
  for (const [value, text] of Object.entries(options) as [T, string][]) {
    picker.append(new Option(text, value, false, value === current));
  }
  picker.addEventListener('change', () => onChange(picker.value as T));
  wrapper.append(picker);
  return wrapper;
}

/**
 * Applies the saved theme and locale and adds both switchers to the header's
 * `.demo-controls`. Call it before the elements are defined, so they first
 * render themed and in the chosen language.
 */
export function setUpDemoControls(): void {
  const theme = currentTheme();
  applyTheme(theme);
  applyLocale(currentLocale());
  const controls = document.querySelector('.demo-controls');
  if (!controls) return;
  const themeLabels = Object.fromEntries(
    Object.entries(themes).map(([name, value]) => [name, value.label]),
  ) as Record<ThemeName, string>;
  controls.append(
    select('Theme', themeLabels, theme, (next) => {
      store(THEME_KEY, next);
      applyTheme(next);
    }),
    select('Language', demoLocales, currentLocale(), (next) => {
      store(LOCALE_KEY, next);
      applyLocale(next);
    }),
  );
}

/**
 * A header switcher that picks a mock scenario through the URL (`?{param}=…`):
 * fills `select` with `choices`, applies the current one with `apply`, and
 * reloads the page on change so every element starts afresh.
 */
export function setUpScenarioSwitcher<T extends string>(
  select: HTMLSelectElement,
  param: string,
  choices: Record<T, string>,
  apply: (scenario: T) => void,
): T {
  const wanted = new URLSearchParams(location.search).get(param) ?? 'normal';
  const current = (wanted in choices ? wanted : 'normal') as T;
  apply(current);
  for (const [value, label] of Object.entries(choices) as [T, string][]) {
    select.append(new Option(label, value, false, value === current));
  }
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set(param, select.value);
    location.href = url.href;
  });
  return current;
}
