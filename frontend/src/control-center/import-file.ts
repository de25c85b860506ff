/**
 * A residents file read in the browser: its text, its header's column names, its lines.
 *
 * The import action takes the file as text. Spreadsheets write UTF-8 (with or without a
 * byte-order mark), UTF-16 ("Unicode text") or, on Windows, Windows-1252; a file that is
 * not valid UTF-8 and has no UTF-16 mark is read as Windows-1252, where every byte is a
 * character, so `æøå` from an old Excel come out right. The header's names are read here only
 * to offer a column mapping; the integration reads the file itself and says which column it
 * took for which field. Lines are kept so the report can show each line as the file has it.
 */

/**
 * The most one import may send: Home Assistant's websocket closes the connection on a
 * message over 4 MiB (aiohttp's default), which is less than the 5 MB the integration
 * itself takes from a file on the hub, so the browser stops here with a sentence
 * instead. The margin leaves room for the entrance and column mappings.
 */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024 - 64 * 1024;
export const MAX_MESSAGE_MB = 4;

export interface ResidentsFile {
  name: string;
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`: how the bytes were read. */
  encoding: string;
  /** The physical lines, so `lines[n - 1]` is line `n` as the report counts. */
  lines: string[];
  /** The header's column names as written (trimmed). */
  columns: string[];
}

/** The text of a file's bytes, and the encoding it was read in. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** Lines as Python's reader counts them: `\r\n`, `\n` and `\r` each end one. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Cells of one line, quotes honoured (`"Nordmann; Kari"` is one cell). */
function splitCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}

/** The header's delimiter as the integration picks it: the most frequent of tab, `;`, `,`. */
function headerDelimiter(header: string): string {
  const outside = header.replace(/"[^"]*"/g, "");
  let best = ",";
  let most = 0;
  for (const candidate of ["\t", ";", ","]) {
    const count = outside.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

/** The header's column names: the first line that is neither blank nor a `#` comment. */
export function headerColumns(lines: readonly string[]): string[] {
  const header = lines.find((line) => line.trim() && !line.trimStart().startsWith("#"));
  if (header === undefined) return [];
  const names = splitCells(header, headerDelimiter(header)).map((name) => name.trim());
  while (names.length && !names[names.length - 1]) names.pop();
  return names;
}

/** Read a chosen file; rejects with `too_large` when it cannot be sent in one message. */
export async function readResidentsFile(file: File): Promise<ResidentsFile> {
  if (file.size > 2 * MAX_MESSAGE_BYTES) throw new Error("too_large");
  const { text: raw, encoding } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  const text = raw.replace(/^\uFEFF/, "");
  if (new TextEncoder().encode(JSON.stringify(text)).length > MAX_MESSAGE_BYTES) {
    throw new Error("too_large");
  }
  const lines = splitLines(text);
  return { name: file.name, text, encoding, lines, columns: headerColumns(lines) };
}
