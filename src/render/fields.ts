// Fields of a listing's records, named as the JSON names them (`id`, `date`, `title.en`): what
// --plain, --csv and --json print with --fields, so every format of a listing says the same thing.

type JsonObject = Record<string, unknown>;

/**
 * Fields that are not keys of a fact but read from one: an agreement's milestone dates, and its
 * date as tables show it (its first dated milestone's), so that a script gets the date a person sees.
 */
const DERIVED: Record<string, (record: JsonObject) => unknown> = {
  date: (record) => record.date ?? firstMilestoneDate(record),
  signed: (record) => milestoneDate(record, "signed"),
  ratified: (record) => milestoneDate(record, "ratified"),
};

/** Fields no fact file holds but every listing adds: a milestone's date, an event's agreement (see factJson). */
const ADDED = ["milestones.date", "milestoneOf", "milestoneOf.agreement", "milestoneOf.stage"];

/**
 * Every field name a record may have: the JSON Schema's keys (dotted for nested ones), the added
 * and derived ones, and the listing's own (search's score).
 */
export function knownFields(factsSchema: unknown, own: readonly string[] = []): string[] {
  const names = new Set<string>();
  const visit = (schema: unknown, prefix: string) => {
    const node = (schema ?? {}) as { properties?: JsonObject; items?: unknown; oneOf?: unknown[] };
    for (const variant of node.oneOf ?? []) visit(variant, prefix);
    if (node.items) visit(node.items, prefix);
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      names.add(prefix + key);
      visit(value, `${prefix}${key}.`);
    }
  };
  visit((factsSchema as { properties?: { facts?: unknown } }).properties?.facts, "");
  for (const name of [...ADDED, ...Object.keys(DERIVED), ...own]) names.add(name);
  return [...names];
}

/** "id, date,title.en" → ["id", "date", "title.en"]; empty names are dropped. */
export function parseFieldList(text: string): string[] {
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/**
 * A field of a record as text for records: a dotted path through objects, and through an array
 * to each element, the values joined with "; " (an object is written as JSON); "" when missing.
 */
export function fieldText(record: JsonObject, field: string): string {
  const derived = DERIVED[field];
  let values: unknown[] = derived ? [derived(record)] : [record];
  if (!derived) {
    for (const key of field.split(".")) {
      values = values.flatMap((value) => {
        const inner = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
        return Array.isArray(inner) ? inner : [inner];
      });
    }
  }
  return values
    .filter((value) => value !== undefined && value !== null)
    .map((value) => (typeof value === "object" ? JSON.stringify(value) : String(value)))
    .join("; ");
}

/** The record with only these fields, nested as in the full JSON: `title.en` keeps `{"title": {"en": …}}`. */
export function pickFields(record: JsonObject, fields: readonly string[]): JsonObject {
  const picked: JsonObject = {};
  for (const field of fields) {
    const derived = DERIVED[field];
    if (derived) {
      const value = derived(record);
      if (value !== undefined) picked[field] = value;
    } else {
      copyPath(picked, record, field.split("."));
    }
  }
  return picked;
}

function copyPath(target: JsonObject, source: unknown, path: readonly string[]): void {
  const [key, ...rest] = path;
  if (key === undefined || !isObject(source) || !Object.hasOwn(source, key)) return;
  const value = source[key];
  if (rest.length === 0) {
    target[key] = value;
  } else if (Array.isArray(value)) {
    const copies = Array.isArray(target[key]) ? (target[key] as JsonObject[]) : value.map(() => ({}));
    value.forEach((item, index) => {
      copyPath(copies[index] ?? {}, item, rest);
    });
    target[key] = copies;
  } else if (isObject(value)) {
    const copy = isObject(target[key]) ? (target[key] as JsonObject) : {};
    copyPath(copy, value, rest);
    target[key] = copy;
  }
}

function milestoneDate(record: JsonObject, stage: string): unknown {
  return milestonesOf(record).find((milestone) => milestone.stage === stage)?.date;
}

function firstMilestoneDate(record: JsonObject): unknown {
  return milestonesOf(record).find((milestone) => milestone.date !== undefined)?.date;
}

function milestonesOf(record: JsonObject): JsonObject[] {
  return (Array.isArray(record.milestones) ? record.milestones : []).filter(isObject);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
