// The top-level switches of functions.json that the JSDoc generator cannot write
// (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#metadata-reference).
const ARGUMENT_OPTIONS = {
  // Without it Excel does not call a function whose `any` input holds an error anywhere, so one
  // #N/A in A2:A8 would lose all seven answers; with it the error arrives in its own cell.
  allowErrorForDataTypeAny: true,
  // Formatted numbers and other data-type values reach `any` arguments as objects; the core
  // unwraps a number's basicValue and refuses other objects with a message (src/core/cell-values.ts).
  allowCustomDataForDataTypeAny: true,
};

/** functions.json with the argument options set, at the top as Microsoft's example has them. */
function setArgumentOptions(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  return JSON.stringify({ ...ARGUMENT_OPTIONS, ...metadata, ...ARGUMENT_OPTIONS }, null, 4);
}

module.exports = { ARGUMENT_OPTIONS, setArgumentOptions };
