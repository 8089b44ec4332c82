// Benchmark (make bench): time from navigation to an interactive home screen, in
// headless Chromium with the CPU slowed down 4× (a modest tablet), online on a cold
// start and offline from the service worker, against a blank static page loaded the
// same way; and, offline, how much longer a work form's page takes the first time it
// is opened (its code comes from the service worker's copy, issue 18) than the
// second time: at once after a start, and 3 s after one (when the pages' code has
// loaded in the background). The offline warm start is timed twice: with nothing
// stored, and with a workshop stored, when the app first loads the code that
// reads stored data (src/ui/decoding.rs). Prints figures; asserts nothing about time.
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

/** Milliseconds from a tap on the café's link until the café page shows. */
async function openCafe(page) {
  const started = Date.now();
  await page.getByRole("link", { name: /Wereldcafé/ }).first().click();
  await page.getByRole("heading", { level: 1, name: /^Wereldcafé/ }).waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

/**
 * A workshop with a café made online, then, offline after a reload (no page's code
 * loaded yet), the café opened from the workshop page twice: the first time its
 * code is loaded from the service worker's copy, the second time it is there.
 */
async function formOpenedOffline(context, page) {
  await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill("Meting");
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await page.getByRole("heading", { level: 1, name: "Meting" }).waitFor();
  const workshop = page.url();
  await page.getByRole("button", { name: "Wereldcafé toevoegen" }).click();
  await page.getByRole("heading", { level: 1, name: /^Wereldcafé/ }).waitFor();
  await context.setOffline(true);
  await page.goto(workshop);
  await page.getByRole("heading", { level: 1, name: "Meting" }).waitFor({ timeout: 60_000 });
  const first = await openCafe(page);
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Meting" }).waitFor();
  const again = await openCafe(page);
  // Started again and left alone a moment: the pages' code loads in the background.
  await page.goto(workshop);
  await page.getByRole("heading", { level: 1, name: "Meting" }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3_000);
  const preloaded = await openCafe(page);
  return { first, again, preloaded };
}

const cold = [];
const warm = [];
const warmStored = [];
const empty = [];
const formFirst = [];
const formAgain = [];
const formPreloaded = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await throttled(context);
  cold.push(await timeToInteractive(page, `http://127.0.0.1:${PORT}/`));
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  // The first visit's own work (the decoders a second after it, the worker's
  // activation) must not run into the warm start timed next.
  await page.waitForTimeout(3_000);
  await context.setOffline(true);
  warm.push(await timeToInteractive(page, `http://127.0.0.1:${PORT}/`));
  await context.setOffline(false);
  const { first, again, preloaded } = await formOpenedOffline(context, page);
  formFirst.push(first);
  formAgain.push(again);
  formPreloaded.push(preloaded);
  // Still offline, with the workshop and its café stored.
  warmStored.push(await timeToInteractive(page, `http://127.0.0.1:${PORT}/`));
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
row("the same, a workshop stored", warmStored);
console.log(`  ratio to blank page: online cold ${(median(cold) / median(empty)).toFixed(1)}×, offline warm ${(median(warm) / median(empty)).toFixed(1)}×, with a workshop stored ${(median(warmStored) / median(empty)).toFixed(1)}×`);
row("café opened offline, first time", formFirst);
row("café opened offline, again", formAgain);
row("café opened 3 s after a start", formPreloaded);
const added = (xs) => (median(xs) - median(formAgain)).toFixed(0);
console.log(`  the café's code adds, offline: ${added(formFirst)} ms opened at once after a start, ${added(formPreloaded)} ms 3 s after it (goal ≤ 100 ms)`);
