/*
 * The writer's messages in German: refusals and what Excel refused. Apart from de.ts only because
 * they ship with the workbook chunk, which the pane loads when it inserts (the pane's 26 KB budget).
 */
import type { Words } from "./words";
import { TABLE_NAME } from "../sheet-plan";

export const deWriter: Words["writer"] = {
  protectedSheet: (name: string) =>
    `Das Blatt „${name}“ ist geschützt. Heben Sie den Schutz auf (Überprüfen › Blattschutz aufheben) und klicken Sie erneut auf Einfügen.`,
  room: (rows: number, cols: number) =>
    `Wählen Sie eine Zelle mit ${rows} leeren Zeilen × ${cols} Spalten darunter und rechts davon.`,
  overlaps: (address: string, table: string, room: string) =>
    `${address} überschneidet die Tabelle „${table}“. Nichts wurde geschrieben: ${room}`,
  notEmpty: (address: string, cell: string, room: string) =>
    `${address} ist nicht leer (${cell} hat Inhalt). Nichts wurde geschrieben: ${room}`,
  structure:
    "Die Struktur der Arbeitsmappe ist geschützt, daher kann kein Blatt hinzugefügt werden. Heben Sie den Schutz auf (Überprüfen › Arbeitsmappe schützen) oder fügen Sie an der markierten Zelle ein.",
  nameTaken: (theirs: string, ours: string) =>
    `Die Arbeitsmappe hat bereits einen Namen „${theirs}“, den Excel wie „${ours}“ behandelt (Namen unterscheiden keine Groß- und Kleinschreibung). Nichts wurde geschrieben: Benennen Sie ihn um oder löschen Sie ihn (Formeln › Namens-Manager) und klicken Sie erneut auf Einfügen.`,
  tableTaken: (theirs: string, ours: string) =>
    `Die Arbeitsmappe hat bereits eine Tabelle „${theirs}“, die nicht von diesem Add-In stammt und die Excel wie „${ours}“ behandelt (Namen unterscheiden keine Groß- und Kleinschreibung). Nichts wurde geschrieben: Benennen Sie sie um (Tabellenentwurf › Tabellenname) und klicken Sie erneut auf Einfügen.`,
  datasetFirst: `Das Raster wird aus der Tabelle ${TABLE_NAME} berechnet: Klicken Sie zuerst auf „Datensatz einfügen“, dann fügen Sie das Raster ein.`,
  editMode:
    "Excel bearbeitet gerade eine Zelle. Drücken Sie die Eingabetaste oder Esc und klicken Sie dann erneut auf Einfügen.",
  accessDenied:
    "Excel hat die Änderung abgelehnt: Das Blatt oder die Arbeitsmappe ist geschützt. Heben Sie den Schutz auf und klicken Sie erneut auf Einfügen.",
  invalidSelection:
    "Markieren Sie eine Zelle (kein Diagramm, keine Form) und klicken Sie erneut auf Einfügen.",
  invalidArgument: (detail: string) =>
    `Excel hat die Änderung abgelehnt${detail ? `: ${detail}` : ""}. Wenn Sie „An der markierten Zelle“ gewählt haben, lassen Sie darunter und rechts davon Platz.`,
  failed: (code: string) =>
    `Excel konnte die Daten nicht einfügen${code ? ` (${code})` : ""}. Bitte klicken Sie erneut auf Einfügen.`,
  cardPut: (quarter: string, address: string) =>
    `Die Karte von ${quarter} steht in ${address}: Klicken Sie auf ihr Symbol, um sie zu öffnen.`,
  cardNotEmpty: (address: string) =>
    `${address} ist nicht leer. Nichts wurde geschrieben: Markieren Sie eine leere Zelle für die Karte.`,
  undoNotSupported:
    "Excel konnte das Einfügen nicht zu einem Rückgängig-Schritt machen (UndoNotSupported), und der Rückgängig-Verlauf wurde ab dort gelöscht.",
  mergedConflict:
    "Excel hat die Änderung abgelehnt: Die Zellen enthalten verbundene Zellen, die eine Tabelle nicht überdecken kann (MergedRangeConflict). Heben Sie die Verbindung auf (Start › Verbinden und zentrieren) oder markieren Sie eine Zelle mit Platz ohne verbundene Zellen.",
  merged: (address: string, cells: string, room: string) =>
    `${address} enthält verbundene Zellen (${cells}), die eine Tabelle nicht überdecken kann. Nichts wurde geschrieben: ${room}`,
  cannotRestore: (address: string, what: string, room: string) =>
    `${address} hat ${what}, die ein fehlgeschlagenes Einfügen nicht wiederherstellen könnte. Nichts wurde geschrieben: ${room}`,
  validation: "eine Datenüberprüfung",
  conditionalFormats: "eine bedingte Formatierung",
  note: (cell: string) => `eine Notiz (in ${cell})`,
  comment: (cell: string) => `Kommentare (in ${cell})`,
  tableRowNotOurs: (cell: string, label: string) =>
    `Die Tabellenzeile ${cell} („${label}“) ist kein Quartal im Leak. Nichts wurde geschrieben: Löschen oder verschieben Sie diese Zeile oder fügen Sie den Datensatz an anderer Stelle ein.`,
  tableColumns: (cols: number) =>
    `Die Tabelle hat nicht mehr ihre ${cols} Spalten. Nichts wurde geschrieben: Löschen Sie die hinzugefügten Spalten (oder machen Sie das Löschen rückgängig) und klicken Sie erneut auf Einfügen.`,
  tableFiltered:
    "Die Tabelle ist gefiltert und es fehlen Zeilen, die eine gefilterte Tabelle nicht wieder aufnehmen kann. Nichts wurde geschrieben: Löschen Sie den Filter (Daten › Löschen) und klicken Sie erneut auf Einfügen.",
  undone: " Es wurde nichts geändert.",
  undoneMaybeUnmerged:
    " Das Geschriebene wurde zurückgenommen; verbundene Zellen an dieser Stelle, falls es welche gab, wurden dabei womöglich getrennt und Notizen dort womöglich entfernt.",
  undoneMaybeNotesRemoved:
    " Das Geschriebene wurde zurückgenommen; Notizen an dieser Stelle, falls es welche gab, wurden dabei womöglich entfernt.",
  undoClearedRedone:
    "Excel konnte das Einfügen nicht zu einem Rückgängig-Schritt machen (UndoNotSupported), daher wurde es ohne diesen eingefügt, und Excel hat seinen Rückgängig-Verlauf ab dort gelöscht: Strg+Z macht es womöglich nicht rückgängig.",
  notUndoneUndoCleared:
    " Ein Teil der Daten wurde womöglich geschrieben, und Excel hat seinen Rückgängig-Verlauf gelöscht: Löschen Sie das Hinzugefügte von Hand.",
  notUndone:
    " Ein Teil der Daten wurde womöglich geschrieben: Machen Sie es mit Strg+Z rückgängig.",
  notUndoneByHand:
    " Ein Teil der Daten wurde womöglich geschrieben. Dieses Excel kann Änderungen von Add-Ins nicht rückgängig machen: Löschen Sie das Hinzugefügte von Hand.",
};
