// @ts-check
/**
 * `npm run check:package`: publint and attw on the tarball that would be published. It packs into a temporary
 * folder, so a tarball that `npm pack` left in the project is never overwritten or deleted (`attw --pack` writes
 * one of the same name beside package.json and removes it afterwards).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
/** @param {string} name */
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const dir = mkdtempSync(path.join(tmpdir(), "pkr-check-package-"));
try {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--silent", "--pack-destination", dir], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }),
  );
  const tarball = path.join(dir, packed[0].filename);
  execFileSync(bin("publint"), ["run", tarball, "--strict"], { cwd: root, stdio: "inherit" });
  execFileSync(bin("attw"), [tarball, "--profile", "node16"], { cwd: root, stdio: "inherit" });
} catch (error) {
  process.exitCode = 1;
  if (!(error && typeof error === "object" && "status" in error)) console.error(error);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
