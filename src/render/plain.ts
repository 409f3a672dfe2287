import { sanitize } from "./sanitize.js";

/** One record per line, fields separated by tabs, for grep, cut and awk; no field can hold a tab or break. */
export function renderRecords(records: readonly (readonly (string | number | undefined)[])[]): string {
  return records.map((fields) => `${fields.map((field) => sanitize(String(field ?? ""))).join("\t")}\n`).join("");
}
