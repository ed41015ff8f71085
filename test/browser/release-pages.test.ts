/*
 * What users receive, opened as they open it: a release (ADDIN_BASE_URL=… npm run release) and
 * dist/ served by a plain static server, every page in chromium. A page fails on any request
 * that fails or answers 400 or more (office.js's CDN and telemetry aside), on any
 * href or src that names no file, and on any Content-Security-Policy violation.
 * OAI_RELEASE_UNDER_TEST=<a release folder> opens that release instead of building one.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Browser, chromium } from "playwright-core";

import { describeInChromium } from "../support/browser-pane";

const { CHROMIUM, CHROMIUM_ARGS, serveStatic, routeOffice } = require("../../scripts/dev/browser");

const root = path.resolve(__dirname, "..", "..");
// office.js's own hosts, Microsoft's and out of reach here (no internet): its CDN (served from
// node_modules where it has the file) and the telemetry frame it opens.
const OFFICE_HOSTS = [
  "https://appsforoffice.microsoft.com/",
  "https://telemetryservice.firstpartyapps.oaspapps.com/",
];

const BASE_URL = "https://addin.example.com/oai/";

const describeBrowser = describeInChromium("the release pages' browser tests");

/** Every file under dir, relative, with "/" separators. */
function filesIn(dir: string, under = ""): string[] {
  return fs
    .readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? filesIn(dir, path.posix.join(under, e.name))
        : [path.posix.join(under, e.name)]
    );
}

/** A fresh release in a folder of its own (release/ may be another test's). */
function buildRelease(): string {
  if (process.env.OAI_RELEASE_UNDER_TEST) return path.resolve(process.env.OAI_RELEASE_UNDER_TEST);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "oai-release-pages-"));
  const result = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "commands", "release.js"), "--out", out],
    {
      cwd: root,
      env: { ...process.env, ADDIN_BASE_URL: BASE_URL },
      encoding: "utf8",
    }
  );
  if (result.status !== 0) throw new Error(`release failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

describeBrowser("what users receive, served by a static server and opened in chromium", () => {
  let browser: Browser;
  let release: string;

  beforeAll(async () => {
    release = buildRelease();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 240000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Everything wrong with one page: failed requests, statuses ≥ 400, dead references, CSP. */
  async function problemsOf(folder: string, file: string, basePath = "/"): Promise<string[]> {
    const server = await serveStatic(folder, basePath);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const fromCdn = (url: string) => OFFICE_HOSTS.some((host) => url.startsWith(host));
    page.on("requestfailed", (r) => {
      if (!fromCdn(r.url()))
        problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400 && !fromCdn(r.url())) problems.push(`${r.status()}: ${r.url()}`);
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
    await page.exposeFunction("__reportCsp", (v: string) => problems.push(`CSP: ${v}`));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
          `${e.violatedDirective} blocked ${e.blockedURI || "inline"}`
        )
      )
    );
    // Listened for from the start: office.js may open its telemetry frame before the page idles.
    const telemetryRequested = new Promise<boolean>((resolve) =>
      page.on("request", (r) => {
        if (r.url().startsWith(OFFICE_HOSTS[1])) resolve(false);
      })
    );
    await routeOffice(page);
    try {
      await page.goto(`${server.url}${basePath}${file}`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      // office.js goes on starting after it is ready: it opens its telemetry frame about 2.5 s
      // later (observed). Watch a page that loads it until the browser requests that frame (its
      // CSP allowed it), 15 s at most on a busy machine (a blocked frame is never requested: reported).
      if (await page.evaluate(() => "Office" in window)) {
        let timer: NodeJS.Timeout | undefined;
        const gaveUp = new Promise<boolean>(
          (resolve) => (timer = setTimeout(resolve, 15_000, true))
        );
        if (await Promise.race([telemetryRequested, gaveUp]))
          problems.push(`${file}: office.js opened no telemetry frame within 15 s`);
        clearTimeout(timer);
      }
      // A policy that allows inline styles or scripts would hide what the CSP check looks for.
      const policy = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (m) =>
        m.map((e) => e.getAttribute("content") ?? "").join(" ")
      );
      if (!policy) problems.push(`${file} has no Content-Security-Policy`);
      if (policy.includes("'unsafe-inline'")) problems.push(`${file}'s CSP allows 'unsafe-inline'`);
      // Every reference in the page (loaded or only linked) must name a file that is there.
      const references: string[] = await page.$$eval("[href], [src]", (elements) =>
        elements.flatMap((e) =>
          ["href", "src"]
            .map((a) => e.getAttribute(a))
            .filter((v): v is string => v !== null)
            .map((v) => new URL(v, document.baseURI).href)
        )
      );
      for (const reference of references) {
        const url = new URL(reference);
        if (url.origin !== new URL(server.url).origin) continue; // office.js, links out
        const pathname = decodeURIComponent(url.pathname);
        const target = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : "";
        if (!target || !fs.existsSync(path.join(folder, target)))
          problems.push(`${file} names ${pathname}, which is not a file under ${basePath}`);
      }
    } finally {
      await context.close();
      await server.close();
    }
    return problems;
  }

  const pagesOf = (folder: string) => filesIn(folder).filter((f) => f.endsWith(".html"));

  test("release/addin/: every page loads whole, every reference is a file, no CSP violation", async () => {
    const folder = path.join(release, "addin");
    const pages = pagesOf(folder);
    // Served at ADDIN_BASE_URL's path, as the host will: a reference to "/x" would miss it.
    expect(pages.map((p) => p.replace(/\.[0-9a-f]{8}\.html$/, ".html")).sort()).toEqual([
      "help.html",
      "taskpane.html",
    ]);
    const found: Record<string, string[]> = {};
    for (const file of pages)
      found[file] = await problemsOf(folder, file, new URL(BASE_URL).pathname);
    expect(found).toEqual(Object.fromEntries(pages.map((file) => [file, []])));
  }, 120000);

  test("the release's manifests name only files of release/addin/", () => {
    const base = "https://addin.example.com/oai/";
    const urls = [
      ...fs
        .readFileSync(path.join(release, "manifest.xml"), "utf8")
        .matchAll(/"(https:\/\/[^"]+)"/g),
      ...fs
        .readFileSync(path.join(release, "manifest.json"), "utf8")
        .matchAll(/"(https:\/\/[^"]+)"/g),
    ]
      .map((m) => m[1].split("#")[0])
      .filter((u) => u.startsWith(base));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of new Set(urls))
      expect([url, fs.existsSync(path.join(release, "addin", url.slice(base.length)))]).toEqual([
        url,
        true,
      ]);
  });

  test("dist/ (npm start's files): every page loads whole, every reference is a file, no CSP violation", async () => {
    const folder = path.join(root, "dist");
    const pages = pagesOf(folder);
    expect(pages.sort()).toEqual(["help.html", "taskpane.html"]);
    const found: Record<string, string[]> = {};
    for (const file of pages) found[file] = await problemsOf(folder, file);
    expect(found).toEqual(Object.fromEntries(pages.map((file) => [file, []])));
  }, 120000);
});
