import { en } from './catalogues/en.js';
import type { Messages, MessageText } from './messages.js';

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
  [locale: string]: Partial<Messages> | MessageText | undefined;
};

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `key` names a text (rather than a locale). */
export function isMessageId(key: string): key is keyof Messages {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** `value` as a text we can show, or undefined: a string, or plural forms with `other`. */
function usableText(value: unknown): MessageText | undefined {
  if (typeof value === 'string') return value;
  if (!isPlainObject(value) || typeof value.other !== 'string') return undefined;
  const forms: Record<string, string> = {};
  for (const [name, form] of Object.entries(value)) {
    const known = (PLURAL_CATEGORIES as readonly string[]).includes(name) || /^=\d+$/.test(name);
    if (known && typeof form === 'string') forms[name] = form;
  }
  return forms as unknown as MessageText;
}

function localeKey(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Merges the overrides of several levels, farthest first (built-in, page,
 * provider, element): a closer level wins text by text, and a closer flat text
 * also wins over a farther per-locale one. Anything that is not a text is
 * dropped, so a bad override never breaks rendering.
 */
export function mergeMessageOverrides(...levels: unknown[]): MessageOverrides {
  const flat: Record<string, MessageText> = {};
  const byLocale: Record<string, Record<string, MessageText>> = {};
  for (const level of levels) {
    if (!isPlainObject(level)) continue;
    for (const [key, value] of Object.entries(level)) {
      if (!isMessageId(key)) continue;
      const text = usableText(value);
      if (text === undefined) continue;
      flat[key] = text;
      for (const texts of Object.values(byLocale)) delete texts[key];
    }
    for (const [key, value] of Object.entries(level)) {
      if (isMessageId(key) || !isPlainObject(value)) continue;
      const tag = localeKey(key);
      if (!tag) continue;
      const texts = (byLocale[tag] ??= {});
      for (const [id, candidate] of Object.entries(value)) {
        const text = isMessageId(id) ? usableText(candidate) : undefined;
        if (text !== undefined) texts[id] = text;
      }
    }
  }
  return { ...flat, ...byLocale } as MessageOverrides;
}

/** The overrides in force for `locale`: flat texts, then its language's, then its exact tag's. */
export function overridesFor(
  overrides: MessageOverrides | undefined,
  locale: string,
): Partial<Messages> {
  if (!overrides) return {};
  const language = locale.split('-')[0]!.toLowerCase();
  const pick = (key: string) => {
    const value = overrides[key];
    return isPlainObject(value) && !isMessageId(key) ? (value as Partial<Messages>) : undefined;
  };
  const flat: Partial<Messages> = {};
  for (const [key, value] of Object.entries(overrides)) {
    if (isMessageId(key) && value !== undefined) (flat as Record<string, unknown>)[key] = value;
  }
  return { ...flat, ...pick(language), ...(locale !== language ? pick(locale) : undefined) };
}

/**
 * Reads the `messages` attribute: a JSON object of overrides. Anything else is
 * ignored with one console warning; it never throws.
 */
export function parseMessagesAttribute(value: string | null): MessageOverrides | undefined {
  if (value === null || value.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (isPlainObject(parsed)) return parsed as MessageOverrides;
  } catch {
    // Reported below.
  }
  console.warn(
    `[backorder-elements] ignored the messages attribute: it must be a JSON object of texts by message id, like {"statusInStock":"Available"}. Got: ${value.slice(0, 80)}`,
  );
  return undefined;
}
