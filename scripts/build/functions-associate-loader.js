// Registers the functions of functions.ts with Excel: one CustomFunctions.associate(id, function)
// a function, appended to the file, as the metadata FunctionsMetadataPlugin generated names them.
const { FunctionsMetadataPlugin } = require("./functions-metadata");

module.exports = function functionsAssociateLoader(source) {
  const { associate } = FunctionsMetadataPlugin.resultFor(this._compiler);
  const calls = associate
    .filter((a) => a.sourceFileName === this.resourcePath)
    .map((a) => `\nCustomFunctions.associate(${JSON.stringify(a.id)}, ${a.functionName});`);
  return source + calls.join("");
};
