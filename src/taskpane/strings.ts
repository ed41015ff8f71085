/*
 * The task pane's words, by locale (src/core/words). The page carries the English ones (so it reads
 * before its script runs); elements marked data-i18n="key" get the locale's text.
 */
import { Locale } from "../core";
import type { PaneWords } from "../core/words/words";
import { en } from "../core/words/en";
import { de } from "../core/words/de";

export type PaneStrings = PaneWords;

export const PANE_STRINGS: Record<Locale, PaneStrings> = { en: en.pane, de: de.pane };
