// docs/development.md's "Reliability and security" figures, from the reliability tests' own settings:
// cases per function, the fault positions the insert scenarios have, the corrupted copies.
const { CASES_PER_FUNCTION, FULL_COLUMN_ROWS } = require("../../test-support/reliability/config");
const { FAULT_SCENARIOS, operationsOf } = require("../../test-support/reliability/fault-scenarios");
const { CORRUPTIONS } = require("../../test-support/reliability/manifest-corruptions");

const FUNCTIONS = 8;
const n = (x) => x.toLocaleString("en-US");

async function reliabilityMarkdown() {
  const positions = [];
  for (const s of FAULT_SCENARIOS) positions.push([s.name, await operationsOf(s)]);
  const total = positions.reduce((sum, [, k]) => sum + k, 0);
  return [
    "| What the tests do | Figure |",
    "|---|---|",
    `| Generated cases per OAI function, all but OAI.CARD (fast-check; numbers of any size and sign, text up to 32,767 characters, booleans, blanks, ranges up to 1,000 × 20) | ${n(CASES_PER_FUNCTION)} × ${FUNCTIONS} functions = ${n(CASES_PER_FUNCTION * FUNCTIONS)} |`,
    `| A full column through OAI.IMPLIEDREVENUE and OAI.INFERENCERATIO | ${n(FULL_COLUMN_ROWS)} × 1 in, the same shape out |`,
    `| Insert failing at each of its operations in turn (${positions.map(([name, k]) => `${name}: ${k}`).join("; ")}) | ${n(total)} fault positions, each taken back |`,
    `| Corrupted manifests and functions.json rejected, each by name | ${CORRUPTIONS.length} (${CORRUPTIONS.map((c) => c.what).join(", ")}) |`,
  ].join("\n");
}

module.exports = { reliabilityMarkdown };
