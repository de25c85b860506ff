/**
 * Key bundles: several doors given as one key ("Entrance A + laundry + bike room").
 *
 * A bundle's holders gain or lose its doors the moment its doors change, so the edit dialog
 * warns when doors are unticked. Deleting a bundle that people hold is refused by the
 * integration unless its keys go too (`revoke_grants`); the dialog says how many keys hold
 * it (counted from the door pages of its doors) and deletes only once that box is ticked.
 */

import {
  css,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from "lit";
import { deepActiveElement, focusBack, focusDialog, keepTabInside } from "../dialog-focus";
import { ToolsPage } from "./tools-page";
import type { DoorPage, Overview, OverviewBundle } from "./tools-types";

interface Editing {
  /** The bundle edited; undefined for a new one. */
  id: string | undefined;
  name: string;
  doors: Set<string>;
}

interface Deleting {
  bundle: OverviewBundle;
  /** Keys on the bundle; undefined while counting or when it could not be counted. */
  keys: number | undefined;
  counting: boolean;
  revoke: boolean;
}

export class DkBundlesPage extends ToolsPage {
  static override properties: PropertyDeclarations = {
    overview: { state: true },
    editing: { state: true },
    deleting: { state: true },
    busy: { state: true },
  };

  declare overview: Overview | undefined;
  declare editing: Editing | undefined;
  declare deleting: Deleting | undefined;
  declare busy: boolean;

  static override styles: CSSResultGroup = [
    ToolsPage.styles,
    css`
      .bundle {
        display: flex;
        gap: 12px;
        align-items: flex-start;
        justify-content: space-between;
        padding: 12px 0;
        border-bottom: 1px solid var(--divider-color);
        flex-wrap: wrap;
      }
      .bundle:last-child {
        border-bottom: none;
      }
      .bundle h3 {
        margin: 0 0 6px;
        font-size: 16px;
        font-weight: 500;
      }
      .doors {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
      }
      .chip.link {
        color: var(--primary-text-color);
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
        background: var(--secondary-background-color);
      }
      .warning {
        color: var(--warning-color, #ffa600);
      }
    `,
  ];

  constructor() {
    super();
    this.overview = undefined;
    this.editing = undefined;
    this.deleting = undefined;
    this.busy = false;
  }

  protected override async load(): Promise<void> {
    this.overview = await this.api.call<Overview>("overview/get");
  }

  private doorName(id: string): string {
    return this.overview?.doors.find((door) => door.id === id)?.name ?? id;
  }

  private startEdit(bundle?: OverviewBundle): void {
    this.error = "";
    this.editing = {
      id: bundle?.id,
      name: bundle?.name ?? "",
      doors: new Set(bundle?.door_ids ?? []),
    };
  }

  /** Escape closes a dialog wherever the focus is (a button just disabled has none). */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (!this.editing && !this.deleting) return;
    if (event.key === "Escape") this.close();
    else if (this.shadowRoot) {
      keepTabInside(event, this.shadowRoot, this.shadowRoot.querySelector(".dialog"));
    }
  };

  /** What had the focus when a dialog opened: it gets it back when the dialog closes. */
  private opener: HTMLElement | null = null;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has("editing") && !changed.has("deleting")) return;
    const wasOpen = this.openBefore(changed);
    const open = Boolean(this.editing || this.deleting);
    if (open && !wasOpen) {
      this.opener = deepActiveElement();
      focusDialog(this.shadowRoot?.querySelector(".dialog"));
    } else if (!open && wasOpen) {
      focusBack(this.opener);
      this.opener = null;
    }
  }

  /** Whether a dialog (either kind) was open before this update. */
  private openBefore(changed: PropertyValues): boolean {
    const editing = changed.has("editing") ? changed.get("editing") : this.editing;
    const deleting = changed.has("deleting") ? changed.get("deleting") : this.deleting;
    return Boolean(editing || deleting);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("keydown", this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("keydown", this.onKey);
  }

  private close(): void {
    this.editing = undefined;
    this.deleting = undefined;
    this.error = "";
  }

  private async save(): Promise<void> {
    const editing = this.editing;
    if (!editing || !editing.name.trim()) return;
    const doors = [...editing.doors];
    const name = editing.name.trim();
    this.busy = true;
    try {
      if (editing.id === undefined) {
        await this.api.call("bundles/create", { name, doors });
        this.toast(this.t("tools.bundles.created", { name }));
      } else {
        await this.api.call("bundles/update", { bundle_id: editing.id, name, doors });
        this.toast(this.t("tools.bundles.saved", { name }));
      }
      this.editing = undefined;
      this.error = "";
      await this.load();
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy = false;
    }
  }

  private async startDelete(bundle: OverviewBundle): Promise<void> {
    this.error = "";
    this.deleting = { bundle, keys: undefined, counting: true, revoke: false };
    let keys: number | undefined;
    try {
      keys = await this.countKeys(bundle);
    } catch {
      // Not counted: the integration still refuses to delete a bundle in use.
    }
    if (this.deleting?.bundle.id === bundle.id) {
      this.deleting = { ...this.deleting, keys, counting: false };
    }
  }

  /**
   * Keys (grants, emergency keys) on the bundle, as a door page lists them. Every key on
   * the bundle opens every door of it, so one door's page lists them all.
   */
  private async countKeys(bundle: OverviewBundle): Promise<number | undefined> {
    const door = bundle.door_ids[0];
    if (door === undefined) return undefined; // no door to count on: the refusal will say
    const page = await this.api.call<DoorPage>("door/get", { door, language: this.language });
    const keys = new Set(
      page.access
        .filter((row) => row.bundle_id === bundle.id && row.via !== "share")
        .map((row) => row.key_id),
    );
    return keys.size;
  }

  private async deleteBundle(): Promise<void> {
    const deleting = this.deleting;
    if (!deleting) return;
    this.busy = true;
    try {
      await this.api.call("bundles/delete", {
        bundle_id: deleting.bundle.id,
        revoke_grants: deleting.revoke,
      });
      this.toast(this.t("tools.bundles.deleted", { name: deleting.bundle.name }));
      this.deleting = undefined;
      this.error = "";
      await this.load();
    } catch (err) {
      const refusal = err as { translation_key?: string; translation_placeholders?: Record<string, string> };
      if (refusal?.translation_key === "access_bundle_in_use") {
        // Held by keys the door pages did not show (a bundle without doors): say how many.
        const keys = Number(refusal.translation_placeholders?.["grants"] ?? NaN);
        this.deleting = { ...deleting, keys: Number.isNaN(keys) ? deleting.keys : keys };
      }
      this.fail(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const overview = this.overview;
    return html`<div class="content">
      <div class="card">
        <div class="card-head">
          <h2>${this.t("tools.bundles.title")}</h2>
          <button data-test="bundle-add" @click=${() => this.startEdit()} ?disabled=${!overview}>
            ${this.t("tools.bundles.add")}
          </button>
        </div>
        <p class="secondary">${this.t("tools.bundles.intro")}</p>
        ${this.error && !this.editing && !this.deleting
          ? html`<p class="error" data-test="error" role="alert">${this.error}</p>`
          : nothing}
        ${!overview
          ? html`<p class="empty">${this.t("common.loading")}</p>`
          : overview.bundles.length === 0
            ? html`<p class="empty">${this.t("tools.bundles.none")}</p>`
            : [...overview.bundles]
                .sort((a, b) => a.name.localeCompare(b.name, this.uiLanguage))
                .map((bundle) => this.renderBundle(bundle))}
      </div>
      ${this.editing ? this.renderEdit(this.editing) : nothing}
      ${this.deleting ? this.renderDelete(this.deleting) : nothing}
    </div>`;
  }

  private renderBundle(bundle: OverviewBundle) {
    return html`<div class="bundle" data-test="bundle-row" data-id=${bundle.id}>
      <div>
        <h3>${bundle.name}</h3>
        <div class="doors">
          ${bundle.door_ids.length === 0
            ? html`<span class="secondary">${this.t("tools.bundles.no_doors")}</span>`
            : bundle.door_ids.map(
                (id) =>
                  html`<button class="link chip" @click=${() => this.navigate("door", id)}>
                    ${this.doorName(id)}
                  </button>`,
              )}
        </div>
      </div>
      <div class="row">
        <button
          class="secondary-action"
          data-test="bundle-edit"
          @click=${() => this.startEdit(bundle)}
        >
          ${this.t("tools.bundles.edit")}
        </button>
        <button
          class="secondary-action"
          data-test="bundle-delete"
          @click=${() => void this.startDelete(bundle)}
        >
          ${this.t("tools.bundles.delete")}
        </button>
      </div>
    </div>`;
  }

  private renderEdit(editing: Editing) {
    const doors = [...(this.overview?.doors ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, this.uiLanguage),
    );
    const before = this.overview?.bundles.find((bundle) => bundle.id === editing.id);
    const dropped = (before?.door_ids ?? []).filter((id) => !editing.doors.has(id));
    const toggle = (id: string, on: boolean) => {
      const next = new Set(editing.doors);
      if (on) next.add(id);
      else next.delete(id);
      this.editing = { ...editing, doors: next };
    };
    return html`<div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="edit-title">
        <h2 id="edit-title">
          ${editing.id === undefined ? this.t("tools.bundles.add") : this.t("tools.bundles.edit_title")}
        </h2>
        <label for="bundle-name">${this.t("tools.bundles.name")}</label>
        <input
          id="bundle-name"
          data-test="bundle-name"
          maxlength="200"
          .value=${editing.name}
          @input=${(event: Event) =>
            (this.editing = { ...editing, name: (event.target as HTMLInputElement).value })}
        />
        <label>${this.t("tools.bundles.doors")}</label>
        ${doors.length === 0
          ? html`<p class="secondary">${this.t("tools.bundles.no_doors_yet")}</p>`
          : html`<div class="checks">
              ${doors.map(
                (door) =>
                  html`<label class="inline">
                    <input
                      type="checkbox"
                      data-test="bundle-doors"
                      data-id=${door.id}
                      .checked=${editing.doors.has(door.id)}
                      @change=${(event: Event) =>
                        toggle(door.id, (event.target as HTMLInputElement).checked)}
                    />
                    ${door.name}
                  </label>`,
              )}
            </div>`}
        ${dropped.length
          ? html`<p class="warning">
              ${this.t("tools.bundles.dropping", {
                doors: dropped.map((id) => this.doorName(id)).join(", "),
              })}
            </p>`
          : nothing}
        ${this.error ? html`<p class="error" data-test="error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button class="secondary-action" @click=${() => this.close()}>
            ${this.t("tools.cancel")}
          </button>
          <button
            data-test="bundle-save"
            ?disabled=${this.busy || !editing.name.trim()}
            @click=${() => void this.save()}
          >
            ${this.t("tools.save")}
          </button>
        </div>
      </div>
    </div>`;
  }

  private renderDelete(deleting: Deleting) {
    const { bundle, keys } = deleting;
    const held = !deleting.counting && (keys === undefined || keys > 0);
    const blocked = keys !== undefined && keys > 0 && !deleting.revoke;
    return html`<div class="dialog-backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="delete-title">
        <h2 id="delete-title">${this.t("tools.bundles.delete_title", { name: bundle.name })}</h2>
        <p data-test="bundle-keys">
          ${deleting.counting
            ? this.t("tools.bundles.counting")
            : keys === undefined
              ? this.t("tools.bundles.not_counted")
              : keys === 0
                ? this.t("tools.bundles.unused")
                : bundle.door_ids.length === 0
                  ? this.t("tools.bundles.used_by_keys", { count: this.num(keys) })
                  : this.t("tools.bundles.used_by", {
                      count: this.num(keys),
                      doors: bundle.door_ids.map((id) => this.doorName(id)).join(", "),
                    })}
        </p>
        ${held
          ? html`<label class="inline">
                <input
                  type="checkbox"
                  data-test="bundle-revoke-grants"
                  .checked=${deleting.revoke}
                  @change=${(event: Event) =>
                    (this.deleting = {
                      ...deleting,
                      revoke: (event.target as HTMLInputElement).checked,
                    })}
                />
                ${this.t("tools.bundles.revoke")}
              </label>
              <p class="hint">${this.t("tools.bundles.revoke_hint")}</p>`
          : nothing}
        ${this.error ? html`<p class="error" data-test="error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button class="secondary-action" @click=${() => this.close()}>
            ${this.t("tools.cancel")}
          </button>
          <button
            class="danger"
            data-test="confirm-yes"
            ?disabled=${this.busy || blocked || deleting.counting}
            @click=${() => void this.deleteBundle()}
          >
            ${deleting.revoke ? this.t("tools.bundles.delete_with_keys") : this.t("tools.bundles.delete")}
          </button>
        </div>
      </div>
    </div>`;
  }
}
