import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as path from "path";
const { certificateDirectory } = require("../scripts/certificates");

const root = path.resolve(__dirname, "..");
const serveScript = path.join(root, "scripts", "serve.js");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** GET over HTTPS, trusting only the development CA that npm start made. */
function get(port: number, file: string): Promise<{ status: number; type: string; body: string }> {
  const ca = fs.readFileSync(path.join(certificateDirectory, "ca.crt"));
  return new Promise((resolve, reject) => {
    https
      .get({ host: "localhost", port, path: file, ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, type: String(res.headers["content-type"]), body })
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
    expect((await get(port, "/..%2fpackage.json")).status).toBe(403);
    expect((await get(port, "/%E0%A4%A")).status).toBe(400);
    expect((await get(port, "/functions.json")).status).toBe(200); // and it is still up
  });

  test("prints how to sideload, and on Linux says there is no Excel here", () => {
    expect(output).toContain(`https://localhost:${port}`);
    expect(output).toMatch(/Upload My Add-in/);
    expect(output).toMatch(/office-addin-debugging start .*manifest\.xml desktop/);
    if (process.platform === "linux") expect(output).toMatch(/no desktop Excel here/);
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
