import { InvalidArgumentError } from "commander";
import { quote } from "../errors.js";
import { FACT_KINDS } from "../facts/kinds.js";
import type { FactKind } from "../facts/schema.js";
import type { OptionSpec } from "./command.js";

/** --year, --from, --to: a four-digit year. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value))
    throw new InvalidArgumentError(`${quote(value)} is not a year; give four digits, e.g. 1994.`);
  return Number(value);
}

/** --limit: a whole number from 1. */
export function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError(`${quote(value)} is not a whole number of 1 or more.`);
  }
  return Number(value);
}

/** --kind, repeatable and comma-separated: --kind event --kind agreement, --kind event,agreement. */
export function collectKinds(value: string, previous: unknown): FactKind[] {
  const kinds = Array.isArray(previous) ? [...(previous as FactKind[])] : [];
  for (const kind of value.split(",")) {
    const match = FACT_KINDS.find((known) => known === kind.trim() || `${known}s` === kind.trim());
    if (!match) throw new InvalidArgumentError(`${quote(kind)} is not a kind; use ${FACT_KINDS.join(", ")}.`);
    if (!kinds.includes(match)) kinds.push(match);
  }
  return kinds;
}

/**
 * The parser of an option that takes one value, refusing it given twice: `--year 1994 --year 2000`
 * reads as both years, and keeping only the last would answer another question in silence.
 */
export function once<T>(parse: (value: string) => T, advice = "give it once"): (value: string, previous: unknown) => T {
  return (value, previous) => {
    if (previous !== undefined)
      throw new InvalidArgumentError(`given twice (${quote(String(previous))} and ${quote(value)}); ${advice}`);
    return parse(value);
  };
}

/** --year, --from and --to, for every command that lists dated facts. */
export function yearOptions(): OptionSpec[] {
  const oneYear = once(parseYear, "give one year, or a range with --from and --to");
  return [
    { flags: "-y, --year <year>", description: "only facts dated in this year", parse: oneYear },
    { flags: "--from <year>", description: "only facts dated in or after this year", parse: once(parseYear) },
    { flags: "--to <year>", description: "only facts dated in or before this year", parse: once(parseYear) },
  ];
}

/** --kind, for every command that lists facts of several kinds. */
export const kindOption: OptionSpec = {
  flags: "-k, --kind <kind>",
  description: "only facts of this kind: event, program, agreement (repeatable)",
  parse: collectKinds,
};
