// The top-level switches of functions.json that the JSDoc generator cannot write
// (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#metadata-reference).
const ARGUMENT_OPTIONS = {
  // Formatted numbers, cards and input errors reach `any` arguments as objects; the core unwraps
  // a number's basicValue, passes an error through in its own cell and refuses other objects with
  // a message (src/core/cell-values.ts). Microsoft (office-js #4385): this flag "can cover both
  // rich data types and rich errors".
  allowCustomDataForDataTypeAny: true,
  // Never allowErrorForDataTypeAny: together with the flag above it crashes volume-licensed
  // Excel 2021 (office-js #4385, reproduced by Microsoft, no fix shipped). test/metadata.test.ts.
};

/** functions.json with the argument options set, at the top as Microsoft's example has them. */
function setArgumentOptions(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  return JSON.stringify({ ...ARGUMENT_OPTIONS, ...metadata, ...ARGUMENT_OPTIONS }, null, 4);
}

module.exports = { ARGUMENT_OPTIONS, setArgumentOptions };
