/**
 * The keys the user shared: for whom, which door, as what, how long, how often used, and
 * a Revoke button while revoking still changes something. Shares that have ended by
 * themselves (or were revoked) fold away under one line, so a phone shows what matters.
 */

import { css, html, nothing } from "lit";
import { localize, type Language } from "../i18n";
import { formatWhen, isRevocable, shareStatus } from "./key-rules";
import type { ShareRow, ShareStatus } from "./keys-api";
import { plural } from "./text";

export interface ShareListContext {
  language: Language;
  locale: string;
  /** The building's time zone, in which windows and last uses are written. */
  zone: string | undefined;
  now: Date;
  showEnded: boolean;
  toggleEnded(): void;
  revoke(share: ShareRow): void;
}

const STATUS_CHIP: Record<ShareStatus, string> = {
  active: "ok",
  not_yet_valid: "",
  used_up: "warn",
  expired: "",
  revoked: "bad",
};

/** Who a share is for, as the user named them, or what it is when they gave no name. */
export function shareWho(language: Language, share: ShareRow): string {
  return share.label || localize(language, `keys.kind_${share.kind}`);
}

export function shareList(shares: ShareRow[], ctx: ShareListContext) {
  const t = (key: string, placeholders: Record<string, string | number> = {}) =>
    localize(ctx.language, key, placeholders);
  const rows = shares
    .map((share) => ({ share, status: shareStatus(share, ctx.now) }))
    .sort((a, b) => Date.parse(b.share.valid_from) - Date.parse(a.share.valid_from));
  const current = rows.filter((row) => isRevocable(row.status));
  const ended = rows.filter((row) => !isRevocable(row.status));
  if (rows.length === 0) {
    return html`<p class="empty" data-test="shares-empty">${t("keys.shares_empty")}</p>`;
  }
  return html`
    ${current.length === 0
      ? html`<p class="empty">${t("keys.shares_none_current")}</p>`
      : html`<ul class="shares">${current.map((row) => shareRow(row.share, row.status, ctx))}</ul>`}
    ${ended.length > 0
      ? html`<button type="button" class="secondary-action ended-toggle" data-test="shares-ended"
            aria-expanded=${ctx.showEnded ? "true" : "false"} @click=${ctx.toggleEnded}>
            ${ctx.showEnded
              ? t("keys.shares_hide_ended")
              : plural(ctx.language, ctx.locale, "keys.shares_show_ended", ended.length)}
          </button>
          ${ctx.showEnded
            ? html`<ul class="shares ended">${ended.map((row) => shareRow(row.share, row.status, ctx))}</ul>`
            : nothing}`
      : nothing}
  `;
}

function shareRow(share: ShareRow, status: ShareStatus, ctx: ShareListContext) {
  const t = (key: string, placeholders: Record<string, string | number> = {}) =>
    localize(ctx.language, key, placeholders);
  const when = (iso: string | null | undefined) => formatWhen(ctx.locale, iso, ctx.now, ctx.zone);
  const uses = share.use_limit
    ? t("keys.uses_of", {
        uses: share.uses.toLocaleString(ctx.locale),
        limit: share.use_limit.toLocaleString(ctx.locale),
      })
    : share.uses === 0
      ? t("keys.uses_none")
      : plural(ctx.language, ctx.locale, "keys.uses", share.uses);
  return html`
    <li class="share" data-test="share-row" data-id=${share.share_id} data-status=${status}>
      <div class="share-main">
        <div class="share-title">
          <strong>${shareWho(ctx.language, share)}</strong>
          <span class="chip ${STATUS_CHIP[status]}" data-test="share-status">${t(`keys.status_${status}`)}</span>
        </div>
        <div class="secondary">
          ${share.door_name ?? share.door_id} · ${t(`keys.kind_${share.kind}`)}
        </div>
        <div class="secondary">${windowLine(share, status, t, when)}</div>
        <div class="secondary">
          ${uses}${share.last_used ? html` · ${t("keys.last_used", { when: when(share.last_used) })}` : nothing}
          ${share.notify_on_use && !share.notify_note ? html` · ${t("keys.notifies")}` : nothing}
        </div>
        ${share.notify_on_use && share.notify_note
          ? html`<div class="secondary" data-test="share-notify-note">${share.notify_note}</div>`
          : nothing}
      </div>
      ${isRevocable(status)
        ? html`<button type="button" class="secondary-action revoke" data-test="share-revoke"
            @click=${() => ctx.revoke(share)}>${t("keys.revoke")}</button>`
        : nothing}
    </li>
  `;
}

function windowLine(
  share: ShareRow,
  status: ShareStatus,
  t: (key: string, placeholders?: Record<string, string | number>) => string,
  when: (iso: string | null | undefined) => string,
): string {
  if (status === "revoked") return t("keys.revoked_at", { when: when(share.revoked_at) });
  if (status === "expired") return t("keys.ended_at", { when: when(share.valid_until) });
  if (status === "not_yet_valid") {
    return share.valid_until
      ? t("keys.window_from_until", { from: when(share.valid_from), until: when(share.valid_until) })
      : t("keys.window_from", { from: when(share.valid_from) });
  }
  return share.valid_until ? t("keys.window_until", { until: when(share.valid_until) }) : t("keys.window_open");
}

export const shareListStyles = css`
  ul.shares {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.share {
    display: flex;
    gap: 12px;
    align-items: center;
    padding: 12px 0;
    border-bottom: 1px solid var(--divider-color);
  }
  li.share:last-child {
    border-bottom: none;
  }
  ul.ended li.share {
    opacity: 0.75;
  }
  .share-main {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 2px;
  }
  .share-title {
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    font-size: 16px;
    overflow-wrap: anywhere;
  }
  button.revoke {
    min-height: 44px;
    flex: none;
  }
  .ended-toggle {
    margin-top: 8px;
    min-height: 44px;
    border: none;
    padding: 0 4px;
  }
`;
