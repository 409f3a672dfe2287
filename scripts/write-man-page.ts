// Writes dist/unicef-kz.1, the man page (package.json "man"), from the program `--help` describes.
import { mkdirSync, writeFileSync } from "node:fs";
import { helpProgram } from "../src/cli.js";
import { renderManPage } from "../src/render/man.js";

mkdirSync(new URL("../dist/", import.meta.url), { recursive: true });
writeFileSync(new URL("../dist/unicef-kz.1", import.meta.url), renderManPage(helpProgram()));
