// Benchmark (make bench): time from navigation to an interactive home screen, in
// headless Chromium with the CPU slowed down 4× (a modest tablet), online on a cold
// start and offline from the service worker, against a blank static page loaded in
// a new tab (issue 18's baseline, timed to its load event's end) and, for the
// offline warm start, also against a blank page that a service worker of its own
// serves offline, started and timed the way the app is (its first frame with text).
// Then, offline, how much longer a work form's page takes the first time it is
// opened (its code comes from the service worker's copy) than the second time: at
// once after a start, and 3 s after one (when the pages' code has loaded in the
// background). The offline warm start is timed with nothing stored, and with a
// workshop stored, when the app first loads the code that reads stored data
// (src/ui/decoding.rs). Prints figures; asserts nothing about time.
import { chromium } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";

const RUNS = 5;
/** Starts timed in each run, of the offline warm starts and of the blank pages: their
 * medians move less than those of one start per run. */
const STARTS = 3;
const THROTTLE = 4;
const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const blankDir = mkdtempSync(join(tmpdir(), "werktafel-blank-"));
writeFileSync(join(blankDir, "index.html"), "<!doctype html><title>leeg</title><p>leeg</p>");
// The same blank page, kept offline by a service worker that answers from its cache.
const blankWorkerDir = mkdtempSync(join(tmpdir(), "werktafel-blank-worker-"));
writeFileSync(
  join(blankWorkerDir, "index.html"),
  "<!doctype html><title>leeg</title><p>leeg</p><script>navigator.serviceWorker.register('sw.js')</script>",
);
writeFileSync(
  join(blankWorkerDir, "sw.js"),
  `self.addEventListener("install", (e) => e.waitUntil(caches.open("leeg").then((c) => c.add("./"))));
self.addEventListener("activate", (e) => e.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (e) => e.respondWith(caches.match(e.request).then((r) => r || fetch(e.request))));`,
);

const PORT = Number(process.env.BENCH_PORT ?? 4176);
const app = startServer({ root: dist, port: PORT });
const blank = startServer({ root: blankDir, port: PORT + 1 });
const blankWorker = startServer({ root: blankWorkerDir, port: PORT + 2 });
await Promise.all([app.listening, blank.listening, blankWorker.listening]);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

/** What shows that a page is ready: the app's "new workshop" button, the blank page's text. */
const HOME_READY = { element: "button", text: "Nieuwe bijeenkomst" };
const BLANK_READY = { element: "p", text: "leeg" };

/**
 * Has each page of `context` started at the site's root note, in its own script
 * run at the document's start, the first frame in which `ready` (an element with
 * that text, not disabled) can be used, and say so on the console. Asking from
 * here instead (waitForFunction) would have Playwright inject its own large
 * script into the starting page: about 50 ms of parsing at 4× on the main
 * thread, in the middle of the start being timed.
 */
async function watchReady(context, ready) {
  await context.addInitScript(({ element, text }) => {
    const look = () => {
      if (location.pathname !== "/") return;
      const found = [...document.querySelectorAll(element)].find((e) => e.textContent.includes(text));
      if (found && !found.disabled) console.log(`werktafel-ready ${performance.now()}`);
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, ready);
}

async function throttled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  return page;
}

/** Milliseconds from navigation start until what its context watches for can be used. */
async function timeToInteractive(page, url) {
  const [said] = await Promise.all([
    page.waitForEvent("console", {
      predicate: (message) => message.text().startsWith("werktafel-ready "),
      timeout: 60_000,
    }),
    page.goto(url, { waitUntil: "commit" }),
  ]);
  return Number(said.text().split(" ")[1]);
}

/**
 * Milliseconds until the blank page with a service worker shows, [`STARTS`] times,
 * started the way the app's offline warm start is: a visit online, the worker in
 * control, 3 s, offline, and the same address opened again in the same tab.
 */
async function blankOfflineWarm() {
  const context = await browser.newContext();
  await watchReady(context, BLANK_READY);
  const page = await throttled(context);
  const url = `http://127.0.0.1:${PORT + 2}/`;
  await timeToInteractive(page, url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await page.waitForTimeout(3_000);
  await context.setOffline(true);
  const times = await repeatedStarts(page, url);
  await context.close();
  return times;
}

/** Milliseconds from navigation start until the blank page's load event ended. */
async function blankLoad(page) {
  await page.goto(`http://127.0.0.1:${PORT + 1}/`, { waitUntil: "load" });
  return page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
}

/** [`STARTS`] starts of `url` in `page` (the app's home by default), each after 3 s alone. */
async function repeatedStarts(page, url = `http://127.0.0.1:${PORT}/`) {
  const times = [];
  for (let start = 0; start < STARTS; start++) {
    if (start > 0) await page.waitForTimeout(3_000);
    times.push(await timeToInteractive(page, url));
  }
  return times;
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
const emptyWarm = [];
const formFirst = [];
const formAgain = [];
const formPreloaded = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  await watchReady(context, HOME_READY);
  const page = await throttled(context);
  cold.push(await timeToInteractive(page, `http://127.0.0.1:${PORT}/`));
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  // The first visit's own work (the decoders a second after it, the worker's
  // activation) must not run into the warm start timed next.
  await page.waitForTimeout(3_000);
  await context.setOffline(true);
  warm.push(...(await repeatedStarts(page)));
  await context.setOffline(false);
  const { first, again, preloaded } = await formOpenedOffline(context, page);
  formFirst.push(first);
  formAgain.push(again);
  formPreloaded.push(preloaded);
  // Still offline, with the workshop and its café stored.
  await page.waitForTimeout(3_000);
  warmStored.push(...(await repeatedStarts(page)));
  await context.close();

  for (let start = 0; start < STARTS; start++) {
    const blankContext = await browser.newContext();
    empty.push(await blankLoad(await throttled(blankContext)));
    await blankContext.close();
  }
  emptyWarm.push(...(await blankOfflineWarm()));
}
await browser.close();
await Promise.all([app.close(), blank.close(), blankWorker.close()]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, xs) =>
  console.log(`  ${name.padEnd(30)} median ${median(xs).toFixed(0).padStart(5)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(", ")})`);
console.log(`load-time benchmark: headless Chromium, CPU throttled ${THROTTLE}×, ${RUNS} runs (warm starts and blank pages: ${STARTS} in each)`);
row("blank static page (load)", empty);
row("blank page, offline warm", emptyWarm);
row("home interactive, online cold", cold);
row("home interactive, offline warm", warm);
row("the same, a workshop stored", warmStored);
const ratio = (xs, base) => `${(median(xs) / median(base)).toFixed(2)}×`;
console.log(`  ratio to the blank page: online cold ${ratio(cold, empty)}, offline warm ${ratio(warm, empty)} (goal ≤ 1.5×), with a workshop stored ${ratio(warmStored, empty)}`);
console.log(`  ratio to the blank page offline warm: offline warm ${ratio(warm, emptyWarm)}, with a workshop stored ${ratio(warmStored, emptyWarm)}`);
row("café opened offline, first time", formFirst);
row("café opened offline, again", formAgain);
row("café opened 3 s after a start", formPreloaded);
const added = (xs) => (median(xs) - median(formAgain)).toFixed(0);
console.log(`  the café's code adds, offline: ${added(formFirst)} ms opened at once after a start, ${added(formPreloaded)} ms 3 s after it (goal ≤ 100 ms)`);
