/**
 * Adding a person, or changing one's details (the rectification path).
 *
 * Name, role, phone, e-mail, dwelling, entrance, the language of their messages, their
 * consent to digital messages, and the Home Assistant user whose app holds their keys
 * (users from `config/auth/list`, without the system's own; a user already linked to
 * someone else is shown but cannot be chosen). Adding sends `digitalkey/people/add`;
 * changing sends `digitalkey/people/update` with the fields that changed, a cleared field
 * as empty text (which the action reads as "clear").
 */

import { html, nothing } from "lit";
import type { PropertyValues } from "lit";
import { PERSON_LANGUAGES, ROLES } from "./data";
import type { HaUser, PersonDetail, PersonLanguage, Role } from "./data";
import { CcDialog } from "./dialog-base";
import { define } from "./page-base";

interface Values {
  name: string;
  role: Role;
  phone: string;
  email: string;
  dwelling: string;
  entrance: string;
  language: PersonLanguage | "";
  consent: boolean;
  ha_user_id: string;
}

type TextField = "name" | "phone" | "email" | "dwelling" | "entrance";

function valuesOf(person: PersonDetail | null, language: string): Values {
  const fallback = (PERSON_LANGUAGES as readonly string[]).includes(language)
    ? (language as PersonLanguage)
    : "";
  return {
    name: person?.name ?? "",
    role: person?.role ?? "owner",
    phone: person?.phone ?? "",
    email: person?.email ?? "",
    dwelling: person?.dwelling ?? "",
    entrance: person?.entrance ?? "",
    language: person ? (person.language ?? "") : fallback,
    consent: person?.consent ?? false,
    ha_user_id: person?.ha_user_id ?? "",
  };
}

export class DkPersonDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    person: { attribute: false },
    users: { attribute: false },
    linkedTo: { attribute: false },
    entrances: { attribute: false },
    buildingLanguage: { attribute: false },
    values: { state: true },
  };

  /** The person to change; null adds one. */
  declare person: PersonDetail | null;
  /** Home Assistant's users that may be linked (null while they load). */
  declare users: HaUser[] | null;
  /** Users already linked: user id → the person's name. */
  declare linkedTo: Map<string, string>;
  declare entrances: string[];
  declare buildingLanguage: string;
  declare values: Values;

  constructor() {
    super();
    this.person = null;
    this.users = null;
    this.linkedTo = new Map();
    this.entrances = [];
    this.buildingLanguage = "";
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.values === undefined) this.values = valuesOf(this.person, this.buildingLanguage);
  }

  private set<K extends keyof Values>(field: K, value: Values[K]): void {
    this.values = { ...this.values, [field]: value };
  }

  /** The message fields: those filled in to add, only those that changed to update. */
  private fields(): Record<string, unknown> {
    const clean = (values: Values) =>
      Object.fromEntries(
        Object.entries(values).map(([key, value]) => [
          key,
          typeof value === "string" ? value.trim() : value,
        ]),
      ) as Record<keyof Values, unknown>;
    const now = clean(this.values);
    const out: Record<string, unknown> = {};
    if (this.person === null) {
      for (const [key, value] of Object.entries(now)) {
        if (value !== "" && value !== false) out[key] = value;
      }
      return out;
    }
    const before = clean(valuesOf(this.person, this.buildingLanguage));
    for (const key of Object.keys(now) as (keyof Values)[]) {
      if (now[key] !== before[key]) out[key] = now[key];
    }
    return out;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.values.name.trim()) {
      this.error = this.t("cc.person.name_needed");
      return;
    }
    const fields = this.fields();
    let answer: unknown = {};
    const done = await this.attempt(async () => {
      if (this.person === null) {
        answer = await this.api.call("people/add", fields);
      } else if (Object.keys(fields).length) {
        answer = await this.api.call("people/update", { person_id: this.person.id, ...fields });
      }
    });
    if (done) this.saved(answer);
  }

  private text(field: TextField, label: string, type = "text", extra: Record<string, string> = {}) {
    return html`<label for=${field}>${label}</label>
      <input
        id=${field}
        type=${type}
        data-test="person-${field}"
        .value=${this.values[field]}
        autocomplete=${extra["autocomplete"] ?? "off"}
        inputmode=${extra["inputmode"] ?? nothing}
        list=${extra["list"] ?? nothing}
        maxlength="200"
        @input=${(event: Event) => this.set(field, (event.target as HTMLInputElement).value)}
      />`;
  }

  private userOptions() {
    if (this.users === null) {
      return html`<option value="">${this.t("cc.loading")}</option>`;
    }
    const own = this.person?.ha_user_id ?? "";
    return html`<option value="" ?selected=${this.values.ha_user_id === ""}>
        ${this.t("cc.person.no_user")}
      </option>
      ${this.users.map((user) => {
        const other = user.id !== own ? this.linkedTo.get(user.id) : undefined;
        const label = other
          ? this.t("cc.person.user_linked_to", { user: user.name, person: other })
          : user.name;
        return html`<option
          value=${user.id}
          ?disabled=${other !== undefined}
          ?selected=${this.values.ha_user_id === user.id}
        >
          ${label}
        </option>`;
      })}`;
  }

  override render() {
    const adding = this.person === null;
    const v = this.values;
    return this.frame(
      adding ? this.t("cc.person.add_title") : this.t("cc.person.edit_title"),
      html`<form id="person-form" @submit=${(event: Event) => this.save(event)}>
        ${this.text("name", this.t("cc.person.name"), "text", { autocomplete: "off" })}
        <label for="role">${this.t("cc.person.role")}</label>
        <select
          id="role"
          data-test="person-role"
          @change=${(event: Event) =>
            this.set("role", (event.target as HTMLSelectElement).value as Role)}
        >
          ${ROLES.map(
            (role) =>
              html`<option value=${role} ?selected=${v.role === role}>
                ${this.t(`cc.role.${role}`)}
              </option>`,
          )}
        </select>
        <div class="field-row">
          <div>${this.text("phone", this.t("cc.person.phone"), "tel", { inputmode: "tel" })}</div>
          <div>
            ${this.text("email", this.t("cc.person.email"), "email", { inputmode: "email" })}
          </div>
        </div>
        <div class="field-row">
          <div>${this.text("dwelling", this.t("cc.person.dwelling"))}</div>
          <div>
            ${this.text("entrance", this.t("cc.person.entrance"), "text", { list: "entrances" })}
            <datalist id="entrances">
              ${this.entrances.map((entrance) => html`<option value=${entrance}></option>`)}
            </datalist>
          </div>
        </div>
        <label for="language">${this.t("cc.person.language")}</label>
        <select
          id="language"
          data-test="person-language"
          @change=${(event: Event) =>
            this.set("language", (event.target as HTMLSelectElement).value as PersonLanguage | "")}
        >
          ${v.language === ""
            ? html`<option value="" selected>${this.t("cc.person.language_default")}</option>`
            : nothing}
          ${PERSON_LANGUAGES.map(
            (language) =>
              html`<option value=${language} ?selected=${v.language === language}>
                ${this.t(`cc.language.${language}`)}
              </option>`,
          )}
        </select>
        <label for="user">${this.t("cc.person.user")}</label>
        <select
          id="user"
          data-test="person-user"
          @change=${(event: Event) =>
            this.set("ha_user_id", (event.target as HTMLSelectElement).value)}
        >
          ${this.userOptions()}
        </select>
        <p class="hint">${this.t("cc.person.user_hint")}</p>
        <label class="check">
          <input
            type="checkbox"
            data-test="person-consent"
            .checked=${v.consent}
            @change=${(event: Event) =>
              this.set("consent", (event.target as HTMLInputElement).checked)}
          />
          ${this.t("cc.person.consent")}
        </label>
        <p class="hint">${this.t("cc.person.consent_hint")}</p>
      </form>`,
      html`${this.cancelButton()}
        <button type="submit" form="person-form" data-test="person-save" ?disabled=${this.busy}>
          ${adding ? this.t("cc.person.add") : this.t("cc.save")}
        </button>`,
      "person-dialog",
    );
  }
}

define("dk-person-dialog", DkPersonDialog);
