import * as v from "valibot";
import { isPartialDate } from "./dates.js";
import { type FACT_KINDS, MILESTONE_STAGES, RELATIONS } from "./kinds.js";

/**
 * The single truth about a fact file: TypeScript types are inferred from it, loading
 * validates with it, and `scripts/write-json-schema.ts` turns it into data/facts.schema.json.
 */

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const text = v.pipe(
  v.string(),
  v.check((value) => value.trim() !== "", "must not be empty"),
);

export const FactId = v.pipe(
  v.string(),
  v.regex(KEBAB_ID, "must be a kebab-case id such as first-mission"),
  v.maxLength(200),
);

export const LocalizedText = v.strictObject({ ru: text, en: text });

export const PartialDateText = v.pipe(
  v.string(),
  v.regex(DATE_SHAPE, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"),
  v.check(isPartialDate, "must be a date that exists"),
);

/**
 * Words people search with that the source does not use (vaccination, омбудсмен): search aids,
 * not facts. Search finds a fact by them; `show` lists them apart from the source's text.
 */
export const Keywords = v.strictObject({ ru: v.array(text), en: v.array(text) });

// Key order here is the key order of JSON output: id, kind, date first.
const described = {
  title: LocalizedText,
  summary: LocalizedText,
  tags: v.array(text),
  keywords: v.optional(Keywords),
  related: v.array(FactId),
  source: v.strictObject({ quote: text }),
};

/**
 * When the source dates an event only by another one ("before the programmes began in 1994"):
 * the relation and the dated event it is told by. Such an event has no `date` of its own.
 */
export const RelativeDate = v.strictObject({
  relation: v.picklist(RELATIONS),
  event: FactId,
});

export const EventFact = v.strictObject({
  id: FactId,
  kind: v.literal("event"),
  date: v.optional(PartialDateText),
  relativeDate: v.optional(RelativeDate),
  ...described,
});

export const ProgramFact = v.strictObject({
  id: FactId,
  kind: v.literal("program"),
  ...described,
});

export const Signatory = v.strictObject({ name: LocalizedText, role: LocalizedText });

/** A party to an agreement; `inferred` when the source names only who signed, not the party itself. */
export const Party = v.strictObject({ ru: text, en: text, inferred: v.optional(v.literal(true)) });

/** An agreement's dates live on the events it links to, so the timeline and the agreement share one truth. */
export const Milestone = v.strictObject({
  stage: v.picklist(MILESTONE_STAGES),
  event: FactId,
});

export const AgreementFact = v.strictObject({
  id: FactId,
  kind: v.literal("agreement"),
  ...described,
  parties: v.array(Party),
  signatories: v.array(Signatory),
  place: v.optional(LocalizedText),
  milestones: v.array(Milestone),
});

export const Fact = v.variant("kind", [EventFact, ProgramFact, AgreementFact]);

/** The sentence that introduces the programme areas, which every programme rests on. */
export const ProgrammeAreas = v.strictObject({
  summary: LocalizedText,
  source: v.strictObject({ quote: text }),
});

const fileHeader = {
  $schema: v.optional(v.string()),
  programmeAreas: v.optional(ProgrammeAreas),
  source: v.optional(
    v.strictObject({
      title: v.optional(v.string()),
      document: v.string(),
      language: v.optional(v.string()),
    }),
  ),
};

export const FactFile = v.strictObject({ ...fileHeader, facts: v.array(Fact) });

/** The file around its facts; loading checks each fact with `Fact` on its own (see load.ts). */
export const FactFileShell = v.strictObject({ ...fileHeader, facts: v.array(v.unknown()) });

export type LocalizedText = v.InferOutput<typeof LocalizedText>;
export type EventFact = v.InferOutput<typeof EventFact>;
export type ProgramFact = v.InferOutput<typeof ProgramFact>;
export type AgreementFact = v.InferOutput<typeof AgreementFact>;
export type Milestone = v.InferOutput<typeof Milestone>;
export type RelativeDate = v.InferOutput<typeof RelativeDate>;
export type Party = v.InferOutput<typeof Party>;
export type ProgrammeAreas = v.InferOutput<typeof ProgrammeAreas>;
export type Fact = v.InferOutput<typeof Fact>;

/** Whether a value is a fact the schema accepts (valibot's `is`, for modules that need no more of valibot). */
export function isFact(value: unknown): value is Fact {
  return v.is(Fact, value);
}
export type FactFile = v.InferOutput<typeof FactFile>;
export type FactKind = (typeof FACT_KINDS)[number];
export type Lang = keyof LocalizedText;
