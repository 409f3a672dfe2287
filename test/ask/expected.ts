import type { Asks } from "../../src/ask/lexicon.js";

/**
 * A question as people ask it, with what it asks, the facts that answer it (in order) and the
 * exact answer line. Written from the source, not from the program's output: a question the
 * program gets wrong stays in the set, counted as missed.
 */
export interface QuestionCase {
  question: string;
  asks: Asks;
  facts: string[];
  answer: string;
}

/** Question cases written as rows: the question, what it asks, the facts, the answer. */
export type QuestionRow = [question: string, asks: Asks, facts: string[], answer: string];

export function casesOf(rows: readonly QuestionRow[]): QuestionCase[] {
  return rows.map(([question, asks, facts, answer]) => ({ question, asks, facts, answer }));
}

// Answers that several questions of the set share, written from the source.
export const FIRST_MISSION_DATE_EN = "February 1992 — First UNICEF and WHO mission to independent Kazakhstan.";
export const FIRST_MISSION_DATE_RU = "Февраль 1992 — Первая миссия ЮНИСЕФ и ВОЗ в независимый Казахстан.";
export const MEMORANDUM_SIGNED_RU =
  "18 февраля 2014 — В Астане подписан Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане.";
export const MEMORANDUM_SIGNED_EN =
  "18 February 2014 — Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan signed in Astana.";
export const MEMORANDUM_WHO_RU =
  "Джун Кукита, Представитель Детского фонда ООН (ЮНИСЕФ), и Аскар Шакиров, Уполномоченный по правам человека. Подписано: 18 февраля 2014. Место: Астана.";
export const MEMORANDUM_WHO_EN =
  "Jun Kukita, Representative of the United Nations Children's Fund (UNICEF), and Askar Shakirov, Commissioner for Human Rights. Signed: 18 February 2014. Place: Astana.";
export const PROTOCOLS = ["optional-protocol-sale-of-children", "optional-protocol-armed-conflict"];
export const PROTOCOL_TITLES_RU =
  "Факультативный протокол к Конвенции «О правах ребенка, касающийся торговли детьми, детской проституции и детской порнографии»; Факультативный протокол к Конвенции «О правах ребенка, касающийся участия детей в вооруженных конфликтах»";
export const PROTOCOL_TITLES_EN =
  "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography; Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";
export const AGREEMENTS = ["basic-cooperation-agreement", ...PROTOCOLS, "memorandum-child-rights"];
export const PROGRAMS = ["social-policy-knowledge-management", "child-adolescent-health", "child-protection"];
export const BASIC_AGREEMENT_EN =
  "Basic Cooperation Agreement between the Government of the Republic of Kazakhstan and the United Nations Children's Fund";
export const NO_ANSWER_RU = "В источнике нет факта, который отвечает на этот вопрос.";
export const NO_ANSWER_EN = "No fact in the source answers this question.";
export const BASIC_AGREEMENT_RU =
  "Основное соглашение о сотрудничестве между Правительством Республики Казахстан и Детским Фондом ООН";
export const MEMORANDUM_EN =
  "Memorandum of Understanding on the protection and promotion of children's rights in Kazakhstan";
export const MEMORANDUM_RU = "Меморандум о взаимопонимании в сфере защиты и поощрения прав детей в Казахстане";
export const PROGRAMMES_EN =
  "3 programmes: Social policy and knowledge management; Child and adolescent health and development; Child protection.";
export const PROGRAMMES_RU =
  "3 программы: Социальная политика и управление знаниями; Здоровье и развитие детей и подростков; Охрана детства.";
export const FIRST_MISSION_EN =
  "The United Nations Children's Fund and the World Health Organization organised the first mission to independent Kazakhstan to assess the situation of children. This mission began UNICEF's work in Kazakhstan.";
export const FIRST_MISSION_RU =
  "Детский фонд ООН и Всемирная организация здравоохранения организовали первую миссию в независимый Казахстан для проведения оценки положения детей. Эта миссия положила начало деятельности ЮНИСЕФ в Казахстане.";
