/**
 * How people ask: Russian in other cases and numbers than the text, English, Latin spellings
 * of Russian, typos, the wrong keyboard layout, several words, and queries that must find nothing.
 * `top: 1` means the fact must come first; `top: 3`, among the first three; `expect: []`, no result.
 */
export interface RelevanceCase {
  query: string;
  expect: string[];
  top?: 1 | 3;
}

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Russian, other word forms
  { query: "корь", expect: ["first-project-immunisation"], top: 1 },
  { query: "кори", expect: ["first-project-immunisation"], top: 1 },
  { query: "полиомиелит", expect: ["polio-free-certification"], top: 3 },
  { query: "полиомиелита", expect: ["polio-free-certification"], top: 3 },
  { query: "ратификация", expect: ["basic-agreement-ratified"], top: 3 },
  { query: "ратифицировано", expect: ["basic-agreement-ratified"], top: 1 },
  { query: "конфликт", expect: ["optional-protocol-armed-conflict"], top: 1 },
  { query: "вооруженный конфликт", expect: ["optional-protocol-armed-conflict"], top: 1 },
  { query: "меморандум", expect: ["memorandum-child-rights"], top: 3 },
  { query: "Астана", expect: ["memorandum-signed"], top: 3 },
  { query: "миссия", expect: ["first-mission"], top: 1 },
  { query: "иммунизация", expect: ["first-project-immunisation"], top: 1 },
  { query: "представительство ЮНИСЕФ", expect: ["unicef-office-established"], top: 3 },
  { query: "охрана детства", expect: ["child-protection"], top: 1 },
  { query: "социальная политика", expect: ["social-policy-knowledge-management"], top: 1 },
  { query: "здоровье подростков", expect: ["child-adolescent-health"], top: 1 },
  { query: "ЦРТ плюс", expect: ["mdg-plus-agenda"], top: 1 },
  { query: "цели развития тысячелетия", expect: ["mdg-progress"], top: 3 },
  { query: "семьи группы риска", expect: ["child-protection"], top: 1 },
  { query: "отдаленные районы", expect: ["near-future-plans"], top: 1 },
  { query: "протоколы", expect: ["optional-protocols-signed"], top: 3 },
  // English
  { query: "measles", expect: ["first-project-immunisation"], top: 1 },
  { query: "polio-free", expect: ["polio-free-certification"], top: 3 },
  { query: "memorandum of understanding", expect: ["memorandum-child-rights"], top: 3 },
  { query: "armed conflict", expect: ["optional-protocol-armed-conflict"], top: 1 },
  { query: "child pornography", expect: ["optional-protocol-sale-of-children"], top: 1 },
  { query: "ratified", expect: ["basic-agreement-ratified"], top: 1 },
  { query: "Millennium Summit", expect: ["optional-protocols-signed"], top: 3 },
  { query: "knowledge management", expect: ["social-policy-knowledge-management"], top: 1 },
  { query: "MDG plus", expect: ["mdg-plus-agenda"], top: 1 },
  { query: "UNICEF office", expect: ["unicef-office-established"], top: 1 },
  { query: "immunization", expect: ["first-project-immunisation"], top: 1 },
  { query: "certified", expect: ["polio-free-certification"], top: 3 },
  // Russian in Latin letters
  { query: "poliomielit", expect: ["polio-free-certification"], top: 3 },
  { query: "Nazarbayev", expect: ["optional-protocols-signed"], top: 3 },
  { query: "Nazarbaev", expect: ["optional-protocols-signed"], top: 3 },
  { query: "Kukita", expect: ["memorandum-signed"], top: 3 },
  { query: "Shakirov", expect: ["memorandum-child-rights"], top: 3 },
  { query: "okhrana detstva", expect: ["child-protection"], top: 1 },
  { query: "memorandum Astana", expect: ["memorandum-signed"], top: 3 },
  // Typos
  { query: "memorandun", expect: ["memorandum-child-rights"], top: 3 },
  { query: "polimielit", expect: ["polio-free-certification"], top: 3 },
  { query: "ратифицированно", expect: ["basic-agreement-ratified"], top: 3 },
  { query: "measels", expect: ["first-project-immunisation"], top: 1 },
  { query: "Назарбаевв", expect: ["optional-protocols-signed"], top: 3 },
  { query: "иммунизацыя", expect: ["first-project-immunisation"], top: 1 },
  { query: "Шакиров", expect: ["memorandum-child-rights"], top: 3 },
  // The wrong keyboard layout
  { query: "gjkbjvbtkbn", expect: ["polio-free-certification"], top: 3 },
  { query: "vtvjhfylev", expect: ["memorandum-child-rights"], top: 3 },
  { query: "ьуьщкфтвгь", expect: ["memorandum-child-rights"], top: 3 },
  // Several words
  { query: "права детей Астана", expect: ["memorandum-signed"], top: 3 },
  { query: "сертификация ВОЗ полиомиелит", expect: ["polio-free-certification"], top: 3 },
  { query: "basic cooperation agreement 1994", expect: ["basic-cooperation-agreement"], top: 3 },
  // Nothing to find
  { query: "bitcoin", expect: [] },
  { query: "футбол", expect: [] },
  { query: "kubernetes cluster", expect: [] },
  { query: "qwzx", expect: [] },
];
