/**
 * Home Assistant's users, for linking a person to the user whose app holds their keys.
 *
 * `config/auth/list` is Home Assistant's own administrators-only command; the users the
 * system made for itself (Supervisor, add-ons, cloud) are left out, inactive users too.
 */

import type { HomeAssistant } from "../hass";
import type { HaUser } from "./data";

export async function loadUsers(hass: HomeAssistant): Promise<HaUser[]> {
  const users = await hass.callWS<HaUser[]>({ type: "config/auth/list" });
  return users
    .filter((user) => !user.system_generated && user.is_active !== false)
    .sort((a, b) => a.name.localeCompare(b.name, hass.language, { sensitivity: "base" }));
}
