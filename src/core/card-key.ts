import { CARD_PERIOD_KEY, enCardProvider } from "./words/en-card";
import { deCardProvider } from "./words/de-card";

/**
 * How an OAI card is known when a function is given one: its own period, under a key hidden
 * from the card, autocomplete and dot notation (Excel.CellValuePropertyMetadata.excludeFrom).
 */
export { CARD_PERIOD_KEY };

/**
 * The card's provider line in each language (Excel.EntityCellValue.provider.description,
 * ExcelApi 1.16): shown at the card's foot, and the second way to know the add-in's card.
 */
const OUR_PROVIDERS: readonly string[] = [enCardProvider, deCardProvider];

/**
 * The period of one of our cards; undefined for any other entity. Should Excel ever drop the
 * hidden key on its round trip, the card is still known by documented members: our provider
 * description and the entity's text, which is the period.
 */
export function periodOfCard(entity: {
  readonly properties?: unknown;
  readonly text?: unknown;
  readonly provider?: unknown;
}): string | undefined {
  const p = (entity.properties as Record<string, { basicValue?: unknown }> | undefined)?.[
    CARD_PERIOD_KEY
  ];
  if (typeof p?.basicValue === "string") return p.basicValue;
  const provider = (entity.provider as { description?: unknown } | undefined)?.description;
  return typeof provider === "string" &&
    OUR_PROVIDERS.includes(provider) &&
    typeof entity.text === "string"
    ? entity.text
    : undefined;
}
