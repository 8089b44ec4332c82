// Answers from phones, shared by participate.spec.mjs and qr-read.bench.mjs:
// the facilitator's placemat question put out, a phone's answer code, a video
// file of that code, and a tablet whose fake camera films it. The tablet's pages
// collect the scanner's User Timing measures (werktafel:qr-frame, -rqrr and
// -detector, see src/platform/camera.rs) in `window.qrMeasures`.
import { writeFile } from "node:fs/promises";
import { chromium, expect } from "@playwright/test";
import { PNG } from "pngjs";
import { createWorkshop, decodeQr, openHome, typeField } from "./helpers.mjs";
import { addPlacemat } from "./work-forms.mjs";

export const QUESTION = "Wat heeft de wijk nodig om samen te leven?";
const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a Y4M video (one grey 640×480 frame, which Chromium loops) showing
 * the PNG screenshot scaled to fit, centred on white: what a camera held in
 * front of the phone would see.
 */
export async function writeY4m(pngBuffer, path) {
  const png = PNG.sync.read(pngBuffer);
  const scale = Math.min((WIDTH - 80) / png.width, (HEIGHT - 80) / png.height);
  const [w, h] = [Math.floor(png.width * scale), Math.floor(png.height * scale)];
  const [left, top] = [Math.floor((WIDTH - w) / 2), Math.floor((HEIGHT - h) / 2)];
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (Math.floor(y / scale) * png.width + Math.floor(x / scale)) * 4;
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      luma[(top + y) * WIDTH + left + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  await writeFile(path, Buffer.concat([header, luma, chroma]));
}

/** In the page, before the app: keeps the scanner's measures in `window.qrMeasures`. */
function watchMeasures() {
  window.qrMeasures = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith("werktafel:qr-")) window.qrMeasures.push({ name: entry.name, duration: entry.duration });
    }
  }).observe({ type: "measure" });
}

/**
 * A Chromium whose camera films `video`, opened on `url` with `storage`.
 * `use` holds Playwright's `launchOptions` and `baseURL`; `init(arg)`, if
 * given, runs in each page before the app (a stand-in for a browser API).
 */
export async function tabletFilming(video, url, storage, { launchOptions, baseURL }, init, arg) {
  const browser = await chromium.launch({
    ...launchOptions,
    args: [...launchOptions.args, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
  const context = await browser.newContext({ baseURL, storageState: storage, permissions: ["camera"] });
  await context.addInitScript(watchMeasures);
  if (init) await context.addInitScript(init, arg);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { browser, page, errors };
}

/** The measures of each name the tablet's scanner recorded so far: { name: [ms, …] }. */
export async function scanMeasures(page) {
  const measures = await page.evaluate(() => window.qrMeasures);
  const byName = {};
  for (const { name, duration } of measures) (byName[name] ??= []).push(duration);
  return byName;
}

/** The facilitator's placemat with its question put out; the question's code and address. */
export async function questionOut(page) {
  await openHome(page);
  await createWorkshop(page, { title: "Wijkavond Oost" });
  await addPlacemat(page);
  await typeField(page, "Vraag voor alle groepen", QUESTION);
  await page.getByRole("link", { name: "Vraag uitzetten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vraag voor telefoons" })).toBeVisible();
  const code = page.getByRole("img", { name: "Code met de vraag" });
  await expect(code).toBeVisible();
  return { code, address: await decodeQr(code) };
}

/**
 * A phone (a context of its own in `browser`) answers the question at
 * `address` as group 2, person 3 with `text`; the answer code's screenshot
 * (PNG) and its text.
 */
export async function answerOnPhone(browser, address, text) {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto(address);
  await page.getByRole("group", { name: "In welke groep zit je?" }).getByRole("button", { name: "Groep 2" }).click();
  await page.getByRole("group", { name: "Welk nummer heb jij op de placemat?" }).getByRole("button", { name: "Persoon 3" }).click();
  await page.getByLabel("Antwoord 1").fill(text);
  await page.getByRole("button", { name: "Klaar" }).click();
  const code = page.getByRole("img", { name: "Code met je antwoord" });
  await expect(code).toBeVisible();
  const answer = { png: await code.screenshot(), payload: await decodeQr(code) };
  await phone.close();
  return answer;
}

/** On a phone showing its answer code: saves the answer file it shares at `path`. */
export async function saveAnswerFile(phonePage, path) {
  const started = phonePage.waitForEvent("download");
  await phonePage.getByRole("button", { name: "Deel als bestand (voor een tablet zonder camera)" }).click();
  await (await started).saveAs(path);
}
