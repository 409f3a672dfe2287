// Writes data/facts.schema.json from the valibot schema, the single truth; `npm test` checks it is current.
import { writeFileSync } from "node:fs";
import { jsonSchemaText } from "./json-schema.js";

writeFileSync(new URL("../data/facts.schema.json", import.meta.url), jsonSchemaText());
