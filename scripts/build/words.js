// Reads a language's words (src/core/words/<lang>.ts) at build time.
const path = require("path");
const { requireTs } = require("./require-ts");

const WORDS_DIR = path.resolve(__dirname, "..", "..", "src", "core", "words");

const loadWords = (lang) => requireTs(path.join(WORDS_DIR, `${lang}.ts`));

module.exports = { loadWords, WORDS_DIR };
