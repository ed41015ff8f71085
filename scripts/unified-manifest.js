// The unified manifest for Microsoft 365 (manifest.json), made from manifest.xml and functions.json
// so the two manifests cannot drift: the same id, names, icons, URLs, namespace, ribbon button,
// shared runtime and requirement sets. Checked offline against the schema @microsoft/app-manifest
// carries (custom functions from schema 1.23 on).
const SCHEMA_VERSION = "1.24";
const SCHEMA = `@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA = `@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;
/** The unified manifest's limit on a custom function's description (extensionFunction). */
const DESCRIPTION_LIMIT = 128;

/** The first match of a pattern in the XML, or an error naming what is missing. */
function pick(xml, pattern, what) {
  const m = pattern.exec(xml);
  if (!m) throw new Error(`manifest.xml has no ${what}`);
  return m[1];
}

const attr = (xml, element, id) =>
  pick(xml, new RegExp(`<${element} id="${id.replace(".", "\\.")}" DefaultValue="([^"]*)"`), id);

const shorten = (text, limit) =>
  text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;

/** manifest.json and its German localization file, from the XML manifest and functions.json. */
function unifiedManifest(xml, functionsJson) {
  const id = pick(xml, /<Id>([^<]+)<\/Id>/, "Id");
  const version = pick(xml, /<Version>(\d+\.\d+\.\d+)\.\d+<\/Version>/, "four-part Version");
  const provider = pick(xml, /<ProviderName>([^<]+)<\/ProviderName>/, "ProviderName");
  const name = pick(xml, /<DisplayName DefaultValue="([^"]+)"/, "DisplayName");
  const nameDe = pick(
    xml,
    /<DisplayName[^>]*>\s*<Override Locale="de-DE" Value="([^"]+)"/,
    "German DisplayName"
  );
  const description = pick(xml, /<Description DefaultValue="([^"]+)"/, "Description");
  const descriptionDe = pick(
    xml,
    /<Description[^>]*>\s*<Override Locale="de-DE" Value="([^"]+)"/,
    "German Description"
  );
  const support = pick(xml, /<SupportUrl DefaultValue="([^"]+)"/, "SupportUrl");
  const permission = pick(xml, /<Permissions>([^<]+)<\/Permissions>/, "Permissions");
  const sharedRuntime = pick(
    xml,
    /<Set Name="SharedRuntime" MinVersion="([^"]+)"/,
    "SharedRuntime"
  );
  const icon = (size) => ({ size, url: attr(xml, "bt:Image", `Icon.${size}x${size}`) });
  const icons = [icon(16), icon(32), icon(80)];
  const page = attr(xml, "bt:Url", "Taskpane.Url");
  const functions = JSON.parse(functionsJson);
  const host = new URL(page).host;

  const manifest = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: SCHEMA_VERSION,
    version,
    id,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "de-de", file: "de-de.json" }],
    },
    developer: { name: provider, websiteUrl: support, privacyUrl: support, termsOfUseUrl: support },
    name: { short: shorten(name, 30), full: name },
    description: { short: shorten(description, 80), full: description },
    icons: { outline: "outline.png", color: "color.png" },
    accentColor: "#107C41",
    validDomains: [host],
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
            code: { page, script: attr(xml, "bt:Url", "Functions.Script.Url") },
            lifetime: "long",
            actions: [{ id: "ShowTaskpane", type: "openPage", pinnable: false }],
            customFunctions: {
              namespace: {
                id: attr(xml, "bt:String", "Functions.Namespace"),
                name: attr(xml, "bt:String", "Functions.Namespace"),
              },
              allowCustomDataForDataTypeAny: functions.allowCustomDataForDataTypeAny === true,
              // functions.json still carries what this manifest cannot (allowErrorForDataTypeAny).
              metadataUrl: attr(xml, "bt:Url", "Functions.Metadata.Url"),
              functions: functions.functions.map((f) => ({
                id: f.id,
                name: f.name,
                description: shorten(f.description, DESCRIPTION_LIMIT),
                ...(f.helpUrl ? { helpUrl: f.helpUrl } : {}),
                parameters: f.parameters.map((p) => ({
                  name: p.name,
                  description: shorten(p.description ?? "", DESCRIPTION_LIMIT),
                  type: p.type ?? "any",
                  dimensionality: p.dimensionality ?? "scalar",
                  ...(p.optional ? { optional: true } : {}),
                })),
                result: { dimensionality: f.result.dimensionality ?? "scalar" },
              })),
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
                    label: attr(xml, "bt:String", "Group.Label"),
                    icons,
                    controls: [
                      {
                        id: "OAITaskpaneButton",
                        type: "button",
                        label: attr(xml, "bt:String", "TaskpaneButton.Label"),
                        icons,
                        supertip: {
                          title: attr(xml, "bt:String", "TaskpaneButton.Label"),
                          description: attr(xml, "bt:String", "TaskpaneButton.Tooltip"),
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
      },
    ],
  };
  // The German names: the app's and the ribbon's. Functions' descriptions have no localization
  // key in the unified manifest: German tooltips come only with the XML manifest.
  const german = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`,
    "name.short": shorten(nameDe, 30),
    "name.full": nameDe,
    "description.short": shorten(descriptionDe, 80),
    "description.full": descriptionDe,
  };
  return { manifest, german, version };
}

/** Errors of a manifest and its localization file against the schemas, as readable lines. */
function validateUnified(manifest, german) {
  const Ajv = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const problems = [];
  // The manifest schema's patterns need Unicode classes (\\p{L}); the localization schema's are
  // not valid with the u flag. Each is compiled as its patterns need.
  for (const [json, schema, file, unicodeRegExp] of [
    [manifest, SCHEMA, "manifest.json", true],
    [german, LOCALIZATION_SCHEMA, "de-de.json", false],
  ]) {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp });
    addFormats(ajv);
    const validate = ajv.compile(require(schema));
    if (!validate(json))
      for (const e of validate.errors) problems.push(`${file}${e.instancePath}: ${e.message}`);
  }
  return problems;
}

module.exports = { unifiedManifest, validateUnified, DESCRIPTION_LIMIT, SCHEMA_VERSION };
