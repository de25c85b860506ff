/**
 * The control center's board pages: key bundles, importing residents, the event log and
 * the access check. The shell renders them by tag name; importing this module defines them
 * (each only once, as `main.ts` does for the panels).
 */

import { DkAccessPage } from "./access-page";
import { DkBundlesPage } from "./bundles-page";
import { DkEventsPage } from "./events-page";
import { DkImportPage } from "./import-page";
import { DkPersonPicker } from "./person-picker";

for (const [name, element] of [
  ["dk-person-picker", DkPersonPicker],
  ["dk-bundles-page", DkBundlesPage],
  ["dk-import-page", DkImportPage],
  ["dk-events-page", DkEventsPage],
  ["dk-access-page", DkAccessPage],
] as const) {
  if (!customElements.get(name)) customElements.define(name, element);
}
