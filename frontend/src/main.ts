/**
 * The bundle Home Assistant loads for both Digital Key panels (`panel_custom`).
 *
 * Defining an element twice throws, and Home Assistant may load the module again after an
 * update (a new `?v=`), so each element is defined only when it is not yet.
 */

import { DigitalKeyControlCenter } from "./control-center/control-center";
import { DigitalKeyMyKeys } from "./my-keys/my-keys";
import "./control-center/tools";

for (const [name, element] of [
  ["digitalkey-control-center", DigitalKeyControlCenter],
  ["digitalkey-my-keys", DigitalKeyMyKeys],
] as const) {
  if (!customElements.get(name)) customElements.define(name, element);
}
