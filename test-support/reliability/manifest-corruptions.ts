/* Corrupted copies of manifest.xml and functions.json that the checks must reject, each by name. */

export interface Corruption {
  readonly what: string;
  readonly file: "manifest.xml" | "functions.json";
  readonly corrupt: (text: string) => string;
  /** What the rejection must say. */
  readonly message: RegExp;
  /** Only the XSD can see it (skipped where ../shared is absent). */
  readonly needsXsd?: boolean;
}

export const CORRUPTIONS: readonly Corruption[] = [
  {
    what: "a missing `<Id>`",
    file: "manifest.xml",
    corrupt: (x) => x.replace(/<Id>[^<]*<\/Id>/, ""),
    message: /Id/,
    needsXsd: true,
  },
  {
    what: "a five-part `<Version>`",
    file: "manifest.xml",
    corrupt: (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.0</Version>"),
    message: /Version|1\.0\.0\.0\.0/,
    needsXsd: true,
  },
  {
    what: "an unknown element",
    file: "manifest.xml",
    corrupt: (x) => x.replace("<Hosts>", "<Colour>green</Colour><Hosts>"),
    message: /Colour/,
    needsXsd: true,
  },
  {
    what: "a resid that names no resource",
    file: "manifest.xml",
    corrupt: (x) => x.replace('resid="Functions.Namespace"', 'resid="Functions.Nowhere"'),
    message: /resid "Functions\.Nowhere" names no resource/,
  },
  {
    what: "an http URL",
    file: "manifest.xml",
    corrupt: (x) =>
      x.replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"),
    message: /URL http:\/\/localhost:3000\/functions\.js is not https/,
  },
  {
    what: "a missing icon",
    file: "manifest.xml",
    corrupt: (x) => x.replace("icon-80.png", "icon-81.png"),
    message: /icon-81\.png is missing/,
  },
  {
    what: "an icon of the wrong size",
    file: "manifest.xml",
    corrupt: (x) =>
      x.replace(/(<bt:Image id="Icon\.16x16" DefaultValue="[^"]*)icon-16\.png/, "$1icon-32.png"),
    message: /is 32×32, not 16×16/,
  },
  {
    what: "a namespace longer than 32 characters",
    file: "manifest.xml",
    corrupt: (x) =>
      x.replace(
        'id="Functions.Namespace" DefaultValue="OAI"',
        `id="Functions.Namespace" DefaultValue="${"O".repeat(33)}"`
      ),
    message: /namespace "O{33}" must be 1–32/,
  },
  {
    what: "a functions.json id not in the code",
    file: "functions.json",
    corrupt: (j) => {
      const meta = JSON.parse(j);
      meta.functions.push({ ...meta.functions[0], id: "GHOST", name: "GHOST" });
      return JSON.stringify(meta);
    },
    message: /functions\.json id GHOST is not in the code/,
  },
  {
    what: "a function of the code missing from functions.json",
    file: "functions.json",
    corrupt: (j) => {
      const meta = JSON.parse(j);
      meta.functions = meta.functions.filter((f: { id: string }) => f.id !== "RUNRATE");
      return JSON.stringify(meta);
    },
    message: /registers RUNRATE, which functions\.json lacks/,
  },
];
