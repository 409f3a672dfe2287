import { MONTH_NAMES } from "../facts/months.js";
import type { FactKind, Lang, LocalizedText, RelativeDate } from "../facts/schema.js";

/** Formats an ISO partial date at its own precision: "1994", "February 1992", "25 November 1994". */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split("-").map(Number);
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTH_NAMES[lang][month - 1]} ${year}`;
  const monthName = lang === "ru" ? MONTH_NAMES.ruGenitive[month - 1] : MONTH_NAMES.en[month - 1];
  return `${day} ${monthName} ${year}`;
}

// "Before" an event of 1994 may still be in 1994: such a date is "no later than 1994", which is
// all the source says, where "before 1994" would say more.
const RELATIONS: Record<RelativeDate["relation"], LocalizedText> = {
  before: { en: "no later than", ru: "не позднее" },
  "not-before": { en: "not before", ru: "не ранее" },
};

/**
 * A date the source gives only relative to another event's: "no later than 1994", "not before
 * February 1992"; in Russian the date follows in the genitive ("не позднее 1994 года").
 */
export function formatRelativeDate(relation: RelativeDate["relation"], date: string, lang: Lang): string {
  if (lang === "en") return `${RELATIONS[relation].en} ${formatDate(date, "en")}`;
  return `${RELATIONS[relation].ru} ${formatDateGenitiveRu(date)}`;
}

/** A date in the Russian genitive, as it follows "до", "после", "не позднее": "1994 года", "июня 2002 года". */
export function formatDateGenitiveRu(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const monthName = month === undefined ? "" : `${MONTH_NAMES.ruGenitive[month - 1]} `;
  return `${day === undefined ? "" : `${day} `}${monthName}${year} года`;
}

const LABELS = {
  score: { en: "Score", ru: "Оценка" },
  kind: { en: "Kind", ru: "Тип" },
  date: { en: "Date", ru: "Дата" },
  year: { en: "Year", ru: "Год" },
  title: { en: "Title", ru: "Название" },
  match: { en: "Match", ru: "Совпадение" },
  id: { en: "ID", ru: "ID" },
  summary: { en: "Summary", ru: "Описание" },
  parties: { en: "Parties", ru: "Стороны" },
  signatories: { en: "Signatories", ru: "Подписали" },
  signed: { en: "Signed", ru: "Подписано" },
  ratified: { en: "Ratified", ru: "Ратифицировано" },
  place: { en: "Place", ru: "Место" },
  related: { en: "Related", ru: "Связанные факты" },
  source: { en: "Source", ru: "Источник" },
  tags: { en: "Tags", ru: "Теги" },
  keywords: { en: "Search aids (not in the source)", ru: "Слова для поиска (не из источника)" },
  matchedAid: { en: "search aid:", ru: "слово для поиска:" },
  matchedTag: { en: "tag:", ru: "тег:" },
  undated: { en: "Events without a date of their own", ru: "События без собственной даты" },
  inferred: { en: "inferred from the signatories", ru: "выведено из подписавших" },
  inferredShort: { en: "inferred", ru: "выведено" },
  unknown: { en: "unknown", ru: "неизвестно" },
  milestoneOf: { en: "Milestone of", ru: "Этап документа" },
} as const satisfies Record<string, LocalizedText>;

export type LabelKey = keyof typeof LABELS;

/** Under a table cut short by --limit: "10 of 20 shown; --limit 20 for all". */
export function shownOf(shown: number, total: number, lang: Lang): string {
  return lang === "ru"
    ? `показано ${shown} из ${total}; все: --limit ${total}`
    : `${shown} of ${total} shown; --limit ${total} for all`;
}

/** A heading or word of the interface in the display language. */
export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}

const KIND_NAMES: Record<FactKind, LocalizedText> = {
  event: { en: "event", ru: "событие" },
  program: { en: "program", ru: "программа" },
  agreement: { en: "agreement", ru: "соглашение" },
};

export function kindName(kind: FactKind, lang: Lang): string {
  return KIND_NAMES[kind][lang];
}

/**
 * The display language a language or locale name stands for: "ru", "ru_RU.UTF-8", "EN", "en_US";
 * Kazakh ("kk_KZ") is shown in Russian, which those readers share (there is no Kazakh text).
 */
export function langOf(name: string): Lang | undefined {
  const language = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(name.trim())?.[1]?.toLowerCase();
  if (language === "ru" || language === "kk") return "ru";
  return language === "en" ? "en" : undefined;
}

/**
 * The language as GNU gettext picks one: the first language of LANGUAGE ("kk:ru:en") that there
 * is text for, unless the locale is C or POSIX (or unset), where gettext ignores LANGUAGE; then
 * the locale, LC_ALL, LC_MESSAGES or LANG, the first set; English when none says otherwise.
 */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  if (!/^(?:C|POSIX)?(?:\.|$)/.test(locale)) {
    for (const entry of (env.LANGUAGE ?? "").split(":")) {
      const lang = langOf(entry);
      if (lang) return lang;
    }
  }
  return langOf(locale) ?? "en";
}
