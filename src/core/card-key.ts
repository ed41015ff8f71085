/**
 * How an OAI card is known when a function is given one: its own period, under a key hidden
 * from the card, autocomplete and dot notation (Excel.CellValuePropertyMetadata.excludeFrom).
 */
export const CARD_PERIOD_KEY = "OAI period";

/** The period of one of our cards; undefined for any other entity. */
export function periodOfCard(entity: { readonly properties?: unknown }): string | undefined {
  const p = (entity.properties as Record<string, { basicValue?: unknown }> | undefined)?.[
    CARD_PERIOD_KEY
  ];
  return typeof p?.basicValue === "string" ? p.basicValue : undefined;
}
