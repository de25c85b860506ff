/**
 * The websocket commands of My keys, typed: the caller's doors, operating one, sharing a
 * key and the shares the caller made.
 *
 * The answers are those of the integration's resident actions (`my_keys`, `share_key`,
 * `my_shares`), which act for the person linked to the calling user on the server side;
 * nothing here names a person. Fields marked optional are read when the server sends them
 * and the panel does without them otherwise (a door's lock entity, its sharing allowance).
 */

import type { Api } from "../ws";

/** One line of the policy's explanation of a key (`services_queries.reason_data`). */
export interface KeyReason {
  code: string;
  message: string;
  opens: boolean;
  key: { kind: "grant" | "bundle" | "emergency" | "share"; id: string; bundle_id: string | null } | null;
  placeholders: Record<string, string>;
  opens_next: string | null;
}

/** A door the caller holds a key to (`services_queries.door_keys_data`). */
export interface DoorKey {
  door_id: string;
  door_name: string;
  opens_now: boolean;
  opens_next: string | null;
  /**
   * The next opening as a person reads it ("today, 07:00"), on the building's clocks; the
   * reasons' sentences then leave that moment out, so the card says it once.
   */
  opens_next_text?: string | null;
  reasons: KeyReason[];
  /** The door's lock entity, for its state and whether it can unlatch ("open"). */
  entity_id?: string | null;
  /** Whether the door's unit has a keypad (a PIN share needs one). */
  has_keypad?: boolean | null;
  /** Whether the caller may share this door now, and how many more shares the limit allows. */
  may_share?: boolean | null;
  share_limit?: number | null;
  shares_left?: number | null;
}

/** A PIN code or tag of the caller's own person (`services_credentials.credential_data`). */
export interface MyCredential {
  credential_id: string;
  kind: "pin" | "tag";
  /** A tag's last four hex digits; never anything of a PIN code. */
  hint: string | null;
  label: string | null;
  created_at: string;
  blocked_at: string | null;
}

export interface MyKeys {
  doors: DoorKey[];
  credentials: MyCredential[];
  /** Whether the caller may give themselves a PIN code (`add_my_pin`); newer servers send it. */
  own_pin_allowed?: boolean;
  pin_min_length?: number;
}

export type ShareKindName = "link" | "pin" | "user";
export type ShareStatus = "active" | "used_up" | "expired" | "revoked" | "not_yet_valid";

/** A share as its maker sees it (`services_resident.share_data`). */
export interface ShareRow {
  share_id: string;
  door_id: string;
  door_name: string | null;
  kind: ShareKindName;
  user_id: string | null;
  label: string | null;
  valid_from: string;
  valid_until: string | null;
  use_limit: number | null;
  uses: number;
  notify_on_use: boolean;
  revoked_at: string | null;
  credential_id: string | null;
  /** Sent by newer servers; the panel works it out from the fields above otherwise. */
  status?: ShareStatus;
  last_used?: string | null;
  /** Asked to be told of uses, but nothing reaches the maker now: one sentence why. */
  notify_note?: string;
}

/** The answer of a new share: the row, and a link's URL or a drawn PIN shown only now. */
export interface NewShare extends ShareRow {
  url?: string;
  url_reachable_outside?: boolean;
  url_note?: string;
  /** The maker's own key's hours or end bound the share: one sentence saying so. */
  key_note?: string;
  key_hours?: { weekday: string; start: string; end: string }[] | null;
  key_until?: string | null;
  pin?: string;
}

/** The terms of a new share, as the share actions take them. */
export interface ShareTerms {
  door: string;
  valid_from?: string;
  valid_until?: string;
  use_limit?: number;
  notify_on_use: boolean;
  label?: string;
}

export type DoorAction = "unlock" | "lock" | "open";

export class KeysApi {
  constructor(private readonly api: Api) {}

  /** The caller's doors, their sentences in `language` (the panel's, so they match its labels). */
  myKeys(language: string): Promise<MyKeys> {
    return this.api.call<MyKeys>("my_keys/list", { language });
  }

  operate(door: string, action: DoorAction): Promise<unknown> {
    return this.api.call("my_keys/operate", { door, action });
  }

  myShares(): Promise<{ shares: ShareRow[] }> {
    return this.api.call<{ shares: ShareRow[] }>("shares/list");
  }

  /** A link, a PIN the hub draws, or a key for another Home Assistant user. */
  share(terms: ShareTerms, kind: ShareKindName, userId?: string): Promise<NewShare> {
    const data: Record<string, unknown> = { ...terms, kind };
    if (kind === "user") data["user_id"] = userId;
    return this.api.call<NewShare>("shares/add", data);
  }

  /** A PIN share with the code the resident chose (never an action: it would be recorded). */
  sharePin(terms: ShareTerms, pin: string): Promise<NewShare> {
    return this.api.call<NewShare>("shares/add_pin", { ...terms, pin });
  }

  revoke(shareId: string): Promise<unknown> {
    return this.api.call("shares/revoke", { share_id: shareId });
  }
}
