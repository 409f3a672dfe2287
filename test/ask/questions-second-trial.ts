import {
  casesOf,
  FIRST_MISSION_DATE_EN,
  FIRST_MISSION_DATE_RU,
  MEMORANDUM_SIGNED_EN,
  type QuestionCase,
  type QuestionRow,
} from "./expected.js";

// The questions of the second new-user trial (2026-12-03), and the answers written from the source:
// spans of years, how long, ties between titles, search aids, dates as people write them.

const ROWS: QuestionRow[] = [
  // Both protocols are optional protocols; neither title says it more closely than the other.
  [
    "when was the optional protocol ratified",
    "date",
    ["optional-protocol-sale-of-children", "optional-protocol-armed-conflict"],
    "The source gives no date of ratification. Signed: September 2000.",
  ],
  // Ties the titles decide: the closest title alone, unless the others are its siblings (above).
  [
    "child protection",
    "what",
    ["child-protection"],
    "In protecting children's rights in Kazakhstan, the early identification of families at risk, so that they can be given timely help to preserve the family, with socialisation and with rehabilitation, remains an unresolved issue.",
  ],
  [
    "children's rights",
    "what",
    ["memorandum-child-rights"],
    "Signed on 18 February 2014 in Astana by the UNICEF Representative Jun Kukita and the Commissioner for Human Rights Askar Shakirov.",
  ],
  [
    "права детей",
    "what",
    ["memorandum-child-rights"],
    "Подписан 18 февраля 2014 года в Астане Представителем Детского фонда ООН (ЮНИСЕФ) Джуном Кукитой и Уполномоченным по правам человека Аскаром Шакировым.",
  ],
  [
    "what is the ombudsman",
    "what",
    ["memorandum-signed"],
    "In Astana, the UNICEF Representative Jun Kukita and the Commissioner for Human Rights Askar Shakirov signed a Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan.",
  ],
  // How long: the source gives no span of years, and none is worked out; when it began answers.
  ["how many years has UNICEF worked in Kazakhstan", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  ["сколько лет ЮНИСЕФ работает в Казахстане", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["how long ago was the memorandum signed", "date", ["memorandum-signed"], MEMORANDUM_SIGNED_EN],
  // Spans of years, and several years.
  [
    "what happened before 1994",
    "year",
    ["first-mission"],
    "Before 1994: February 1992 — First UNICEF and WHO mission to independent Kazakhstan.",
  ],
  [
    "что было до 1994 года",
    "year",
    ["first-mission"],
    "До 1994 года: февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.",
  ],
  [
    "what happened between 2000 and 2002",
    "year",
    ["optional-protocols-signed", "basic-agreement-ratified", "polio-free-certification"],
    "From 2000 to 2002: September 2000 — Optional Protocols to the Convention on the Rights of the Child signed; 10 April 2001 — Basic Cooperation Agreement ratified; June 2002 — Kazakhstan certified polio-free.",
  ],
  [
    "что произошло после 2010 года",
    "year",
    ["polio-free-recertification", "memorandum-signed"],
    "После 2010 года: 2011 — Повторная сертификация Казахстана как страны, свободной от полиомиелита; 18 февраля 2014 — В Астане подписан Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.",
  ],
  [
    "what happened in 2002 and 2011",
    "year",
    ["polio-free-certification", "polio-free-recertification"],
    "In 2002 and in 2011: June 2002 — Kazakhstan certified polio-free; 2011 — Kazakhstan certified polio-free again.",
  ],
  [
    "сколько соглашений подписано с 2000 по 2014 год",
    "count",
    ["optional-protocol-sale-of-children", "optional-protocol-armed-conflict", "memorandum-child-rights"],
    "Подписано 3 соглашения с 2000 года по 2014 год: Факультативный протокол к Конвенции «О правах ребенка, касающийся торговли детьми, детской проституции и детской порнографии»; Факультативный протокол к Конвенции «О правах ребенка, касающийся участия детей в вооруженных конфликтах»; Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.",
  ],
  // Search aids that mirror the other language's words, and place as a question word.
  [
    "which MDGs were achieved",
    "what",
    ["mdg-progress"],
    "Thanks to the joint efforts of the Government of Kazakhstan and UNICEF, progress was made towards the first three Millennium Development Goals (MDGs).",
  ],
  [
    "what is the place of the basic agreement",
    "place",
    ["basic-cooperation-agreement"],
    "The source names no place. Signed: 25 November 1994. Ratified: 10 April 2001.",
  ],
  [
    "сколько детей привито",
    "what",
    ["first-project-immunisation"],
    "Первая миссия положила начало деятельности ЮНИСЕФ в Казахстане, и первым проектом ЮНИСЕФ стала иммунизация всех детей против кори и полиомиелита.",
  ],
  // A milestone or a kind named with dates; dates as people write them.
  ["when was the agreement signed after 2000", "date", ["memorandum-signed"], MEMORANDUM_SIGNED_EN],
  [
    "кто подписал соглашение после 2010 года",
    "who",
    ["memorandum-child-rights"],
    "Джун Кукита, Представитель Детского фонда ООН (ЮНИСЕФ), и Аскар Шакиров, Уполномоченный по правам человека. Подписано: 18 февраля 2014. Место: Астана.",
  ],
  [
    "когда подписали соглашение в 2014 году",
    "date",
    ["memorandum-signed"],
    "18 февраля 2014 — В Астане подписан Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.",
  ],
  // The whole of 2011 is since its January; it would not be since its June.
  [
    "since january 2011",
    "year",
    ["polio-free-recertification", "memorandum-signed"],
    "Since January 2011: 2011 — Kazakhstan certified polio-free again; 18 February 2014 — Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan signed in Astana.",
  ],
  [
    "в 2002 году и в 2011 году",
    "year",
    ["polio-free-certification", "polio-free-recertification"],
    "В 2002 году и в 2011 году: июнь 2002 — Казахстан сертифицирован как страна, свободная от полиомиелита; 2011 — Повторная сертификация Казахстана как страны, свободной от полиомиелита.",
  ],
  [
    "до 1994г",
    "year",
    ["first-mission"],
    "До 1994 года: февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.",
  ],
];

export const SECOND_TRIAL_CASES: QuestionCase[] = casesOf(ROWS);
