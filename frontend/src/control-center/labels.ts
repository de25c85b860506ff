/**
 * Words and small pieces the control center's pages share: states as chips, windows as
 * text, and the recent-events table of the person and door pages.
 *
 * States arrive as codes (`locked`, `pending`, `used_up`…); each is shown through this
 * panel's translations, and a code the panel does not know yet (a newer server) as the
 * "unknown" word rather than as the raw code.
 */

import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { localize } from "../i18n";
import type { Language } from "../i18n";
import type { Door, EventRow, ShareStatus } from "./data";
import { eventSource } from "./event-source";
import { atWallMidnight, formatWallClock, formatWallDate } from "../wall-clock";

type Translate = (key: string, placeholders?: Record<string, string | number>) => string;

/** The text of `prefix.code`, or of `prefix.unknown` when the panel has no such text. */
export function codeText(language: Language, prefix: string, code: string | null): string {
  const key = `${prefix}.${code ?? "unknown"}`;
  const text = localize(language, key);
  return text === key ? localize(language, `${prefix}.unknown`) : text;
}

/**
 * An event's kind, source or refusal reason in the event log's own words, so a door or
 * person page names an event as the event log beside it does; the page's older, shorter
 * text (`prefix.code`) where the log has none.
 */
function eventWord(language: Language, logKey: string, prefix: string, code: string | null) {
  const text = localize(language, logKey);
  return text === logKey ? codeText(language, prefix, code) : text;
}

/** How a lock state is coloured: locked is fine, a jam is bad, unlocked is worth a look. */
function lockClass(state: string | null): string {
  if (state === "locked") return "ok";
  if (state === "jammed") return "bad";
  if (state === "unlocked" || state === "open" || state === "opening" || state === "unlocking") {
    return "warn";
  }
  return "";
}

export function lockChip(language: Language, state: string | null): TemplateResult {
  return html`<span class="chip ${lockClass(state)}" data-test="door-lock-state"
    >${codeText(language, "cc.lock", state)}</span
  >`;
}

/**
 * The battery level as the locale writes a percentage; red and worded when critical.
 * `bare` leaves out the word "Battery" where a label already says it.
 */
export function batteryChip(
  t: Translate,
  locale: string,
  door: Door,
  bare = false,
): TemplateResult | typeof nothing {
  if (door.battery === null || door.battery === undefined) return nothing;
  const level = (door.battery / 100).toLocaleString(locale, { style: "percent" });
  const critical = door.battery_critical === true;
  return html`<span
    class="chip ${critical ? "bad" : ""}"
    data-test="door-battery"
    data-critical=${critical ? "true" : "false"}
    title=${critical ? t("cc.battery.critical_hint") : t("cc.battery.label")}
    >${critical
      ? t("cc.battery.critical", { level })
      : bare
        ? level
        : t("cc.battery.level", { level })}</span
  >`;
}

/** Credential sync: in sync, pending (n), or failed since when (the reason as its title). */
export function syncChip(
  t: Translate,
  language: Language,
  locale: string,
  zone: string | undefined,
  door: Door,
): TemplateResult {
  const sync = door.sync;
  if (!sync || sync.state === null) {
    return html`<span class="chip" data-test="door-sync" data-state="unknown"
      >${t("cc.sync.unknown")}</span
    >`;
  }
  if (sync.state === "in_sync") {
    return html`<span class="chip ok" data-test="door-sync" data-state="in_sync"
      >${t("cc.sync.in_sync")}</span
    >`;
  }
  if (sync.state === "pending") {
    return html`<span class="chip warn" data-test="door-sync" data-state="pending"
      >${t("cc.sync.pending", { count: sync.pending ?? 0 })}</span
    >`;
  }
  return html`<span
    class="chip bad"
    data-test="door-sync"
    data-state="failed"
    title=${sync.reason ? codeText(language, "cc.sync_reason", sync.reason) : ""}
    >${sync.since
      ? t("cc.sync.failed_since", { time: formatWallClock(locale, sync.since, zone) })
      : t("cc.sync.failed")}</span
  >`;
}

const SHARE_CLASS: Record<ShareStatus, string> = {
  active: "ok",
  not_yet_valid: "",
  used_up: "warn",
  expired: "",
  revoked: "bad",
};

export function shareStatusChip(language: Language, status: ShareStatus): TemplateResult {
  return html`<span class="chip ${SHARE_CLASS[status] ?? ""}" data-test="share-status"
    >${codeText(language, "cc.share_status", status)}</span
  >`;
}

/** A window's end on the building's clock; the date alone when it is at its midnight. */
export function formatWhen(locale: string, iso: string, zone: string | undefined): string {
  return atWallMidnight(iso, zone)
    ? formatWallDate(locale, iso, zone)
    : formatWallClock(locale, iso, zone);
}

/** A key's window: "no end date", "from …", "until …" or "… – …". */
export function windowText(
  t: Translate,
  locale: string,
  zone: string | undefined,
  from: string | null,
  until: string | null,
): string {
  if (from && until) {
    return t("cc.window.between", {
      from: formatWhen(locale, from, zone),
      until: formatWhen(locale, until, zone),
    });
  }
  if (from) return t("cc.window.from", { from: formatWhen(locale, from, zone) });
  if (until) return t("cc.window.until", { until: formatWhen(locale, until, zone) });
  return t("cc.window.always");
}

/** Where a name is looked up for an id (the overview's doors and people). */
export interface Names {
  doors: Map<string, string>;
  people: Map<string, string>;
  /** The Home Assistant user looking at the page, named where an event is theirs. */
  self?: { id: string; name: string } | undefined;
}

/**
 * The newest events about a person or a door: time, what happened, how, and the door or
 * person it concerns (`show` names the column the page does not already say). Times are
 * the building's wall clock, as the event log shows the same events (`wall-clock.ts`).
 */
export function eventsTable(
  t: Translate,
  language: Language,
  events: readonly EventRow[],
  names: Names,
  show: "door" | "person",
  zone: string | undefined,
): TemplateResult {
  if (!events.length) return html`<p class="empty">${t("cc.events.none")}</p>`;
  return html`<div class="table-scroll">
    <table data-test="recent-events">
      <thead>
        <tr>
          <th>${t("cc.events.time")}</th>
          <th>${t("cc.events.what")}</th>
          <th>${show === "door" ? t("cc.events.door") : t("cc.events.person")}</th>
        </tr>
      </thead>
      <tbody>
        ${events.map((event) => {
          const who = show === "door" ? (names.doors.get(event.door_id ?? "") ?? "") : whoOf(t, event, names);
          const source = eventSource(event);
          const how = source
            ? eventWord(language, `tools.events.source.${source}`, "cc.source", source)
            : "";
          const why =
            event.kind === "denied" && event.reason
              ? eventWord(language, `tools.events.reason.${event.reason}`, "cc.deny", event.reason)
              : "";
          return html`<tr data-test="event-row" data-id=${String(event.id ?? "")}>
            <td class="nowrap">${formatWallClock(language, event.time, zone)}</td>
            <td>
              ${eventWord(language, `tools.kind.${event.kind}`, "cc.event", event.kind)}
              ${how || why
                ? html`<div class="secondary">${[how, why].filter(Boolean).join(" · ")}</div>`
                : nothing}
            </td>
            <td>${who}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/**
 * Who an event is about, as the event log says it: the person, a guest's shared key, or a
 * Home Assistant user who is nobody in the building (an administrator locking from the
 * dashboard), who is not "someone no longer listed".
 */
function whoOf(t: Translate, event: EventRow, names: Names): string {
  if (event.person_id) return names.people.get(event.person_id) ?? t("cc.events.someone");
  if (event.share_id) return t("tools.events.guest");
  if (event.user_id) {
    return event.user_id === names.self?.id ? names.self.name : t("tools.events.ha_user");
  }
  return "";
}

/** Name lookups from the overview's doors and people, and the user looking at the page. */
export function namesOf(
  doors: readonly { id: string; name: string }[],
  people: readonly { id: string; name: string }[],
  self?: { id: string; name: string },
): Names {
  return {
    doors: new Map(doors.map((door) => [door.id, door.name])),
    people: new Map(people.map((person) => [person.id, person.name])),
    self,
  };
}
