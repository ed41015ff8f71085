/* The metadata the build gives Excel for OAI.CARD's results: data types allowed, one card a cell. */
import * as fs from "fs";
import * as path from "path";

describe("the metadata Excel needs for card results (learn.microsoft.com: custom-functions-data-types-concepts)", () => {
  test("functions.json allows data types, and CARD returns any, as a matrix (one card per cell)", () => {
    const json = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "dist", "functions.json"), "utf8")
    );
    expect(json.allowCustomDataForDataTypeAny).toBe(true);
    const card = json.functions.find((f: { id: string }) => f.id === "CARD");
    expect(card.result).toEqual({ dimensionality: "matrix" }); // type any by default
    expect(card.parameters[0]).toMatchObject({
      name: "period",
      type: "any",
      dimensionality: "matrix",
    });
  });
});
