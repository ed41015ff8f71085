/* What the writer tells the user, in English and German: refusals and what Excel refused. */
import { Locale, TABLE_NAME } from "../core";

/** What the writer tells the user, in English and German. */
export const MESSAGES = {
  en: {
    protectedSheet: (name: string) =>
      `The sheet "${name}" is protected. Unprotect it (Review › Unprotect Sheet) and click Insert again.`,
    room: (rows: number, cols: number) =>
      `select a cell with ${rows} empty rows × ${cols} columns below and to the right of it.`,
    overlaps: (address: string, table: string, room: string) =>
      `${address} overlaps the table "${table}". Nothing was written: ${room}`,
    notEmpty: (address: string, cell: string, room: string) =>
      `${address} is not empty (${cell} has content). Nothing was written: ${room}`,
    structure:
      "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook) or insert at the selected cell.",
    nameTaken: (theirs: string, ours: string) =>
      `The workbook already has a name "${theirs}", which Excel treats as the same as "${ours}" (names ignore case). Nothing was written: rename or delete it (Formulas › Name Manager) and click Insert again.`,
    tableTaken: (theirs: string, ours: string) =>
      `The workbook already has a table "${theirs}" that is not this add-in's, and Excel treats it as the same as "${ours}" (names ignore case). Nothing was written: rename it (Table Design › Table Name) and click Insert again.`,
    datasetFirst: `The grid is computed from the table ${TABLE_NAME}: click Insert dataset first, then insert the grid.`,
    editMode: "Excel is editing a cell. Press Enter or Esc to finish, then click Insert again.",
    accessDenied:
      "Excel refused the change: the sheet or the workbook is protected. Unprotect it and click Insert again.",
    invalidSelection: "Select a cell (not a chart or shape) and click Insert again.",
    invalidArgument: (detail: string) =>
      `Excel refused the change${detail ? `: ${detail}` : ""}. If you chose "at the selected cell", leave room below and to the right of it.`,
    failed: (code: string) =>
      `Excel could not insert the data${code ? ` (${code})` : ""}. Please click Insert again.`,
    cardPut: (quarter: string, address: string) =>
      `Put the card of ${quarter} in ${address}: click its icon to open it.`,
    cardNotEmpty: (address: string) =>
      `${address} is not empty. Nothing was written: select an empty cell for the card.`,
    undoNotSupported:
      "Excel could not make the insert one undo step (UndoNotSupported), and its undo history was cleared from there on.",
    mergedConflict:
      "Excel refused the change: the cells hold merged cells, which a table cannot cover (MergedRangeConflict). Unmerge them (Home › Merge & Center) or select a cell with room that has none.",
    merged: (address: string, cells: string, room: string) =>
      `${address} contains merged cells (${cells}), which a table cannot cover. Nothing was written: ${room}`,
    cannotRestore: (address: string, what: string, room: string) =>
      `${address} has ${what}, which a failed insert could not put back. Nothing was written: ${room}`,
    validation: "data validation",
    conditionalFormats: "conditional formatting",
    tableRowNotOurs: (cell: string, label: string) =>
      `The table's row ${cell} ("${label}") is no quarter of the leak. Nothing was written: delete or move that row, or insert the dataset at another place.`,
    tableColumns: (cols: number) =>
      `The table no longer has its ${cols} columns. Nothing was written: delete the columns you added (or undo the deletion) and click Insert again.`,
    tableFiltered:
      "The table is filtered and rows are missing, which a filtered table cannot add back. Nothing was written: clear the filter (Data › Clear) and click Insert again.",
    undone: " Nothing was changed.",
    undoneMaybeUnmerged:
      " What was written was taken back; merged cells in that place, if there were any, may have been unmerged.",
    undoClearedRedone:
      "Excel could not make the insert one undo step (UndoNotSupported), so it was made without one, and Excel cleared its undo history from there on: Ctrl+Z may not take it back.",
    notUndoneUndoCleared:
      " Part of the data may have been written, and Excel cleared its undo history: delete what was added by hand.",
    notUndone: " Part of the data may have been written: undo it with Ctrl+Z.",
    notUndoneByHand:
      " Part of the data may have been written. This Excel cannot undo an add-in's changes: delete what was added by hand.",
  },
  de: {
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
      "Excel bearbeitet gerade eine Zelle. Drücken Sie Eingabe oder Esc und klicken Sie dann erneut auf Einfügen.",
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
    tableRowNotOurs: (cell: string, label: string) =>
      `Die Tabellenzeile ${cell} („${label}“) ist kein Quartal des Leaks. Nichts wurde geschrieben: Löschen oder verschieben Sie diese Zeile oder fügen Sie den Datensatz an anderer Stelle ein.`,
    tableColumns: (cols: number) =>
      `Die Tabelle hat nicht mehr ihre ${cols} Spalten. Nichts wurde geschrieben: Löschen Sie die hinzugefügten Spalten (oder machen Sie das Löschen rückgängig) und klicken Sie erneut auf Einfügen.`,
    tableFiltered:
      "Die Tabelle ist gefiltert und es fehlen Zeilen, die eine gefilterte Tabelle nicht wieder aufnehmen kann. Nichts wurde geschrieben: Löschen Sie den Filter (Daten › Löschen) und klicken Sie erneut auf Einfügen.",
    undone: " Es wurde nichts geändert.",
    undoneMaybeUnmerged:
      " Das Geschriebene wurde zurückgenommen; verbundene Zellen an dieser Stelle, falls es welche gab, wurden dabei womöglich getrennt.",
    undoClearedRedone:
      "Excel konnte das Einfügen nicht zu einem Rückgängig-Schritt machen (UndoNotSupported), daher wurde es ohne diesen eingefügt, und Excel hat seinen Rückgängig-Verlauf ab dort gelöscht: Strg+Z macht es womöglich nicht rückgängig.",
    notUndoneUndoCleared:
      " Ein Teil der Daten wurde womöglich geschrieben, und Excel hat seinen Rückgängig-Verlauf gelöscht: Löschen Sie das Hinzugefügte von Hand.",
    notUndone:
      " Ein Teil der Daten wurde womöglich geschrieben: Machen Sie es mit Strg+Z rückgängig.",
    notUndoneByHand:
      " Ein Teil der Daten wurde womöglich geschrieben. Dieses Excel kann Änderungen von Add-Ins nicht rückgängig machen: Löschen Sie das Hinzugefügte von Hand.",
  },
};

export type WriterMessages = (typeof MESSAGES)["en"];

export const messagesFor = (locale: Locale = "en"): WriterMessages => MESSAGES[locale];

/** A plain sentence for what Excel refused. */
export function describeExcelError(error: unknown, locale: Locale = "en"): string {
  const say = messagesFor(locale);
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return say.editMode;
    case "AccessDenied":
      return say.accessDenied;
    case "InvalidSelection":
      return say.invalidSelection;
    case "InvalidArgument":
      return say.invalidArgument((error as Error).message ?? "");
    // The undo article: a call that does not support undo, inside a merged undo group.
    case "UndoNotSupported":
      return say.undoNotSupported;
    // Excel.ErrorCodes.mergedRangeConflict: a table over merged cells; no retry can succeed.
    case "MergedRangeConflict":
      return say.mergedConflict;
    default:
      return say.failed(code ?? "");
  }
}
