/**
 * A tiny npm registry for tests, offline: it serves each package's packument (its versions, each `dist.tarball`
 * pointing back to this server, with its integrity) and the tarballs, and 404 for anything else. It runs in a worker
 * thread, so it answers while the test's own thread waits in a synchronous `npm pack`. Point npm at it with the
 * `npm_config_registry` environment variable; `close()` it in afterAll.
 */
import { Worker } from "node:worker_threads";

export interface LocalRegistry {
  /** The registry's address, `http://127.0.0.1:PORT/`. */
  readonly url: string;
  close(): Promise<void>;
}

const SERVER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const http = require("node:http");
const packages = workerData;
const server = http.createServer((req, res) => {
  const base = "http://127.0.0.1:" + server.address().port;
  const pathname = decodeURIComponent(new URL(req.url, base).pathname).slice(1);
  const send = (status, type, body) => { res.writeHead(status, { "content-type": type }); res.end(body); };
  if (Object.hasOwn(packages, pathname)) {
    const name = pathname;
    const versions = {};
    for (const [version, file] of Object.entries(packages[name])) {
      const integrity = "sha512-" + createHash("sha512").update(readFileSync(file)).digest("base64");
      versions[version] = { name, version, dist: { tarball: base + "/" + name + "/-/" + name + "-" + version + ".tgz", integrity } };
    }
    const latest = Object.keys(versions).at(-1);
    return send(200, "application/json", JSON.stringify({ name, "dist-tags": latest ? { latest } : {}, versions }));
  }
  const tarball = /^(.+)\\/-\\/.+-(\\d[^/]*)\\.tgz$/.exec(pathname);
  const file = tarball && Object.hasOwn(packages, tarball[1]) ? packages[tarball[1]][tarball[2]] : undefined;
  if (file) return send(200, "application/octet-stream", readFileSync(file));
  send(404, "application/json", JSON.stringify({ error: "Not found" }));
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
`;

/** Starts a registry serving `packages`: package name → version → path of its .tgz. */
export async function startRegistry(packages: Record<string, Record<string, string>>): Promise<LocalRegistry> {
  const worker = new Worker(SERVER, { eval: true, workerData: packages });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await worker.terminate();
    },
  };
}
