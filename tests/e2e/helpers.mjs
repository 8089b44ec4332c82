// Steps a facilitator takes, shared by the specs.
import { expect } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { storedWorkshopsInPage } from "./stored.mjs";

/**
 * Holds back this page's requests whose address matches `pattern` (a part of
 * the split wasm) until `release()`; `held` lists the addresses asked for.
 */
export async function holdRequests(page, pattern) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const held = [];
  await page.route(pattern, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { held, release };
}

/** Opens the app and waits until it has rendered the home page. */
export async function openHome(page, path = "/") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
}

/** Creates a workshop through the form; lands on its page. */
export async function createWorkshop(page, { title, date = "", place = "", facilitator = "", goal = "" }) {
  await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill(title);
  if (date) await page.getByLabel("Datum").fill(date);
  if (place) await page.getByLabel("Plaats").fill(place);
  if (facilitator) await page.getByLabel("Begeleider").fill(facilitator);
  if (goal) await page.getByLabel("Doel").fill(goal);
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** The list of workshops on the home page. */
export function workshopList(page) {
  return page.getByRole("list", { name: "Lijst van bijeenkomsten" });
}

/** The save indicator in the header. */
export function saveStatus(page) {
  return page.getByRole("status").filter({ hasText: /opgeslagen/i }).first();
}

/**
 * Stored workshops (the data of their envelopes) in this page's localStorage,
 * each with the parts its key names (a café table's tablecloths, a placemat
 * group) joined in from their own keys.
 */
export async function storedWorkshops(page) {
  return page.evaluate(storedWorkshopsInPage);
}

/** Fills localStorage with a filler key until not one more character fits. */
export async function fillStorageToQuota(page) {
  return page.evaluate(() => {
    let filler = "";
    let chunk = 1 << 20;
    while (chunk >= 1) {
      const attempt = filler + "x".repeat(chunk);
      try {
        localStorage.setItem("filler-van-de-test", attempt);
        filler = attempt;
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    return filler.length;
  });
}

/** Records CSP violations in `window.__cspViolations`, from the page's very first script on. */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** Waits until a service worker controls the page (the app is ready offline). */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: 30_000,
  });
}

/** Types into a text field of the preparation and leaves it (saves on blur). */
export async function typeField(page, label, text) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
}

/** Sets a number field of the preparation; it applies on change (Tab). */
export async function setNumber(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.press("Tab");
}

/**
 * A screenshot of `locator` alone: a toast or banner over it is for a person to
 * close or wait out. (Hidden through the CSSOM: the app's CSP refuses the <style>
 * that screenshot's own `style` option adds.)
 */
export async function screenshotOf(locator) {
  const hide = (hidden) =>
    locator.page().evaluate((hidden) => {
      for (const el of document.querySelectorAll(".bottom-notices")) el.style.visibility = hidden ? "hidden" : "";
    }, hidden);
  await hide(true);
  try {
    return await locator.screenshot();
  } finally {
    await hide(false);
  }
}

/** Decodes the QR code in a screenshot of `locator`. */
export async function decodeQr(locator) {
  const png = PNG.sync.read(await screenshotOf(locator));
  const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return result?.data ?? null;
}

/**
 * The files the page fetched for the code that reads stored data (the
 * decoders, src/ui/decoding.rs), by name: how (resource timing's initiator),
 * and when the fetch started.
 */
export async function decoderFetches(page) {
  const files = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => ({
      name: entry.name.split("/").pop(),
      by: entry.initiatorType,
      start: entry.startTime,
    })),
  );
  return files.filter((file) => /_read_stored\.wasm$/.test(file.name));
}
