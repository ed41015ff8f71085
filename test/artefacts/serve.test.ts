import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as tls from "tls";
import * as path from "path";
import { freePort, startDevServer } from "../support/dev-server";
const { certificateDirectory } = require("../../scripts/dev/certificates");
const {
  pidFileFor,
  runsThisScript,
  splitCommandLine,
  wholeTails,
  stop,
} = require("../../scripts/commands/serve");

const root = path.resolve(__dirname, "..", "..");
const serveScript = path.join(root, "scripts", "commands", "serve.js");

/** GET over HTTPS, trusting only the development CA that npm start made. */
function get(
  port: number,
  file: string
): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  const ca = fs.readFileSync(path.join(certificateDirectory, "ca.crt"));
  return new Promise((resolve, reject) => {
    https
      .get({ host: "localhost", port, path: file, ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode!,
            type: String(res.headers["content-type"]),
            body,
            headers: res.headers,
          })
        );
      })
      .on("error", reject);
  });
}

describe("npm start: the HTTPS server", () => {
  let server: ChildProcess;
  let port: number;
  let output = "";

  beforeAll(async () => {
    port = await freePort();
    server = spawn(process.execPath, [serveScript], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
    });
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20000);
      server.stdout!.on("data", () => {
        if (output.includes("Press Ctrl+C")) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
  });

  afterAll(() => {
    server?.kill();
  });

  test("serves functions.json with a certificate from its own development CA", async () => {
    const res = await get(port, "/functions.json");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/application\/json/);
    expect(JSON.parse(res.body).functions).toHaveLength(9);
  });

  test("serves the manifest, the page, the bundle and the icons", async () => {
    for (const [file, type] of [
      ["/manifest.xml", /xml/],
      ["/taskpane.html", /text\/html/],
      ["/functions.js", /javascript/],
      ["/assets/icon-80.png", /image\/png/],
      ["/help.html", /text\/html/],
      ["/functions-de.json", /application\/json/],
    ] as const) {
      const res = await get(port, file);
      expect([file, res.status]).toEqual([file, 200]);
      expect(res.type).toMatch(type);
    }
  });

  test("answers 404 for what is not there and never serves outside dist/", async () => {
    expect((await get(port, "/nothing.js")).status).toBe(404);
    expect((await get(port, "/../package.json")).status).not.toBe(200);
    expect([403, 404]).toContain((await get(port, "/..%2fpackage.json")).status);
    expect([400, 404]).toContain((await get(port, "/%E0%A4%A")).status);
    expect((await get(port, "/functions.json")).status).toBe(200); // and it is still up
  });

  /** Raw bytes over TLS, as any page or program on the machine could send them: the first line back. */
  function raw(request: string | Buffer): Promise<string> {
    const ca = fs.readFileSync(path.join(certificateDirectory, "ca.crt"));
    return new Promise((resolve) => {
      let answer = "";
      const socket = tls.connect({ host: "localhost", port, ca, servername: "localhost" }, () =>
        socket.write(request)
      );
      socket.setEncoding("latin1");
      socket.on("data", (d) => (answer += d));
      const finish = () => resolve(answer.split("\r\n")[0]);
      socket.on("end", finish);
      socket.on("close", finish);
      socket.on("error", finish);
      setTimeout(() => socket.destroy(), 5000);
    });
  }

  const request = (method: string, target: string) =>
    `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;

  test.each([
    ["a NUL byte", request("GET", "/%00")],
    ["a NUL byte in a file name", request("GET", "/functions.json%00.png")],
    ["bad percent-encoding", request("GET", "/%E0%A4%A")],
    ["a lone percent", request("GET", "/%")],
    ["../ plain", request("GET", "/../package.json")],
    ["../ encoded", request("GET", "/..%2f..%2fpackage.json")],
    ["../ double-encoded", request("GET", "/%252e%252e%252fpackage.json")],
    ["dots encoded", request("GET", "/%2e%2e/%2e%2e/package.json")],
    ["backslashes", request("GET", "/..\\..\\package.json")],
    ["encoded backslashes", request("GET", "/..%5c..%5cpackage.json")],
    ["an absolute path", request("GET", "//etc/passwd")],
    ["a 64 KB path", request("GET", `/${"a".repeat(64 * 1024)}`)],
    ["POST", request("POST", "/functions.json")],
    ["OPTIONS", request("OPTIONS", "*")],
    ["bytes that are not HTTP", Buffer.from([0, 1, 2, 3, 255, 13, 10, 13, 10])],
  ])(
    "%s: answered with a status, nothing from outside dist/, and it keeps serving",
    async (_what, req) => {
      const first = await raw(req);
      expect(first).toMatch(/^HTTP\/1\.1 [1-5]\d\d /);
      expect(first).not.toMatch(/^HTTP\/1\.1 200/);
      expect((await get(port, "/functions.json")).status).toBe(200);
    }
  );

  test("prints how to sideload, and on Linux says there is no Excel here", () => {
    expect(output).toContain(`https://localhost:${port}`);
    expect(output).toMatch(/Upload My Add-in/);
    const { sideloadToolVersion } = require("../../package.json").config;
    expect(output).toContain(`npx --yes office-addin-debugging@${sideloadToolVersion} start`);
    expect(output).toMatch(/office-addin-debugging@\S+ stop \S*manifest-\d+\.xml desktop/);
    if (process.platform === "linux") expect(output).toMatch(/no desktop Excel here/);
  });

  test("lets other origins read the functions' metadata (CORS), nothing else, least of all source maps", async () => {
    for (const file of ["/functions.json", "/functions-de.json"])
      expect([file, (await get(port, file)).headers["access-control-allow-origin"]]).toEqual([
        file,
        "*",
      ]);
    // A production build has no source maps; a development build (npm run build:dev) does, and
    // the server serves whatever dist/ holds: a map stands in for one here.
    const map = path.join(root, "dist", "serve-test-probe.js.map");
    fs.writeFileSync(map, "{}");
    try {
      for (const file of ["/serve-test-probe.js.map", "/taskpane.html", "/functions.js"]) {
        const res = await get(port, file);
        expect([file, res.status, res.headers["access-control-allow-origin"]]).toEqual([
          file,
          200,
          undefined,
        ]);
      }
    } finally {
      fs.rmSync(map, { force: true });
    }
  });

  test("on a port other than 3000 it serves, and writes for sideloading, a manifest that names that port", async () => {
    for (const file of ["/manifest.xml", "/functions.json", "/functions-de.json"]) {
      const res = await get(port, file);
      expect([file, res.status, res.body.includes("localhost:3000")]).toEqual([file, 200, false]);
      expect(res.body).toContain(`https://localhost:${port}/`);
    }
    const manifest = (await get(port, "/manifest.xml")).body;
    expect(manifest).toContain(
      `<SourceLocation DefaultValue="https://localhost:${port}/taskpane.html"`
    );
    const written = path.join(root, "dist", `manifest-${port}.xml`);
    expect(output).toContain(written);
    expect(fs.readFileSync(written, "utf8")).toBe(manifest);
  });

  test("keeps its pid file inside the project, not in the shared temporary folder", () => {
    expect(pidFileFor(port).startsWith(root + path.sep)).toBe(true);
    expect(fs.readFileSync(pidFileFor(port), "utf8")).toBe(String(server.pid));
  });

  test("npm stop stops it", async () => {
    const stopped = spawnSync(process.execPath, [serveScript, "--stop"], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      encoding: "utf8",
    });
    expect(stopped.stdout).toMatch(/Stopped/);
    await new Promise<void>((resolve) =>
      server.exitCode !== null ? resolve() : server.on("exit", () => resolve())
    );
  });

  test("npm stop stops only this project's server: not another project's serve.js, not any process", async () => {
    // Another project's server: scripts/serve.js too, started the same way, in its own folder.
    const otherProject = fs.mkdtempSync(path.join(require("os").tmpdir(), "other-project-"));
    fs.mkdirSync(path.join(otherProject, "scripts"));
    fs.writeFileSync(
      path.join(otherProject, "scripts", "serve.js"),
      "setTimeout(() => {}, 30000);"
    );
    const others = [
      spawn(process.execPath, ["scripts/serve.js"], { cwd: otherProject }),
      spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]),
    ];
    const pidFile = pidFileFor(port + 1);
    try {
      for (const other of others) {
        fs.writeFileSync(pidFile, String(other.pid));
        const stopped = spawnSync(process.execPath, [serveScript, "--stop"], {
          cwd: root,
          env: { ...process.env, PORT: String(port + 1) },
          encoding: "utf8",
        });
        expect(stopped.stdout).toMatch(/is not it/);
        expect(() => process.kill(other.pid!, 0)).not.toThrow(); // still running
        expect(fs.existsSync(pidFile)).toBe(false);
      }
    } finally {
      for (const other of others) other.kill();
      fs.rmSync(pidFile, { force: true });
      fs.rmSync(otherProject, { recursive: true, force: true });
    }
  });

  test("something already at the pid file's path does not stop npm start (only npm stop's finding it)", async () => {
    const otherPort = port + 2;
    fs.mkdirSync(pidFileFor(otherPort), { recursive: true });
    const second = spawn(process.execPath, [serveScript], {
      cwd: root,
      env: { ...process.env, PORT: String(otherPort) },
    });
    let out = "";
    second.stdout!.on("data", (d) => (out += d));
    second.stderr!.on("data", (d) => (out += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${out}`)), 20000);
        const check = () => {
          if (out.includes("Press Ctrl+C")) {
            clearTimeout(timer);
            resolve();
          }
        };
        second.stdout!.on("data", check);
        second.on("exit", (code) => reject(new Error(`exited with ${code}:\n${out}`)));
      });
      expect(out).toMatch(/Could not write .*\.serve-\d+\.pid \(EISDIR\)/);
      expect((await get(otherPort, "/functions.json")).status).toBe(200);
    } finally {
      second.kill();
      fs.rmSync(pidFileFor(otherPort), { recursive: true, force: true });
    }
  });

  test("a second server on a busy port says so and exits", async () => {
    const blocker = net.createServer().listen(port, "localhost");
    await new Promise((r) => blocker.on("listening", r));
    const second = spawnSync(process.execPath, [serveScript], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      encoding: "utf8",
      timeout: 20000,
    });
    blocker.close();
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`Port ${port} is in use`));
  });
});

describe("npm stop: which process is the server", () => {
  const script = "/home/ann/my addins/oai/scripts/serve.js";
  test("a command line with a path holding spaces: quoted (Windows), or as ps prints it (macOS)", () => {
    expect(
      splitCommandLine(
        `"C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\Ann\\my addins\\oai\\scripts\\serve.js"`
      )
    ).toEqual([
      "C:\\Program Files\\nodejs\\node.exe",
      "C:\\Users\\Ann\\my addins\\oai\\scripts\\serve.js",
    ]);
    const ps = `/usr/local/bin/node ${script}`;
    expect(runsThisScript(splitCommandLine(ps), "/", { script })).toBe(false); // split at the space
    expect(runsThisScript([...splitCommandLine(ps), ...wholeTails(ps)], "/", { script })).toBe(
      true
    );
  });

  test("Windows: a relative argument resolves against the project, case-insensitively; another script is not it", () => {
    const winScript = "C:\\Users\\Ann\\oai\\scripts\\serve.js";
    const opts = { pathApi: path.win32, script: winScript };
    const project = "C:\\Users\\Ann\\oai";
    expect(runsThisScript(splitCommandLine(`node scripts/serve.js`), project, opts)).toBe(true);
    expect(
      runsThisScript(splitCommandLine(`node C:\\users\\ann\\OAI\\scripts\\serve.js`), "C:\\", opts)
    ).toBe(true);
    expect(
      runsThisScript(splitCommandLine(`node D:\\other\\scripts\\serve.js`), project, opts)
    ).toBe(false);
    expect(
      runsThisScript(splitCommandLine(`node -e "setTimeout(() => {}, 1)"`), project, opts)
    ).toBe(false);
  });

  test("a process the system will not identify keeps its pid file; one that is not it loses it", () => {
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "oai-stop-"));
    const file = path.join(dir, ".serve-3999.pid");
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      fs.writeFileSync(file, String(process.pid));
      stop([{ port: 3999, file }], () => "unknown");
      expect(fs.existsSync(file)).toBe(true);
      expect(log.mock.calls.join("\n")).toMatch(/Cannot tell whether process \d+/);
      stop([{ port: 3999, file }], () => "no");
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      log.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("npm stop without PORT finds the server npm start left on any port, and stops it", async () => {
    // A copy of the project (its scripts, the build and packages linked), so that stopping every
    // server of "this project" cannot reach another test's server.
    const copy = fs.mkdtempSync(path.join(require("os").tmpdir(), "oai-project-"));
    for (const f of ["commands/serve.js", "dev/certificates.js"]) {
      fs.mkdirSync(path.dirname(path.join(copy, "scripts", f)), { recursive: true });
      fs.copyFileSync(path.join(root, "scripts", f), path.join(copy, "scripts", f));
    }
    fs.copyFileSync(path.join(root, "package.json"), path.join(copy, "package.json"));
    fs.symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
    fs.symlinkSync(path.join(root, "dist"), path.join(copy, "dist"));
    const { server, port: p, exited } = await startDevServer(copy);
    try {
      expect(fs.existsSync(path.join(copy, `.serve-${p}.pid`))).toBe(true);
      const withoutPort: NodeJS.ProcessEnv = { ...process.env };
      delete withoutPort.PORT;
      const stopped = spawnSync(
        process.execPath,
        [path.join(copy, "scripts", "commands", "serve.js"), "--stop"],
        {
          cwd: copy,
          env: withoutPort,
          encoding: "utf8",
        }
      );
      expect(stopped.stdout).toContain(`Stopped the add-in server on port ${p}`);
      await exited();
      expect(fs.existsSync(path.join(copy, `.serve-${p}.pid`))).toBe(false);
    } finally {
      server.kill();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("npm run dev-server", () => {
  test("sends CORS only with the functions' metadata, never beside the source maps", async () => {
    const config = await require("../../webpack.config.js")(
      { WEBPACK_SERVE: true },
      { mode: "development" }
    );
    const headers = config.devServer.headers as (req: { url: string }) => Record<string, string>;
    for (const url of ["/functions.json", "/functions-de.json?x=1"])
      expect([url, headers({ url })]).toEqual([url, { "Access-Control-Allow-Origin": "*" }]);
    for (const url of ["/functions.js.map", "/taskpane.js.map", "/taskpane.html", "/functions.js"])
      expect([url, headers({ url })]).toEqual([url, {}]);
  });
});
