/**
 * Finding people as the caretaker types: by name, dwelling, e-mail or phone number.
 *
 * Phone numbers are stored in E.164 (`+4791234567`) but typed however the caller has them:
 * "+47 912 34 567", "91234567", "0047 912…" or, in the Netherlands, "06 1234 5678". Only
 * the digits are compared; a leading international prefix `00` or a national trunk `0`
 * is dropped from what was typed, and a match anywhere in the stored digits counts, so the
 * number matches with or without its country code and while it is still being typed.
 */

import type { PersonRow, Role } from "./data";

/** What the overview's filters ask for; empty strings and false mean "any". */
export interface PeopleFilter {
  query: string;
  role: Role | "";
  entrance: string;
  noConsent: boolean;
  noUser: boolean;
  atLimit: boolean;
}

export const NO_FILTER: PeopleFilter = {
  query: "",
  role: "",
  entrance: "",
  noConsent: false,
  noUser: false,
  atLimit: false,
};

/** Fewest digits typed before a query is also read as a phone number. */
const MIN_PHONE_DIGITS = 3;

/** The digits of a typed number without `00` (international) or `0` (trunk) in front. */
export function typedPhoneDigits(typed: string): string {
  const digits = typed.replace(/\D/g, "");
  if (digits.startsWith("00")) return digits.slice(2);
  if (digits.startsWith("0")) return digits.slice(1);
  return digits;
}

/**
 * Lower case without accents, so "andre" finds "André"; the ring of å stays (å is a
 * letter of its own in Norwegian and Danish, as ø and æ are, which do not decompose).
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, "")
    .normalize("NFC")
    .toLocaleLowerCase();
}

/** Whether a query reads as a phone number: digits, spaces, `+`, `-`, `(`, `)` and `.`. */
function looksLikePhone(query: string): boolean {
  return /^[\d\s+\-().]+$/.test(query) && query.replace(/\D/g, "").length >= MIN_PHONE_DIGITS;
}

/** A person's search text, built once per overview answer (600 people, every keystroke). */
export interface Searchable {
  row: PersonRow;
  text: string;
  digits: string;
}

export function searchable(row: PersonRow): Searchable {
  const text = foldText([row.name, row.dwelling ?? "", row.email ?? ""].join("\n"));
  return { row, text, digits: (row.phone ?? "").replace(/\D/g, "") };
}

/** Whether one person matches what was typed (every word must match somewhere). */
export function matchesQuery(person: Searchable, query: string): boolean {
  const trimmed = query.trim();
  if (!trimmed) return true;
  if (looksLikePhone(trimmed)) {
    const digits = typedPhoneDigits(trimmed);
    if (digits && person.digits.includes(digits)) return true;
    // A dwelling number such as "0203" is digits too.
    return person.text.includes(foldText(trimmed));
  }
  return foldText(trimmed)
    .split(/\s+/)
    .every((word) => person.text.includes(word));
}

/** The people the filter lets through, in the order given. */
export function filterPeople(people: readonly Searchable[], filter: PeopleFilter): PersonRow[] {
  const found: PersonRow[] = [];
  for (const person of people) {
    const row = person.row;
    if (filter.role && row.role !== filter.role) continue;
    if (filter.entrance && row.entrance !== filter.entrance) continue;
    if (filter.noConsent && row.consent) continue;
    if (filter.noUser && row.linked) continue;
    if (filter.atLimit && !row.shares_at_limit) continue;
    if (!matchesQuery(person, filter.query)) continue;
    found.push(row);
  }
  return found;
}
