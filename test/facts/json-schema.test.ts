import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { jsonSchemaText } from "../../scripts/json-schema.js";
import { ROOT } from "../helpers.js";

test("data/facts.schema.json is generated from the schema and current (npm run schema:write)", () => {
  assert.equal(readFileSync(`${ROOT}data/facts.schema.json`, "utf8"), jsonSchemaText());
});

test("the JSON Schema states the shape editors check", () => {
  const schema = JSON.parse(jsonSchemaText());
  assert.deepEqual(schema.required, ["facts"]);
  const [event] = schema.properties.facts.items.oneOf;
  assert.equal(event.properties.date.pattern, "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$");
  assert.equal(event.additionalProperties, false);
});
