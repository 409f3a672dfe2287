/**
 * Queries as people type them, each with every fact that is relevant to it: judged by reading the
 * facts (titles, summaries, quotes), not by running a search. A fact is relevant when it is about
 * what the query asks for, not when it merely shares a word with it (a quote that names both
 * Optional Protocols does not make the armed-conflict protocol relevant to «торговля детьми»).
 * `prefix` queries are words being typed, judged as the word they are on their way to.
 */
export interface JudgedQuery {
  query: string;
  kind: "ru" | "en" | "prefix" | "latin" | "layout" | "typo" | "synonym" | "nothing";
  relevant: string[];
}

const POLIO = [
  "first-project-immunisation",
  "polio-free-certification",
  "polio-free-recertification",
  "child-adolescent-health",
];
const PROTOCOLS = [
  "optional-protocols-signed",
  "optional-protocol-sale-of-children",
  "optional-protocol-armed-conflict",
];
const MEMORANDUM = ["memorandum-signed", "memorandum-child-rights"];
const BASIC_AGREEMENT = ["basic-agreement-signed", "basic-agreement-ratified", "basic-cooperation-agreement"];
const MDG = ["mdg-plus-agenda", "mdg-progress"];
const OFFICE = ["unicef-office-established", "regular-programmes-start", "social-policy-knowledge-management"];

export const JUDGED_QUERIES: JudgedQuery[] = [
  // Russian, one word, in the text's forms and others
  { query: "полиомиелит", kind: "ru", relevant: POLIO },
  { query: "полиомиелита", kind: "ru", relevant: POLIO },
  { query: "корь", kind: "ru", relevant: ["first-project-immunisation"] },
  { query: "иммунизация", kind: "ru", relevant: ["first-project-immunisation"] },
  { query: "меморандум", kind: "ru", relevant: MEMORANDUM },
  { query: "Астана", kind: "ru", relevant: MEMORANDUM },
  { query: "ратификация", kind: "ru", relevant: BASIC_AGREEMENT },
  { query: "ратифицировано", kind: "ru", relevant: BASIC_AGREEMENT },
  { query: "подростки", kind: "ru", relevant: ["child-adolescent-health"] },
  { query: "протоколы", kind: "ru", relevant: PROTOCOLS },
  { query: "Назарбаев", kind: "ru", relevant: PROTOCOLS },
  { query: "Шакиров", kind: "ru", relevant: MEMORANDUM },
  { query: "Кукита", kind: "ru", relevant: MEMORANDUM },
  { query: "ЦРТ", kind: "ru", relevant: MDG },
  {
    query: "сертификация",
    kind: "ru",
    relevant: ["polio-free-certification", "polio-free-recertification", "child-adolescent-health"],
  },
  { query: "реабилитация", kind: "ru", relevant: ["child-protection"] },
  { query: "миссия", kind: "ru", relevant: ["first-mission", "first-project-immunisation"] },
  { query: "женщин", kind: "ru", relevant: ["social-policy-knowledge-management"] },
  { query: "статистика", kind: "ru", relevant: ["mdg-plus-agenda"] },
  { query: "конфликт", kind: "ru", relevant: ["optional-protocols-signed", "optional-protocol-armed-conflict"] },
  // Russian, several words
  {
    query: "права ребенка",
    kind: "ru",
    relevant: [
      ...PROTOCOLS,
      ...MEMORANDUM,
      "near-future-plans",
      "child-protection",
      "social-policy-knowledge-management",
    ],
  },
  { query: "полио дети", kind: "ru", relevant: ["first-project-immunisation", "child-adolescent-health"] },
  {
    query: "торговля детьми",
    kind: "ru",
    relevant: ["optional-protocols-signed", "optional-protocol-sale-of-children"],
  },
  {
    query: "вооруженный конфликт",
    kind: "ru",
    relevant: ["optional-protocols-signed", "optional-protocol-armed-conflict"],
  },
  { query: "представительство ЮНИСЕФ", kind: "ru", relevant: OFFICE },
  { query: "основное соглашение", kind: "ru", relevant: BASIC_AGREEMENT },
  { query: "охрана детства", kind: "ru", relevant: ["child-protection"] },
  { query: "социальная политика", kind: "ru", relevant: ["social-policy-knowledge-management"] },
  { query: "здоровье подростков", kind: "ru", relevant: ["child-adolescent-health"] },
  { query: "семьи группы риска", kind: "ru", relevant: ["child-protection"] },
  { query: "отдаленные районы", kind: "ru", relevant: ["near-future-plans"] },
  { query: "ЦРТ плюс", kind: "ru", relevant: ["mdg-plus-agenda"] },
  { query: "меморандум Астана", kind: "ru", relevant: MEMORANDUM },
  { query: "саммит тысячелетия", kind: "ru", relevant: PROTOCOLS },
  {
    query: "Всемирная организация здравоохранения",
    kind: "ru",
    relevant: ["first-mission", "polio-free-certification", "polio-free-recertification", "child-adolescent-health"],
  },
  // English
  { query: "measles", kind: "en", relevant: ["first-project-immunisation"] },
  { query: "polio", kind: "en", relevant: POLIO },
  { query: "memorandum of understanding", kind: "en", relevant: MEMORANDUM },
  { query: "armed conflict", kind: "en", relevant: ["optional-protocols-signed", "optional-protocol-armed-conflict"] },
  {
    query: "child pornography",
    kind: "en",
    relevant: ["optional-protocols-signed", "optional-protocol-sale-of-children"],
  },
  // The English of the signing event does not speak of ratification; its Russian quote does.
  { query: "ratified", kind: "en", relevant: ["basic-agreement-ratified", "basic-cooperation-agreement"] },
  { query: "Millennium Summit", kind: "en", relevant: PROTOCOLS },
  { query: "knowledge management", kind: "en", relevant: ["social-policy-knowledge-management"] },
  { query: "UNICEF office", kind: "en", relevant: OFFICE },
  { query: "families at risk", kind: "en", relevant: ["child-protection"] },
  { query: "basic cooperation agreement", kind: "en", relevant: BASIC_AGREEMENT },
  { query: "Commissioner for Human Rights", kind: "en", relevant: MEMORANDUM },
  { query: "adolescent health", kind: "en", relevant: ["child-adolescent-health"] },
  { query: "remote areas", kind: "en", relevant: ["near-future-plans"] },
  {
    query: "certified",
    kind: "en",
    relevant: ["polio-free-certification", "polio-free-recertification", "child-adolescent-health"],
  },
  // Words being typed
  { query: "мем", kind: "prefix", relevant: MEMORANDUM },
  { query: "мемо", kind: "prefix", relevant: MEMORANDUM },
  { query: "имм", kind: "prefix", relevant: ["first-project-immunisation"] },
  { query: "имму", kind: "prefix", relevant: ["first-project-immunisation"] },
  { query: "полио", kind: "prefix", relevant: POLIO },
  { query: "полиом", kind: "prefix", relevant: POLIO },
  { query: "ратиф", kind: "prefix", relevant: BASIC_AGREEMENT },
  { query: "назарб", kind: "prefix", relevant: PROTOCOLS },
  { query: "подрос", kind: "prefix", relevant: ["child-adolescent-health"] },
  { query: "memor", kind: "prefix", relevant: MEMORANDUM },
  { query: "immun", kind: "prefix", relevant: ["first-project-immunisation"] },
  { query: "measl", kind: "prefix", relevant: ["first-project-immunisation"] },
  { query: "охрана дет", kind: "prefix", relevant: ["child-protection"] },
  { query: "armed conf", kind: "prefix", relevant: ["optional-protocols-signed", "optional-protocol-armed-conflict"] },
  // Russian in Latin letters
  { query: "poliomielit", kind: "latin", relevant: POLIO },
  { query: "Nazarbayev", kind: "latin", relevant: PROTOCOLS },
  { query: "Nazarbaev", kind: "latin", relevant: PROTOCOLS },
  { query: "Kukita", kind: "latin", relevant: MEMORANDUM },
  { query: "Shakirov", kind: "latin", relevant: MEMORANDUM },
  { query: "okhrana detstva", kind: "latin", relevant: ["child-protection"] },
  { query: "memorandum Astana", kind: "latin", relevant: MEMORANDUM },
  // The other keyboard layout
  { query: "gjkbjvbtkbn", kind: "layout", relevant: POLIO },
  { query: "vtvjhfyleV", kind: "layout", relevant: MEMORANDUM },
  { query: "ьуьщкфтвгь", kind: "layout", relevant: MEMORANDUM },
  { query: "gjlhjcnrb", kind: "layout", relevant: ["child-adolescent-health"] },
  { query: "gjkbj", kind: "layout", relevant: POLIO },
  // Typos in whole words
  { query: "memorandun", kind: "typo", relevant: MEMORANDUM },
  { query: "polimielit", kind: "typo", relevant: POLIO },
  { query: "measels", kind: "typo", relevant: ["first-project-immunisation"] },
  { query: "ратифицированно", kind: "typo", relevant: BASIC_AGREEMENT },
  { query: "иммунизацыя", kind: "typo", relevant: ["first-project-immunisation"] },
  { query: "Назарбаеф", kind: "typo", relevant: PROTOCOLS },
  { query: "Назарбаевв", kind: "typo", relevant: PROTOCOLS },
  { query: "imunisation", kind: "typo", relevant: ["first-project-immunisation"] },
  // Words the source does not use
  { query: "vaccines", kind: "synonym", relevant: ["first-project-immunisation"] },
  { query: "прививки", kind: "synonym", relevant: ["first-project-immunisation"] },
  {
    query: "child soldiers",
    kind: "synonym",
    relevant: ["optional-protocols-signed", "optional-protocol-armed-conflict"],
  },
  { query: "омбудсмен", kind: "synonym", relevant: MEMORANDUM },
  { query: "ombudsman", kind: "synonym", relevant: MEMORANDUM },
  { query: "immunization", kind: "synonym", relevant: ["first-project-immunisation"] },
  { query: "CRC", kind: "synonym", relevant: PROTOCOLS },
  // Nothing to find
  { query: "bitcoin", kind: "nothing", relevant: [] },
  { query: "футбол", kind: "nothing", relevant: [] },
  { query: "Алматы", kind: "nothing", relevant: [] },
  { query: "1993", kind: "nothing", relevant: [] },
  { query: "kubernetes cluster", kind: "nothing", relevant: [] },
  { query: "qwzx", kind: "nothing", relevant: [] },
];
