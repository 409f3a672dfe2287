import { fieldText } from "./fields.js";
import { sanitizeKeepingLines } from "./sanitize.js";

/**
 * RFC 4180 CSV: a header of field names, then a record per line, CRLF line ends; a field holding
 * a comma, a quote or a line break is quoted, its quotes doubled. Text is kept exactly, as in
 * JSON, except on a terminal, where what could drive it is removed.
 */
export function renderCsv(records: readonly Record<string, unknown>[], fields: readonly string[], terminal: boolean) {
  const cell = (text: string) => {
    const safe = terminal ? sanitizeKeepingLines(text) : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [fields, ...records.map((record) => fields.map((field) => fieldText(record, field)))];
  return lines.map((line) => `${line.map(cell).join(",")}\r\n`).join("");
}
