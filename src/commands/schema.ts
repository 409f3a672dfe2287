import factsSchema from "../../data/facts.schema.json" with { type: "json" };
import type { CommandSpec } from "./command.js";

export const schemaCommand: CommandSpec = {
  name: "schema",
  summary: "print the JSON Schema of a fact file",
  listing: false,
  options: [],
  examples: ["unicef-kz schema > facts.schema.json", "unicef-kz schema | jq '.properties.facts'"],
  run() {
    return { stdout: `${JSON.stringify(factsSchema, null, 2)}\n`, exitCode: 0 };
  },
};
