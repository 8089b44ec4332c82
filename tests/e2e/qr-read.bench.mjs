// Benchmark (make bench): the time to read one 640×480 camera frame with rqrr
// (the app's own QR reader, in its wasm) in headless Chromium, through the
// app's real camera path. A phone's answer code is filmed by a fake camera (a
// video made from a screenshot, as in participate.spec.mjs); the browser's
// BarcodeDetector is taken away, so the scanner reads every frame with rqrr,
// four times a second. Its User Timing measures are collected:
// werktafel:qr-rqrr (rqrr on the frame's luma) and werktafel:qr-frame (drawing
// the video frame on a canvas, taking its pixels, luma). With the CPU as it is
// and slowed down 4× (a modest tablet). Prints figures; asserts nothing about time.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerOnPhone, questionOut, scanMeasures, tabletFilming, writeY4m } from "./answers.mjs";
import { launchOptions, median, ms, startBench } from "./bench-helpers.mjs";

const FRAMES = 50;
const THROTTLES = [1, 4];
const PORT = 4181;
const baseURL = `http://127.0.0.1:${PORT}/`;
const ANSWER = "Een moestuin achter de flat, met bankjes en een lange tafel om samen te eten";

const { browser, stop } = await startBench(PORT);
const context = await browser.newContext({ baseURL });
const page = await context.newPage();
const { address } = await questionOut(page);
const { png, payload } = await answerOnPhone(browser, address, ANSWER);
const video = join(mkdtempSync(join(tmpdir(), "werktafel-qr-")), "antwoord.y4m");
await writeY4m(png, video);
const storage = await context.storageState();

/** In the page, before the app: no BarcodeDetector, so the app reads with rqrr. */
function withoutDetector() {
  delete window.BarcodeDetector;
}

/** The first FRAMES frames a tablet reads with the CPU slowed `throttle` times. */
async function scan(throttle) {
  const tablet = await tabletFilming(video, page.url(), storage, { launchOptions, baseURL }, withoutDetector);
  const cdp = await tablet.page.context().newCDPSession(tablet.page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await tablet.page.getByRole("button", { name: "Antwoorden scannen" }).click();
  // The answer comes in: rqrr reads the code in these frames.
  await tablet.page.locator(".scan-outcome").filter({ hasText: "Antwoord binnen" }).waitFor({ timeout: 60_000 });
  await tablet.page.waitForFunction(
    (frames) => window.qrMeasures.filter((m) => m.name === "werktafel:qr-rqrr").length >= frames,
    FRAMES,
    { timeout: 120_000 },
  );
  const size = await tablet.page.evaluate(() => {
    const video = document.querySelector("video.scan-view");
    return `${video.videoWidth}×${video.videoHeight}`;
  });
  const measures = await scanMeasures(tablet.page);
  const errors = tablet.errors;
  await tablet.browser.close();
  return { size, errors, rqrr: measures["werktafel:qr-rqrr"].slice(0, FRAMES), frame: measures["werktafel:qr-frame"].slice(0, FRAMES) };
}

const runs = [];
for (const throttle of THROTTLES) runs.push({ throttle, ...(await scan(throttle)) });
await context.close();
await stop();

/** The value 95 % of the values are at or below. */
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const row = (name, xs) =>
  console.log(`    ${name.padEnd(44)} median ${ms(median(xs)).padStart(9)}  p95 ${ms(p95(xs)).padStart(9)}  min ${ms(Math.min(...xs)).padStart(9)}  max ${ms(Math.max(...xs)).padStart(9)}  (${xs.length} frames)`);
console.log(`qr-read benchmark: rqrr in headless Chromium, the first ${FRAMES} frames of a fake camera filming a phone's answer code (${payload.length} characters), BarcodeDetector absent`);
for (const { throttle, size, errors, rqrr, frame } of runs) {
  console.log(`  CPU ${throttle}×, video ${size}${errors.length ? `, page errors: ${errors.join("; ")}` : ""}`);
  row("rqrr reads the frame (werktafel:qr-rqrr)", rqrr);
  row("frame to luma (werktafel:qr-frame)", frame);
  row("both", rqrr.map((t, i) => t + frame[i]));
}
