/**
 * The event log as a CSV file a board opens in Excel.
 *
 * Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (without one, `æøå`
 * come out garbled), and splits it on the list separator of the user's locale: a semicolon
 * where the decimal mark is a comma (Norway, Denmark, the Netherlands), a comma in English.
 * Times are written as the building's wall clock (`2026-03-02 07:15:00`, `wall-clock.ts`),
 * which Excel recognises as a date. A cell that starts with `=`, `+`, `-`, `@`, also after
 * spaces, or with a tab or return, could be read as a formula; it gets a leading apostrophe,
 * so a name can never run as one.
 */

/** The list separator Excel expects for a panel language. */
export function csvDelimiter(language: string): string {
  return language === "en" ? "," : ";";
}

function cell(value: string, delimiter: string): string {
  const safe = /^(\s*[=+\-@]|[\t\r])/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (with byte-order mark and CRLF line ends) of a header and rows. */
export function buildCsv(header: string[], rows: string[][], delimiter: string): string {
  const lines = [header, ...rows].map((row) => row.map((value) => cell(value, delimiter)).join(delimiter));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Offer `text` as a download named `name`. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
