import type { FactBook } from "../facts/factbook.js";
import type { AgreementFact } from "../facts/schema.js";
import { titleCell } from "./cells.js";
import type { OutputContext } from "./context.js";
import { milestoneDate, partyCell } from "./fact-text.js";
import { formatDate, label } from "./i18n.js";
import { sanitize } from "./sanitize.js";
import { styleOf } from "./style.js";
import { renderTable } from "./table.js";
import type { Span } from "./wrap.js";

const UNKNOWN = "—";

/**
 * The agreements: title, parties, signed, ratified, place; "—" where the source does not say.
 * Their ids are the longest words of any table (36 columns), so one breaks after a hyphen rather
 * than leave a column out at 100 columns. A narrow terminal leaves out the place first, then the
 * parties (both are in `show`).
 */
export function renderAgreementsTable(
  agreements: readonly AgreementFact[],
  book: FactBook,
  ctx: OutputContext,
): string {
  const { lang } = ctx;
  const date = (agreement: AgreementFact, stage: "signed" | "ratified"): Span[] => {
    const iso = milestoneDate(agreement, stage, book);
    return iso === undefined ? [{ text: UNKNOWN }] : [{ text: formatDate(iso, lang), style: styleOf(ctx).blue }];
  };
  return renderTable(
    [
      { header: label("title", lang), heading: true },
      { header: label("parties", lang), dropRank: 2 },
      { header: label("signed", lang), whole: true },
      { header: label("ratified", lang), whole: true },
      { header: label("place", lang), dropRank: 1 },
    ],
    agreements.map((agreement) => [
      titleCell(agreement, ctx, styleOf(ctx).bold.magenta).map((span, index) =>
        index === 1 ? { ...span, breaksAtHyphens: true } : span,
      ),
      partyCell(agreement, lang) || UNKNOWN,
      date(agreement, "signed"),
      date(agreement, "ratified"),
      agreement.place ? sanitize(agreement.place[lang]) : UNKNOWN,
    ]),
    ctx,
  );
}
