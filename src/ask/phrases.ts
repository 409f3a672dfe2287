import type { FactKind, Lang, Milestone } from "../facts/schema.js";

/** The sentences of an answer that are `ask`'s own words, in each language; facts fill in the rest. */
export interface Phrases {
  noAnswer: string;
  noDate: string;
  /** What the source says instead of a date ("before 1994"). */
  onlyRelative(when: string): string;
  noStageDate(stage: Milestone["stage"]): string;
  noPeople: string;
  noSignatories: string;
  noPlace: string;
  and: string;
  /** "In 1994" before the events of a year. */
  inYear(year: number): string;
  noEvents(year: number): string;
  /** "2 agreements signed in 2000", "Подписано 2 соглашения в 2000 году". */
  counted(count: number, kind: FactKind, stage: Milestone["stage"] | undefined, year: number | undefined): string;
}

const EN_KINDS: Record<FactKind, [string, string]> = {
  event: ["event", "events"],
  program: ["programme", "programmes"],
  agreement: ["agreement", "agreements"],
};

// Russian nouns after a number: 1 (21, 31 …), 2–4 (22–24 …), and the rest, as Intl.PluralRules names them.
const RU_KINDS: Record<FactKind, Record<"one" | "few" | "many", string>> = {
  event: { one: "событие", few: "события", many: "событий" },
  program: { one: "программа", few: "программы", many: "программ" },
  agreement: { one: "соглашение", few: "соглашения", many: "соглашений" },
};

const EN: Phrases = {
  noAnswer: "No fact in the source answers this question.",
  noDate: "The source gives no date.",
  onlyRelative: (when) => `The source gives no date; it says only: ${when}.`,
  noStageDate: (stage) => `The source gives no date of ${stage === "signed" ? "signing" : "ratification"}.`,
  noPeople: "The source names no signatories or parties.",
  noSignatories: "The source names no signatories.",
  noPlace: "The source names no place.",
  and: "and",
  inYear: (year) => `In ${year}`,
  noEvents: (year) => `The source names no events in ${year}.`,
  counted: (count, kind, stage, year) =>
    [String(count), EN_KINDS[kind][count === 1 ? 0 : 1], stage ?? "", year === undefined ? "" : `in ${year}`]
      .filter((part) => part !== "")
      .join(" "),
};

const RU_PLURAL = new Intl.PluralRules("ru");

const RU: Phrases = {
  noAnswer: "В источнике нет факта, который отвечает на этот вопрос.",
  noDate: "Источник не называет даты.",
  onlyRelative: (when) => `Источник не называет даты; сказано лишь: ${when}.`,
  noStageDate: (stage) => `Источник не называет даты ${stage === "signed" ? "подписания" : "ратификации"}.`,
  noPeople: "Источник не называет ни подписавших, ни сторон.",
  noSignatories: "Источник не называет подписавших.",
  noPlace: "Источник не называет места.",
  and: "и",
  inYear: (year) => `В ${year} году`,
  noEvents: (year) => `Источник не называет событий ${year} года.`,
  counted: (count, kind, stage, year) => {
    const form = RU_PLURAL.select(count);
    const noun = RU_KINDS[kind][form === "one" || form === "few" ? form : "many"];
    const verb = stage === undefined ? "" : stage === "signed" ? "Подписано" : "Ратифицировано";
    return [verb, String(count), noun, year === undefined ? "" : `в ${year} году`]
      .filter((part) => part !== "")
      .join(" ");
  },
};

/** `ask`'s own words in a language. */
export function phrases(lang: Lang): Phrases {
  return lang === "ru" ? RU : EN;
}
