import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as tls from "tls";
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

  test("npm stop stops only a process that is this server, whatever the pid file says", async () => {
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    const pidFile = path.join(require("os").tmpdir(), `oai-leak-addin-${port + 1}.pid`);
    fs.writeFileSync(pidFile, String(other.pid));
    const stopped = spawnSync(process.execPath, [serveScript, "--stop"], {
      cwd: root,
      env: { ...process.env, PORT: String(port + 1) },
      encoding: "utf8",
    });
    expect(stopped.stdout).toMatch(/is not it/);
    expect(other.exitCode).toBeNull(); // still running
    other.kill();
    expect(fs.existsSync(pidFile)).toBe(false);
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
