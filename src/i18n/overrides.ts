import { isRecord, parseJson } from '../data/json.js';
import { warn } from '../data/report.js';
import { canonicalLocale, type Messages, type MessageText } from './messages.js';

/**
 * The texts a shop puts in place of built-in ones. A message id at the top
 * level replaces that text in every locale; a locale tag holds texts for that
 * locale only, and wins over the flat ones of the same level:
 *
 * ```ts
 * configure({ messages: { statusInStock: 'Available', sv: { statusInStock: 'Finns' } } });
 * ```
 *
 * `sv` applies to `sv-SE` and `sv-FI`; `sv-FI` to `sv-FI` alone (and wins over `sv`).
 */
export type MessageOverrides = Partial<Messages> & {
  /**
   * A language's texts: `sv`, `de`. Tags are keys with a lower-case language,
   * so a mistyped message id (`statusInStok`) is a type error, not a locale.
   */
  [language: Lowercase<string>]: Partial<Messages> | undefined;
  /** A regional locale's texts: `sv-FI`. */
  [locale: `${Lowercase<string>}-${string}`]: Partial<Messages> | undefined;
};

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** `value` as a text we can show, or undefined: a string, or plural forms with `other`. */
function asMessageText(value: unknown): MessageText | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value) || typeof value.other !== 'string') return undefined;
  const forms: Record<string, string> = {};
  for (const [name, form] of Object.entries(value)) {
    if ((PLURAL_CATEGORIES.includes(name) || /^=\d+$/.test(name)) && typeof form === 'string')
      forms[name] = form;
  }
  return forms as unknown as MessageText;
}

/**
 * Merges the overrides of several levels, farthest first (built-in, page,
 * provider, element): a closer level wins text by text, and a closer flat text
 * also wins over a farther per-locale one. A key holding a text is a message
 * id; one holding an object of texts is a locale tag. Anything else is
 * dropped, so a bad override never breaks rendering.
 */
export function mergeMessageOverrides(...levels: unknown[]): MessageOverrides {
  // No prototype: a key may be `__proto__`.
  const flat: Record<string, MessageText> = Object.create(null);
  const byLocale: Record<string, Record<string, MessageText>> = {};
  for (const level of levels) {
    if (!isRecord(level)) continue;
    for (const [key, value] of Object.entries(level)) {
      const text = asMessageText(value);
      if (text !== undefined) {
        flat[key] = text;
        for (const texts of Object.values(byLocale)) delete texts[key];
      }
    }
    for (const [key, value] of Object.entries(level)) {
      const tag = isRecord(value) && asMessageText(value) === undefined && canonicalLocale(key);
      if (!tag) continue;
      const texts = (byLocale[tag] ??= Object.create(null));
      for (const [id, candidate] of Object.entries(value)) {
        const text = asMessageText(candidate);
        if (text !== undefined) texts[id] = text;
      }
    }
  }
  return { ...flat, ...byLocale } as MessageOverrides;
}

/**
 * The overrides in force for `locale`, from merged ones (mergeMessageOverrides):
 * flat texts, then its language's, then its exact tag's.
 */
export function overridesFor(
  overrides: MessageOverrides | undefined,
  locale: string,
): Partial<Messages> {
  if (!overrides) return {};
  const language = locale.split('-')[0]!.toLowerCase();
  const flat: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(overrides)) {
    if (asMessageText(value)) flat[key] = value;
  }
  const pick = (tag: string) => {
    const value = (overrides as Record<string, unknown>)[tag];
    return isRecord(value) && !asMessageText(value) ? value : undefined;
  };
  return { ...flat, ...pick(language), ...(locale !== language && pick(locale)) };
}

/**
 * Reads the `messages` attribute: a JSON object of overrides. Anything else is
 * ignored with one console warning; it never throws.
 */
export function parseMessagesAttribute(value: string | null): MessageOverrides | undefined {
  if (value === null || value.trim() === '') return undefined;
  const parsed = parseJson(value);
  if (isRecord(parsed)) return parsed as MessageOverrides;
  warn(`ignored messages attribute: not a JSON object of texts by id: ${value.slice(0, 80)}`);
  return undefined;
}
