import { boundedEditDistance } from "../search/edit-distance.js";

// Each month's words, as search's tokenize gives them: English names and their short forms;
// Russian in the nominative, genitive and prepositional (июнь, июня, в июне).
const MONTH_WORDS: readonly string[] = [
  "january jan январь января январе",
  "february feb февраль февраля феврале",
  "march mar март марта марте",
  "april apr апрель апреля апреле",
  "may май мая мае",
  "june jun июнь июня июне",
  "july jul июль июля июле",
  "august aug август августа августе",
  "september sep sept сентябрь сентября сентябре",
  "october oct октябрь октября октябре",
  "november nov ноябрь ноября ноябре",
  "december dec декабрь декабря декабре",
];

let byWord: Map<string, number> | undefined;

/**
 * The month (1–12) a word names: as written, or a name of five letters or more with one typo
 * ("febuary", "сентебря"); undefined when it names none. A question reads it as a month only
 * before a year, so "may" and "mar" are not taken for months elsewhere.
 */
export function monthOf(word: string): number | undefined {
  byWord ??= new Map(MONTH_WORDS.flatMap((words, index) => words.split(" ").map((name) => [name, index + 1])));
  const exact = byWord.get(word);
  if (exact !== undefined || word.length < 5) return exact;
  const close = [...byWord].filter(([name]) => name.length >= 5 && boundedEditDistance(word, name, 1) <= 1);
  const months = new Set(close.map(([, month]) => month));
  return months.size === 1 ? close[0]?.[1] : undefined;
}
