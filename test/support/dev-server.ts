// The add-in's development server (scripts/commands/serve.js) as the tests start it: on a free
// port, in a project folder, waiting until it says it serves.
import { ChildProcess, spawn } from "child_process";
import * as net from "net";

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface DevServer {
  readonly server: ChildProcess;
  readonly port: number;
  /** The environment it was started with (PORT set). */
  readonly env: NodeJS.ProcessEnv;
  /** What it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves once the process has ended. */
  exited(): Promise<void>;
}

/** Starts `node scripts/commands/serve.js` in `cwd` on a free port; resolves once it serves. */
export async function startDevServer(cwd: string): Promise<DevServer> {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port) };
  const server = spawn(process.execPath, ["scripts/commands/serve.js"], { cwd, env });
  let out = "";
  server.stdout!.on("data", (d) => (out += d));
  server.stderr!.on("data", (d) => (out += d));
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${out}`)), 20000);
    server.stdout!.on("data", () => {
      if (out.includes("Press Ctrl+C")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  try {
    await started;
  } catch (error) {
    server.kill();
    throw error;
  }
  return {
    server,
    port,
    env,
    output: () => out,
    exited: () =>
      new Promise<void>((resolve) =>
        server.exitCode !== null ? resolve() : server.on("exit", () => resolve())
      ),
  };
}
