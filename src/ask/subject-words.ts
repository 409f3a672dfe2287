import type { FactKind, Milestone } from "../facts/schema.js";
import { boundedEditDistance } from "../search/edit-distance.js";
import { words } from "./lexicon.js";

// What the words of a question other than its question words say: a kind of fact, a milestone,
// the source's whole subject (UNICEF, Kazakhstan, its work), a beginning.

/** Words of a kind: those that begin so (Russian endings vary), and whole English words. */
const KIND_NOUNS: readonly { starts: string[]; whole: ReadonlySet<string>; kind: FactKind }[] = [
  {
    starts: ["программ", "направлени", "programm"],
    whole: words("program programs programme programmes area areas"),
    kind: "program",
  },
  {
    starts: ["соглашени", "договор", "документ", "soglashen"],
    whole: words("agreement agreements treaty treaties document documents"),
    kind: "agreement",
  },
  { starts: ["событи", "sobyti"], whole: words("event events"), kind: "event" },
];

/** The kind of fact a noun names ("программ", "agreements", with a typo too: "evnts", "саглашений"), if it names one. */
export function kindNoun(word: string): FactKind | undefined {
  const exact = KIND_NOUNS.find(({ starts, whole }) => whole.has(word) || startsWithAny(word, starts));
  if (exact || word.length < 5) return exact?.kind;
  const near = ({ starts, whole }: (typeof KIND_NOUNS)[number]) =>
    starts.some((start) => start.length >= 6 && beginsNear(word, start)) ||
    [...whole].some((noun) => noun.length >= 6 && boundedEditDistance(word, noun, 1) <= 1);
  return KIND_NOUNS.find(near)?.kind;
}

/** Words that ask for the last or the first of the dated events ("the most recent event", «первое событие»). */
const ORDER_WORDS: readonly [ReadonlySet<string>, "latest" | "earliest"][] = [
  [
    words(
      "latest last recent newest последнее последний последняя последним последних недавнее недавний недавняя posledneye posledniy",
    ),
    "latest",
  ],
  [words("earliest first oldest первое первый первая первым самое раннее ранний pervoye pervyy"), "earliest"],
];

/** Which end of the dated events a word asks for, if it asks for one. */
export function orderWord(word: string): "latest" | "earliest" | undefined {
  return ORDER_WORDS.find(([named]) => named.has(word))?.[1];
}

const STAGE_WORDS: readonly [string[], Milestone["stage"]][] = [
  [["подпис", "podpis", "sign"], "signed"],
  [["ратиф", "ratif"], "ratified"],
];

/**
 * The milestone a word speaks of ("подписали", "ratified", with a typo in the six letters of
 * "подпис": "подпесали"), if it speaks of one.
 */
export function stageWord(word: string): Milestone["stage"] | undefined {
  const speaks = (start: string) => (start.length >= 6 ? beginsNear(word, start) : word.startsWith(start));
  return STAGE_WORDS.find(([starts]) => starts.some(speaks))?.[1];
}

const BACKGROUND = [
  ...["юнисеф", "unicef", "yunisef", "казахстан", "kazakhstan", "kazakstan", "республик", "republic"],
  ...["источник", "source"],
];
const ACTIVITY = ["деятельност", "activit", "работ", "work", "deyatelnost", "rabot"];
const LIST_WORDS = words(
  "рк main major key priority all все всех основные основных главные главных приоритетные приоритетных три трех three",
);
// The source as people call it: "how many events are in the database".
const SOURCE_WORDS = words("база базе базы базу данных database data dataset file файл файле");

/**
 * Words that name the whole subject of the source (UNICEF, Kazakhstan, its work, the source itself;
 * with a typo too: "unisef", "kazahstan") or only qualify a list ("the three main areas"): they
 * still help a search, but a question of only these and a year ("what did UNICEF do in 2007") is
 * about the year, with a kind ("the main programmes") about the kind, and alone ("what does UNICEF
 * do") about UNICEF's work.
 */
export function isBackgroundWord(word: string): boolean {
  return (
    BACKGROUND.some((start) => beginsNear(word, start)) ||
    startsWithAny(word, ACTIVITY) ||
    LIST_WORDS.has(word) ||
    SOURCE_WORDS.has(word)
  );
}

/** Whether a word begins with `start`, or with it one typo away (a letter wrong, missing, extra or swapped). */
function beginsNear(word: string, start: string): boolean {
  if (word.startsWith(start)) return true;
  const lengths = [start.length - 1, start.length, start.length + 1];
  return lengths.some((length) => length <= word.length && boundedEditDistance(word.slice(0, length), start, 1) <= 1);
}

const BEGINNING = [
  ...["begin", "began", "begun", "start", "commenc", "launch", "came", "come", "arriv", "first", "since"],
  ...["нача", "начин", "приш", "приход", "прибы", "появ", "впервые", "стартова", "nachal", "nachin", "vpervye"],
];

/**
 * Words of beginning ("start", "начал", "впервые", with a typo if five letters or more: "begn"):
 * with only background words, they ask when UNICEF's work began.
 */
export function isBeginningWord(word: string): boolean {
  return BEGINNING.some((start) => (start.length >= 5 ? beginsNear(word, start) : word.startsWith(start)));
}

function startsWithAny(word: string, starts: readonly string[]): boolean {
  return starts.some((start) => word.startsWith(start));
}
