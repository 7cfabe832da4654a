// The theme and locale switchers every demo page shows in its header. The
// choice is kept in localStorage (so it follows you from page to page) and can
// be set with ?theme=dark&locale=sv (the screenshot script does that).
import { isDemoLocale, isTextKey, setTextLocale, t, type DemoLocale } from './demo-texts.js';
import { dropGallerySignups } from './outbox.js';
import { applyTheme, isThemeName, themes, type ThemeName } from './themes.js';

/** The locales the demo offers. */
export const demoLocales: Record<DemoLocale, string> = {
  en: 'English',
  sv: 'Svenska',
  de: 'Deutsch',
};

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
export function currentLocale(): DemoLocale {
  const wanted = new URLSearchParams(location.search).get('locale') ?? stored(LOCALE_KEY);
  return isDemoLocale(wanted) ? wanted : 'en';
}

/**
 * Switches the elements (`locale` on every `<stock-provider>`) and the demo's
 * own texts, then tells the pages (`demo-locale-change`) to redo the texts they build.
 */
function applyLocale(locale: DemoLocale): void {
  setTextLocale(locale);
  for (const provider of document.querySelectorAll('stock-provider')) {
    provider.setAttribute('locale', locale);
  }
  document.dispatchEvent(new CustomEvent('demo-locale-change', { detail: locale }));
}

/** Fills the header's `select#{id}` with `options` and calls `onChange` on a new choice. */
function fill<T extends string>(
  id: string,
  options: Record<T, string>,
  current: T,
  onChange: (value: T) => void,
): void {
  const picker = document.querySelector<HTMLSelectElement>(`select#${id}`);
  if (!picker) return;
  for (const [value, text] of Object.entries(options) as [T, string][]) {
    const option = new Option(text, value, false, value === current);
    // Theme names are in the dictionary as theme.{name}; language names stay as they are.
    if (isTextKey(`theme.${value}`)) option.dataset.text = `theme.${value}`;
    picker.append(option);
  }
  picker.addEventListener('change', () => onChange(picker.value as T));
}

/**
 * Applies the saved theme and locale and fills both switchers in the header's
 * `.demo-controls` (`select#theme`, `select#language`). Call it before the elements are defined, so they first
 * render themed and in the chosen language (and send no sign-up the gallery kept).
 */
export function setUpDemoControls(): void {
  dropGallerySignups();
  const theme = currentTheme();
  applyTheme(theme);
  applyLocale(currentLocale());
  const themeLabels = Object.fromEntries(
    Object.entries(themes).map(([name, value]) => {
      const key = `theme.${name}`;
      return [name, isTextKey(key) ? t(key) : value.label];
    }),
  ) as Record<ThemeName, string>;
  // The switchers are in each page's HTML from the start, so the header never grows.
  fill('theme', themeLabels, theme, (next) => {
    store(THEME_KEY, next);
    applyTheme(next);
  });
  fill('language', demoLocales, currentLocale(), (next) => {
    store(LOCALE_KEY, next);
    applyLocale(next);
  });
}

/**
 * A header switcher that picks a mock scenario through the URL (`?{param}=…`):
 * fills `select` with `choices`, applies the current one with `apply`, and
 * reloads the page on change so every element starts afresh. An option's
 * words come from the dictionary's `{param}.{value}` when it has them.
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
    const key = `${param}.${value}`;
    const option = new Option(isTextKey(key) ? t(key) : label, value, false, value === current);
    if (isTextKey(key)) option.dataset.text = key;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set(param, select.value);
    location.href = url.href;
  });
  return current;
}
