// Before the tests: make a second version of the release build for the update test,
// the way a new release differs from the last: one changed file, then the real
// build step (src/bin/prepare_dist/main.rs) gives it a new version and precache list.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const repo = fileURLToPath(new URL("../..", import.meta.url));
export const secondVersion = join(repo, "target", "dist-v2");

export default function globalSetup() {
  rmSync(secondVersion, { recursive: true, force: true });
  cpSync(join(repo, "dist"), secondVersion, { recursive: true });
  const css = readdirSync(secondVersion).find((f) => f.startsWith("style-") && f.endsWith(".css"));
  appendFileSync(join(secondVersion, css), "\n/* second version */\n");
  execFileSync("cargo", ["run", "--quiet", "--features", "build-tools", "--bin", "prepare_dist", "--", secondVersion], {
    cwd: repo,
    stdio: "inherit",
  });
}
