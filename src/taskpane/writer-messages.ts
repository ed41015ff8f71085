/* What the writer tells the user (src/core/words), and a plain sentence for what Excel refused. */
import { Locale } from "../core";
import type { WriterWords } from "../core/words/words";
import { enWriter } from "../core/words/en-writer";
import { deWriter } from "../core/words/de-writer";

/** What the writer tells the user, by locale. */
export const MESSAGES: Record<Locale, WriterWords> = { en: enWriter, de: deWriter };

export type WriterMessages = WriterWords;

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
