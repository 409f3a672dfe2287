// The kinds and stages a fact file may name, apart from the schema that checks them (schema.ts),
// so that commands can list them without loading the validator.
export const FACT_KINDS = ["event", "program", "agreement"] as const;
export const MILESTONE_STAGES = ["signed", "ratified"] as const;
/** How an event the source dates only by another stands to it: before it, or not before it. */
export const RELATIONS = ["before", "not-before"] as const;
