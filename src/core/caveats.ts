/** What every presentation of these numbers must say, in each language the add-in speaks. */
import leak from "../data/leak.json";

export type Locale = "en" | "de";

export const CAVEATS: Readonly<Record<Locale, string>> = {
  en: leak.caveat.en,
  de: leak.caveat.de,
};

/** Excel's display language ("de-DE", "de-AT", …) or a browser's, to the add-in's locale. */
export function localeOf(tag: string | null | undefined): Locale {
  return /^de(\b|-|_)/i.test(tag ?? "") ? "de" : "en";
}
