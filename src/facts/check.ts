import { NAME_LENGTH, quote } from "../errors.js";
import { isSurelyBefore } from "./dates.js";
import { formatPath, type Problem } from "./problems.js";
import type { Fact, Milestone, RelativeDate } from "./schema.js";

/** An id in a message, quoted as JSON writes it: a newline in it stays \n, not a line of its own. */
const named = (id: string) => quote(id, NAME_LENGTH);

/** What of a fact its links are checked by: a fact, or this much of one (see factLinks). */
export type FactLinks = { id: string; related: readonly string[] } & (
  | { kind: "event"; date?: string; relativeDate?: RelativeDate }
  | { kind: "program" }
  | { kind: "agreement"; milestones: readonly Milestone[] }
);

/** The part of a fact that `checkFactLinks` reads, so that the rest of it need not be kept. */
export function factLinks(fact: Fact): FactLinks {
  const { id, related } = fact;
  if (fact.kind === "event") return { id, related, kind: fact.kind, date: fact.date, relativeDate: fact.relativeDate };
  if (fact.kind === "agreement") return { id, related, kind: fact.kind, milestones: fact.milestones };
  return { id, related, kind: fact.kind };
}

/** Checks what the schema alone cannot: unique ids, links that resolve, milestones in order. */
export function checkFactLinks(facts: readonly FactLinks[]): Problem[] {
  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  facts.forEach((fact, index) => {
    const first = firstIndex.get(fact.id);
    if (first === undefined) firstIndex.set(fact.id, index);
    else
      problems.push({
        path: formatPath(["facts", index, "id"]),
        message: `duplicate id ${named(fact.id)} (already used by facts[${first}]); ids must be unique`,
      });
  });
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  facts.forEach((fact, index) => {
    fact.related.forEach((id, linkIndex) => {
      if (!byId.has(id))
        problems.push({
          path: formatPath(["facts", index, "related", linkIndex]),
          message: `links to ${named(id)}, but no fact has that id`,
        });
    });
    // One at a time: spreading a data-sized array into push() passes each item on the stack.
    if (fact.kind === "agreement") for (const problem of checkMilestones(fact, index, byId)) problems.push(problem);
    if (fact.kind === "event" && fact.relativeDate) {
      for (const problem of checkRelativeDate(fact, index, byId)) problems.push(problem);
    }
  });
  return problems;
}

/** An event dated by another: it has no date of its own, and the other is a dated event. */
function checkRelativeDate(
  event: Extract<FactLinks, { kind: "event" }>,
  index: number,
  byId: ReadonlyMap<string, FactLinks>,
): Problem[] {
  const path = formatPath(["facts", index, "relativeDate"]);
  if (event.date !== undefined) {
    return [{ path, message: "an event has either a date or a relativeDate, not both; keep the one the source gives" }];
  }
  const anchor = event.relativeDate && byId.get(event.relativeDate.event);
  if (anchor === undefined) {
    return [
      { path: `${path}.event`, message: `links to ${named(event.relativeDate?.event ?? "")}, but no fact has that id` },
    ];
  }
  if (anchor.kind !== "event" || anchor.date === undefined) {
    return [
      { path: `${path}.event`, message: `${named(anchor.id)} must be a dated event (this event is dated by it)` },
    ];
  }
  return [];
}

function checkMilestones(
  agreement: Extract<FactLinks, { kind: "agreement" }>,
  index: number,
  byId: ReadonlyMap<string, FactLinks>,
): Problem[] {
  const problems: Problem[] = [];
  const dates = new Map<string, string>();
  agreement.milestones.forEach((milestone, milestoneIndex) => {
    const path = formatPath(["facts", index, "milestones", milestoneIndex]);
    const event = byId.get(milestone.event);
    if (dates.has(milestone.stage)) {
      problems.push({ path: `${path}.stage`, message: `"${milestone.stage}" appears twice; give each stage once` });
    }
    if (event === undefined) {
      problems.push({
        path: `${path}.event`,
        message: `links to ${named(milestone.event)}, but no fact has that id`,
      });
    } else if (event.kind !== "event" || event.date === undefined) {
      problems.push({
        path: `${path}.event`,
        message: `${named(milestone.event)} must be a dated event (it holds the ${milestone.stage} date)`,
      });
    } else {
      dates.set(milestone.stage, event.date);
    }
  });
  const signed = dates.get("signed");
  const ratified = dates.get("ratified");
  if (signed !== undefined && ratified !== undefined && isSurelyBefore(ratified, signed)) {
    problems.push({
      path: formatPath(["facts", index, "milestones"]),
      message: `ratified (${ratified}) before it was signed (${signed}); the signed date must come first`,
    });
  }
  return problems;
}
