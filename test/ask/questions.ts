import {
  AGREEMENTS,
  BASIC_AGREEMENT_EN,
  FIRST_MISSION_EN,
  FIRST_MISSION_RU,
  MEMORANDUM_SIGNED_EN,
  MEMORANDUM_SIGNED_RU,
  MEMORANDUM_WHO_EN,
  MEMORANDUM_WHO_RU,
  NO_ANSWER_EN,
  NO_ANSWER_RU,
  PROGRAMS,
  PROTOCOL_TITLES_EN,
  PROTOCOL_TITLES_RU,
  PROTOCOLS,
  type QuestionCase,
} from "./expected.js";
import { SECOND_TRIAL_CASES } from "./questions-second-trial.js";
import { TRIAL_CASES } from "./questions-trial.js";

/** The question set: the questions written with `ask`, then those of the new-user trial (questions-trial.ts). */
export const QUESTION_CASES: QuestionCase[] = [
  // Russian: dates
  {
    question: "когда ратифицировали основное соглашение",
    asks: "date",
    facts: ["basic-agreement-ratified"],
    answer: "10 апреля 2001 — Ратифицировано Основное соглашение о сотрудничестве.",
  },
  {
    question: "в каком году казахстан стал свободным от полиомиелита",
    asks: "date",
    facts: ["polio-free-certification"],
    answer: "Июнь 2002 — Казахстан сертифицирован как страна, свободная от полиомиелита.",
  },
  {
    question: "Когда Казахстан был сертифицирован как страна, свободная от полиомиелита?",
    asks: "date",
    facts: ["polio-free-certification"],
    answer: "Июнь 2002 — Казахстан сертифицирован как страна, свободная от полиомиелита.",
  },
  {
    question: "в каком году казахстан повторно сертифицирован",
    asks: "date",
    facts: ["polio-free-recertification"],
    answer: "2011 — Повторная сертификация Казахстана как страны, свободной от полиомиелита.",
  },
  {
    question: "когда открылось представительство юнисеф",
    asks: "date",
    facts: ["unicef-office-established"],
    answer: "Источник не называет даты; сказано лишь: не позднее 1994 года.",
  },
  {
    question: "когда была первая миссия юнисеф в казахстан",
    asks: "date",
    facts: ["first-mission"],
    answer: "Февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.",
  },
  {
    question: "когда начался первый проект юнисеф?",
    asks: "date",
    facts: ["first-project-immunisation"],
    answer: "Источник не называет даты; сказано лишь: не ранее февраля 1992 года.",
  },
  {
    question: "когда подписано основное соглашение о сотрудничестве",
    asks: "date",
    facts: ["basic-agreement-signed"],
    answer: "25 ноября 1994 — Подписано Основное соглашение о сотрудничестве.",
  },
  {
    question: "когда правительство приняло повестку црт плюс",
    asks: "date",
    facts: ["mdg-plus-agenda"],
    answer: "2007 — Правительство РК приняло обязательства по повестке «ЦРТ плюс».",
  },
  {
    question: "какого числа подписан меморандум",
    asks: "date",
    facts: ["memorandum-signed"],
    answer: MEMORANDUM_SIGNED_RU,
  },
  {
    question: "когда был достигнут прогресс по целям развития тысячелетия",
    asks: "date",
    facts: ["mdg-progress"],
    answer: "Источник не называет даты.",
  },
  {
    question: "когда юнисеф и воз провели первую миссию",
    asks: "date",
    facts: ["first-mission"],
    answer: "Февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.",
  },
  // Russian: who, where
  { question: "кто подписал меморандум?", asks: "who", facts: ["memorandum-child-rights"], answer: MEMORANDUM_WHO_RU },
  {
    question: "кем подписан меморандум о взаимопонимании",
    asks: "who",
    facts: ["memorandum-child-rights"],
    answer: MEMORANDUM_WHO_RU,
  },
  {
    question: "кто подписал факультативные протоколы",
    asks: "who",
    facts: PROTOCOLS,
    answer: "Н. Назарбаев, Президент Республики Казахстан. Подписано: сентябрь 2000. Место: Саммит тысячелетия.",
  },
  {
    question: "между кем заключено основное соглашение",
    asks: "who",
    facts: ["basic-cooperation-agreement"],
    answer:
      "Стороны: Правительство Республики Казахстан; Детский фонд ООН (ЮНИСЕФ). Подписано: 25 ноября 1994. Ратифицировано: 10 апреля 2001.",
  },
  {
    question: "кто такой аскар шакиров",
    asks: "who",
    facts: ["memorandum-child-rights"],
    answer: "Аскар Шакиров, Уполномоченный по правам человека. Подписано: 18 февраля 2014. Место: Астана.",
  },
  {
    question: "где подписали меморандум",
    asks: "place",
    facts: ["memorandum-child-rights"],
    answer: "Астана. Подписано: 18 февраля 2014.",
  },
  {
    question: "где были подписаны факультативные протоколы?",
    asks: "place",
    facts: PROTOCOLS,
    answer: "Саммит тысячелетия. Подписано: сентябрь 2000.",
  },
  // Russian: what
  {
    question: "что такое црт плюс",
    asks: "what",
    facts: ["mdg-plus-agenda"],
    answer:
      "Правительство РК приняло на себя обязательства по повестке «ЦРТ плюс», в которой содержатся дополнительные цели, разработанные на основе анализа национальных приоритетов и статистики.",
  },
  {
    question: "какой был первый проект юнисеф",
    asks: "what",
    facts: ["first-project-immunisation"],
    answer:
      "Первая миссия положила начало деятельности ЮНИСЕФ в Казахстане, и первым проектом ЮНИСЕФ стала иммунизация всех детей против кори и полиомиелита.",
  },
  {
    question: "чем занимается программа охрана детства",
    asks: "what",
    facts: ["child-protection"],
    answer:
      "В области защиты прав детей в Казахстане остаются нерешенными вопросы раннего выявления семей группы риска с целью оказания им своевременного содействия по сохранению семьи, социализации и реабилитации.",
  },
  {
    question: "какие планы у юнисеф на ближайшую перспективу",
    asks: "what",
    facts: ["near-future-plans"],
    answer:
      "ЮНИСЕФ продолжит работу по улучшению жизни детей Казахстана, в особенности детей, живущих в отдаленных районах и уязвимых сообществах, а также работу по усовершенствованию законодательной системы РК в области охраны прав ребенка.",
  },
  {
    question: "в каких направлениях работает юнисеф",
    asks: "what",
    facts: PROGRAMS,
    answer:
      "3 программы: Социальная политика и управление знаниями; Здоровье и развитие детей и подростков; Охрана детства.",
  },
  {
    question: "какое соглашение ратифицировано",
    asks: "what",
    facts: ["basic-cooperation-agreement"],
    answer:
      "Ратифицировано 1 соглашение: Основное соглашение о сотрудничестве между Правительством Республики Казахстан и Детским Фондом ООН.",
  },
  // Russian: years and counts
  {
    question: "что произошло в 2002 году",
    asks: "year",
    facts: ["polio-free-certification"],
    answer: "В 2002 году: июнь 2002 — Казахстан сертифицирован как страна, свободная от полиомиелита.",
  },
  {
    question: "что было в 1994 году?",
    asks: "year",
    facts: ["regular-programmes-start", "basic-agreement-signed"],
    answer:
      "В 1994 году: Начало работы по регулярным программам Правительства РК и ЮНИСЕФ; 25 ноября 1994 — Подписано Основное соглашение о сотрудничестве.",
  },
  { question: "что произошло в 1999 году", asks: "year", facts: [], answer: "Источник не называет событий 1999 года." },
  {
    question: "сколько соглашений",
    asks: "count",
    facts: AGREEMENTS,
    answer: `4 соглашения: Основное соглашение о сотрудничестве между Правительством Республики Казахстан и Детским Фондом ООН; ${PROTOCOL_TITLES_RU}; Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.`,
  },
  {
    question: "сколько программ у юнисеф",
    asks: "count",
    facts: PROGRAMS,
    answer:
      "3 программы: Социальная политика и управление знаниями; Здоровье и развитие детей и подростков; Охрана детства.",
  },
  {
    question: "сколько соглашений подписал назарбаев",
    asks: "count",
    facts: PROTOCOLS,
    answer: `Подписано 2 соглашения: ${PROTOCOL_TITLES_RU}.`,
  },
  {
    question: "сколько событий произошло в 2014 году",
    asks: "count",
    facts: ["memorandum-signed"],
    answer:
      "1 событие в 2014 году: В Астане подписан Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.",
  },
  // Russian: typos, Latin letters, the wrong keyboard layout, nothing to find
  { question: "кагда подписали меморандум", asks: "date", facts: ["memorandum-signed"], answer: MEMORANDUM_SIGNED_RU },
  {
    question: "когда ратифицированно основное саглашение",
    asks: "date",
    facts: ["basic-agreement-ratified"],
    answer: "10 апреля 2001 — Ратифицировано Основное соглашение о сотрудничестве.",
  },
  { question: "rjulf gjlgbcfkb vtvjhfylev", asks: "date", facts: ["memorandum-signed"], answer: MEMORANDUM_SIGNED_RU },
  { question: "kto podpisal memorandum", asks: "who", facts: ["memorandum-child-rights"], answer: MEMORANDUM_WHO_RU },
  {
    question: "kogda kazakhstan sertifitsirovan kak strana svobodnaya ot poliomielita",
    asks: "date",
    facts: ["polio-free-certification"],
    answer: "Июнь 2002 — Казахстан сертифицирован как страна, свободная от полиомиелита.",
  },
  { question: "кто изобрел интернет", asks: "who", facts: [], answer: NO_ANSWER_RU },
  // English: dates
  {
    question: "when was the basic cooperation agreement ratified?",
    asks: "date",
    facts: ["basic-agreement-ratified"],
    answer: "10 April 2001 — Basic Cooperation Agreement ratified.",
  },
  {
    question: "When was Kazakhstan certified polio-free?",
    asks: "date",
    facts: ["polio-free-certification"],
    answer: "June 2002 — Kazakhstan certified polio-free.",
  },
  {
    question: "when was kazakhstan recertified as polio free",
    asks: "date",
    facts: ["polio-free-recertification"],
    answer: "2011 — Kazakhstan certified polio-free again.",
  },
  {
    question: "when did unicef start working in kazakhstan",
    asks: "date",
    facts: ["first-mission"],
    answer: "February 1992 — First UNICEF and WHO mission to independent Kazakhstan.",
  },
  {
    question: "When did UNICEF first come to Kazakhstan?",
    asks: "date",
    facts: ["first-mission"],
    answer: "February 1992 — First UNICEF and WHO mission to independent Kazakhstan.",
  },
  {
    question: "what year was the memorandum signed",
    asks: "date",
    facts: ["memorandum-signed"],
    answer: MEMORANDUM_SIGNED_EN,
  },
  {
    question: "wehn was the first mission",
    asks: "date",
    facts: ["first-mission"],
    answer: "February 1992 — First UNICEF and WHO mission to independent Kazakhstan.",
  },
  {
    question: "when was the unicef office established",
    asks: "date",
    facts: ["unicef-office-established"],
    answer: "The source gives no date; it says only: no later than 1994.",
  },
  {
    question: "when did nazarbayev sign the optional protocols",
    asks: "date",
    facts: ["optional-protocols-signed"],
    answer: "September 2000 — Optional Protocols to the Convention on the Rights of the Child signed.",
  },
  {
    question: "when were the regular programmes launched",
    asks: "date",
    facts: ["regular-programmes-start"],
    answer: "1994 — Regular programmes of the Government of Kazakhstan and UNICEF begin.",
  },
  // English: who, where
  {
    question: "who signed the optional protocols",
    asks: "who",
    facts: PROTOCOLS,
    answer: "N. Nazarbayev, President of the Republic of Kazakhstan. Signed: September 2000. Place: Millennium Summit.",
  },
  {
    question: "Who signed the memorandum of understanding?",
    asks: "who",
    facts: ["memorandum-child-rights"],
    answer: MEMORANDUM_WHO_EN,
  },
  {
    question: "who are the parties to the basic agreement",
    asks: "who",
    facts: ["basic-cooperation-agreement"],
    answer:
      "Parties: Government of the Republic of Kazakhstan; United Nations Children's Fund (UNICEF). Signed: 25 November 1994. Ratified: 10 April 2001.",
  },
  {
    question: "who is jun kukita",
    asks: "who",
    facts: ["memorandum-child-rights"],
    answer:
      "Jun Kukita, Representative of the United Nations Children's Fund (UNICEF). Signed: 18 February 2014. Place: Astana.",
  },
  {
    question: "where was the memorandum signed",
    asks: "place",
    facts: ["memorandum-child-rights"],
    answer: "Astana. Signed: 18 February 2014.",
  },
  {
    question: "where was the basic cooperation agreement signed",
    asks: "place",
    facts: ["basic-cooperation-agreement"],
    answer: "The source names no place. Signed: 25 November 1994. Ratified: 10 April 2001.",
  },
  { question: "who is the president of france", asks: "who", facts: [], answer: NO_ANSWER_EN },
  // English: what
  {
    question: "what is the child protection programme about",
    asks: "what",
    facts: ["child-protection"],
    answer:
      "In protecting children's rights in Kazakhstan, the early identification of families at risk, so that they can be given timely help to preserve the family, with socialisation and with rehabilitation, remains an unresolved issue.",
  },
  {
    question: "what is the mdg plus agenda",
    asks: "what",
    facts: ["mdg-plus-agenda"],
    answer:
      'The Government of the Republic of Kazakhstan committed itself to the "MDG plus" agenda, which contains additional goals developed on the basis of an analysis of national priorities and statistics.',
  },
  {
    question: "what was unicef's first project in kazakhstan",
    asks: "what",
    facts: ["first-project-immunisation"],
    answer:
      "The first mission began UNICEF's work in Kazakhstan, and UNICEF's first project was the immunisation of all children against measles and polio.",
  },
  {
    question: "what are unicef's plans for the future",
    asks: "what",
    facts: ["near-future-plans"],
    answer:
      "UNICEF will continue its work to improve the lives of children in Kazakhstan, especially children living in remote areas and vulnerable communities, as well as its work to improve the legislative system of the Republic of Kazakhstan in the protection of children's rights.",
  },
  {
    question: "what is the optional protocol on armed conflict",
    asks: "what",
    facts: ["optional-protocol-armed-conflict"],
    answer:
      "Signed by the President of the Republic of Kazakhstan, N. Nazarbayev, at the Millennium Summit in September 2000.",
  },
  {
    question: "whats the social policy and knowledge management programme",
    asks: "what",
    facts: ["social-policy-knowledge-management"],
    answer:
      "UNICEF supports the collection of information on the situation of children and women, and of marginalised and the most vulnerable groups. The UNICEF Office in Kazakhstan studies the coverage and impact of national development programmes, strategies, Kazakhstan's legislation and public initiatives on the rights of children and women.",
  },
  {
    question: "which agreements were signed in 2000",
    asks: "what",
    facts: PROTOCOLS,
    answer: `2 agreements signed in 2000: ${PROTOCOL_TITLES_EN}.`,
  },
  // English: years and counts
  {
    question: "what happened in 2014",
    asks: "year",
    facts: ["memorandum-signed"],
    answer: `In 2014: ${MEMORANDUM_SIGNED_EN}`,
  },
  {
    question: "what happened in 1992?",
    asks: "year",
    facts: ["first-mission"],
    answer: "In 1992: February 1992 — First UNICEF and WHO mission to independent Kazakhstan.",
  },
  {
    question: "what did unicef do in 2007",
    asks: "year",
    facts: ["mdg-plus-agenda"],
    answer: 'In 2007: Government of Kazakhstan commits to the "MDG plus" agenda.',
  },
  {
    question: "how many agreements",
    asks: "count",
    facts: AGREEMENTS,
    answer: `4 agreements: ${BASIC_AGREEMENT_EN}; ${PROTOCOL_TITLES_EN}; Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan.`,
  },
  {
    question: "how many programmes does unicef have in kazakhstan?",
    asks: "count",
    facts: PROGRAMS,
    answer:
      "3 programmes: Social policy and knowledge management; Child and adolescent health and development; Child protection.",
  },
  {
    question: "how many agreements were ratified",
    asks: "count",
    facts: ["basic-cooperation-agreement"],
    answer: `1 agreement ratified: ${BASIC_AGREEMENT_EN}.`,
  },
  {
    question: "how many events happened in 1994",
    asks: "count",
    facts: ["regular-programmes-start", "basic-agreement-signed"],
    answer:
      "2 events in 1994: Regular programmes of the Government of Kazakhstan and UNICEF begin; Basic Cooperation Agreement signed.",
  },
  // More, written before the program was run on them
  {
    question: "когда подписали меморандум о защите прав детей",
    asks: "date",
    facts: ["memorandum-signed"],
    answer: MEMORANDUM_SIGNED_RU,
  },
  {
    question: "в каком году подписали основное соглашение",
    asks: "date",
    facts: ["basic-agreement-signed"],
    answer: "25 ноября 1994 — Подписано Основное соглашение о сотрудничестве.",
  },
  {
    question: "кто подписал основное соглашение",
    asks: "who",
    facts: ["basic-cooperation-agreement"],
    answer:
      "Источник не называет подписавших. Стороны: Правительство Республики Казахстан; Детский фонд ООН (ЮНИСЕФ). Подписано: 25 ноября 1994. Ратифицировано: 10 апреля 2001.",
  },
  {
    question: "что подписал назарбаев",
    asks: "what",
    facts: ["optional-protocols-signed"],
    answer:
      "На Саммите тысячелетия Президент Республики Казахстан Н. Назарбаев подписал факультативные протоколы к Конвенции о правах ребенка: о торговле детьми, детской проституции и детской порнографии и об участии детей в вооруженных конфликтах.",
  },
  {
    question: "сколько направлений деятельности у юнисеф",
    asks: "count",
    facts: PROGRAMS,
    answer:
      "3 программы: Социальная политика и управление знаниями; Здоровье и развитие детей и подростков; Охрана детства.",
  },
  {
    question: "какие события были в 2011 году",
    asks: "year",
    facts: ["polio-free-recertification"],
    answer: "В 2011 году: Повторная сертификация Казахстана как страны, свободной от полиомиелита.",
  },
  {
    question: "когда произошла повторная сертификация",
    asks: "date",
    facts: ["polio-free-recertification"],
    answer: "2011 — Повторная сертификация Казахстана как страны, свободной от полиомиелита.",
  },
  {
    question: "кто провел первую миссию",
    asks: "who",
    facts: ["first-mission"],
    answer: FIRST_MISSION_RU,
  },
  {
    question: "что юнисеф планирует делать дальше",
    asks: "what",
    facts: ["near-future-plans"],
    answer:
      "ЮНИСЕФ продолжит работу по улучшению жизни детей Казахстана, в особенности детей, живущих в отдаленных районах и уязвимых сообществах, а также работу по усовершенствованию законодательной системы РК в области охраны прав ребенка.",
  },
  {
    question: "когда казахстан взял обязательства по црт плюс",
    asks: "date",
    facts: ["mdg-plus-agenda"],
    answer: "2007 — Правительство РК приняло обязательства по повестке «ЦРТ плюс».",
  },
  {
    question: "when was the memorandum on children's rights signed",
    asks: "date",
    facts: ["memorandum-signed"],
    answer: MEMORANDUM_SIGNED_EN,
  },
  {
    question: "who signed the basic cooperation agreement",
    asks: "who",
    facts: ["basic-cooperation-agreement"],
    answer:
      "The source names no signatories. Parties: Government of the Republic of Kazakhstan; United Nations Children's Fund (UNICEF). Signed: 25 November 1994. Ratified: 10 April 2001.",
  },
  {
    question: "what happened in 2011",
    asks: "year",
    facts: ["polio-free-recertification"],
    answer: "In 2011: Kazakhstan certified polio-free again.",
  },
  {
    question: "how many programs",
    asks: "count",
    facts: PROGRAMS,
    answer:
      "3 programmes: Social policy and knowledge management; Child and adolescent health and development; Child protection.",
  },
  {
    question: "when did the mdg plus agenda start",
    asks: "date",
    facts: ["mdg-plus-agenda"],
    answer: '2007 — Government of Kazakhstan commits to the "MDG plus" agenda.',
  },
  {
    question: "where did nazarbayev sign the optional protocols",
    asks: "place",
    facts: PROTOCOLS,
    answer: "Millennium Summit. Signed: September 2000.",
  },
  {
    question: "what does the health programme cover",
    asks: "what",
    facts: ["child-adolescent-health"],
    answer:
      "In June 2002 (and again in 2011) Kazakhstan was certified by the World Health Organization (WHO) and UNICEF as a polio-free country.",
  },
  {
    question: "who signed the memorandum in astana",
    asks: "who",
    facts: ["memorandum-child-rights"],
    answer: MEMORANDUM_WHO_EN,
  },
  {
    question: "when was unicef's first project",
    asks: "date",
    facts: ["first-project-immunisation"],
    answer: "The source gives no date; it says only: not before February 1992.",
  },
  {
    question: "tell me about the first mission",
    asks: "what",
    facts: ["first-mission"],
    answer: FIRST_MISSION_EN,
  },
  { question: "what is the weather in almaty", asks: "what", facts: [], answer: NO_ANSWER_EN },
  {
    question: "how many agreements did kazakhstan sign in 2014",
    asks: "count",
    facts: ["memorandum-child-rights"],
    answer:
      "1 agreement signed in 2014: Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan.",
  },
  {
    question: "what was ratified in 2001",
    asks: "year",
    facts: ["basic-agreement-ratified"],
    answer: "In 2001: 10 April 2001 — Basic Cooperation Agreement ratified.",
  },
  { question: "црщ ышптув еру ьуьщкфтвгь", asks: "who", facts: ["memorandum-child-rights"], answer: MEMORANDUM_WHO_EN },
  // Phrasings tried while building ask, kept as they came out right or wrong
  {
    question: "who was the unicef representative",
    asks: "who",
    facts: ["memorandum-child-rights"],
    answer:
      "Jun Kukita, Representative of the United Nations Children's Fund (UNICEF). Signed: 18 February 2014. Place: Astana.",
  },
  {
    question: "в каком месяце подписаны протоколы",
    asks: "date",
    facts: ["optional-protocols-signed"],
    answer: "Сентябрь 2000 — Подписаны факультативные протоколы к Конвенции о правах ребенка.",
  },
  {
    question: "what month was kazakhstan certified polio free",
    asks: "date",
    facts: ["polio-free-certification"],
    answer: "June 2002 — Kazakhstan certified polio-free.",
  },
  {
    question: "when did Kazakhstan get the polio-free certificate for the first time",
    asks: "date",
    facts: ["polio-free-certification"],
    answer: "June 2002 — Kazakhstan certified polio-free.",
  },
  {
    question: "когда казахстан получил сертификат страны свободной от полиомиелита",
    asks: "date",
    facts: ["polio-free-certification"],
    answer: "Июнь 2002 — Казахстан сертифицирован как страна, свободная от полиомиелита.",
  },
  {
    question: "between whom was the basic cooperation agreement signed",
    asks: "who",
    facts: ["basic-cooperation-agreement"],
    answer:
      "Parties: Government of the Republic of Kazakhstan; United Nations Children's Fund (UNICEF). Signed: 25 November 1994. Ratified: 10 April 2001.",
  },
  {
    question: "events of 1994",
    asks: "year",
    facts: ["regular-programmes-start", "basic-agreement-signed"],
    answer:
      "In 1994: Regular programmes of the Government of Kazakhstan and UNICEF begin; 25 November 1994 — Basic Cooperation Agreement signed.",
  },
  {
    question: "события 2014 года",
    asks: "year",
    facts: ["memorandum-signed"],
    answer: `В 2014 году: ${MEMORANDUM_SIGNED_RU}`,
  },
  {
    question: "when did the measles vaccination start",
    asks: "date",
    facts: ["first-project-immunisation"],
    answer: "The source gives no date; it says only: not before February 1992.",
  },
  {
    question: "what is the optional protocol about child soldiers",
    asks: "what",
    facts: ["optional-protocol-armed-conflict"],
    answer:
      "Signed by the President of the Republic of Kazakhstan, N. Nazarbayev, at the Millennium Summit in September 2000.",
  },
  {
    question: "какие соглашения подписал казахстан",
    asks: "what",
    facts: AGREEMENTS,
    answer: `Подписано 4 соглашения: Основное соглашение о сотрудничестве между Правительством Республики Казахстан и Детским Фондом ООН; ${PROTOCOL_TITLES_RU}; Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.`,
  },
  ...TRIAL_CASES,
  ...SECOND_TRIAL_CASES,
];
