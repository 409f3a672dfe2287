import type { Fact, Lang } from "../facts/schema.js";
import { tokenize } from "../search/normalize.js";
import type { OutputContext } from "./context.js";
import { sanitize } from "./sanitize.js";
import type { Span } from "./wrap.js";

const SNIPPET_WORDS = 12;
const WORDS_BEFORE_MATCH = 3;

/** The texts a snippet may come from, most telling first for the display language. */
function snippetSources(fact: Fact, lang: Lang): string[] {
  const other: Lang = lang === "ru" ? "en" : "ru";
  return [fact.summary[lang], fact.source.quote, fact.summary[other], fact.title[lang], fact.title[other]];
}

/**
 * A short window of text around the first matched word, matched words highlighted;
 * "…" marks every cut, so a snippet never hides that it is one.
 */
export function snippet(fact: Fact, matchedTerms: readonly string[], ctx: OutputContext): Span[] {
  const terms = new Set(matchedTerms);
  const isMatch = (word: string) => tokenize(word).some((token) => terms.has(token));
  const sources = snippetSources(fact, ctx.lang).map((text) => sanitize(text).split(" ").filter(Boolean));
  const words = sources.find((candidate) => candidate.some(isMatch)) ?? sources[0] ?? [];
  const first = Math.max(0, words.findIndex(isMatch));
  const start = Math.max(0, Math.min(first - WORDS_BEFORE_MATCH, words.length - SNIPPET_WORDS));
  const end = Math.min(words.length, start + SNIPPET_WORDS);
  const spans: Span[] = words.slice(start, end).map((word) => {
    const span: Span = { text: word };
    if (isMatch(word)) span.style = (text) => ctx.style.bold.yellow(text);
    return span;
  });
  if (start > 0) spans.unshift({ text: "…" });
  if (end < words.length) spans.push({ text: "…" });
  return spans;
}
