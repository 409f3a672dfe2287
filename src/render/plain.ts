// Plain records: one per line, fields separated by tabs, for grep, cut and awk. Apart from the
// tables so that a script's output never loads cli-table3 and chalk.

import { fieldText } from "./fields.js";
import { sanitize } from "./sanitize.js";

/** One record per line, these fields tab-separated; no field can hold a tab or a line break. */
export function renderRecords(
  records: readonly Record<string, unknown>[],
  fields: readonly string[],
  header: boolean,
): string {
  const lines = records.map((record) => fields.map((field) => sanitize(fieldText(record, field))).join("\t"));
  if (header) lines.unshift(fields.join("\t"));
  return lines.map((line) => `${line}\n`).join("");
}
