import * as fs from "fs";
import * as path from "path";
import { localeOf } from "../../src/core";
import { PANE_STRINGS } from "../../src/taskpane/strings";
import { functionTooltips } from "../../src/core/words/de";

const { localizeMetadata } = require("../../scripts/build/localize-metadata");

const root = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: {
    name: string;
    description: string;
    type?: string;
    optional?: boolean;
    dimensionality?: string;
  }[];
  result: unknown;
}

describe("German function tooltips (dist/functions-de.json)", () => {
  const english: Fn[] = JSON.parse(read("dist/functions.json")).functions;
  const german: Fn[] = JSON.parse(read("dist/functions-de.json")).functions;

  test("the same functions, ids, names, parameters and types: only the descriptions differ", () => {
    const shape = (fns: Fn[]) =>
      fns.map((f) => ({
        id: f.id,
        name: f.name,
        helpUrl: f.helpUrl,
        result: f.result,
        parameters: f.parameters.map((p) => ({ ...p, description: undefined })),
      }));
    expect(shape(german)).toEqual(shape(english));
  });

  test("every function and parameter has its own German description", () => {
    german.forEach((f, i) => {
      expect(f.description).not.toBe(english[i].description);
      expect(f.description).toMatch(/[äöüß]|\b(der|die|das|und|des|ein|eine|für|im|von|zu)\b/i);
      f.parameters.forEach((p, j) => {
        expect([f.id, p.name, p.description === english[i].parameters[j].description]).toEqual([
          f.id,
          p.name,
          false,
        ]);
      });
    });
  });

  test("a missing or stray translation fails the build, naming it", () => {
    const metadata = read("dist/functions.json");
    const translations = JSON.parse(JSON.stringify(functionTooltips));
    delete translations.RUNRATE.parameters.rate;
    expect(() => localizeMetadata(metadata, translations)).toThrow(
      /RUNRATE\(rate\) has no German description/
    );
    translations.GHOST = { description: "x", parameters: {} };
    expect(() => localizeMetadata(metadata, translations)).toThrow(
      /GHOST is translated but is no function/
    );
  });
});

describe("the manifest in German", () => {
  const manifest = read("manifest.xml");
  test.each([
    [
      "the display name",
      /<DisplayName DefaultValue="[^"]+">\s*<Override Locale="de-DE" Value="OpenAI-Leak-Zahlen"/,
    ],
    [
      "the description",
      /<Description DefaultValue="[^"]+">\s*<Override Locale="de-DE" Value="Die geleakten/,
    ],
    [
      "the functions' metadata",
      /<bt:Url id="Functions.Metadata.Url"[^>]*>\s*(<!--[^>]*-->\s*)?<bt:Override Locale="de-DE" Value="https:\/\/localhost:3000\/functions-de.json"/,
    ],
    [
      "the ribbon button",
      /<bt:String id="TaskpaneButton.Label"[^>]*>\s*<bt:Override Locale="de-DE" Value="Leak-Zahlen"/,
    ],
  ])("overrides %s for de-DE", (_what, pattern) => {
    expect(manifest).toMatch(pattern);
  });

  // Office's locale tags near German (learn.microsoft.com/office/dev/add-ins/develop/localization:
  // "If you need to localize for more than one area within a language family, such as de-de and
  // de-at, we recommend that you use separate Override elements for each area. Using just the
  // language name alone, in this case, de, is not supported across all combinations").
  const OFFICE_LOCALES = [
    ...["de-DE", "de-AT", "de-CH", "de-LU", "de-LI"],
    ...["en-US", "en-GB", "fr-FR", "fr-CH", "it-CH", "nl-NL", "da-DK", "rm-CH", "lb-LU"],
  ];
  const german = OFFICE_LOCALES.filter((tag) => localeOf(tag) === "de");

  test("every locale the add-in shows in German gets every German override, by the code's own rule", () => {
    expect(german).toEqual(["de-DE", "de-AT", "de-CH", "de-LU", "de-LI"]);
    // Each element that has a German override (name, description, tooltips, ribbon, metadata).
    const elements = [
      ...manifest.matchAll(
        /<((?:bt:)?\w+) [^>]*(?:DefaultValue|id)="[^"]*"[^/]*?>((?:\s*(?:<!--[\s\S]*?-->\s*)?<(?:bt:)?Override [^>]*\/>)+)/g
      ),
    ];
    expect(elements.length).toBeGreaterThanOrEqual(8);
    for (const [, name, overrides] of elements) {
      const locales = [...overrides.matchAll(/Locale="([^"]+)"/g)].map((m) => m[1]);
      expect([name, locales]).toEqual([name, german]);
      const values = new Set([...overrides.matchAll(/Value="([^"]+)"/g)].map((m) => m[1]));
      expect([name, values.size]).toEqual([name, 1]); // the same German text for each
    }
  });

  test("no override is for a locale the code does not show in German", () => {
    const all = [...manifest.matchAll(/Override Locale="([^"]+)"/g)].map((m) => m[1]);
    for (const tag of all) expect([tag, localeOf(tag)]).toEqual([tag, "de"]);
  });

  test("keeps the OAI namespace in every language", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="OAI" \/>/);
  });
});

describe("the task pane's words", () => {
  const html = read("src/taskpane/taskpane.html");
  const keys = [...html.matchAll(/data-i18n="([^"]+)">([^<]*)</g)].map(
    (m) => [m[1], m[2]] as const
  );

  test("English and German have the same keys", () => {
    expect(Object.keys(PANE_STRINGS.de.static).sort()).toEqual(
      Object.keys(PANE_STRINGS.en.static).sort()
    );
  });

  test("every word on the page is marked for its script or is Excel's own, and is the English text", () => {
    // The elements the script fills from the pane's words, by id, with the English they carry.
    const filled: Record<string, string> = {
      "data-version": PANE_STRINGS.en.dataVersion("{{dataVersion}}", "{{dataDate}}"),
    };
    const unmarked: string[] = [];
    const open: { tag: string; attributes: string }[] = [];
    const page = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<%=[\s\S]*?%>/g, "");
    const VOID = new Set(["meta", "link", "input", "br", "img", "!doctype"]);
    for (const [, closing, tag, attributes, text] of page.matchAll(
      /<(\/?)([!\w-]+)([^>]*)>|([^<]+)/g
    )) {
      if (text !== undefined) {
        if (!/[A-Za-zÄÖÜäöüß]{2}/.test(text)) continue;
        const within = (rule: RegExp) => open.some((e) => rule.test(`<${e.tag}${e.attributes}>`));
        // Excel's formula syntax is Excel's, the same in every language.
        if (within(/^<code/) || within(/ data-i18n="/)) continue;
        const id = [...open].reverse().find((e) => / id="/.test(e.attributes));
        const filledBy = id && filled[/ id="([^"]+)"/.exec(id.attributes)![1]];
        if (filledBy !== undefined && filledBy === text) continue;
        unmarked.push(text.trim());
      } else if (closing) open.splice(open.map((e) => e.tag).lastIndexOf(tag), Infinity);
      else if (!VOID.has(tag.toLowerCase()) && !attributes.endsWith("/"))
        open.push({ tag, attributes });
    }
    expect(unmarked).toEqual([]);
  });

  test("every marked element has a text in both languages, and the page's English is the English text", () => {
    expect(keys.length).toBeGreaterThan(15);
    for (const [key, text] of keys) {
      expect([key, PANE_STRINGS.de.static[key] !== undefined]).toEqual([key, true]);
      expect([key, text.replace(/&nbsp;/g, "\u00a0")]).toEqual([key, PANE_STRINGS.en.static[key]]);
    }
  });
});
