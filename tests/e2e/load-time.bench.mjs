// Benchmark (make bench): time from navigation to an interactive home screen, in
// headless Chromium with the CPU slowed down 4× (a modest tablet), online on a cold
// start and offline from the service worker, against a blank static page loaded the
// same way. Prints figures; asserts nothing about time.
import { chromium } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";

const RUNS = 5;
const THROTTLE = 4;
const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const blankDir = mkdtempSync(join(tmpdir(), "werktafel-blank-"));
writeFileSync(join(blankDir, "index.html"), "<!doctype html><title>leeg</title><p>leeg</p>");

const PORT = Number(process.env.BENCH_PORT ?? 4176);
const app = startServer({ root: dist, port: PORT });
const blank = startServer({ root: blankDir, port: PORT + 1 });
await Promise.all([app.listening, blank.listening]);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

async function throttled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  return page;
}

/** Milliseconds from navigation start until the "new workshop" button can be used. */
async function timeToInteractive(page, url) {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent.includes("Nieuwe bijeenkomst"));
      return button && !button.disabled ? performance.now() : null;
    },
    null,
    { polling: "raf", timeout: 60_000 },
  );
  return handle.jsonValue();
}

/** Milliseconds from navigation start until the blank page's load event ended. */
async function blankLoad(page) {
  await page.goto(`http://127.0.0.1:${PORT + 1}/`, { waitUntil: "load" });
  return page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
}

const cold = [];
const warm = [];
const empty = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await throttled(context);
  cold.push(await timeToInteractive(page, `http://127.0.0.1:${PORT}/`));
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await context.setOffline(true);
  warm.push(await timeToInteractive(page, `http://127.0.0.1:${PORT}/`));
  await context.close();

  const blankContext = await browser.newContext();
  empty.push(await blankLoad(await throttled(blankContext)));
  await blankContext.close();
}
await browser.close();
await Promise.all([app.close(), blank.close()]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, xs) =>
  console.log(`  ${name.padEnd(30)} median ${median(xs).toFixed(0).padStart(5)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(", ")})`);
console.log(`load-time benchmark: headless Chromium, CPU throttled ${THROTTLE}×, ${RUNS} runs each`);
row("blank static page (load)", empty);
row("home interactive, online cold", cold);
row("home interactive, offline warm", warm);
console.log(`  ratio to blank page: online cold ${(median(cold) / median(empty)).toFixed(1)}×, offline warm ${(median(warm) / median(empty)).toFixed(1)}×`);
