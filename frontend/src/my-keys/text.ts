/** My keys' texts with counts: the singular or plural sentence, the number in the user's locale. */

import { localize, type Language } from "../i18n";

/** `key_one` or `key_other` (every panel language has just these two), with `{count}` filled. */
export function plural(
  language: Language,
  locale: string,
  key: string,
  count: number,
  placeholders: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(language).select(count) === "one" ? "one" : "other";
  return localize(language, `${key}_${form}`, {
    ...placeholders,
    count: count.toLocaleString(locale),
  });
}
