import type { CommandSpec } from "./command.js";

export const schemaCommand: CommandSpec = {
  name: "schema",
  summary: "print the JSON Schema of a fact file",
  listing: false,
  options: [],
  examples: ["unicef-kz schema > facts.schema.json", "unicef-kz schema | jq '.properties.facts'"],
  async run() {
    const { default: factsSchema } = await import("../../data/facts.schema.json", { with: { type: "json" } });
    return { stdout: `${JSON.stringify(factsSchema, null, 2)}\n`, exitCode: 0 };
  },
};
