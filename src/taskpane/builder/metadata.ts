/*
 * The functions' own metadata, per language: scripts/build/functions-metadata-loader.js writes
 * this module at build time from functions.ts's JSDoc (functions.json) and src/core/words/de.ts.
 */
import type { FunctionMetadata, Locale } from "../../core";

export declare const FUNCTIONS_METADATA: Readonly<
  Record<Locale, { readonly functions: readonly FunctionMetadata[] }>
>;
