import assert from "node:assert/strict";
import { test } from "node:test";
import { within } from "../../src/ask/period.js";
import { parseQuestion, type Question } from "../../src/ask/question.js";

const cases: [string, Partial<Question>][] = [
  // What is asked, and the question words left out of the search
  [
    "когда ратифицировали основное соглашение",
    {
      asks: "date",
      lang: "ru",
      terms: ["ратифицировали", "основное", "соглашение"],
      stage: "ratified",
      kind: "agreement",
    },
  ],
  ["в каком году казахстан стал свободным", { asks: "date", lang: "ru", terms: ["казахстан", "свободным"] }],
  ["какого числа подписан меморандум", { asks: "date", terms: ["подписан", "меморандум"], stage: "signed" }],
  ["what year was the memorandum signed", { asks: "date", lang: "en", terms: ["memorandum", "signed"] }],
  ["дата подписания меморандума", { asks: "date", terms: ["подписания", "меморандума"] }],
  ["год подписания меморандума", { asks: "date", terms: ["подписания", "меморандума"] }],
  ["кто подписал меморандум?", { asks: "who", lang: "ru", terms: ["подписал", "меморандум"], parties: false }],
  ["by whom was the memorandum signed", { asks: "who", lang: "en", terms: ["memorandum", "signed"] }],
  ["между кем заключено соглашение", { asks: "who", parties: true, terms: ["соглашение"] }],
  ["who are the parties to the basic agreement", { asks: "who", parties: true, terms: ["basic", "agreement"] }],
  ["кто и когда подписал меморандум", { asks: "who", terms: ["подписал", "меморандум"] }],
  ["где подписали меморандум", { asks: "place", lang: "ru", terms: ["подписали", "меморандум"] }],
  ["in which city was the memorandum signed", { asks: "place", terms: ["memorandum", "signed"] }],
  ["когда и где подписали меморандум", { asks: "place" }],
  [
    "what is the child protection programme about",
    {
      asks: "what",
      lang: "en",
      terms: ["child", "protection", "programme"],
      subject: ["child", "protection"],
      kind: "program",
    },
  ],
  ["что такое црт плюс", { asks: "what", terms: ["црт", "плюс"] }],
  ["tell me about the first mission", { asks: "what", terms: ["first", "mission"] }],
  ["меморандум", { asks: "what", lang: "ru", terms: ["меморандум"] }],
  // A year's events, counts, lists
  ["что произошло в 2002 году", { asks: "year", period: within("2002"), terms: [] }],
  ["what happened in kazakhstan in 1994", { asks: "year", period: within("1994"), terms: ["kazakhstan"], subject: [] }],
  ["what did unicef do in 2007", { asks: "year", period: within("2007") }],
  ["what was ratified in 2001", { asks: "year", period: within("2001"), stage: "ratified" }],
  ["что подписал назарбаев в 2000 году", { asks: "what", period: within("2000"), subject: ["назарбаев"] }],
  ["сколько соглашений", { asks: "count", kind: "agreement", subject: [] }],
  ["how many programmes does unicef have", { asks: "count", kind: "program", subject: [] }],
  ["how many events happened in 1994", { asks: "count", kind: "event", period: within("1994"), terms: [] }],
  [
    "сколько соглашений подписал назарбаев",
    { asks: "count", kind: "agreement", stage: "signed", subject: ["назарбаев"] },
  ],
  ["how many times was kazakhstan certified", { asks: "count", times: true, subject: ["certified"] }],
  ["сколько раз казахстан сертифицирован", { asks: "count", times: true, subject: ["сертифицирован"] }],
  ["how many were signed", { asks: "count", times: false, stage: "signed", kind: undefined }],
  ["какие программы есть у юнисеф", { asks: "what", kind: "program", subject: [] }],
  ["list the agreements", { asks: "what", kind: "agreement", subject: [] }],
  ["перечисли программы юнисеф", { asks: "what", kind: "program", subject: [] }],
  ["что известно о меморандуме", { asks: "what", terms: ["меморандуме"] }],
  // A month or a day of a year
  ["what happened in june 2002", { asks: "year", period: within("2002-06"), terms: [] }],
  ["что произошло в июне 2002 года", { asks: "year", lang: "ru", period: within("2002-06"), terms: [] }],
  ["what happened on 18 february 2014", { asks: "year", period: within("2014-02-18"), terms: [] }],
  ["что случилось 25 ноября 1994", { asks: "year", period: within("1994-11-25") }],
  ["what happened in febuary 1992", { asks: "year", period: within("1992-02") }],
  ["events of june of 2002", { asks: "year", period: within("2002-06") }],
  ["what was signed in may", { asks: "what", period: undefined, terms: ["signed", "may"] }],
  // Several years, and spans of them
  ["what happened in 2002 and 2011", { asks: "year", period: within("2002", "2011"), terms: [] }],
  ["что было в 1992 и 1994 годах", { asks: "year", period: within("1992", "1994"), terms: [] }],
  ["what happened before 1994", { asks: "year", period: { to: { date: "1994", included: false } }, terms: [] }],
  ["что было до 1994 года", { asks: "year", period: { to: { date: "1994", included: false } }, terms: [] }],
  ["what happened after 2010", { asks: "year", period: { from: { date: "2010", included: false } } }],
  ["что произошло после 2010 года", { asks: "year", period: { from: { date: "2010", included: false } } }],
  ["events since 2010", { asks: "year", period: { from: { date: "2010", included: true } } }],
  ["what happened until june 2002", { asks: "year", period: { to: { date: "2002-06", included: true } } }],
  ["what happened before the 1990s", { asks: "year", period: { to: { date: "199", included: false } } }],
  ...[
    "what happened between 2000 and 2002",
    "from 2000 to 2002",
    "events of 2000-2002",
    "что было с 2000 по 2002 год",
  ].map((text): [string, Partial<Question>] => [
    text,
    {
      asks: "year",
      period: { from: { date: "2000", included: true }, to: { date: "2002", included: true } },
      terms: [],
    },
  ]),
  [
    "сколько соглашений подписано между 2000 и 2014 годом",
    {
      asks: "count",
      kind: "agreement",
      stage: "signed",
      period: { from: { date: "2000", included: true }, to: { date: "2014", included: true } },
    },
  ],
  // Years and spans as people write them.
  ["в 2002, 2007 и 2011 годах", { asks: "year", period: within("2002", "2007", "2011"), terms: [] }],
  ["в 2002 году и в 2011 году", { asks: "year", period: within("2002", "2011"), terms: [] }],
  ["what happened in 2002 or 2011", { asks: "year", period: within("2002", "2011"), terms: [] }],
  ["what happened in 1994-11", { asks: "year", period: within("1994-11"), terms: [] }],
  ["по 1994 год", { asks: "year", period: { to: { date: "1994", included: true } }, terms: [] }],
  ["до 1994г", { asks: "year", period: { to: { date: "1994", included: false } }, terms: [] }],
  ["prior to 1994", { asks: "year", period: { to: { date: "1994", included: false } }, terms: [] }],
  ["no later than 2001", { asks: "year", period: { to: { date: "2001", included: true } }, terms: [] }],
  ["later than 2010", { asks: "year", period: { from: { date: "2010", included: false } }, terms: [] }],
  ["after 1992-02", { asks: "year", period: { from: { date: "1992-02", included: false } }, terms: [] }],
  ...["с 2000-го по 2002-й", "в период с 2000 по 2002 год", "in 2000-2002", "between 2002 and 2000"].map(
    (text): [string, Partial<Question>] => [
      text,
      {
        asks: "year",
        period: { from: { date: "2000", included: true }, to: { date: "2002", included: true } },
        terms: [],
      },
    ],
  ),
  // A span word with a typo, a date after it.
  ["what happend befor 1994", { asks: "year", period: { to: { date: "1994", included: false } }, terms: [] }],
  ["посел 2010", { asks: "year", period: { from: { date: "2010", included: false } }, terms: [] }],
  [
    "betwen 2000 and 2002",
    { asks: "year", period: { from: { date: "2000", included: true }, to: { date: "2002", included: true } } },
  ],
  // Named the other way round, the same span.
  [
    "what happened between 2002 and 1994",
    { asks: "year", period: { from: { date: "1994", included: true }, to: { date: "2002", included: true } } },
  ],
  ["с кем подписан меморандум", { asks: "who", party: "with", period: undefined }],
  ["since when has unicef worked in kazakhstan", { asks: "date", period: undefined }],
  // Who signed with someone, or for someone
  ["whom did unicef sign the memorandum with", { asks: "who", party: "with", terms: ["unicef", "sign", "memorandum"] }],
  ["с кем юнисеф подписал меморандум", { asks: "who", party: "with" }],
  ["кто подписал меморандум со стороны юнисеф", { asks: "who", parties: false, party: "for" }],
  ["who signed on behalf of unicef", { asks: "who", party: "for" }],
  ["когда юнисеф подписал меморандум с уполномоченным", { asks: "date", party: undefined }],
  // UNICEF's work and its beginning, typos in them too
  ["when did unicef begin its work in kazakhstan", { asks: "date", subject: ["begin"] }],
  ["с какого года юнисеф работает в казахстане", { asks: "date", subject: [] }],
  ["what does unisef do in kazahstan", { asks: "what", subject: [] }],
  // Typos, Latin letters, the wrong layout
  ["wen was the agreement ratified", { asks: "date", lang: "en", terms: ["agreement", "ratified"], stage: "ratified" }],
  ["how did unicef start", { asks: "what", terms: ["unicef", "start"] }],
  ["how many evnts", { asks: "count", kind: "event", terms: [] }],
  ["сколько саглашений", { asks: "count", kind: "agreement" }],
  ["когда подпесали меморандум", { asks: "date", stage: "signed" }],
  ["what happend in 1994", { asks: "year", period: within("1994"), terms: [] }],
  ["сколько всего событий в базе", { asks: "count", kind: "event", subject: [] }],
  ["when was the basic agreement signed and ratified", { asks: "date", stage: undefined }],
  ["wehn was the memorandum signed", { asks: "date", lang: "en", terms: ["memorandum", "signed"] }],
  ["кагда подписали меморандум", { asks: "date", lang: "ru", terms: ["подписали", "меморандум"] }],
  ["hwo signed it", { asks: "who", lang: "en", terms: ["signed"] }],
  ["the memorandum", { asks: "what", terms: ["memorandum"] }],
  ["kogda podpisali memorandum", { asks: "date", lang: "ru", terms: ["podpisali", "memorandum"], stage: "signed" }],
  ["chto proizoshlo v 2002 godu", { asks: "year", lang: "ru", period: within("2002") }],
  ["v kakom godu podpisali memorandum", { asks: "date", lang: "ru" }],
  // A Russian milestone typed with the Latin layout on is read as meant (its stage counts); other
  // words are searched as typed, which search reads in both layouts.
  ["rjulf gjlgbcfkb vtvjhfylev", { asks: "date", lang: "ru", terms: ["подписали", "vtvjhfylev"], stage: "signed" }],
  ["црщ ышптув еру ьуьщкфтвгь", { asks: "who", lang: "en", terms: ["ышптув", "ьуьщкфтвгь"] }],
  // Keys that are letters only in the Russian layout (",": б, ".": ю) keep a word whole.
  ["rnj jv,elcvty", { asks: "who", lang: "ru", terms: ["омбудсмен"] }],
  ["crjkmrj ghjuhfvv e .ybctaf", { asks: "count", kind: "program" }],
  ["what are unicef's programmes", { asks: "what", terms: ["unicef", "programmes"] }],
  // Language without question words
  ["memorandum Astana", { asks: "what", lang: "en" }],
  ["unicef's plans", { asks: "what", lang: "en", terms: ["unicef", "plans"] }],
  ["o memorandume", { asks: "what", lang: "ru", terms: ["memorandume"] }],
  ["2002", { asks: "year", lang: undefined, period: within("2002") }],
];

for (const [text, expected] of cases) {
  test(`parseQuestion: ${text}`, () => {
    const question = parseQuestion(text);
    const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, question[key as keyof Question]]));
    assert.deepEqual(picked, expected);
  });
}

test("parseQuestion reads only the first 32 words", () => {
  assert.equal(parseQuestion(`когда ${"меморандум ".repeat(100)}`).terms.length, 31);
});
