/*
 * What the add-in writes into a workbook, and what its audit finds, in German. Apart from de.ts
 * because both ship with the workbook chunk, which the pane loads when it inserts or audits.
 */
import type { Words } from "./words";
import { deShareRateMeaning } from "./de";
import { deAssumptions, deBnUsd, deMetrics, deQuarter } from "./de-metrics";

const BN = deBnUsd;
const RATE = deAssumptions.shareRate;
const SHARE = deMetrics.revenueShare;

export const deSheet: Words["sheet"] = {
  sheetName: "OpenAI-Leak",
  title: (coverage) => `OpenAI: Inferenzkosten im Vergleich zum impliziten Umsatz, ${coverage}`,
  assumptions: "Annahmen (ändern Sie sie: Die Tabelle rechnet neu)",
  rateLabel: `${RATE}: ${deShareRateMeaning}`,
  paymentsLabel: `Zahlungen von Microsoft an OpenAI je Quartal (${BN}), nicht in der geleakten ${SHARE}`,
  metrics: deMetrics,
  bnUsd: BN,
  quarter: deQuarter,
  total: "Summe",
  notes: "Hinweise",
  minimumNote:
    `Der implizite Umsatz ist ein Minimum: Die geleakte ${SHARE} ist netto, nach Microsofts Zahlungen an OpenAI ` +
    "(etwa 20 % der Umsätze mit Bing und Azure OpenAI), die nur eingerechnet werden, wenn Sie sie oben eintragen.",
  decimalSeparator: ",",
  roundingNote: (example) =>
    `Der veröffentlichte implizite Umsatz entspricht nicht genau 5 × der ${SHARE}${example ? ` (5 × ${example.share} = ${example.five}, veröffentlicht ${example.published})` : ""}: ` +
    "Die Quartale wurden aus genaueren Zahlen gerundet. Beide bleiben wie veröffentlicht.",
  chartTitle: `Inferenzkosten und impliziter Umsatz bei den Annahmen (${BN})`,
  checks: "Prüfungen: die veröffentlichten Zahlen gegeneinander (hier wird nichts korrigiert)",
  stated: "Angegeben",
  fromQuarters: "Aus den Quartalen",
  gap: "Abweichung",
  explained: "Durch Rundung erklärt",
  check: "Prüfung",
  yes: "ja",
  no: "nein",
  checkTotal: (figure, period) => `${figure}, ${period}: Artikel gegen Summe der Quartale`,
  checkQuarter: (quarter) => `${quarter}: veröffentlichter impliziter Umsatz gegen 5 × ${SHARE}`,
  rateValidation: {
    title: RATE,
    prompt: "Eine Dezimalzahl: 20 % ist 0,2 (oder 20% mit Prozentzeichen). Leer bedeutet 20 %.",
    errorTitle: "Ungültiger Satz",
    error: `Geben Sie einen ${RATE} über 0 und höchstens 1 ein: 20 % ist 0,2.`,
  },
  paymentsValidation: {
    title: "Zahlungen von Microsoft",
    prompt: `${BN} je Quartal, 0 oder mehr: 0,1 sind 100 Mio. USD. Leer bedeutet 0.`,
    errorTitle: "Ungültiger Betrag",
    error: `Geben Sie Microsofts Zahlungen in ${BN} ein, 0 oder mehr (0,1 sind 100 Mio. USD).`,
  },
  gridSheetName: "OpenAI-Sensitivität",
  gridTitle: `Sensitivität: Inferenzkosten als Vielfaches des impliziten Umsatzes, nach ${RATE} und Quartal`,
  gridNote: `Jede Zelle: Inferenzkosten ÷ impliziter Umsatz bei diesem ${RATE} (Microsofts Zahlungen aus OAI_MicrosoftPayments). Rot: Die Kosten übersteigen den Umsatz.`,
  gridCorner: RATE,
  nameComments: {
    shareRate: `${RATE}: ${deShareRateMeaning} (20 % = 0,2)`,
    payments: `Zahlungen von Microsoft an OpenAI je Quartal, ${BN}`,
    checks:
      "Die Prüfungen der veröffentlichten Zahlen durch das Add-In, neu geschrieben von „Datensatz einfügen“",
    rateUsed: `Der ${RATE}, mit dem die Formeln rechnen: OAI_ShareRate, geprüft wie von den OAI-Funktionen (leer oder 0: 20 %)`,
    paymentsUsed:
      "Microsofts Zahlungen, mit denen die Formeln rechnen: OAI_MicrosoftPayments, geprüft wie von den OAI-Funktionen (leer: 0)",
    sensitivity: `Das Sensitivitätsraster (Inferenzquote nach ${RATE} und Quartal)`,
  },
};

export const deAudit: Words["audit"] = {
  header: (cell, now, was) =>
    `${cell}: Die Überschrift lautet „${now}“ (das Add-In schrieb „${was}“).`,
  missing: (quarter) => `${quarter} fehlt in der Tabelle (eine gelöschte Zeile?).`,
  extra: (cell, label) => `${cell}: „${label}“ ist kein Quartal im Leak.`,
  edited: (cell, leak, now) => `${cell}: Im Leak steht ${leak}; im Blatt steht ${now}.`,
  formula: (cell, now) => `${cell}: nicht mehr die Formel des Add-Ins (jetzt ${now}).`,
  differs: (cell, excel, core) => `${cell}: Excel zeigt ${excel}; das Add-In berechnet ${core}.`,
  hidden:
    "Zeilen der Tabelle sind ausgeblendet (ein Filter?): Ihre Summen zählen nur die sichtbaren Zeilen (TEILERGEBNIS), daher wurden sie nicht verglichen.",
  error: "einen Fehler",
};
