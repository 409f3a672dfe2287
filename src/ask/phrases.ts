import type { FactKind, Lang, Milestone } from "../facts/schema.js";
import { formatDate, formatDateGenitiveRu } from "../render/i18n.js";
import { type Period, soleDate } from "./period.js";

/** The sentences of an answer that are `ask`'s own words, in each language; facts fill in the rest. */
export interface Phrases {
  noAnswer: string;
  noDate: string;
  /** What the source says instead of a date ("no later than 1994"). */
  onlyRelative(when: string): string;
  noStageDate(stage: Milestone["stage"]): string;
  noPeople: string;
  noSignatories: string;
  /** Asked who signed with everyone the source names as signing. */
  noOtherSignatory: string;
  noOtherParty: string;
  noPlace: string;
  and: string;
  /** "in 1994", "in June 2002", "on 18 February 2014", "from 2000 to 2002", "before 1994": a period as the answer's words. */
  inPeriod(period: Period): string;
  noEvents(period: Period): string;
  /** "2 agreements signed in 2000", "Подписано 2 соглашения в 2000 году". */
  counted(count: number, kind: FactKind, stage: Milestone["stage"] | undefined, period: Period | undefined): string;
  /** ", 4 of them without a date of their own", after a count of events. */
  undated(count: number): string;
  /** "Twice", "3 раза": how many times something happened. */
  times(count: number): string;
}

const EN_KINDS: Record<FactKind, [string, string]> = {
  event: ["event", "events"],
  program: ["programme", "programmes"],
  agreement: ["agreement", "agreements"],
};

// Russian nouns after a number: 1 (21, 31 …), 2–4 (22–24 …), and the rest, as Intl.PluralRules names them.
const RU_KINDS: Record<FactKind | "time", Record<"one" | "few" | "many", string>> = {
  event: { one: "событие", few: "события", many: "событий" },
  program: { one: "программа", few: "программы", many: "программ" },
  agreement: { one: "соглашение", few: "соглашения", many: "соглашений" },
  time: { one: "раз", few: "раза", many: "раз" },
};

/** A decade is a period of the first three digits of its years ("199": the 1990s). */
const DECADE = 3;
// "В июне": the month in the prepositional.
const MONTHS_PREPOSITIONAL_RU = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре";

/** A period as the answer's words: "in 2002", "in 2002 and in 2011", "from 2000 to 2002", "since 2010", "before 1994". */
function enPeriod(period: Period): string {
  if ("within" in period) return listed(period.within.map(enWithin), "and");
  const { from, to } = period;
  if (from?.included && to?.included) return `from ${enDate(from.date)} to ${enDate(to.date)}`;
  const after = from && `${from.included ? "since" : "after"} ${enDate(from.date)}`;
  const before = to && `${to.included ? "until" : "before"} ${enDate(to.date)}`;
  return [after, before].filter((part) => part !== undefined).join(" and ");
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

/** Within a date: "in the 1990s", "in 2002", "in June 2002", "on 18 February 2014". */
function enWithin(date: string): string {
  return `${date.length === 10 ? "on" : "in"} ${enDate(date)}`;
}

function enDate(date: string): string {
  return date.length === DECADE ? `the ${date}0s` : formatDate(date, "en");
}

/** A period as the answer's words: "в 2002 году", "с 2000 года по 2002 год", "с 2010 года", "до 1994 года". */
function ruPeriod(period: Period): string {
  if ("within" in period) return listed(period.within.map(ruWithin), "и");
  const { from, to } = period;
  const after = from && `${from.included ? "с" : "после"} ${ruGenitive(from.date)}`;
  const before = to && (to.included ? `по ${ruAccusative(to.date)}` : `до ${ruGenitive(to.date)}`);
  return [after, before].filter((part) => part !== undefined).join(" ");
}

/** Within a date: "в 1990-х годах", "в 2002 году", "в июне 2002 года", "18 февраля 2014 года". */
function ruWithin(date: string): string {
  if (date.length === DECADE) return `в ${date}0-х годах`;
  const [year, month] = date.split("-").map(Number);
  if (date.length === 10) return `${formatDate(date, "ru")} года`;
  if (month === undefined) return `в ${year} году`;
  return `в ${MONTHS_PREPOSITIONAL_RU.split(" ")[month - 1]} ${year} года`;
}

/** A date after "с", "до", "после": "1990-х годов", "2002 года", "июня 2002 года". */
function ruGenitive(date: string): string {
  return date.length === DECADE ? `${date}0-х годов` : formatDateGenitiveRu(date);
}

/** A date after "по": "1990-е годы", "2002 год", "июнь 2002 года", "18 февраля 2014 года". */
function ruAccusative(date: string): string {
  if (date.length === DECADE) return `${date}0-е годы`;
  if (date.length === 4) return `${date} год`;
  return date.length === 10 ? `${formatDate(date, "ru")} года` : `${formatDate(date, "ru").toLowerCase()} года`;
}

const EN: Phrases = {
  noAnswer: "No fact in the source answers this question.",
  noDate: "The source gives no date.",
  onlyRelative: (when) => `The source gives no date; it says only: ${when}.`,
  noStageDate: (stage) => `The source gives no date of ${stage === "signed" ? "signing" : "ratification"}.`,
  noPeople: "The source names no signatories or parties.",
  noSignatories: "The source names no signatories.",
  noOtherSignatory: "The source names no other signatory.",
  noOtherParty: "The source names no other party.",
  noPlace: "The source names no place.",
  and: "and",
  inPeriod: enPeriod,
  noEvents: (period) => `The source names no events ${enPeriod(period)}.`,
  counted: (count, kind, stage, period) =>
    [String(count), EN_KINDS[kind][count === 1 ? 0 : 1], stage ?? "", period === undefined ? "" : enPeriod(period)]
      .filter((part) => part !== "")
      .join(" "),
  undated: (count) => `, ${count} of them without a date of their own`,
  times: (count) => (count === 1 ? "Once" : count === 2 ? "Twice" : `${count} times`),
};

// Made when first asked for: ICU builds its rules in 0.2 ms, which a start would pay for nothing.
let ruPlural: Intl.PluralRules | undefined;

/** The Russian noun for a number of things: "1 соглашение", "2 соглашения", "5 соглашений". */
function ruCounted(count: number, noun: FactKind | "time"): string {
  ruPlural ??= new Intl.PluralRules("ru");
  const form = ruPlural.select(count);
  return `${count} ${RU_KINDS[noun][form === "one" || form === "few" ? form : "many"]}`;
}

const RU: Phrases = {
  noAnswer: "В источнике нет факта, который отвечает на этот вопрос.",
  noDate: "Источник не называет даты.",
  onlyRelative: (when) => `Источник не называет даты; сказано лишь: ${when}.`,
  noStageDate: (stage) => `Источник не называет даты ${stage === "signed" ? "подписания" : "ратификации"}.`,
  noPeople: "Источник не называет ни подписавших, ни сторон.",
  noSignatories: "Источник не называет подписавших.",
  noOtherSignatory: "Источник не называет других подписавших.",
  noOtherParty: "Источник не называет других сторон.",
  noPlace: "Источник не называет места.",
  and: "и",
  inPeriod: ruPeriod,
  noEvents: (period) => {
    const year = soleDate(period)?.length === 4 ? soleDate(period) : undefined;
    return `Источник не называет событий ${year ? `${year} года` : ruPeriod(period)}.`;
  },
  counted: (count, kind, stage, period) => {
    const verb = stage === undefined ? "" : stage === "signed" ? "Подписано" : "Ратифицировано";
    return [verb, ruCounted(count, kind), period === undefined ? "" : ruPeriod(period)]
      .filter((part) => part !== "")
      .join(" ");
  },
  undated: (count) => `, ${count} из них без собственной даты`,
  times: (count) => ruCounted(count, "time"),
};

/** `ask`'s own words in a language. */
export function phrases(lang: Lang): Phrases {
  return lang === "ru" ? RU : EN;
}
