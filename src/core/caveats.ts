/** What every presentation of these numbers must say, in each language the add-in speaks. */
import { CAVEAT } from "./dataset";

export type Locale = "en" | "de";

export const CAVEATS: Readonly<Record<Locale, string>> = {
  en: CAVEAT,
  de:
    "Geleakt und unbestätigt: Weder OpenAI noch Microsoft haben diese Zahlen bestätigt (Microsoft zur FT: " +
    "„die Zahlen stimmen nicht ganz“). Der implizite Umsatz ist ein Minimum: Der Anteil ist Microsofts " +
    "Nettoanteil nach seinen Zahlungen an OpenAI.",
};

/** Excel's display language ("de-DE", "de-AT", …) or a browser's, to the add-in's locale. */
export function localeOf(tag: string | null | undefined): Locale {
  return /^de(\b|-|_)/i.test(tag ?? "") ? "de" : "en";
}
