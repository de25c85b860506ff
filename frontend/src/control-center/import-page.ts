/**
 * Importing residents from the board's spreadsheet, then telling the owners their keys wait.
 *
 * The flow is the seed's: choose the CSV file, read the dry run's report line by line, map
 * each entrance to the door or key bundle its owners get (and columns the reader did not
 * recognise), confirm, then preview who gets a "your keys are ready" message and send.
 *
 * - The entrances come from the dry run itself: run with nothing mapped, every owner's line
 *   carries a `no_key_for_entrance` note naming their entrance, so one probe lists exactly
 *   the entrances whose owners would get keys. An entrance gets a suggestion when exactly
 *   one door has that entrance, or a bundle that name, else the door or bundle it had in
 *   the last import from this browser.
 * - Every change of the mapping, the columns or the share limit runs the dry run again
 *   (debounced); answers that arrive out of order are dropped.
 * - A report of thousands of lines stays quick: the lines that need attention (rejected
 *   first, then accepted lines with a note) are shown, the others behind "All lines", and
 *   either list renders 200 rows at a time with "Show more".
 * - The report holds line numbers, not names; each row shows the file's own line, read here.
 * - "Send keys" previews with `dry_run` and then sends to exactly the people the preview
 *   listed as getting a message, so nobody is told who was not shown.
 */

import { css, html, nothing, type CSSResultGroup, type PropertyDeclarations } from "lit";
import { MAX_MESSAGE_MB, type ResidentsFile, readResidentsFile } from "./import-file";
import type { CommandError } from "../hass";
import { foldText } from "./person-picker";
import { ToolsPage } from "./tools-page";
import type {
  ImportReport,
  NotNotifiedReason,
  Overview,
  ReportLine,
  ReportReason,
  SendKeysAnswer,
} from "./tools-types";

const PAGE_LINES = 200;
const RERUN_DELAY_MS = 300;
const FIELDS = [
  "dwelling",
  "entrance",
  "name",
  "first_name",
  "last_name",
  "phone",
  "email",
  "role",
  "consent",
] as const;
const NOT_NOTIFIED: NotNotifiedReason[] = ["no_consent", "no_contact", "no_key", "notify_failed"];
const COLUMN_ERRORS = new Set([
  "import_unknown_columns",
  "import_missing_required_column",
  "import_duplicate_column",
  "import_mapped_column_not_found",
  "import_unknown_field",
]);
const LINE_TEXT_MAX = 120;
/** The most ids one call may list (`service_schemas.MAX_IDS`); longer lists go in parts. */
const MAX_IDS = 10_000;

type Where = "file" | "import" | "send";
/** Home Assistant's page of this integration, where the building's settings are opened. */
const SETTINGS_PATH = "/config/integrations/integration/digitalkey";

export class DkImportPage extends ToolsPage {
  static override properties: PropertyDeclarations = {
    overview: { state: true },
    file: { state: true },
    columns: { state: true },
    showColumns: { state: true },
    entrances: { state: true },
    owners: { state: true },
    unknownColumns: { state: true },
    mapping: { state: true },
    shareLimit: { state: true },
    report: { state: true },
    running: { state: true },
    view: { state: true },
    shown: { state: true },
    done: { state: true },
    importing: { state: true },
    scope: { state: true },
    preview: { state: true },
    previewing: { state: true },
    sending: { state: true },
    sent: { state: true },
    errorAt: { state: true },
    errorKey: { state: true },
  };

  declare overview: Overview | undefined;
  declare file: ResidentsFile | undefined;
  /** Field → the file's column chosen for it (over the reader's own recognition). */
  declare columns: Record<string, string>;
  declare showColumns: boolean;
  /** The entrances whose owners get keys, found by the first dry run of this file. */
  declare entrances: string[] | undefined;
  /** Entrance → how many owners' lines name it. */
  declare owners: Record<string, number>;
  /** Columns the last dry run refused as unknown. */
  declare unknownColumns: string[];
  /** Entrance → door or bundle id ("" for no key). */
  declare mapping: Record<string, string>;
  declare shareLimit: number;
  declare report: ImportReport | undefined;
  declare running: boolean;
  declare view: "attention" | "all";
  declare shown: number;
  declare done: ImportReport | undefined;
  declare importing: boolean;
  declare scope: "file" | "all";
  declare preview: SendKeysAnswer | undefined;
  declare previewing: boolean;
  declare sending: boolean;
  declare sent: SendKeysAnswer | undefined;
  declare errorAt: Where;
  /** The translation key of the last refusal ("" for none or a failure without one). */
  declare errorKey: string;

  private runs = 0;
  private rerunTimer: number | undefined;

  static override styles: CSSResultGroup = [
    ToolsPage.styles,
    css`
      .file-pick {
        display: flex;
        align-items: center;
        gap: 12px;
        flex-wrap: wrap;
        margin-top: 4px;
      }
      .file-pick input {
        position: absolute;
        width: 1px;
        height: 1px;
        opacity: 0;
        overflow: hidden;
      }
      .file-pick label.button {
        display: inline-flex;
        align-items: center;
        margin: 0;
        color: var(--text-primary-color, #fff);
      }
      .file-pick input:focus-visible + label.button {
        outline: 2px solid var(--primary-color);
        outline-offset: 2px;
      }
      .mapping {
        display: grid;
        grid-template-columns: minmax(120px, 260px) minmax(180px, 420px);
        gap: 8px 16px;
        align-items: center;
        margin: 8px 0;
      }
      .mapping label.name {
        margin: 0;
        font-size: 15px;
        font-weight: 500;
        color: var(--primary-text-color);
        overflow-wrap: anywhere;
      }
      .mapping label.name .secondary {
        display: block;
        font-weight: 400;
        font-size: 12px;
      }
      .mapping select.unknown {
        border-color: var(--error-color, #db4437);
      }
      .line-text {
        font-family: var(--ha-font-family-code, monospace);
        font-size: 12px;
        color: var(--secondary-text-color);
        overflow-wrap: anywhere;
      }
      td.num {
        text-align: end;
        white-space: nowrap;
        width: 1%;
      }
      .reason {
        display: block;
      }
      .tabs {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin: 8px 0;
      }
      .tabs button[aria-pressed="false"] {
        background: transparent;
        color: var(--primary-color);
      }
      .people {
        max-height: 260px;
        overflow: auto;
        margin: 4px 0 12px;
        padding-inline-start: 20px;
      }
      .people li {
        padding: 2px 0;
      }
      details summary {
        cursor: pointer;
        color: var(--primary-color);
        min-height: 32px;
        display: flex;
        align-items: center;
      }
      @media (max-width: 640px) {
        .mapping {
          grid-template-columns: 1fr;
          gap: 2px;
        }
        .mapping select {
          margin-bottom: 10px;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.overview = undefined;
    this.file = undefined;
    this.columns = {};
    this.showColumns = false;
    this.entrances = undefined;
    this.owners = {};
    this.unknownColumns = [];
    this.mapping = {};
    this.shareLimit = 0;
    this.report = undefined;
    this.running = false;
    this.view = "attention";
    this.shown = PAGE_LINES;
    this.done = undefined;
    this.importing = false;
    this.scope = "all";
    this.preview = undefined;
    this.previewing = false;
    this.sending = false;
    this.sent = undefined;
    this.errorAt = "import";
    this.errorKey = "";
  }

  protected override async load(): Promise<void> {
    this.overview = await this.api.call<Overview>("overview/get");
    // Someone else changed the registry: the report shown must still tell the truth.
    if (this.report && !this.done && !this.running && !this.importing) this.scheduleRerun();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.rerunTimer);
  }

  private showError(err: unknown, where: Where): void {
    this.fail(err);
    this.errorAt = where;
    this.errorKey = (err as Partial<CommandError> | undefined)?.translation_key ?? "";
  }

  // The file ------------------------------------------------------------------------------

  private async chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    this.runs++;
    window.clearTimeout(this.rerunTimer);
    this.running = false;
    this.file = undefined;
    this.report = undefined;
    this.done = undefined;
    this.entrances = undefined;
    this.owners = {};
    this.unknownColumns = [];
    this.mapping = {};
    this.columns = {};
    this.showColumns = false;
    this.preview = undefined;
    this.sent = undefined;
    this.error = "";
    if (!chosen) return;
    try {
      this.file = await readResidentsFile(chosen);
    } catch (err) {
      this.error =
        err instanceof Error && err.message === "too_large"
          ? this.t("tools.import.too_large", { limit: MAX_MESSAGE_MB })
          : this.t("tools.import.unreadable");
      this.errorAt = "file";
    }
  }

  // The dry run ---------------------------------------------------------------------------

  private payload(entrances: Record<string, string>, dryRun: boolean): Record<string, unknown> {
    return {
      csv: this.file?.text ?? "",
      entrances,
      columns: this.columns,
      share_limit: this.shareLimit,
      dry_run: dryRun,
    };
  }

  private mapped(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.mapping).filter(([, target]) => target));
  }

  /** Run the dry run: first (for a new file or columns) with nothing mapped, to find entrances. */
  private async dryRun(): Promise<void> {
    if (!this.file) return;
    window.clearTimeout(this.rerunTimer);
    const run = ++this.runs;
    this.running = true;
    try {
      if (this.entrances === undefined) {
        const probe = await this.api.call<ImportReport>("residents/import", this.payload({}, true));
        if (run !== this.runs) return;
        this.entrances = this.foundEntrances(probe);
        this.mapping = this.suggested(this.entrances);
        if (Object.keys(this.mapped()).length === 0) {
          this.settle(probe);
          return;
        }
      }
      const report = await this.api.call<ImportReport>(
        "residents/import",
        this.payload(this.mapped(), true),
      );
      if (run === this.runs) this.settle(report);
    } catch (err) {
      if (run !== this.runs) return;
      this.report = undefined;
      this.showError(err, "import");
      const refusal = err as
        | { translation_key?: string; translation_placeholders?: Record<string, string> }
        | undefined;
      const key = refusal?.translation_key;
      if (key && COLUMN_ERRORS.has(key)) this.showColumns = true;
      this.unknownColumns =
        key === "import_unknown_columns"
          ? (refusal?.translation_placeholders?.["columns"] ?? "").split(", ").filter(Boolean)
          : [];
    } finally {
      if (run === this.runs) this.running = false;
    }
  }

  private settle(report: ImportReport): void {
    this.report = report;
    this.error = "";
    this.unknownColumns = [];
    this.shown = PAGE_LINES;
  }

  private scheduleRerun(): void {
    window.clearTimeout(this.rerunTimer);
    this.runs++; // an answer still on its way is for the old settings
    this.running = true; // the report shown is stale until the new one arrives
    this.rerunTimer = window.setTimeout(() => void this.dryRun(), RERUN_DELAY_MS);
  }

  /** A setting changed: run again if a report is shown (or was refused) for this file. */
  private changed(): void {
    this.preview = undefined;
    if (this.file && (this.report || this.error)) this.scheduleRerun();
  }

  /** The entrances owners' lines name (and how many owners each), from a probe's notes. */
  private foundEntrances(report: ImportReport): string[] {
    const owners: Record<string, number> = {};
    for (const line of report.lines) {
      for (const reason of line.reasons ?? []) {
        if (reason.code !== "no_key_for_entrance") continue;
        const entrance = reason.placeholders["entrance"] ?? "";
        owners[entrance] = (owners[entrance] ?? 0) + 1;
      }
    }
    this.owners = owners;
    return Object.keys(owners).sort((a, b) =>
      a.localeCompare(b, this.uiLanguage, { numeric: true }),
    );
  }

  /** The door whose entrance is this one, or the bundle of that name, when there is one. */
  private suggested(entrances: string[]): Record<string, string> {
    const mapping: Record<string, string> = { ...this.mapping };
    const remembered = this.rememberedMapping();
    const targets = new Set([
      ...(this.overview?.doors ?? []).map((door) => door.id),
      ...(this.overview?.bundles ?? []).map((bundle) => bundle.id),
    ]);
    for (const entrance of entrances) {
      if (entrance in mapping || !entrance) continue;
      const folded = foldText(entrance);
      const doors = (this.overview?.doors ?? []).filter(
        (door) => door.entrance && foldText(door.entrance) === folded,
      );
      const bundles = (this.overview?.bundles ?? []).filter(
        (bundle) => foldText(bundle.name) === folded,
      );
      const only = doors.length === 1 ? doors[0] : bundles.length === 1 ? bundles[0] : undefined;
      const last = remembered[entrance];
      if (only) mapping[entrance] = only.id;
      else if (last && targets.has(last)) mapping[entrance] = last;
    }
    return mapping;
  }

  /**
   * Where this browser keeps the entrances' doors of the last import, per building: the
   * next year's list names the same entrances, and without them every owner's line would
   * say "gets no key" although they keep the key they have.
   */
  private get mappingKey(): string {
    return `digitalkey-import-entrances-${this.api.entry ?? "building"}`;
  }

  private rememberedMapping(): Record<string, string> {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(this.mappingKey) ?? "{}");
      if (!saved || typeof saved !== "object") return {};
      return Object.fromEntries(
        Object.entries(saved).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      );
    } catch {
      return {};
    }
  }

  private rememberMapping(mapping: Record<string, string>): void {
    try {
      const all = { ...this.rememberedMapping(), ...mapping };
      localStorage.setItem(this.mappingKey, JSON.stringify(all));
    } catch {
      // Storage full or switched off: the next import starts unmapped, as the first did.
    }
  }

  // The real run and sending keys ---------------------------------------------------------

  private async confirm(): Promise<void> {
    if (!this.file || !this.report) return;
    this.importing = true;
    try {
      const done = await this.api.call<ImportReport>(
        "residents/import",
        this.payload(this.mapped(), false),
      );
      this.runs++;
      this.rememberMapping(this.mapped());
      this.done = done;
      this.report = undefined;
      this.error = "";
      this.scope = "file";
      this.toast(
        this.t("tools.import.done_toast", {
          count: this.num(done.created + done.updated + done.unchanged),
        }),
      );
      this.overview = await this.api.call<Overview>("overview/get");
    } catch (err) {
      this.showError(err, "import");
    } finally {
      this.importing = false;
    }
  }

  /** The owners the imported file names (new, updated or unchanged lines). */
  private fileOwners(): string[] {
    const roles = new Map(this.overview?.people.map((person) => [person.id, person.role]));
    const ids = (this.done?.lines ?? [])
      .filter((line) => line.outcome !== "rejected" && line.person_id)
      .map((line) => line.person_id as string)
      .filter((id) => (roles.get(id) ?? "owner") === "owner");
    return [...new Set(ids)];
  }

  /** `send_keys` for these people (all owners when undefined), in parts of `MAX_IDS`. */
  private async sendKeys(ids: string[] | undefined, dryRun: boolean): Promise<SendKeysAnswer> {
    if (ids === undefined) return this.api.call<SendKeysAnswer>("keys/send", { dry_run: dryRun });
    const answer: SendKeysAnswer = { notified: [], not_notified: [] };
    for (let start = 0; start < ids.length; start += MAX_IDS) {
      const part = await this.api.call<SendKeysAnswer>("keys/send", {
        person_ids: ids.slice(start, start + MAX_IDS),
        dry_run: dryRun,
      });
      answer.notified.push(...part.notified);
      answer.not_notified.push(...part.not_notified);
      answer.notify_target = part.notify_target ?? null;
    }
    return answer;
  }

  private async previewSend(): Promise<void> {
    this.previewing = true;
    this.sent = undefined;
    try {
      this.preview = await this.sendKeys(
        this.done && this.scope === "file" ? this.fileOwners() : undefined,
        true,
      );
      this.error = "";
    } catch (err) {
      this.preview = undefined;
      this.showError(err, "send");
    } finally {
      this.previewing = false;
    }
  }

  private async send(): Promise<void> {
    const preview = this.preview;
    if (!preview || preview.notified.length === 0) return;
    this.sending = true;
    try {
      const sent = await this.sendKeys(preview.notified, false);
      this.sent = sent;
      this.preview = undefined;
      this.error = "";
      this.toast(this.t("tools.send.sent_toast", { count: this.num(sent.notified.length) }));
    } catch (err) {
      this.showError(err, "send");
    } finally {
      this.sending = false;
    }
  }

  // Rendering -----------------------------------------------------------------------------

  private errorHere(where: Where) {
    if (!this.error || this.errorAt !== where) return nothing;
    // The fix for a missing notify action is in the building's settings: one tap away.
    const settings =
      this.errorKey === "no_notify_target"
        ? html` <a class="link" href=${SETTINGS_PATH} data-test="open-settings"
              >${this.t("tools.send.open_settings")}</a
            >`
        : nothing;
    return html`<p class="error" data-test="error" role="alert">${this.error}${settings}</p>`;
  }

  override render() {
    return html`<div class="content">
      ${this.renderFile()} ${this.file && !this.done ? this.renderSettings() : nothing}
      ${this.report && !this.done ? this.renderReport(this.report) : nothing}
      ${this.done ? this.renderDone(this.done) : nothing} ${this.renderSend()}
    </div>`;
  }

  private renderFile() {
    const file = this.file;
    return html`<div class="card">
      <h2>${this.t("tools.import.title")}</h2>
      <p class="secondary">${this.t("tools.import.intro")}</p>
      <label for="import-file">${this.t("tools.import.file")}</label>
      <div class="file-pick">
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          data-test="import-file"
          @change=${(event: Event) => void this.chooseFile(event)}
        />
        <label class="button" for="import-file">${this.t("tools.import.choose_file")}</label>
        <span class=${file ? "" : "secondary"}>${file?.name ?? this.t("tools.import.no_file")}</span>
      </div>
      ${file
        ? html`<p class="hint" data-test="import-file-info">
            ${this.t("tools.import.file_info", {
              name: file.name,
              lines: this.num(file.lines.filter((line) => line.trim()).length),
              encoding: this.t(`tools.import.encoding.${file.encoding}`),
            })}
          </p>`
        : nothing}
      ${this.errorHere("file")}
    </div>`;
  }

  private renderSettings() {
    const targets = this.renderTargets();
    return html`<div class="card">
      <h2>${this.t("tools.import.keys_title")}</h2>
      ${this.entrances === undefined
        ? html`<p class="secondary">${this.t("tools.import.entrances_after_run")}</p>`
        : this.entrances.length === 0
          ? html`<p class="secondary">${this.t("tools.import.no_owner_entrances")}</p>`
          : html`<p class="secondary">${this.t("tools.import.entrances_intro")}</p>
              <div class="mapping">
                ${this.entrances.map(
                  (entrance) =>
                    html`<label class="name" for=${`entrance-${entrance}`}
                        >${entrance || this.t("tools.import.no_entrance")}
                        <span class="secondary"
                          >${this.t("tools.import.owners", {
                            count: this.num(this.owners[entrance] ?? 0),
                          })}</span
                        ></label
                      >
                      <select
                        id=${`entrance-${entrance}`}
                        data-test="import-entrance"
                        data-entrance=${entrance}
                        .value=${this.mapping[entrance] ?? ""}
                        @change=${(event: Event) => {
                          this.mapping = {
                            ...this.mapping,
                            [entrance]: (event.target as HTMLSelectElement).value,
                          };
                          this.changed();
                        }}
                      >
                        <option value="" ?selected=${!this.mapping[entrance]}>
                          ${this.t("tools.import.no_key")}
                        </option>
                        ${targets(this.mapping[entrance] ?? "")}
                      </select>`,
                )}
              </div>`}
      <label for="share-limit">${this.t("tools.import.share_limit")}</label>
      <input
        id="share-limit"
        type="number"
        min="0"
        max="100"
        inputmode="numeric"
        data-test="import-share-limit"
        style="max-width: 120px"
        .value=${String(this.shareLimit)}
        @change=${(event: Event) => {
          const value = Math.round(Number((event.target as HTMLInputElement).value));
          this.shareLimit = Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
          this.changed();
        }}
      />
      <p class="hint">${this.t("tools.import.share_limit_hint")}</p>
      ${this.renderColumns()}
      ${this.errorHere("import")}
      <div class="actions">
        <button
          data-test="import-dry-run"
          class=${this.report ? "secondary-action" : ""}
          ?disabled=${this.running}
          @click=${() => void this.dryRun()}
        >
          ${this.running ? this.t("tools.import.running") : this.t("tools.import.dry_run")}
        </button>
      </div>
    </div>`;
  }

  /** The options of an entrance's select: the doors, then the key bundles. */
  private renderTargets() {
    const doors = [...(this.overview?.doors ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, this.uiLanguage),
    );
    const bundles = [...(this.overview?.bundles ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, this.uiLanguage),
    );
    return (value: string) =>
      html`${bundles.length
        ? html`<optgroup label=${this.t("tools.import.bundles")}>
            ${bundles.map(
              (bundle) =>
                html`<option value=${bundle.id} ?selected=${value === bundle.id}>
                  ${bundle.name}
                </option>`,
            )}
          </optgroup>`
        : nothing}
      ${doors.length
        ? html`<optgroup label=${this.t("tools.import.doors")}>
            ${doors.map(
              (door) =>
                html`<option value=${door.id} ?selected=${value === door.id}>${door.name}</option>`,
            )}
          </optgroup>`
        : nothing}`;
  }

  private renderColumns() {
    const file = this.file;
    if (!file || file.columns.length === 0) return nothing;
    const recognised = this.report?.columns ?? {};
    const fieldOf = (column: string) =>
      Object.keys(this.columns).find((field) => this.columns[field] === column) ?? "";
    const autoOf = (column: string) =>
      Object.keys(recognised).find((field) => recognised[field] === column);
    const choose = (column: string, field: string) => {
      const next: Record<string, string> = {};
      for (const [key, value] of Object.entries(this.columns)) {
        if (value !== column && key !== field) next[key] = value;
      }
      if (field) next[field] = column;
      this.columns = next;
      this.entrances = undefined; // other columns may mean other entrances
      this.changed();
    };
    return html`<details
      ?open=${this.showColumns}
      @toggle=${(event: Event) => (this.showColumns = (event.target as HTMLDetailsElement).open)}
    >
      <summary data-test="import-columns-toggle">${this.t("tools.import.columns")}</summary>
      <p class="hint">${this.t("tools.import.columns_intro")}</p>
      <div class="mapping">
        ${file.columns.map((column) => {
          const auto = autoOf(column);
          return html`<label class="name" for=${`column-${column}`}>${column || "–"}</label>
            <select
              id=${`column-${column}`}
              class=${this.unknownColumns.includes(column) ? "unknown" : ""}
              data-test="import-column"
              data-column=${column}
              @change=${(event: Event) => choose(column, (event.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!fieldOf(column)}>
                ${auto
                  ? this.t("tools.import.column_auto", { field: this.t(`tools.field.${auto}`) })
                  : this.unknownColumns.includes(column)
                    ? this.t("tools.import.column_unknown")
                    : this.t("tools.import.column_as_read")}
              </option>
              ${FIELDS.map(
                (field) =>
                  html`<option value=${field} ?selected=${fieldOf(column) === field}>
                    ${this.t(`tools.field.${field}`)}
                  </option>`,
              )}
            </select>`;
        })}
      </div>
    </details>`;
  }

  private renderCounts(report: ImportReport) {
    const counts: [string, number][] = [
      ["created", report.created],
      ["updated", report.updated],
      ["unchanged", report.unchanged],
      ["rejected", report.rejected],
      ["grants", report.grants],
    ];
    return html`<div class="counts">
      ${counts.map(
        ([name, value]) =>
          html`<div class="count" data-test="import-count" data-outcome=${name}>
            <strong>${this.num(value)}</strong><span>${this.t(`tools.import.count.${name}`)}</span>
          </div>`,
      )}
    </div>`;
  }

  private renderReport(report: ImportReport) {
    const attention = [
      ...report.lines.filter((line) => line.outcome === "rejected"),
      ...report.lines.filter((line) => line.outcome !== "rejected" && line.reasons?.length),
    ];
    const lines = this.view === "attention" ? attention : report.lines;
    const visible = lines.slice(0, this.shown);
    const accepted = report.created + report.updated + report.unchanged;
    return html`<div class="card ${this.running ? "stale" : ""}">
      <div class="card-head">
        <h2>${this.t("tools.import.report_title")}</h2>
        <span class="secondary">${this.t("tools.import.dry_run_note")}</span>
      </div>
      ${this.renderCounts(report)}
      <div class="tabs" role="group">
        <button
          data-test="import-view-attention"
          aria-pressed=${this.view === "attention" ? "true" : "false"}
          @click=${() => ((this.view = "attention"), (this.shown = PAGE_LINES))}
        >
          ${this.t("tools.import.view_attention", { count: this.num(attention.length) })}
        </button>
        <button
          data-test="import-show-all"
          aria-pressed=${this.view === "all" ? "true" : "false"}
          @click=${() => ((this.view = "all"), (this.shown = PAGE_LINES))}
        >
          ${this.t("tools.import.view_all", { count: this.num(report.lines.length) })}
        </button>
      </div>
      ${lines.length === 0
        ? html`<p class="empty">${this.t("tools.import.nothing_to_check")}</p>`
        : html`<table class="stack" data-test="import-report">
            <thead>
              <tr>
                <th>${this.t("tools.import.col.line")}</th>
                <th>${this.t("tools.import.col.outcome")}</th>
                <th>${this.t("tools.import.col.text")}</th>
                <th>${this.t("tools.import.col.details")}</th>
              </tr>
            </thead>
            <tbody>
              ${visible.map((line) => this.renderLine(line))}
            </tbody>
          </table>`}
      ${lines.length > visible.length
        ? html`<div class="actions">
            <button
              class="secondary-action"
              data-test="import-show-more"
              @click=${() => (this.shown += PAGE_LINES)}
            >
              ${this.t("tools.import.show_more", {
                shown: this.num(visible.length),
                total: this.num(lines.length),
              })}
            </button>
          </div>`
        : nothing}
      <div class="actions">
        <button
          class="big"
          data-test="import-confirm"
          ?disabled=${this.running || this.importing || accepted === 0}
          @click=${() => void this.confirm()}
        >
          ${this.importing
            ? this.t("tools.import.importing")
            : this.t("tools.import.confirm", { count: this.num(accepted) })}
        </button>
      </div>
    </div>`;
  }

  private renderLine(line: ReportLine) {
    const raw = this.file?.lines[line.line - 1] ?? "";
    const text = raw.length > LINE_TEXT_MAX ? `${raw.slice(0, LINE_TEXT_MAX)}…` : raw;
    const chip =
      line.outcome === "rejected" ? "bad" : line.reasons?.length ? "warn" : line.outcome === "created" ? "ok" : "";
    return html`<tr data-test="import-line" data-outcome=${line.outcome} data-line=${line.line}>
      <td class="num inline" data-label=${this.t("tools.import.col.line")}>${this.num(line.line)}</td>
      <td class="inline">
        <span class="chip ${chip}">${this.t(`tools.import.outcome.${line.outcome}`)}</span>
      </td>
      <td class="line-text" title=${raw}>${text}</td>
      <td>${this.renderDetails(line)}</td>
    </tr>`;
  }

  private renderDetails(line: ReportLine) {
    const parts = (line.reasons ?? []).map(
      (reason) => html`<span class="reason" data-test="import-reason" data-code=${reason.code}
        >${this.reasonText(reason)}</span
      >`,
    );
    if (line.outcome === "updated" && line.fields?.length) {
      parts.push(
        html`<span class="reason"
          >${this.t("tools.import.changes", {
            fields: line.fields.map((field) => this.t(`tools.field.${field}`)).join(", "),
          })}</span
        >`,
      );
    }
    if (line.grant_ids?.length) {
      parts.push(html`<span class="reason">${this.t("tools.import.gets_key")}</span>`);
    }
    return parts;
  }

  /** A report reason in the user's language (the report's own text is the building's). */
  private reasonText(reason: ReportReason): string {
    const key = reason.code.startsWith("access_") ? reason.code : `import_${reason.code}`;
    const text = this.hass?.localize?.(
      `component.digitalkey.exceptions.${key}.message`,
      reason.placeholders,
    );
    return text || reason.text || reason.code;
  }

  private renderDone(done: ImportReport) {
    return html`<div class="card" data-test="import-done">
      <h2>${this.t("tools.import.done_title")}</h2>
      ${this.renderCounts(done)}
      ${done.rejected
        ? html`<p class="secondary">
              ${this.t("tools.import.done_rejected", { count: this.num(done.rejected) })}
            </p>
            ${this.renderRejected(done)}`
        : nothing}
      <p class="secondary">${this.t("tools.import.done_next")}</p>
    </div>`;
  }

  /**
   * The lines the import refused, still shown after it: the dry run's report is gone by
   * then, and these are the lines to correct in the file.
   */
  private renderRejected(done: ImportReport) {
    const rejected = done.lines.filter((line) => line.outcome === "rejected");
    if (!rejected.length) return nothing;
    return html`<table class="stack" data-test="import-rejected">
      <thead>
        <tr>
          <th>${this.t("tools.import.col.line")}</th>
          <th>${this.t("tools.import.col.outcome")}</th>
          <th>${this.t("tools.import.col.text")}</th>
          <th>${this.t("tools.import.col.details")}</th>
        </tr>
      </thead>
      <tbody>
        ${rejected.map((line) => this.renderLine(line))}
      </tbody>
    </table>`;
  }

  private name(id: string): string {
    return this.overview?.people.find((person) => person.id === id)?.name ?? id;
  }

  /** Dwelling and phone (or e-mail): what tells two people of one name apart. */
  private contact(id: string): string {
    const person = this.overview?.people.find((row) => row.id === id);
    return [person?.dwelling, person?.phone ?? person?.email].filter(Boolean).join(" · ");
  }

  /** `ids` by name, as the board reads a list of residents. */
  private byName(ids: readonly string[]): string[] {
    return [...ids].sort((a, b) =>
      this.name(a).localeCompare(this.name(b), this.uiLanguage, { sensitivity: "base" }),
    );
  }

  private renderSend() {
    const preview = this.preview;
    return html`<div class="card">
      <h2>${this.t("tools.send.title")}</h2>
      <p class="secondary">${this.t("tools.send.intro")}</p>
      ${this.done
        ? html`<div class="row" role="radiogroup">
            ${(["file", "all"] as const).map(
              (scope) =>
                html`<label class="inline" style="min-height: 40px">
                  <input
                    type="radio"
                    name="scope"
                    data-test="send-scope"
                    value=${scope}
                    .checked=${this.scope === scope}
                    @change=${() => ((this.scope = scope), (this.preview = undefined))}
                  />
                  ${this.t(`tools.send.scope.${scope}`)}
                </label>`,
            )}
          </div>`
        : nothing}
      ${this.errorHere("send")}
      <div class="actions">
        <button
          class=${preview ? "secondary-action" : ""}
          data-test="send-keys-preview"
          ?disabled=${this.previewing || this.sending}
          @click=${() => void this.previewSend()}
        >
          ${this.t("tools.send.preview")}
        </button>
      </div>
      ${preview ? this.renderPreview(preview) : nothing}
      ${this.sent ? this.renderSent(this.sent) : nothing}
    </div>`;
  }

  private renderPreview(preview: SendKeysAnswer) {
    return html`<div data-test="send-keys-list">
      <h3>
        ${this.t("tools.send.will_get", { count: this.num(preview.notified.length) })}
      </h3>
      ${preview.notified.length
        ? html`<ul class="people">
            ${this.byName(preview.notified).map(
              (id) =>
                html`<li data-test="send-keys-person" data-id=${id}>
                  ${this.name(id)} <span class="secondary">${this.contact(id)}</span>
                </li>`,
            )}
          </ul>`
        : nothing}
      ${this.renderNotNotified(preview)}
      ${preview.notify_target === null
        ? html`<p class="error" data-test="send-keys-no-target" role="alert">
            ${this.t("tools.send.no_target")}
            <a class="link" href=${SETTINGS_PATH} data-test="open-settings"
              >${this.t("tools.send.open_settings")}</a
            >
          </p>`
        : nothing}
      <div class="actions">
        <button
          class="big"
          data-test="send-keys-confirm"
          ?disabled=${this.sending || preview.notified.length === 0 || preview.notify_target === null}
          @click=${() => void this.send()}
        >
          ${this.sending
            ? this.t("tools.send.sending")
            : this.t("tools.send.confirm", { count: this.num(preview.notified.length) })}
        </button>
      </div>
    </div>`;
  }

  private renderNotNotified(answer: SendKeysAnswer) {
    return NOT_NOTIFIED.map((reason) => {
      const ids = answer.not_notified
        .filter((row) => row.reason === reason)
        .sort((a, b) =>
          this.name(a.person_id).localeCompare(this.name(b.person_id), this.uiLanguage, {
            sensitivity: "base",
          }),
        );
      if (!ids.length) return nothing;
      return html`<h3>
          ${this.t(`tools.send.reason.${reason}`, { count: this.num(ids.length) })}
        </h3>
        <ul class="people">
          ${ids.map(
            (row) =>
              html`<li data-test="send-keys-skipped" data-id=${row.person_id} data-reason=${reason}>
                <button class="link" @click=${() => this.navigate("person", row.person_id)}>
                  ${this.name(row.person_id)}
                </button>
              </li>`,
          )}
        </ul>`;
    });
  }

  private renderSent(sent: SendKeysAnswer) {
    return html`<div data-test="send-keys-done">
      <h3>${this.t("tools.send.sent", { count: this.num(sent.notified.length) })}</h3>
      ${this.renderNotNotified(sent)}
    </div>`;
  }
}
