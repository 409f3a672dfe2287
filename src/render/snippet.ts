import type { Fact, Lang } from "../facts/schema.js";
import { tokenize } from "../search/normalize.js";
import type { OutputContext } from "./context.js";
import { type LabelKey, label } from "./i18n.js";
import { sanitize } from "./sanitize.js";
import { styleOf } from "./style.js";
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
  const isMatch = matcher(matchedTerms);
  const sources = snippetSources(fact, ctx.lang).map((text) => sanitize(text).split(" ").filter(Boolean));
  const found = sources.find((candidate) => candidate.some(isMatch));
  if (!found) {
    const outside = matchedOutsideText(fact, isMatch, ctx);
    if (outside) return outside;
  }
  const words = found ?? sources[0] ?? [];
  const first = Math.max(0, words.findIndex(isMatch));
  const start = Math.max(0, Math.min(first - WORDS_BEFORE_MATCH, words.length - SNIPPET_WORDS));
  const end = Math.min(words.length, start + SNIPPET_WORDS);
  const spans = highlighted(words.slice(start, end), isMatch, ctx);
  if (start > 0) spans.unshift({ text: "…" });
  if (end < words.length) spans.push({ text: "…" });
  return spans;
}

/**
 * A fact found by a word none of its texts holds, but a search aid or a tag does ("vaccines"):
 * that word, named as what it is, so that the hit does not look found for nothing, and no search
 * aid passes for source text.
 */
function matchedOutsideText(fact: Fact, isMatch: (word: string) => boolean, ctx: OutputContext): Span[] | undefined {
  const other: Lang = ctx.lang === "ru" ? "en" : "ru";
  const aids = fact.keywords ? [...fact.keywords[ctx.lang], ...fact.keywords[other]] : [];
  const places: [LabelKey, readonly string[]][] = [
    ["matchedAid", aids],
    ["matchedTag", fact.tags],
  ];
  for (const [key, phrases] of places) {
    const matched = phrases.filter((phrase) => sanitize(phrase).split(" ").some(isMatch));
    if (matched.length === 0) continue;
    const words = matched.join(", ").split(" ").filter(Boolean);
    return [
      { text: label(key, ctx.lang), style: (text) => styleOf(ctx).dim(text) },
      ...highlighted(words, isMatch, ctx),
    ];
  }
  return undefined;
}

/** A text's words as spans, the words search matched highlighted (as in search's snippets). */
export function highlight(text: string, matchedTerms: readonly string[], ctx: OutputContext): Span[] {
  return highlighted(sanitize(text).split(" ").filter(Boolean), matcher(matchedTerms), ctx);
}

function matcher(matchedTerms: readonly string[]): (word: string) => boolean {
  const terms = new Set(matchedTerms);
  return (word) => tokenize(word).some((token) => terms.has(token));
}

function highlighted(words: readonly string[], isMatch: (word: string) => boolean, ctx: OutputContext): Span[] {
  return words.map((word) =>
    isMatch(word) ? { text: word, style: (text) => styleOf(ctx).bold.yellow(text) } : { text: word },
  );
}
