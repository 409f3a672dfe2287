import { MONTH_NAMES } from "../facts/months.js";
import type { Fact } from "../facts/schema.js";

/** A searchable piece of a fact and how much a match there counts. */
export interface WeightedText {
  text: string;
  weight: number;
}

// Titles over names and tags over summaries over the source quote: a word in a title says more
// about what the fact is than the same word deep in a quote. Search aids (keywords) weigh as tags.
const TITLE = 1;
const NAMES = 0.9;
const TAGS = 0.85;
const SUMMARY = 0.8;
const QUOTE = 0.7;

/** Every text of a fact that search looks at, in both languages, with its weight. */
export function searchableFields(fact: Fact): WeightedText[] {
  const fields: WeightedText[] = [
    { text: fact.title.ru, weight: TITLE },
    { text: fact.title.en, weight: TITLE },
    { text: fact.summary.ru, weight: SUMMARY },
    { text: fact.summary.en, weight: SUMMARY },
    { text: fact.source.quote, weight: QUOTE },
    { text: fact.tags.join(" "), weight: TAGS },
    { text: fact.id, weight: TAGS },
  ];
  if (fact.keywords) fields.push({ text: [...fact.keywords.ru, ...fact.keywords.en].join(" "), weight: TAGS });
  if (fact.kind === "event" && fact.date !== undefined) fields.push({ text: dateWords(fact.date), weight: TAGS });
  if (fact.kind === "agreement") {
    for (const party of fact.parties) fields.push({ text: `${party.ru} ${party.en}`, weight: NAMES });
    for (const person of fact.signatories) {
      fields.push({ text: `${person.name.ru} ${person.name.en}`, weight: NAMES });
      fields.push({ text: `${person.role.ru} ${person.role.en}`, weight: NAMES });
    }
    if (fact.place) fields.push({ text: `${fact.place.ru} ${fact.place.en}`, weight: NAMES });
  }
  return fields;
}

/**
 * An event's date as words, in both languages: "2002 June июнь июня" for 2002-06, and the day for a
 * day's date. The source may say it otherwise («в июне 2002 года») or not at all in one language.
 */
function dateWords(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (month === undefined) return String(year);
  const index = month - 1;
  const names = `${MONTH_NAMES.en[index]} ${MONTH_NAMES.ru[index]} ${MONTH_NAMES.ruGenitive[index]}`;
  return `${year} ${names}${day === undefined ? "" : ` ${day}`}`;
}
