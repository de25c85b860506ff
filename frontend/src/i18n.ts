/**
 * The panels' own texts in English, Norwegian Bokmål, Danish and Dutch.
 *
 * The panel follows the user's Home Assistant language; Norwegian variants (`no`, `nn`)
 * read Bokmål, and any other language reads English. Texts are grouped per panel so that
 * each JSON file stays small; every language has the same keys (checked by the tests).
 */

import batteriesDa from "./i18n/batteries.da.json";
import batteriesEn from "./i18n/batteries.en.json";
import batteriesNb from "./i18n/batteries.nb.json";
import batteriesNl from "./i18n/batteries.nl.json";
import commonDa from "./i18n/common.da.json";
import commonEn from "./i18n/common.en.json";
import commonNb from "./i18n/common.nb.json";
import commonNl from "./i18n/common.nl.json";
import controlDa from "./i18n/control-center.da.json";
import controlEn from "./i18n/control-center.en.json";
import controlNb from "./i18n/control-center.nb.json";
import controlNl from "./i18n/control-center.nl.json";
import keysDa from "./i18n/my-keys.da.json";
import keysEn from "./i18n/my-keys.en.json";
import keysNb from "./i18n/my-keys.nb.json";
import keysNl from "./i18n/my-keys.nl.json";
import organisationsDa from "./i18n/organisations.da.json";
import organisationsEn from "./i18n/organisations.en.json";
import organisationsNb from "./i18n/organisations.nb.json";
import organisationsNl from "./i18n/organisations.nl.json";
import toolsDa from "./i18n/tools.da.json";
import toolsEn from "./i18n/tools.en.json";
import toolsNb from "./i18n/tools.nb.json";
import toolsNl from "./i18n/tools.nl.json";

export type Language = "en" | "nb" | "da" | "nl";
type Texts = Record<string, string>;

const TEXTS: Record<Language, Texts> = {
  en: { ...commonEn, ...controlEn, ...keysEn, ...toolsEn, ...organisationsEn, ...batteriesEn },
  nb: { ...commonNb, ...controlNb, ...keysNb, ...toolsNb, ...organisationsNb, ...batteriesNb },
  da: { ...commonDa, ...controlDa, ...keysDa, ...toolsDa, ...organisationsDa, ...batteriesDa },
  nl: { ...commonNl, ...controlNl, ...keysNl, ...toolsNl, ...organisationsNl, ...batteriesNl },
};

/** The panel language for a Home Assistant language tag such as `nb`, `nl-BE` or `en-GB`. */
export function panelLanguage(tag: string | undefined): Language {
  const base = (tag ?? "en").toLowerCase().split("-")[0] ?? "en";
  if (base === "nb" || base === "no" || base === "nn") return "nb";
  if (base === "da" || base === "nl") return base;
  return "en";
}

/** The text for `key` with `{name}` placeholders filled in; English when a text is missing. */
export function localize(
  language: Language,
  key: string,
  placeholders: Record<string, string | number> = {},
): string {
  const text = TEXTS[language][key] ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in placeholders ? String(placeholders[name]) : whole,
  );
}
