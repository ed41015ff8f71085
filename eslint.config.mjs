import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/", "dist-excel-tests/", "release/", "coverage/", "node_modules/"] },
  // Office's rules: load before read, sync after load, no sync in a loop, isNullObject checks; prettier.
  ...officeAddins.configs.recommended,
  { languageOptions: { parser: tseslint.parser, ecmaVersion: "latest" } },
  // TypeScript already checks names in .ts files (and knows Office's and Excel's globals).
  { files: ["**/*.ts"], rules: { "no-undef": "off" } },
  {
    files: [
      "scripts/**/*.js",
      "bench/**/*.js",
      "test/**/*.js",
      "test-support/**/*.js",
      "*.js",
      ".ci/**/*.js",
    ],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  { files: ["*.mjs"], languageOptions: { globals: globals.node } },
];
