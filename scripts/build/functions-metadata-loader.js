// The formula builder's list of functions: src/taskpane/builder/metadata.ts becomes, at build
// time, functions.json and functions-de.json as the build makes them (the metadata that
// FunctionsMetadataPlugin generated for this build, the same German descriptions, the same data
// tokens), so that the builder cannot drift from the functions and fetches nothing.
const fs = require("fs");
const path = require("path");
const { FunctionsMetadataPlugin } = require("./functions-metadata");
const { localizeMetadata } = require("./localize-metadata");
const { DATA_FILE, dataTokens, withDataTokens } = require("./data-check");
const { loadWords, WORDS_DIR } = require("./words");

module.exports = function functionsMetadataLoader() {
  // Generated once, before this compile, by the plugin (which also reports its errors).
  const result = FunctionsMetadataPlugin.resultFor(this._compiler);
  const dataFile = process.env.OAI_LEAK_DATA ? path.resolve(process.env.OAI_LEAK_DATA) : DATA_FILE;
  // A change to the functions' JSDoc or the data rebuilds this module.
  for (const file of [result.input, dataFile]) this.addDependency(file);
  // The German tooltips are src/core/words/de.ts's, as for functions-de.json.
  this.addContextDependency(WORDS_DIR);
  if (result.errors.length)
    throw new Error(`the builder needs the functions' metadata: ${result.input} has JSDoc errors`);
  const tokens = dataTokens(JSON.parse(fs.readFileSync(dataFile, "utf8")));
  const english = withDataTokens(result.metadataJson, tokens);
  const german = localizeMetadata(english, loadWords("de").functionTooltips);
  // Only what the builder shows: the functions' names, descriptions and parameters.
  const trim = (json) => ({
    functions: JSON.parse(json).functions.map(({ id, name, description, parameters }) => ({
      id,
      name,
      description,
      parameters: parameters.map((p) => ({
        name: p.name,
        description: p.description,
        ...(p.optional ? { optional: true } : {}),
        ...(p.dimensionality ? { dimensionality: p.dimensionality } : {}),
      })),
    })),
  });
  const metadata = { en: trim(english), de: trim(withDataTokens(german, tokens)) };
  return `export const FUNCTIONS_METADATA = ${JSON.stringify(metadata)};\n`;
};
