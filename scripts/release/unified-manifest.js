// The unified manifest for Microsoft 365 (manifest.json) and one localization file per locale
// (de-de.json…), made from manifest.xml so the two manifests cannot drift: the same id, names,
// icons, URLs, namespace, ribbon button, shared runtime, requirement sets — and the same
// translations, since every <Override Locale="…"> of the XML becomes a key of that locale's file.
// Checked offline against the schemas @microsoft/app-manifest carries (custom functions from
// schema 1.23 on).
const SCHEMA_VERSION = "1.24";
const SCHEMA = `@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA = `@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;

/**
 * description.short (at most 80 characters) by language: the XML manifest has one description,
 * too long for it. Each is a sentence of its own, never a cut. A locale takes its language's.
 */
const SHORT_DESCRIPTIONS = {
  en: "Leaked OpenAI inference costs and Microsoft's revenue share as Excel functions.",
  de: "Geleakte OpenAI-Inferenzkosten und Microsofts Umsatzanteil als Excel-Funktionen.",
};

/** The help page's sections that developer.privacyUrl and termsOfUseUrl name (docs/user-guide.md headings). */
const PRIVACY_SECTION = "privacy-what-the-add-in-sends";
const LICENCE_SECTION = "licence";

const decode = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The manifest's localizable values: the top-level elements (DisplayName, Description…) by
 * element name and the resources (bt:String, bt:Url, bt:Image) by id, each with its default
 * and its overrides by locale. manifest.xml is our own, hand-written file.
 */
function readValues(xml) {
  const values = new Map();
  const element =
    /<(DisplayName|Description|IconUrl|HighResolutionIconUrl|SupportUrl|bt:String|bt:Url|bt:Image)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
  for (const [, name, attributes, , body = ""] of xml.matchAll(element)) {
    const attribute = (a) => new RegExp(`\\b${a}="([^"]*)"`).exec(attributes)?.[1];
    const key = name.startsWith("bt:") ? attribute("id") : name;
    const value = attribute("DefaultValue");
    if (key === undefined || value === undefined) continue;
    const overrides = {};
    for (const [, locale, text] of body.matchAll(
      /<(?:bt:)?Override\s+Locale="([^"]+)"\s+Value="([^"]*)"/g
    ))
      overrides[locale] = decode(text);
    values.set(key, { value: decode(value), overrides });
  }
  return values;
}

/**
 * A value's text in a locale: its own override, else that of another locale of its language
 * (de-AT takes de-DE's, the language's own region first), else none (the default shows).
 */
function inLocale(overrides, locale) {
  if (overrides[locale] !== undefined) return overrides[locale];
  const language = locale.split("-")[0].toLowerCase();
  const sameLanguage = Object.keys(overrides)
    .filter((l) => l.split("-")[0].toLowerCase() === language)
    .sort(
      (a, b) =>
        Number(b.toLowerCase() === `${language}-${language}`) -
          Number(a.toLowerCase() === `${language}-${language}`) || a.localeCompare(b)
    );
  return sameLanguage.length ? overrides[sameLanguage[0]] : undefined;
}

/** The first match of a pattern in the XML, or an error naming what is missing. */
function pick(xml, pattern, what) {
  const m = pattern.exec(xml);
  if (!m) throw new Error(`manifest.xml has no ${what}`);
  return m[1];
}

/** A text that must fit a field as it is: a cut would lose words. */
function fitting(text, limit, what) {
  if (text.length > limit)
    throw new Error(`${what} is ${text.length} characters, over the ${limit} allowed: "${text}"`);
  return text;
}

/**
 * manifest.json and its localization files (by language tag, "de-de"), from manifest.xml.
 * Throws, naming the field, when a text does not fit.
 */
function unifiedManifest(xml) {
  const values = readValues(xml);
  const get = (key) => {
    const found = values.get(key);
    if (!found) throw new Error(`manifest.xml has no ${key}`);
    return found;
  };
  // Every value placed in manifest.json, by its path there: the localization files take each
  // one's overrides.
  const placed = [];
  const text = (key, jsonPath, limit) => {
    const { value } = get(key);
    placed.push({ key, jsonPath, limit });
    return limit ? fitting(value, limit, `${key} (${jsonPath})`) : value;
  };

  const id = pick(xml, /<Id>([^<]+)<\/Id>/, "Id");
  const version = pick(xml, /<Version>(\d+\.\d+\.\d+)\.\d+<\/Version>/, "four-part Version");
  const provider = decode(pick(xml, /<ProviderName>([^<]+)<\/ProviderName>/, "ProviderName"));
  const permission = pick(xml, /<Permissions>([^<]+)<\/Permissions>/, "Permissions");
  const sharedRuntime = pick(
    xml,
    /<Set Name="SharedRuntime" MinVersion="([^"]+)"/,
    "SharedRuntime"
  );
  const help = get("SupportUrl").value;
  const page = get("Taskpane.Url").value;
  const group = "extensions[0].ribbons[0].tabs[0].groups[0]";
  const button = `${group}.controls[0]`;
  const runtime = "extensions[0].runtimes[0]";
  const icons = (at) =>
    [16, 32, 80].map((size, i) => ({
      size,
      url: text(`Icon.${size}x${size}`, `${at}.icons[${i}].url`),
    }));

  const manifest = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: SCHEMA_VERSION,
    version,
    id,
    localizationInfo: { defaultLanguageTag: "en-us", additionalLanguages: [] },
    developer: {
      name: provider,
      websiteUrl: help,
      privacyUrl: `${help}#${PRIVACY_SECTION}`,
      termsOfUseUrl: `${help}#${LICENCE_SECTION}`,
    },
    name: {
      short: text("DisplayName", "name.short", 30),
      full: text("DisplayName", "name.full", 100),
    },
    description: {
      short: fitting(SHORT_DESCRIPTIONS.en, 80, "the short description"),
      full: text("Description", "description.full", 4000),
    },
    icons: { outline: "outline.png", color: "color.png" },
    accentColor: "#107C41",
    validDomains: [new URL(page).host],
    // ReadWriteDocument in the XML manifest.
    authorization: {
      permissions: {
        resourceSpecific: [
          {
            name:
              permission === "ReadWriteDocument" ? "Document.ReadWrite.User" : "Document.Read.User",
            type: "Delegated",
          },
        ],
      },
    },
    extensions: [
      {
        requirements: {
          scopes: ["workbook"],
          capabilities: [{ name: "SharedRuntime", minVersion: sharedRuntime }],
        },
        runtimes: [
          {
            id: "SharedRuntime",
            type: "general",
            code: {
              page: text("Taskpane.Url", `${runtime}.code.page`),
              script: text("Functions.Script.Url", `${runtime}.code.script`),
            },
            lifetime: "long",
            actions: [
              { id: "ShowTaskpane", type: "openPage", pinnable: false },
              // custom-functions-overview (unified manifest tab) says the functions' runtime is
              // configured "with an actions.type property set to executeFunction"; the XML's
              // <FunctionFile> is its twin. (Microsoft's sample's actions back ribbon buttons;
              // here no button invokes this one.)
              { id: "RunFunctions", type: "executeFunction" },
            ],
            customFunctions: {
              namespace: {
                id: get("Functions.Namespace").value,
                name: text("Functions.Namespace", `${runtime}.customFunctions.namespace.name`),
              },
              allowCustomDataForDataTypeAny: true,
              // The functions by metadataUrl only, as custom-functions-json's unified tab and the
              // sample manifest have it: functions.json stays the one list, with whole
              // descriptions rather than 128-character ones, and each language's tooltips by its
              // own metadataUrl.
              metadataUrl: text("Functions.Metadata.Url", `${runtime}.customFunctions.metadataUrl`),
            },
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: "TabHome",
                groups: [
                  {
                    id: "OAIGroup",
                    label: text("Group.Label", `${group}.label`, 64),
                    icons: icons(group),
                    controls: [
                      {
                        id: "OAITaskpaneButton",
                        type: "button",
                        label: text("TaskpaneButton.Label", `${button}.label`, 64),
                        icons: icons(button),
                        supertip: {
                          title: text("TaskpaneButton.Label", `${button}.supertip.title`, 64),
                          description: text(
                            "TaskpaneButton.Tooltip",
                            `${button}.supertip.description`,
                            250
                          ),
                        },
                        actionId: "ShowTaskpane",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: text("GetStarted.Title", "extensions[0].getStartedMessages[0].title", 125),
            description: text(
              "GetStarted.Description",
              "extensions[0].getStartedMessages[0].description",
              250
            ),
            learnMoreUrl: text(
              "GetStarted.LearnMoreUrl",
              "extensions[0].getStartedMessages[0].learnMoreUrl"
            ),
          },
        ],
      },
    ],
  };

  // One file per locale any override names, with every placed value that locale overrides.
  const locales = new Set(placed.flatMap(({ key }) => Object.keys(get(key).overrides)));
  const localizations = {};
  for (const locale of [...locales].sort()) {
    const tag = locale.toLowerCase();
    const short = SHORT_DESCRIPTIONS[tag.split("-")[0]];
    if (!short) throw new Error(`no short description for ${locale}: add it to SHORT_DESCRIPTIONS`);
    const file = {
      $schema: `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`,
      "description.short": fitting(short, 80, `the short description (${tag})`),
    };
    for (const { key, jsonPath, limit } of placed) {
      const translated = inLocale(get(key).overrides, locale);
      if (translated !== undefined)
        file[jsonPath] = limit ? fitting(translated, limit, `${key} (${locale})`) : translated;
    }
    for (const required of ["name.short", "description.full"])
      if (file[required] === undefined)
        throw new Error(
          `no ${required} for ${locale}: override DisplayName and Description in manifest.xml`
        );
    localizations[tag] = file;
    manifest.localizationInfo.additionalLanguages.push({ languageTag: tag, file: `${tag}.json` });
  }
  return { manifest, localizations, version };
}

/** Errors of a manifest and its localization files against the schemas, as readable lines. */
function validateUnified(manifest, localizations) {
  const Ajv = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const problems = [];
  // The manifest schema's patterns need Unicode classes (\\p{L}); the localization schema's are
  // not valid with the u flag. Each is compiled as its patterns need.
  const compile = (schema, unicodeRegExp) => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp });
    addFormats(ajv);
    return ajv.compile(require(schema));
  };
  const checks = [[manifest, compile(SCHEMA, true), "manifest.json"]];
  const localization = compile(LOCALIZATION_SCHEMA, false);
  for (const [tag, json] of Object.entries(localizations))
    checks.push([json, localization, `${tag}.json`]);
  for (const [json, validate, file] of checks) {
    if (!validate(json))
      for (const e of validate.errors)
        problems.push(
          `${file}${e.instancePath}: ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`
        );
  }
  return problems;
}

module.exports = {
  unifiedManifest,
  validateUnified,
  readValues,
  SCHEMA_VERSION,
  SHORT_DESCRIPTIONS,
  PRIVACY_SECTION,
  LICENCE_SECTION,
};
