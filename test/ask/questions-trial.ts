import {
  AGREEMENTS,
  BASIC_AGREEMENT_EN,
  BASIC_AGREEMENT_RU,
  casesOf,
  FIRST_MISSION_DATE_EN,
  FIRST_MISSION_DATE_RU,
  FIRST_MISSION_EN,
  FIRST_MISSION_RU,
  MEMORANDUM_EN,
  MEMORANDUM_RU,
  MEMORANDUM_SIGNED_EN,
  MEMORANDUM_SIGNED_RU,
  PROGRAMMES_EN,
  PROGRAMMES_RU,
  PROGRAMS,
  PROTOCOL_TITLES_EN,
  PROTOCOL_TITLES_RU,
  PROTOCOLS,
  type QuestionCase,
  type QuestionRow,
} from "./expected.js";

// The answers the new-user trial expected, written from the source.
const NO_RATIFICATION_PROTOCOLS_EN = "The source gives no date of ratification. Signed: September 2000.";
const NO_RATIFICATION_PROTOCOLS_RU = "Источник не называет даты ратификации. Подписано: сентябрь 2000.";
const BASIC_RATIFIED_EN = "10 April 2001 — Basic Cooperation Agreement ratified.";
const BASIC_RATIFIED_RU = "10 апреля 2001 — Ратифицировано Основное соглашение о сотрудничестве.";
const CERTIFIED_EN =
  "Kazakhstan was certified by the World Health Organization (WHO) and UNICEF as a polio-free country.";
const CERTIFIED_RU =
  "Казахстан был сертифицирован Всемирной Организацией Здравоохранения (ВОЗ) и ЮНИСЕФ в качестве страны, свободной от полиомиелита.";
const CERTIFICATIONS = ["polio-free-certification", "polio-free-recertification"];
const TWICE_EN = "Twice: June 2002 — Kazakhstan certified polio-free; 2011 — Kazakhstan certified polio-free again.";
const TWICE_RU =
  "2 раза: июнь 2002 — Казахстан сертифицирован как страна, свободная от полиомиелита; 2011 — Повторная сертификация Казахстана как страны, свободной от полиомиелита.";
const SIGNINGS = ["basic-agreement-signed", "optional-protocols-signed", "memorandum-signed"];
const SIGNINGS_EN = `25 November 1994 — Basic Cooperation Agreement signed; September 2000 — Optional Protocols to the Convention on the Rights of the Child signed; ${MEMORANDUM_SIGNED_EN}`;
const SIGNINGS_RU = `25 ноября 1994 — Подписано Основное соглашение о сотрудничестве; сентябрь 2000 — Подписаны факультативные протоколы к Конвенции о правах ребенка; ${MEMORANDUM_SIGNED_RU}`;
const SHAKIROV_EN = "Askar Shakirov, Commissioner for Human Rights. Signed: 18 February 2014. Place: Astana.";
const SHAKIROV_RU = "Аскар Шакиров, Уполномоченный по правам человека. Подписано: 18 февраля 2014. Место: Астана.";
const KUKITA_EN =
  "Jun Kukita, Representative of the United Nations Children's Fund (UNICEF). Signed: 18 February 2014. Place: Astana.";
const KUKITA_RU = "Джун Кукита, Представитель Детского фонда ООН (ЮНИСЕФ). Подписано: 18 февраля 2014. Место: Астана.";
const SIGNED_EN = `4 agreements signed: ${BASIC_AGREEMENT_EN}; ${PROTOCOL_TITLES_EN}; ${MEMORANDUM_EN}.`;
const SIGNED_RU = `Подписано 4 соглашения: ${BASIC_AGREEMENT_RU}; ${PROTOCOL_TITLES_RU}; ${MEMORANDUM_RU}.`;
const EVENTS = [
  "first-mission",
  "first-project-immunisation",
  "unicef-office-established",
  "regular-programmes-start",
  "basic-agreement-signed",
  "optional-protocols-signed",
  "basic-agreement-ratified",
  "polio-free-certification",
  "mdg-plus-agenda",
  "polio-free-recertification",
  "memorandum-signed",
  "mdg-progress",
  "near-future-plans",
];
const EVENT_TITLES_EN = `First UNICEF and WHO mission to independent Kazakhstan; UNICEF's first project in Kazakhstan: immunisation of all children against measles and polio; UNICEF Office in Kazakhstan established; Regular programmes of the Government of Kazakhstan and UNICEF begin; Basic Cooperation Agreement signed; Optional Protocols to the Convention on the Rights of the Child signed; Basic Cooperation Agreement ratified; Kazakhstan certified polio-free; Government of Kazakhstan commits to the "MDG plus" agenda; Kazakhstan certified polio-free again; ${MEMORANDUM_EN} signed in Astana; Progress towards the first three Millennium Development Goals; UNICEF's plans for the near future`;
const EVENT_TITLES_RU = `Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан; Первый проект ЮНИСЕФ в Казахстане: иммунизация всех детей против кори и полиомиелита; Организовано Представительство ЮНИСЕФ в Казахстане; Начало работы по регулярным программам Правительства РК и ЮНИСЕФ; Подписано Основное соглашение о сотрудничестве; Подписаны факультативные протоколы к Конвенции о правах ребенка; Ратифицировано Основное соглашение о сотрудничестве; Казахстан сертифицирован как страна, свободная от полиомиелита; Правительство РК приняло обязательства по повестке «ЦРТ плюс»; Повторная сертификация Казахстана как страны, свободной от полиомиелита; В Астане подписан ${MEMORANDUM_RU}; Прогресс в достижении первых трех Целей развития тысячелетия; Планы ЮНИСЕФ на ближайшую перспективу`;
const EVENTS_EN = `13 events, 4 of them without a date of their own: ${EVENT_TITLES_EN}.`;
const EVENTS_RU = `13 событий, 4 из них без собственной даты: ${EVENT_TITLES_RU}.`;

/**
 * The wrong answers a new-user trial found, each with the ways people ask it: both languages,
 * with and without "?", in lower case, with typos.
 */
const ROWS: QuestionRow[] = [
  // A stage of an agreement (ratified, signed): that stage's date, or that the source gives none
  ["when were the optional protocols ratified?", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_EN],
  ["When were the Optional Protocols ratified", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_EN],
  ["wen were the optional protocols ratifed", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_EN],
  ["когда ратифицированы факультативные протоколы", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_RU],
  ["Когда Казахстан ратифицировал факультативные протоколы?", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_RU],
  ["когда ратифицировали протоколы", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_RU],
  ["кагда ратифицированы факультативные протаколы", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_RU],
  [
    "when was the optional protocol on armed conflict ratified",
    "date",
    ["optional-protocol-armed-conflict"],
    NO_RATIFICATION_PROTOCOLS_EN,
  ],
  [
    "when was the memorandum ratified",
    "date",
    ["memorandum-child-rights"],
    "The source gives no date of ratification. Signed: 18 February 2014.",
  ],
  [
    "когда ратифицирован меморандум?",
    "date",
    ["memorandum-child-rights"],
    "Источник не называет даты ратификации. Подписано: 18 февраля 2014.",
  ],
  ["when was the basic agreement ratified", "date", ["basic-agreement-ratified"], BASIC_RATIFIED_EN],
  [
    "when was the basic cooperation agreement signed?",
    "date",
    ["basic-agreement-signed"],
    "25 November 1994 — Basic Cooperation Agreement signed.",
  ],
  [
    "в каком году были подписаны факультативные протоколы",
    "date",
    ["optional-protocols-signed"],
    "Сентябрь 2000 — Подписаны факультативные протоколы к Конвенции о правах ребенка.",
  ],
  // A milestone the source does not date, asked without "optional" (a second trial).
  ["when were the protocols ratified?", "date", PROTOCOLS, NO_RATIFICATION_PROTOCOLS_EN],
  [
    "когда ратифицировали меморандум",
    "date",
    ["memorandum-child-rights"],
    "Источник не называет даты ратификации. Подписано: 18 февраля 2014.",
  ],
  // When UNICEF's work in Kazakhstan began: the first mission, which began it
  ["when did UNICEF begin its work in Kazakhstan", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  ["When did UNICEF begin its work in Kazakhstan?", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  ["when did unicef start its work in kazakhstan", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  ["when did unicef begn work in kazakstan", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  ["since when has unicef worked in kazakhstan", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  ["when did unicef come to kazakhstan?", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  ["когда юнисеф начал работу в казахстане", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["Когда ЮНИСЕФ начал свою деятельность в Казахстане?", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["когда началась деятельность юнисеф в казахстане", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["с какого года юнисеф работает в казахстане", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["когда юнисеф впервые пришел в казахстан", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["когда юнисеф начал работать в казахстане?", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["когда юнисеф начал свою работу в казахстане?", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["kogda yunisef nachal rabotu v kazakhstane", "date", ["first-mission"], FIRST_MISSION_DATE_RU],
  ["how did unicef begin its work in kazakhstan", "what", ["first-mission"], FIRST_MISSION_EN],
  // Who and where of an event: its summary
  ["who organised the first mission", "who", ["first-mission"], FIRST_MISSION_EN],
  ["who organized the first mission?", "who", ["first-mission"], FIRST_MISSION_EN],
  ["Who organised the first mission to Kazakhstan", "who", ["first-mission"], FIRST_MISSION_EN],
  ["where was the first mission", "place", ["first-mission"], FIRST_MISSION_EN],
  ["where did the first mission go?", "place", ["first-mission"], FIRST_MISSION_EN],
  ["кто организовал первую миссию", "who", ["first-mission"], FIRST_MISSION_RU],
  ["куда была направлена первая миссия", "place", ["first-mission"], FIRST_MISSION_RU],
  ["где была первая миссия юнисеф?", "place", ["first-mission"], FIRST_MISSION_RU],
  ["who certified kazakhstan polio-free", "who", ["polio-free-certification"], CERTIFIED_EN],
  [
    "кто сертифицировал казахстан как страну свободную от полиомиелита",
    "who",
    ["polio-free-certification"],
    CERTIFIED_RU,
  ],
  // How many times: the dated events found, with their dates
  ["how many times was kazakhstan certified polio-free", "count", CERTIFICATIONS, TWICE_EN],
  ["How many times was Kazakhstan certified polio free?", "count", CERTIFICATIONS, TWICE_EN],
  ["how many times has kazakhstan been certified as polio-free", "count", CERTIFICATIONS, TWICE_EN],
  ["сколько раз казахстан сертифицирован", "count", CERTIFICATIONS, TWICE_RU],
  [
    "Сколько раз Казахстан был сертифицирован как страна, свободная от полиомиелита?",
    "count",
    CERTIFICATIONS,
    TWICE_RU,
  ],
  ["how many times was the memorandum signed", "count", ["memorandum-signed"], `Once: ${MEMORANDUM_SIGNED_EN}`],
  ["сколько раз казахстан сертифецирован", "count", CERTIFICATIONS, TWICE_RU],
  ["how many times were agreements signed", "count", SIGNINGS, `3 times: ${SIGNINGS_EN}`],
  ["сколько раз подписывались соглашения", "count", SIGNINGS, `3 раза: ${SIGNINGS_RU}`],
  // A signatory named by role, by another name for it, or as the one signed with or for
  ["who is the ombudsman", "who", ["memorandum-child-rights"], SHAKIROV_EN],
  ["Who is the ombudsman?", "who", ["memorandum-child-rights"], SHAKIROV_EN],
  ["who is the ombudsmen", "who", ["memorandum-child-rights"], SHAKIROV_EN],
  ["кто омбудсмен", "who", ["memorandum-child-rights"], SHAKIROV_RU],
  ["кто такой омбудсман?", "who", ["memorandum-child-rights"], SHAKIROV_RU],
  ["кто омбутсмен", "who", ["memorandum-child-rights"], SHAKIROV_RU],
  ["кто омбудсмен, подписавший меморандум", "who", ["memorandum-child-rights"], SHAKIROV_RU],
  ["whom did UNICEF sign the memorandum with", "who", ["memorandum-child-rights"], SHAKIROV_EN],
  ["with whom did unicef sign the memorandum?", "who", ["memorandum-child-rights"], SHAKIROV_EN],
  ["who did unicef sign the memorandum with", "who", ["memorandum-child-rights"], SHAKIROV_EN],
  ["с кем юнисеф подписал меморандум", "who", ["memorandum-child-rights"], SHAKIROV_RU],
  ["С кем ЮНИСЕФ подписал меморандум?", "who", ["memorandum-child-rights"], SHAKIROV_RU],
  ["who signed the memorandum for unicef", "who", ["memorandum-child-rights"], KUKITA_EN],
  ["кто подписал меморандум от юнисеф", "who", ["memorandum-child-rights"], KUKITA_RU],
  ["who is the commissioner for human rights", "who", ["memorandum-child-rights"], SHAKIROV_EN],
  ["кто уполномоченный по правам человека", "who", ["memorandum-child-rights"], SHAKIROV_RU],
  [
    "с кем юнисеф заключил основное соглашение",
    "who",
    ["basic-cooperation-agreement"],
    "Источник не называет подписавших. Стороны: Правительство Республики Казахстан. Подписано: 25 ноября 1994. Ратифицировано: 10 апреля 2001.",
  ],
  // What was signed: the agreements
  ["what was signed", "what", AGREEMENTS, SIGNED_EN],
  ["What was signed?", "what", AGREEMENTS, SIGNED_EN],
  ["what has been signed", "what", AGREEMENTS, SIGNED_EN],
  ["what did kazakhstan sign", "what", AGREEMENTS, SIGNED_EN],
  ["что было подписано", "what", AGREEMENTS, SIGNED_RU],
  ["что подписано?", "what", AGREEMENTS, SIGNED_RU],
  ["what was ratified", "what", ["basic-cooperation-agreement"], `1 agreement ratified: ${BASIC_AGREEMENT_EN}.`],
  [
    "что ратифицировано",
    "what",
    ["basic-cooperation-agreement"],
    `Ратифицировано 1 соглашение: ${BASIC_AGREEMENT_RU}.`,
  ],
  // What UNICEF does in Kazakhstan: its programme areas
  ["what does unicef do in kazakhstan", "what", PROGRAMS, PROGRAMMES_EN],
  ["What does UNICEF do in Kazakhstan?", "what", PROGRAMS, PROGRAMMES_EN],
  ["what does unisef do in kazahstan", "what", PROGRAMS, PROGRAMMES_EN],
  ["what is unicef's work in kazakhstan", "what", PROGRAMS, PROGRAMMES_EN],
  ["what does unicef work on", "what", PROGRAMS, PROGRAMMES_EN],
  ["чем занимается юнисеф в казахстане", "what", PROGRAMS, PROGRAMMES_RU],
  ["Чем занимается ЮНИСЕФ?", "what", PROGRAMS, PROGRAMMES_RU],
  ["что делает юнисеф в казахстане", "what", PROGRAMS, PROGRAMMES_RU],
  // The events of a month or a day
  [
    "what happened in june 2002",
    "year",
    ["polio-free-certification"],
    "In June 2002: Kazakhstan certified polio-free.",
  ],
  [
    "What happened in June 2002?",
    "year",
    ["polio-free-certification"],
    "In June 2002: Kazakhstan certified polio-free.",
  ],
  [
    "what happened in february 1992",
    "year",
    ["first-mission"],
    "In February 1992: First UNICEF and WHO mission to independent Kazakhstan.",
  ],
  [
    "what happened in febuary 1992",
    "year",
    ["first-mission"],
    "In February 1992: First UNICEF and WHO mission to independent Kazakhstan.",
  ],
  [
    "what happened in feb 1992",
    "year",
    ["first-mission"],
    "In February 1992: First UNICEF and WHO mission to independent Kazakhstan.",
  ],
  ["what hapened in june 2002", "year", ["polio-free-certification"], "In June 2002: Kazakhstan certified polio-free."],
  [
    "что праизошло в июне 2002",
    "year",
    ["polio-free-certification"],
    "В июне 2002 года: Казахстан сертифицирован как страна, свободная от полиомиелита.",
  ],
  [
    "что произошло в июне 2002 года",
    "year",
    ["polio-free-certification"],
    "В июне 2002 года: Казахстан сертифицирован как страна, свободная от полиомиелита.",
  ],
  [
    "Что произошло в феврале 1992 года?",
    "year",
    ["first-mission"],
    "В феврале 1992 года: Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.",
  ],
  [
    "что было в сентябре 2000",
    "year",
    ["optional-protocols-signed"],
    "В сентябре 2000 года: Подписаны факультативные протоколы к Конвенции о правах ребенка.",
  ],
  [
    "what happened on 25 november 1994",
    "year",
    ["basic-agreement-signed"],
    "On 25 November 1994: Basic Cooperation Agreement signed.",
  ],
  [
    "что случилось 18 февраля 2014 года",
    "year",
    ["memorandum-signed"],
    "18 февраля 2014 года: В Астане подписан Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.",
  ],
  ["what happened in june 2011", "year", [], "The source names no events in June 2011."],
  // Typos in the question words
  ["wen was the agreement ratified", "date", ["basic-agreement-ratified"], BASIC_RATIFIED_EN],
  ["wen was the memorandum signed", "date", ["memorandum-signed"], MEMORANDUM_SIGNED_EN],
  [
    "whn was kazakhstan certified polio free",
    "date",
    ["polio-free-certification"],
    "June 2002 — Kazakhstan certified polio-free.",
  ],
  [
    "wat is the mdg plus agenda",
    "what",
    ["mdg-plus-agenda"],
    'The Government of the Republic of Kazakhstan committed itself to the "MDG plus" agenda, which contains additional goals developed on the basis of an analysis of national priorities and statistics.',
  ],
  [
    "hwo signed the optional protocols",
    "who",
    PROTOCOLS,
    "N. Nazarbayev, President of the Republic of Kazakhstan. Signed: September 2000. Place: Millennium Summit.",
  ],
  ["кгода подписали меморандум", "date", ["memorandum-signed"], MEMORANDUM_SIGNED_RU],
  ["когад ратифицировали соглашение", "date", ["basic-agreement-ratified"], BASIC_RATIFIED_RU],
  ["where was the memorandum singed", "place", ["memorandum-child-rights"], "Astana. Signed: 18 February 2014."],
  // Counts of events: how many have no date of their own
  ["how many events", "count", EVENTS, EVENTS_EN],
  ["How many events are there?", "count", EVENTS, EVENTS_EN],
  ["сколько событий", "count", EVENTS, EVENTS_RU],
  ["сколько всего событий?", "count", EVENTS, EVENTS_RU],
  ["сколько всего событий в базе", "count", EVENTS, EVENTS_RU],
  ["how many evnts", "count", EVENTS, EVENTS_EN],
  [
    "сколько саглашений",
    "count",
    AGREEMENTS,
    `4 соглашения: ${BASIC_AGREEMENT_RU}; ${PROTOCOL_TITLES_RU}; ${MEMORANDUM_RU}.`,
  ],
  // The second trial's misses: a typo that matched another language's word in one fact, a list
  // asked by its priority, words typed in the other layout with keys that are letters only there.
  [
    "when did kazakstan become polio free",
    "date",
    ["polio-free-certification"],
    "June 2002 — Kazakhstan certified polio-free.",
  ],
  ["what are unicef's priority areas in kazakhstan", "what", PROGRAMS, PROGRAMMES_EN],
  ["crjkmrj ghjuhfvv", "count", PROGRAMS, PROGRAMMES_RU],
  ["crjkmrj ghjuhfvv e .ybctaf", "count", PROGRAMS, PROGRAMMES_RU],
  // The third trial's: casual words around the question, WHO the organisation, a position.
  ["so when did unicef start working in kazakhstan", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  [
    "is there anything about measles",
    "what",
    ["first-project-immunisation"],
    "The first mission began UNICEF's work in Kazakhstan, and UNICEF's first project was the immunisation of all children against measles and polio.",
  ],
  [
    "when did WHO certify Kazakhstan polio-free",
    "date",
    ["polio-free-certification"],
    "June 2002 — Kazakhstan certified polio-free.",
  ],
  [
    "what is Jun Kukita's position",
    "who",
    ["memorandum-child-rights"],
    "Jun Kukita, Representative of the United Nations Children's Fund (UNICEF). Signed: 18 February 2014. Place: Astana.",
  ],
  [
    "when was the unicef office opened",
    "date",
    ["unicef-office-established"],
    "The source gives no date; it says only: no later than 1994.",
  ],
  // The first or the last of the dated events.
  [
    "what is the most recent event",
    "what",
    ["memorandum-signed"],
    "18 February 2014 — In Astana, the UNICEF Representative Jun Kukita and the Commissioner for Human Rights Askar Shakirov signed a Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan.",
  ],
  [
    "какое последнее событие",
    "what",
    ["memorandum-signed"],
    "18 февраля 2014 — В Астане Представитель Детского фонда ООН (ЮНИСЕФ) Джун Кукита и Уполномоченный по правам человека Аскар Шакиров подписали Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.",
  ],
  ["when was the first event", "date", ["first-mission"], FIRST_MISSION_DATE_EN],
  [
    "when was the latest agreement signed",
    "date",
    ["memorandum-child-rights"],
    "Signed: 18 February 2014 — Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan.",
  ],
  // Decades.
  [
    "what happened in the 1990s",
    "year",
    ["first-mission", "regular-programmes-start", "basic-agreement-signed"],
    "In the 1990s: February 1992 — First UNICEF and WHO mission to independent Kazakhstan; 1994 — Regular programmes of the Government of Kazakhstan and UNICEF begin; 25 November 1994 — Basic Cooperation Agreement signed.",
  ],
  [
    "что произошло в 1990-х годах",
    "year",
    ["first-mission", "regular-programmes-start", "basic-agreement-signed"],
    "В 1990-х годах: февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан; 1994 — Начало работы по регулярным программам Правительства РК и ЮНИСЕФ; 25 ноября 1994 — Подписано Основное соглашение о сотрудничестве.",
  ],
  [
    "rnj jv,elcvty",
    "who",
    ["memorandum-child-rights"],
    "Аскар Шакиров, Уполномоченный по правам человека. Подписано: 18 февраля 2014. Место: Астана.",
  ],
];

export const TRIAL_CASES: QuestionCase[] = casesOf(ROWS);
