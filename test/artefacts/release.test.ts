/*
 * npm run release: what an analyst uploads for a team. Two releases for two base URLs, so that
 * the files whose content differs can be compared: they must never share a URL.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
const {
  validateAgainstXsd,
  checkBeyondXsd,
  pngSize,
  schemaDir,
} = require("../../scripts/release/manifest-checks");
const { unifiedManifest, validateUnified } = require("../../scripts/release/unified-manifest");
const { unzip } = require("../../scripts/release/zip");
const { idFor, withIdentity } = require("../../scripts/commands/release");

const root = path.resolve(__dirname, "..", "..");
const { version } = require("../../package.json");
const BASE = "https://addin.example.com/oai/";
const OTHER_BASE = "https://addin.example.com/oai-v2/";

/** Every file under dir, relative. */
function filesIn(dir: string, under = ""): string[] {
  return fs
    .readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesIn(dir, path.join(under, e.name)) : [path.join(under, e.name)]
    );
}

/** A release into a folder of its own (release/ may be another test's). */
function release(base: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "oai-release-"));
  const result = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "commands", "release.js"), "--out", out],
    { cwd: root, env: { ...process.env, ADDIN_BASE_URL: base }, encoding: "utf8" }
  );
  if (result.status !== 0) throw new Error(`release failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

/** The pixels of an 8-bit RGB or RGBA PNG (every filter type), as RGBA. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const zlib = require("zlib");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colourType] = [png[24], png[25]];
  if (depth !== 8 || (colourType !== 6 && colourType !== 2))
    throw new Error(`not an 8-bit RGB(A) PNG (${depth}, ${colourType})`);
  const channels = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT")
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw: Buffer = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predictor = [0, a, b, (a + b) >> 1, paeth()][filter];
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++)
    pixels.copy(rgba, i * 4, i * channels, i * channels + channels);
  return { width, height, rgba };
}

let first: string;
let second: string;
beforeAll(() => {
  second = release(OTHER_BASE);
  first = release(BASE);
}, 240000);

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file));

describe(`ADDIN_BASE_URL=${BASE} npm run release`, () => {
  test("writes the files to upload, both manifests and the app package", () => {
    for (const f of ["manifest.xml", "manifest.json", `oai-leak-addin-${version}.zip`, "addin"])
      expect(fs.existsSync(path.join(first, f))).toBe(true);
    const names = filesIn(path.join(first, "addin"));
    for (const pattern of [
      /^taskpane\.[0-9a-f]{8}\.html$/,
      /^taskpane\.[0-9a-f]{8}\.css$/,
      /^help\.[0-9a-f]{8}\.html$/,
      /^help\.[0-9a-f]{8}\.css$/,
      /^functions\.[0-9a-f]{8}\.js$/,
      /^functions\.[0-9a-f]{8}\.json$/,
      /^functions-de\.[0-9a-f]{8}\.json$/,
      /^workbook\.[0-9a-f]{8}\.js$/,
      /^assets[/\\]icon-80\.[0-9a-f]{8}\.png$/,
      /^docs[/\\]card\.[0-9a-f]{8}\.png$/,
    ])
      expect([String(pattern), names.some((n) => pattern.test(n))]).toEqual([
        String(pattern),
        true,
      ]);
    // Every file is named by its content; no source map, nor a comment naming one.
    expect(names.filter((n) => !/\.[0-9a-f]{8}\.[a-z]+$/.test(n))).toEqual([]);
    for (const n of names.filter((n) => /\.(js|css)$/.test(n)))
      expect([
        n,
        read(path.join(first, "addin"), n).toString().includes("sourceMappingURL"),
      ]).toEqual([n, false]);
  });

  (fs.existsSync(schemaDir) ? test : test.skip)(
    "manifest.xml is valid against Microsoft's XSD, with every icon at its size",
    async () => {
      const xml = read(first, "manifest.xml").toString();
      const result = await validateAgainstXsd(xml);
      expect(result.errors).toEqual([]);
      expect(checkBeyondXsd(xml, path.join(first, "addin", "assets"))).toEqual([]);
    }
  );

  const fromPackage = (name: string) =>
    unzip(read(first, `oai-leak-addin-${version}.zip`)).find(
      (e: { name: string }) => e.name === name
    )?.data;
  const german = () => JSON.parse(fromPackage("de-de.json").toString());

  test("manifest.json and de-de.json are valid against the bundled schemas, and the checks can fail", () => {
    const manifest = JSON.parse(read(first, "manifest.json").toString());
    expect(validateUnified(manifest, { "de-de": german() })).toEqual([]);
    const broken = { ...manifest, icons: {} };
    expect(validateUnified(broken, { "de-de": german() }).join("\n")).toMatch(/icons.*outline/);
    // A key the localization schema does not have is rejected, by name.
    const wrongKey = { ...german(), "extensions[0].ribbons[0].tabs[0].groups[0].tooltip": "x" };
    expect(validateUnified(manifest, { "de-de": wrongKey }).join("\n")).toMatch(
      /de-de\.json.*must NOT have additional properties.*groups\[0\]\.tooltip/
    );
    // And a German text over the field's limit.
    const tooLong = { ...german(), "name.short": "x".repeat(31) };
    expect(validateUnified(manifest, { "de-de": tooLong }).join("\n")).toMatch(
      /de-de\.json\/name\.short: must NOT have more than 30 characters/
    );
  });

  test("de-de.json carries the German ribbon, supertip, get-started texts and the German functions' metadata", () => {
    const de = german();
    const manifest = JSON.parse(read(first, "manifest.json").toString());
    const button = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";
    expect(de["name.short"]).toBe("OpenAI-Leak-Zahlen");
    expect(de["extensions[0].ribbons[0].tabs[0].groups[0].label"]).toBe("OpenAI-Leak");
    expect(de[`${button}.label`]).toBe("Leak-Zahlen");
    expect(de[`${button}.supertip.description`]).toMatch(/^Zeigt die geleakten OpenAI-Zahlen/);
    expect(de["extensions[0].getStartedMessages[0].title"]).toMatch(/bereit/);
    // The functions' German tooltips: functions-de.json, a file of this release.
    const metadataUrl = de["extensions[0].runtimes[0].customFunctions.metadataUrl"];
    expect(metadataUrl).toMatch(new RegExp(`^${BASE}functions-de\\.[0-9a-f]{8}\\.json$`));
    const metadata = JSON.parse(
      read(path.join(first, "addin"), metadataUrl.slice(BASE.length)).toString()
    );
    expect(
      metadata.functions.find((f: { id: string }) => f.id === "INFERENCECOST").description
    ).toMatch(/^OpenAIs veröffentlichte Inferenzkosten/);
    expect(manifest.localizationInfo.additionalLanguages).toContainEqual({
      languageTag: "de-de",
      file: "de-de.json",
    });
  });

  test("every override of manifest.xml becomes a localization file: another locale shows up by itself", () => {
    const xml = read(first, "manifest.xml")
      .toString()
      .replace(
        '<Override Locale="de-DE" Value="OpenAI-Leak-Zahlen" />',
        '<Override Locale="de-DE" Value="OpenAI-Leak-Zahlen" /><Override Locale="de-BE" Value="OpenAI-Leak-Zahlen (BE)" />'
      )
      .replace(
        /(<bt:String id="Group\.Label"[^>]*>\s*<bt:Override Locale="de-DE" Value="OpenAI-Leak" \/>)/,
        '$1<bt:Override Locale="de-BE" Value="OpenAI-Leak (BE)" />'
      );
    const { manifest, localizations } = unifiedManifest(xml);
    expect(Object.keys(localizations)).toContain("de-be");
    expect(localizations["de-be"]["name.short"]).toBe("OpenAI-Leak-Zahlen (BE)");
    expect(localizations["de-be"]["extensions[0].ribbons[0].tabs[0].groups[0].label"]).toBe(
      "OpenAI-Leak (BE)"
    );
    // What de-BE does not override it takes from its language's own locale, de-DE.
    expect(localizations["de-be"]["description.short"]).toBe(
      localizations["de-de"]["description.short"]
    );
    expect(localizations["de-be"]["description.full"]).toBe(
      localizations["de-de"]["description.full"]
    );
    expect(localizations["de-be"]["extensions[0].getStartedMessages[0].title"]).toMatch(/bereit/);
    expect(validateUnified(manifest, localizations)).toEqual([]);
  });

  test("no text is cut: every text is whole, and one that does not fit fails the release by name", () => {
    const manifest = JSON.parse(read(first, "manifest.json").toString());
    const texts = [
      manifest.name.short,
      manifest.name.full,
      manifest.description.short,
      manifest.description.full,
      ...Object.values(german()).filter((v): v is string => typeof v === "string"),
    ];
    // Whole means: a value manifest.xml holds in full, or a text that ends a sentence. A cut one
    // ("OpenAI Leak Fig", "…the revenue share and") is neither.
    const decode = (v: string) =>
      v.replace(
        /&(amp|lt|gt|quot|apos);/g,
        (_m, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e as "amp"]
      );
    const xmlValues = new Set(
      [
        ...read(first, "manifest.xml")
          .toString()
          .matchAll(/(?:Default)?Value="([^"]*)"/g),
      ].map((m) => decode(m[1]))
    );
    const whole = (t: string) => xmlValues.has(t) || /^https:\/\//.test(t) || /[.!?)]$/.test(t);
    for (const t of texts) expect([t, whole(t)]).toEqual([t, true]);
    expect(whole("OpenAI Leak Fig")).toBe(false);
    expect(manifest.description.short).toMatch(/\.$/);
    expect(german()["description.short"]).toMatch(/\.$/);
    const xml = read(first, "manifest.xml")
      .toString()
      .replace('DefaultValue="Leak figures"', `DefaultValue="${"Leak figures ".repeat(6)}"`);
    expect(() => unifiedManifest(xml)).toThrow(/TaskpaneButton\.Label .*over the 64 allowed/);
  });

  test("a release has its own add-in id, never the development manifest's: one per base URL, the same in both manifests", () => {
    const devId = /<Id>([^<]+)<\/Id>/.exec(
      fs.readFileSync(path.join(root, "manifest.xml"), "utf8")
    )![1];
    const idOf = (dir: string) =>
      /<Id>([^<]+)<\/Id>/.exec(read(dir, "manifest.xml").toString())![1];
    expect(idOf(first)).not.toBe(devId);
    expect(idOf(first)).toBe(idFor(BASE));
    expect(idOf(second)).toBe(idFor(OTHER_BASE));
    expect(idOf(first)).not.toBe(idOf(second));
    expect(JSON.parse(read(first, "manifest.json").toString()).id).toBe(idOf(first));
  });
  test("privacyUrl and termsOfUseUrl name sections of the released help page that say what is sent and the licence", () => {
    const { developer } = JSON.parse(read(first, "manifest.json").toString());
    for (const [url, says] of [
      [developer.privacyUrl, /sends no data/i],
      [developer.termsOfUseUrl, /MIT/],
    ] as const) {
      const [file, anchor] = url.slice(BASE.length).split("#");
      const html = read(path.join(first, "addin"), file).toString();
      const at = html.search(new RegExp(`id="?${anchor}"?>`));
      expect([url, at]).not.toEqual([url, -1]);
      expect(html.slice(at, html.indexOf("<h2", at + 1))).toMatch(says);
    }
  });

  test("the functions by metadataUrl, as Microsoft's docs and sample have it, and a runtime action of type executeFunction", () => {
    const manifest = JSON.parse(read(first, "manifest.json").toString());
    const runtime = manifest.extensions[0].runtimes[0];
    expect(runtime.customFunctions.functions).toBeUndefined();
    expect(runtime.customFunctions.metadataUrl).toMatch(
      new RegExp(`^${BASE}functions\\.[0-9a-f]{8}\\.json$`)
    );
    expect(runtime.actions.map((a: { type: string }) => a.type).sort()).toEqual([
      "executeFunction",
      "openPage",
    ]);
  });

  test("one version everywhere: package.json, manifest.xml (four parts), manifest.json, the pane's footer", () => {
    expect(read(first, "manifest.xml").toString()).toContain(`<Version>${version}.0</Version>`);
    expect(JSON.parse(read(first, "manifest.json").toString()).version).toBe(version);
    const pane = filesIn(path.join(first, "addin")).find((f) => /^taskpane\..*\.html$/.test(f))!;
    expect(read(path.join(first, "addin"), pane).toString()).toContain(`v${version}`);
  });

  test("the app package holds the manifest, its German names and the icons at the sizes the schema asks", () => {
    const entries = unzip(read(first, `oai-leak-addin-${version}.zip`));
    // One localization file per locale manifest.xml overrides (de-at, de-ch, de-de, de-li, de-lu),
    // as the manifest lists.
    const languages = JSON.parse(read(first, "manifest.json").toString()).localizationInfo
      .additionalLanguages as { file: string }[];
    expect(languages.map((l) => l.file)).toContain("de-de.json");
    expect(entries.map((e: { name: string }) => e.name).sort()).toEqual(
      ["color.png", "manifest.json", "outline.png", ...languages.map((l) => l.file)].sort()
    );
    const get = (name: string) => entries.find((e: { name: string }) => e.name === name).data;
    expect(pngSize(get("color.png"))).toEqual({ width: 192, height: 192 });
    expect(pngSize(get("outline.png"))).toEqual({ width: 32, height: 32 });
    expect(get("manifest.json").toString()).toBe(read(first, "manifest.json").toString());
  });

  test("the app package's icons: colour on a solid square with the symbol in the safe area; outline white on transparent", () => {
    const colour = decodePng(fromPackage("color.png"));
    const pixel = (x: number, y: number) => [
      ...colour.rgba.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4),
    ];
    const background = pixel(0, 0);
    // Solid (every pixel opaque) or fully transparent (every pixel outside the symbol clear).
    const solid = background[3] === 255;
    const safe = (n: number) => n >= 48 && n < 144; // the central 96 × 96 of 192
    let symbol = 0;
    for (let y = 0; y < 192; y++)
      for (let x = 0; x < 192; x++) {
        const p = pixel(x, y);
        if (solid) expect(p[3]).toBe(255);
        const isBackground = p.every((v, i) => v === background[i]);
        if (!isBackground) {
          symbol++;
          expect([x, y, safe(x) && safe(y)]).toEqual([x, y, true]);
        }
      }
    expect(symbol).toBeGreaterThan(500);
    if (!solid) expect(background[3]).toBe(0);

    const outline = decodePng(fromPackage("outline.png"));
    let white = 0;
    for (let i = 0; i < 32 * 32; i++) {
      const [r, g, b, a] = outline.rgba.subarray(i * 4, i * 4 + 4);
      if (a > 0) {
        expect([r, g, b]).toEqual([255, 255, 255]);
        white++;
      }
    }
    expect(white).toBeGreaterThan(50);
    expect(white).toBeLessThan(32 * 32); // transparent around it
  });

  test("no release file names localhost, and every URL the manifests name is a file of the release", () => {
    for (const f of filesIn(first).filter((f) => /\.(html|js|json|xml|css)$/.test(f)))
      expect([f, /localhost|127\.0\.0\.1/.test(read(first, f).toString())]).toEqual([f, false]);
    const urls = [
      ...read(first, "manifest.xml")
        .toString()
        .matchAll(/"(https:\/\/[^"]+)"/g),
      ...read(first, "manifest.json")
        .toString()
        .matchAll(/"(https:\/\/addin[^"]+)"/g),
    ].map((m) => m[1].split("#")[0]);
    for (const url of new Set(urls)) {
      if (!url.startsWith(BASE)) continue;
      expect([url, fs.existsSync(path.join(first, "addin", url.slice(BASE.length)))]).toEqual([
        url,
        true,
      ]);
    }
  });

  test("two releases: every file whose content changed has a new URL (caches can never mix them)", () => {
    const logical = (f: string) => f.replace(/\.[0-9a-f]{8}(\.[a-z]+)$/, "$1");
    const byName = (dir: string) =>
      new Map(filesIn(path.join(dir, "addin")).map((f) => [logical(f), f] as const));
    const a = byName(first);
    const b = byName(second);
    let changed = 0;
    for (const [name, fileA] of a) {
      const fileB = b.get(name)!;
      const same = read(path.join(first, "addin"), fileA).equals(
        read(path.join(second, "addin"), fileB)
      );
      if (!same) {
        changed++;
        expect([name, fileA === fileB]).toEqual([name, false]);
      }
    }
    expect(changed).toBeGreaterThanOrEqual(2); // both metadata files name the help page's host
  });

  test("refuses a base URL that is not https, or is this machine", () => {
    for (const base of [
      "http://addin.example.com/",
      "https://localhost:3000/",
      "https://addin.example.com/no-slash",
    ]) {
      const r = spawnSync(
        process.execPath,
        [path.join(root, "scripts", "commands", "release.js")],
        {
          cwd: root,
          env: { ...process.env, ADDIN_BASE_URL: base },
          encoding: "utf8",
        }
      );
      expect([base, r.status]).toEqual([base, 1]);
    }
  });
});

describe("the hosting guide and the host files, from one table (scripts/hosting.js)", () => {
  const {
    hostConfigFiles,
    block,
    FILE_KINDS,
    HOST_RULES,
  } = require("../../scripts/release/hosting");

  test("the deployment page's hosting block is the table (node scripts/hosting.js --readme)", () => {
    const readme = fs.readFileSync(path.join(root, "docs", "deployment.md"), "utf8");
    expect(readme).toContain(block());
    for (const { host } of HOST_RULES) expect(readme).toContain(`| ${host} |`);
  });

  test("every host file the guide names is made, and a release ships them", () => {
    const files = hostConfigFiles(BASE);
    for (const { file } of HOST_RULES)
      for (const name of file.split(", ")) expect([name, name in files]).toEqual([name, true]);
    for (const [name, text] of Object.entries(files))
      expect([name, fs.readFileSync(path.join(first, "hosting", name), "utf8")]).toEqual([
        name,
        text,
      ]);
  });

  test("CORS for the functions' metadata only, a long cache for named-by-content files, no frame headers", () => {
    const files = hostConfigFiles();
    const swa = JSON.parse(files["staticwebapp.config.json"]);
    for (const kind of FILE_KINDS as {
      ext: string;
      cors: boolean;
      cache: string;
      type: string;
    }[]) {
      const route = swa.routes.find((r: { route: string }) => r.route === `/*.{${kind.ext}}`);
      expect(route.headers["Access-Control-Allow-Origin"]).toBe(kind.cors ? "*" : undefined);
      expect(route.headers["Cache-Control"]).toBe(kind.cache);
      expect(swa.mimeTypes[`.${kind.ext}`]).toBe(kind.type);
      const location = new RegExp(
        `location ~\\* \\\\\\.${kind.ext}\\$ \\{([\\s\\S]*?)\\n    \\}`
      ).exec(files["nginx-oai-addin.conf"])![1];
      // A location with an add_header of its own inherits none: each sets nosniff itself.
      expect(location).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(location.includes("Access-Control-Allow-Origin")).toBe(kind.cors);
      expect(location).toContain(`default_type "${kind.type}"`);
    }
    expect(FILE_KINDS.find((k: { ext: string }) => k.ext === "json").cors).toBe(true);
    for (const text of Object.values(files) as string[])
      expect(text).not.toMatch(/add_header X-Frame-Options|"X-Frame-Options"|frame-ancestors '/);
    expect(JSON.parse(files["s3-cors.json"]).CORSRules[0].AllowedMethods).toContain("GET");
  });

  test("nginx: every location nested in one `location ^~` for the base path, with a root; no regex block of its own at server level", () => {
    const conf = hostConfigFiles(BASE)["nginx-oai-addin.conf"];
    const code = conf.replace(/^#.*\n/gm, "");
    expect(code.startsWith("location ^~ /oai/ {\n    root ")).toBe(true);
    expect(code.trimEnd().endsWith("\n}")).toBe(true);
    // Only the outer block starts at the line's start; the per-extension ones are inside it.
    expect(code.match(/^location /gm)).toHaveLength(1);
    expect(code.match(/^ {4}location ~\* /gm)).toHaveLength(FILE_KINDS.length);
    expect(read(first, "hosting/nginx-oai-addin.conf").toString()).toBe(conf);
  });

  test("S3 behind CloudFront: Origin forwarded and in the cache key, nosniff from a headers policy that adds no X-Frame-Options", () => {
    const s3 = HOST_RULES.find((h: { host: string }) => h.host === "S3 behind CloudFront").how;
    expect(s3).toMatch(/only to a request that carries `Origin`/);
    expect(s3).toMatch(/cache key/);
    expect(s3).toMatch(/SecurityHeadersPolicy.*X-Frame-Options/);
    const policy = JSON.parse(hostConfigFiles(BASE)["cloudfront-headers-policy.json"]);
    expect(policy.SecurityHeadersConfig).toEqual({ ContentTypeOptions: { Override: true } });
  });
});

describe("the unified manifest is made from manifest.xml", () => {
  test("a change to the XML manifest shows in manifest.json: they cannot drift", () => {
    const xml = fs
      .readFileSync(path.join(root, "dist", "manifest.xml"), "utf8")
      .replace('DefaultValue="Leak figures"', 'DefaultValue="Figures"');
    const { manifest } = unifiedManifest(xml);
    expect(manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label).toBe("Figures");
  });
});

// nginx itself, where it is installed (apt-get install nginx): the snippet as a host runs it.
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((f) => fs.existsSync(f));
if (!NGINX)
  console.warn(
    "SKIPPED: nginx is not installed, so its snippet is not run (apt-get install -y nginx)."
  );

describe("nginx with the release's snippet, beside a server's own blocks", () => {
  (NGINX ? test : test.skip)(
    "serves every file under the base path with its type, cache, CORS and nosniff, and no X-Frame-Options",
    async () => {
      const { FILE_KINDS } = require("../../scripts/release/hosting");
      const http = require("http");
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oai-nginx-"));
      fs.chmodSync(dir, 0o755);
      const www = path.join(dir, "www");
      fs.cpSync(path.join(first, "addin"), path.join(www, "oai"), { recursive: true });
      fs.copyFileSync(path.join(first, "manifest.xml"), path.join(www, "oai", "manifest.xml"));
      const snippet = read(first, "hosting/nginx-oai-addin.conf")
        .toString()
        .replace("root /var/www/html;", `root ${www};`);
      fs.writeFileSync(path.join(dir, "oai.conf"), snippet);
      const port = 20000 + Math.floor(Math.random() * 20000);
      const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .map((t) => `${t}_temp_path ${dir}/${t};`)
        .join(" ");
      fs.writeFileSync(
        path.join(dir, "nginx.conf"),
        `${process.getuid?.() === 0 ? "user root;" : ""}
pid ${dir}/nginx.pid;
events {}
http {
  access_log off; ${temp}
  include /etc/nginx/mime.types;
  server {
    listen 127.0.0.1:${port};
    # What a server often has already: a header for every page, a regex block for .json files.
    add_header X-Frame-Options "DENY" always;
    location ~* \\.json$ { return 418; }
    include ${dir}/oai.conf;
  }
}
`
      );
      const server = spawn(NGINX!, [
        "-p",
        dir,
        "-e",
        `${dir}/error.log`,
        "-c",
        `${dir}/nginx.conf`,
        "-g",
        "daemon off;",
      ]);
      const get = (url: string) =>
        new Promise<{ status: number; headers: Record<string, string> }>((resolve, reject) =>
          http
            .get(
              { host: "127.0.0.1", port, path: url },
              (res: {
                statusCode: number;
                headers: Record<string, string>;
                resume: () => void;
              }) => {
                res.resume();
                resolve({ status: res.statusCode, headers: res.headers });
              }
            )
            .on("error", reject)
        );
      try {
        for (let i = 0; ; i++) {
          try {
            await get("/");
            break;
          } catch {
            if (i > 50)
              throw new Error(
                `nginx did not start: ${fs.readFileSync(`${dir}/error.log`, "utf8")}`
              );
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        const files = filesIn(path.join(www, "oai")).map((f) => f.split(path.sep).join("/"));
        for (const kind of FILE_KINDS as {
          ext: string;
          type: string;
          cache: string;
          cors: boolean;
        }[]) {
          const file = files.find((f) => f.endsWith(`.${kind.ext}`))!;
          const res = await get(`/oai/${file}`);
          expect([
            file,
            res.status,
            res.headers["content-type"],
            res.headers["cache-control"],
          ]).toEqual([file, 200, kind.type, kind.cache]);
          expect([file, res.headers["access-control-allow-origin"]]).toEqual([
            file,
            kind.cors ? "*" : undefined,
          ]);
          expect([file, res.headers["x-content-type-options"]]).toEqual([file, "nosniff"]);
          expect([file, res.headers["x-frame-options"]]).toEqual([file, undefined]);
        }
      } finally {
        server.kill();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    30000
  );
});

describe("a release's identity: ADDIN_ID, ADDIN_NAME, ADDIN_PROVIDER", () => {
  const dev = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  const devId = /<Id>([^<]+)<\/Id>/.exec(dev)![1];

  test("defaults: an id made from the base URL, the development name and provider", () => {
    const xml = withIdentity(dev, BASE, {});
    expect(xml).toContain(`<Id>${idFor(BASE)}</Id>`);
    expect(idFor(BASE)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(xml).toContain("<ProviderName>OpenAI Leak Figures project</ProviderName>");
    expect(xml).toContain('<DisplayName DefaultValue="OpenAI Leak Figures">');
  });

  test("each one set is in the manifest, the name in every language, escaped", () => {
    const id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const xml = withIdentity(dev, BASE, {
      ADDIN_ID: id,
      ADDIN_NAME: "Contoso Leak & Figures",
      ADDIN_PROVIDER: "Contoso <Finance>",
    });
    expect(xml).toContain(`<Id>${id}</Id>`);
    expect(xml).toContain("<ProviderName>Contoso &lt;Finance&gt;</ProviderName>");
    const names = /<DisplayName\b[\s\S]*?<\/DisplayName>/.exec(xml)![0];
    expect([...names.matchAll(/Value="([^"]*)"/g)].map((m) => m[1])).toEqual(
      Array(6).fill("Contoso Leak &amp; Figures")
    );
    expect(unifiedManifest(xml).manifest.id).toBe(id);
    expect(unifiedManifest(xml).manifest.developer.name).toBe("Contoso <Finance>");
  });

  test("refuses the development id, a non-GUID, an empty or too long name", () => {
    expect(() => withIdentity(dev, BASE, { ADDIN_ID: devId.toUpperCase() })).toThrow(/development/);
    expect(() => withIdentity(dev, BASE, { ADDIN_ID: "my-addin" })).toThrow(/GUID/);
    expect(() => withIdentity(dev, BASE, { ADDIN_NAME: " " })).toThrow(/ADDIN_NAME/);
    expect(() => withIdentity(dev, BASE, { ADDIN_NAME: "x".repeat(31) })).toThrow(/30/);
  });
});

describe("npm run validate", () => {
  const validate = (env: Record<string, string>) =>
    spawnSync(
      process.execPath,
      [path.join(root, "scripts", "commands", "validate.js"), "manifest.xml"],
      {
        cwd: root,
        env: { ...process.env, ...env },
        encoding: "utf8",
      }
    );

  test("without the XSDs it says the XSD check was skipped, and never that the manifest is valid", () => {
    const r = validate({ OAI_XSD_DIR: path.join(os.tmpdir(), "no-schemas-here") });
    expect(r.status).toBe(0);
    const said = `${r.stdout}${r.stderr}`;
    expect(said).toMatch(/XSD check was SKIPPED/);
    expect(said).not.toMatch(/\bvalid\b/);
  });

  (fs.existsSync(schemaDir) ? test : test.skip)("with them it says valid against the XSD", () => {
    const r = validate({});
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/is valid against the XSD/);
  });
});

describe("the docs' count of functions", () => {
  test('is the metadata\'s: every "N ids", "all N functions" or "N `OAI.` functions" in the README and docs/ says as many as functions.json has', () => {
    const count = JSON.parse(fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8"))
      .functions.length;
    const words = [
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
    ];
    const pages = [
      "README.md",
      ...fs
        .readdirSync(path.join(root, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => path.join("docs", f)),
    ];
    const readme = pages.map((p) => fs.readFileSync(path.join(root, p), "utf8")).join("\n");
    const number = `(${words.join("|")}|\\d+)`;
    const said = [
      ...readme.matchAll(
        new RegExp(
          `\\b${number} ids\\b|\\ball ${number} (?:OAI )?functions\\b|\\b${number} \`OAI\\.\` functions\\b`,
          "gi"
        )
      ),
    ].map((m) => (m[1] ?? m[2] ?? m[3]).toLowerCase());
    expect(said.length).toBeGreaterThan(0);
    for (const n of said)
      expect([n, words.indexOf(n) === count || Number(n) === count]).toEqual([n, true]);
  });
});
