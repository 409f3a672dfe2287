import { toJsonSchema } from "@valibot/to-json-schema";
import { FactFile } from "../src/facts/schema.js";

/** The JSON Schema text for data/facts.schema.json. Checks that JSON Schema cannot say (dates that exist) are left to `unicef-kz validate`. */
export function jsonSchemaText(): string {
  const schema = toJsonSchema(FactFile, { errorMode: "ignore", target: "draft-07" });
  const titled = {
    ...schema,
    title: "unicef-kz fact file",
    description:
      "Facts about UNICEF's work in Kazakhstan: events, programme areas and agreements. `unicef-kz validate` also checks that dates exist, ids are unique and links resolve.",
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
