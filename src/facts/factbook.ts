import type { AgreementFact, EventFact, Fact, FactKind, Milestone, ProgrammeAreas } from "./schema.js";

/** A milestone with the date of the event that holds it. */
export interface DatedMilestone extends Milestone {
  date: string;
}

/** Validated facts, indexed by id; the only shape the rest of the program sees. */
export class FactBook {
  readonly byId: ReadonlyMap<string, Fact>;
  private readonly milestoneOf = new Map<string, { agreement: AgreementFact; stage: Milestone["stage"] }[]>();

  /** `programmeAreas`: the file's sentence introducing the programme areas, if it has one. */
  constructor(
    readonly facts: readonly Fact[],
    readonly name: string,
    readonly programmeAreas?: ProgrammeAreas,
  ) {
    this.byId = new Map(facts.map((fact) => [fact.id, fact]));
    for (const fact of facts) {
      if (fact.kind !== "agreement") continue;
      for (const milestone of fact.milestones) {
        const list = this.milestoneOf.get(milestone.event) ?? [];
        list.push({ agreement: fact, stage: milestone.stage });
        this.milestoneOf.set(milestone.event, list);
      }
    }
  }

  ofKind<K extends FactKind>(kind: K): Extract<Fact, { kind: K }>[] {
    return this.facts.filter((fact): fact is Extract<Fact, { kind: K }> => fact.kind === kind);
  }

  /** The agreements (and stages) whose date this event holds. */
  agreementsMarkedBy(event: EventFact): readonly { agreement: AgreementFact; stage: Milestone["stage"] }[] {
    return this.milestoneOf.get(event.id) ?? [];
  }

  /** An agreement's milestones with their dates, read from the linked events. */
  datedMilestones(agreement: AgreementFact): DatedMilestone[] {
    return agreement.milestones.flatMap((milestone) => {
      const event = this.byId.get(milestone.event);
      return event?.kind === "event" && event.date !== undefined ? [{ ...milestone, date: event.date }] : [];
    });
  }

  /** The dated event that an event dated only relative to another is told by. */
  anchorOf(event: EventFact): (EventFact & { date: string }) | undefined {
    const anchor = event.relativeDate === undefined ? undefined : this.byId.get(event.relativeDate.event);
    return anchor?.kind === "event" && anchor.date !== undefined ? { ...anchor, date: anchor.date } : undefined;
  }

  /** Facts linked to this one in either direction, including milestone and relative-date links. */
  relatedTo(fact: Fact): Fact[] {
    const ids = new Set(fact.related);
    if (fact.kind === "agreement") for (const m of fact.milestones) ids.add(m.event);
    if (fact.kind === "event") for (const m of this.agreementsMarkedBy(fact)) ids.add(m.agreement.id);
    if (fact.kind === "event" && fact.relativeDate) ids.add(fact.relativeDate.event);
    for (const other of this.facts) if (other.related.includes(fact.id)) ids.add(other.id);
    ids.delete(fact.id);
    return [...ids].flatMap((id) => {
      const related = this.byId.get(id);
      return related ? [related] : [];
    });
  }
}
