import type { FactBook } from "../facts/factbook.js";
import type { AgreementFact } from "../facts/schema.js";
import type { OutputContext } from "./context.js";
import { milestoneDate, partyNames, title } from "./fact-text.js";
import { formatDate, label } from "./i18n.js";
import { sanitize } from "./sanitize.js";
import { styleOf } from "./style.js";
import { renderTable } from "./table.js";

const UNKNOWN = "—";

/** The agreements: title, parties, signed, ratified, place; "—" where the source does not say. */
export function renderAgreementsTable(
  agreements: readonly AgreementFact[],
  book: FactBook,
  ctx: OutputContext,
): string {
  const { lang } = ctx;
  const style = styleOf(ctx);
  const date = (agreement: AgreementFact, stage: "signed" | "ratified") => {
    const iso = milestoneDate(agreement, stage, book);
    return iso === undefined ? UNKNOWN : style.blue(formatDate(iso, lang));
  };
  return renderTable(
    [
      label("title", lang),
      label("parties", lang),
      label("signed", lang),
      label("ratified", lang),
      label("place", lang),
    ],
    agreements.map((agreement) => [
      [{ text: title(agreement, lang), style: style.bold.magenta }, { text: style.dim(`(${agreement.id})`) }],
      partyNames(agreement, lang) || UNKNOWN,
      date(agreement, "signed"),
      date(agreement, "ratified"),
      agreement.place ? sanitize(agreement.place[lang]) : UNKNOWN,
    ]),
    ctx,
  );
}
