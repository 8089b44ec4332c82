// Benchmark (make bench): first visits on a slow mobile link, issue 18's figures.
// Headless Chromium, CPU slowed 4×, network emulated at 1.6 Mbit/s down, 750
// kbit/s up and 150 ms latency, a fresh profile each run, dist/ served as a
// plain static host serves it (no compression). Each figure stands beside a
// blank page loaded the same way in the same run:
// - a participant's phone opening a question link until the answer form shows,
//   by the address the app puts in the QR code now and by an old link
//   (…/#/meedoen/<payload>);
// - a facilitator's first visit until the home screen can be used;
// - the bytes over the wire for each (as sent, and what a host that gzips or
//   brotli-compresses would send for the same files), and what the service
//   worker fetches afterwards to keep the app offline;
// - both visits again from a host that sends the build's .br and .gz copies.
// Prints figures against the goals; asserts nothing (tests/bench/budget.sh does).
import { chromium } from "@playwright/test";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launchOptions, median, PLACEMAT_QUESTION, questionPayload } from "./bench-helpers.mjs";
import { startServer } from "./serve.mjs";

const RUNS = Number(process.env.RUNS ?? 3);
const THROTTLE = 4;
/** The emulated link: 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. */
const LINK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const PORT = Number(process.env.BENCH_PORT ?? 4178);
const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const blankDir = mkdtempSync(join(tmpdir(), "werktafel-blank-"));
writeFileSync(join(blankDir, "index.html"), "<!doctype html><title>leeg</title><p>leeg</p>");

const payload = questionPayload(PLACEMAT_QUESTION);
const origin = `http://127.0.0.1:${PORT}/`;
/** The phone's own page when the build has one, else the app's route. */
const phoneAddress = existsSync(join(dist, "meedoen", "index.html")) ? `${origin}meedoen/#${payload}` : `${origin}#/meedoen/${payload}`;
const oldAddress = `${origin}#/meedoen/${payload}`;

const app = startServer({ root: dist, port: PORT });
const blank = startServer({ root: blankDir, port: PORT + 1 });
/** The same build from a host that sends the build's .br and .gz copies. */
const packedHost = startServer({ root: dist, port: PORT + 2, precompressed: true });
const packedOrigin = `http://127.0.0.1:${PORT + 2}/`;
await Promise.all([app.listening, blank.listening, packedHost.listening]);
const browser = await chromium.launch(launchOptions);

/**
 * A fresh context on the slow link. `open(page)` navigates and waits; returns
 * its milliseconds (from just before navigating), the bytes the page received
 * and the dist files it fetched; then waits for `after(page)` and counts all
 * the host sent meanwhile (the service worker's fetches too).
 */
async function visit(open, after) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", LINK);
  let bytes = 0;
  const urls = new Map();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
  });
  const servedBefore = app.sent();
  const start = Date.now();
  await open(page);
  const ms = Date.now() - start;
  const fetched = [...urls.values()];
  if (after) await after(page);
  const served = app.sent() - servedBefore;
  await context.close();
  return { ms, bytes, fetched, served };
}

const showsForm = (url) => async (page) => {
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("#answer-0").waitFor({ state: "visible", timeout: 120_000 });
};
const homeReady = (url) => async (page) => {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    () => [...document.querySelectorAll("button")].some((b) => b.textContent.includes("Nieuwe bijeenkomst") && !b.disabled),
    null,
    { polling: 50, timeout: 120_000 },
  );
};
const blankShown = async (page) => {
  await page.goto(`http://127.0.0.1:${PORT + 1}/`, { waitUntil: "commit" });
  await page.locator("p").waitFor({ state: "visible" });
};
/** Waits until the service worker controls the page: everything is cached. */
async function precached(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 180_000 });
}

/** Bytes of the dist files behind `urls` as sent plain, gzipped and brotli-compressed. */
function packed(urls) {
  const sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const url of new Set(urls)) {
    const path = new URL(url).pathname;
    if (!url.startsWith(origin)) continue;
    const file = join(dist, path.endsWith("/") ? `${path}index.html` : path);
    const body = existsSync(file) ? readFileSync(file) : readFileSync(join(dist, "index.html"));
    sizes.raw += body.length;
    sizes.gzip += gzipSync(body, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return sizes;
}

const runs = { blank: [], phone: [], old: [], home: [], packedPhone: [], packedHome: [] };
let phoneFiles = [];
let homeFiles = [];
for (let run = 0; run < RUNS; run++) {
  runs.blank.push(await visit(blankShown));
  const phone = await visit(showsForm(phoneAddress));
  runs.phone.push(phone);
  phoneFiles = phone.fetched;
  runs.old.push(await visit(showsForm(oldAddress)));
  const home = await visit(homeReady(origin), precached);
  runs.home.push(home);
  homeFiles = home.fetched;
  runs.packedPhone.push(await visit(showsForm(phoneAddress.replace(origin, packedOrigin))));
  runs.packedHome.push(await visit(homeReady(packedOrigin)));
}
await browser.close();
app.server.closeAllConnections();
packedHost.server.closeAllConnections();
await Promise.all([app.close(), blank.close(), packedHost.close()]);

const kb = (bytes) => `${(bytes / 1000).toFixed(0)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mid = (xs, key) => median(xs.map((x) => x[key]));
function row(name, xs, goal = "") {
  const times = xs.map((x) => s(x.ms)).join(", ");
  console.log(`  ${name.padEnd(34)} ${s(mid(xs, "ms")).padStart(8)} ${kb(mid(xs, "bytes")).padStart(8)} over the wire  (runs: ${times})${goal}`);
}
const blankMs = mid(runs.blank, "ms");
console.log(`first-visit benchmark: headless Chromium, CPU ${THROTTLE}×, link 1.6 Mbit/s down, 150 ms latency, plain static host, ${RUNS} runs (median)`);
row("blank page (shown)", runs.blank);
row("phone: question form shown", runs.phone, `  ${(mid(runs.phone, "ms") / blankMs).toFixed(1)}× blank; goal ≤ 2.50 s, ≤ 350 KB`);
row("phone, old link #/meedoen/…", runs.old);
row("facilitator: home interactive", runs.home, `  ${(mid(runs.home, "ms") / blankMs).toFixed(1)}× blank; goal ≤ 6.00 s, ≤ 1000 KB`);
row("phone, host sends .br/.gz", runs.packedPhone);
row("facilitator, host sends .br/.gz", runs.packedHome);
const phonePacked = packed(phoneFiles);
const homePacked = packed(homeFiles);
console.log(`  phone's files: ${kb(phonePacked.raw)} plain, ${kb(phonePacked.gzip)} gzipped (goal ≤ 150 KB), ${kb(phonePacked.brotli)} brotli`);
console.log(`  facilitator's first files: ${kb(homePacked.raw)} plain, ${kb(homePacked.gzip)} gzipped, ${kb(homePacked.brotli)} brotli`);
console.log(`  facilitator's first visit until the service worker keeps everything: ${kb(mid(runs.home, "served"))} sent by the host (the worker's fetches bypass the page's emulated link)`);
console.log(`  address in the question's QR code: ${phoneAddress.replace(payload, "<payload>")}`);
