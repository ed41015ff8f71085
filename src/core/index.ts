/** The calculation core: pure, synchronous, no Office, no DOM. */
export * from "./assumptions";
export * from "./audit";
export * from "./card";
export * from "./card-key";
export * from "./caveats";
export * from "./cell-values";
export * from "./cells";
export * from "./checks";
export * from "./dataset";
export * from "./errors";
export * from "./metrics";
export * from "./period";
export * from "./totals";
export * from "./table";
export * from "./sheet-plan";
export * from "./sources";
export * from "./texts";
