// Offline on any static host: the service worker starts the app with no network,
// deep links work, a sub-path works, a new version asks before reloading, and the
// page only ever talks to its own origin under a strict Content-Security-Policy.
import { test, expect } from "@playwright/test";
import { ORIGIN, SUB_ORIGIN } from "./origin.mjs";
import { addCafe } from "./work-forms.mjs";
import { createWorkshop, decoderFetches, openHome, recordCspViolations, waitForServiceWorker, workshopList } from "./helpers.mjs";
import { startServer } from "./serve.mjs";
import { secondVersion } from "./global-setup.mjs";
import { fileURLToPath } from "node:url";

/** Records CSP violations and page errors from the very first script on. */
async function watchPage(page) {
  await recordCspViolations(page);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function offlineJourney(page, context, base) {
  await openHome(page, base);
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("werkt nu op dit apparaat ook zonder internet");
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Netwerk:" })).toHaveText("Netwerk: Offline");

  await createWorkshop(page, { title: "Zonder wifi", place: "Kelder" });
  const deepLink = page.url();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Zonder wifi" })).toBeVisible();
  // With work stored, the code that reads it comes from the worker as the page's
  // preloads, each file once: the app's loader takes what they fetched.
  const decoders = await decoderFetches(page);
  expect(decoders.map((file) => `${file.name} by ${file.by}`).sort()).toEqual([
    "shared_read_stored.wasm by link",
    "split_read_stored.wasm by link",
  ]);

  await page.goto(base);
  await expect(workshopList(page).getByRole("link")).toHaveText(["Zonder wifi"]);
  await page.goto(deepLink);
  await expect(page.getByRole("heading", { level: 1, name: "Zonder wifi" })).toBeVisible();
  await page.goto(`${base}instellingen`);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Netwerk:" })).toHaveText("Netwerk: Online");
}

test("the app starts, saves and follows deep links offline after one visit", async ({ page, context }) => {
  const errors = await watchPage(page);
  await offlineJourney(page, context, "/");
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test("the same works under a sub-path", async ({ page, context }) => {
  const errors = await watchPage(page);
  const base = SUB_ORIGIN;
  await offlineJourney(page, context, base);
  await expect(page.getByRole("link", { name: "Instellingen" })).toHaveAttribute("href", "/werktafel/instellingen");
  await page.getByRole("link", { name: "Bijeenkomsten" }).click();
  await workshopList(page).getByRole("link", { name: "Zonder wifi" }).click();
  await expect(page).toHaveURL(/\/werktafel\/bijeenkomst\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Zonder wifi" })).toBeVisible();
  const scope = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
  expect(scope).toBe(`${base}sw.js`);
  expect(errors).toEqual([]);
});

test("every page opens offline though its code was never loaded online", async ({ page, context }) => {
  const errors = await watchPage(page);
  const wasm = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith(".wasm")) wasm.push(request.url());
  });
  await openHome(page);
  await waitForServiceWorker(page);
  // Online, only the home page's code came (the split loader fetches no page yet).
  expect(wasm.filter((url) => !/\/werktafel-[0-9a-f]+_bg\.wasm$/.test(url))).toEqual([]);

  await context.setOffline(true);
  await createWorkshop(page, { title: "Alles offline" });
  const workshop = new URL(page.url()).pathname;
  await addCafe(page);
  const pages = [
    [`${workshop}/programma`, "Programma (draaiboek)"],
    [`${workshop}/draaien`, "Draaiboek draaien"],
    [`${workshop}/programma-scherm`, "Programma"],
    [`${workshop}/verslag`, "Alles offline"],
    ["/methoden", "Methodenbibliotheek"],
    ["/personas", "Persona's"],
    ["/uitnodigen", "Deelnemers uitnodigen"],
    ["/instellingen", "Instellingen"],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toContainText(heading);
  }
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test("every request stays on the app's own origin, under a strict CSP", async ({ page }) => {
  await watchPage(page);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await openHome(page);
  await createWorkshop(page, { title: "Alleen eigen adres" });
  await page.getByRole("link", { name: "Uitnodigen" }).click();
  await page.getByRole("link", { name: "Instellingen" }).click();
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();

  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((url) => !url.startsWith(ORIGIN));
  expect(foreign).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test("the manifest makes the app installable", async ({ page, request }) => {
  await openHome(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(href)).json();
  expect(manifest).toMatchObject({ name: "Werktafel", display: "standalone", start_url: "./", scope: "./", lang: "nl" });
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-type"]).toBe(icon.type);
  }
});

test("a new version is announced and only loads when asked", async ({ page }) => {
  const dist = fileURLToPath(new URL("../../dist", import.meta.url));
  const host = startServer({ root: dist, port: 4175 });
  await host.listening;
  try {
    const base = "http://127.0.0.1:4175/";
    await openHome(page, base);
    await waitForServiceWorker(page);
    const firstCaches = await page.evaluate(() => caches.keys());

    host.publish(secondVersion);
    await page.reload();
    const banner = page.getByRole("status").filter({ hasText: "Nieuwe versie beschikbaar" });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    // Nothing changed under the user's hands: still the first version's cache in use.
    await page.waitForTimeout(1000);
    await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
    // At the bottom, over the page: the page's first button stayed where it was.
    const button = await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).boundingBox();
    expect((await banner.boundingBox()).y).toBeGreaterThan(button.y + button.height);
    // "Later" puts it away for now; the next start asks again.
    await banner.getByRole("button", { name: "Later" }).click();
    await expect(banner).toBeHidden();
    await page.reload();
    await expect(banner).toBeVisible({ timeout: 20_000 });

    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Herladen" }).click()]);
    await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Nieuwe versie beschikbaar" })).toHaveCount(0);
    const secondCaches = await page.evaluate(() => caches.keys());
    expect(secondCaches).toHaveLength(1);
    expect(secondCaches).not.toEqual(firstCaches);
  } finally {
    await host.close();
  }
});

test("the ready-offline message never moves the page under a finger; the invite page says the app is ready", async ({ page }) => {
  await openHome(page);
  const button = page.getByRole("button", { name: "Nieuwe bijeenkomst" });
  const before = await button.boundingBox();
  const toast = page.getByRole("region", { name: "Meldingen" }).locator(".toast").filter({ hasText: "werkt nu op dit apparaat ook zonder internet" });
  await expect(toast).toBeVisible();
  expect(await button.boundingBox()).toEqual(before);
  // Over the page at the bottom, not over its first buttons.
  expect((await toast.boundingBox()).y).toBeGreaterThan(before.y + before.height);
  await toast.getByRole("button", { name: "Sluiten" }).click();
  await expect(toast).toBeHidden();

  // Said once; after that the invite page (where the QR code is checked) says it.
  await page.reload();
  await page.getByRole("link", { name: "Uitnodigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Werkt zonder internet" })).toHaveText(
    "Werkt zonder internet: Werktafel staat klaar op dit apparaat.",
  );
  await expect(toast).toHaveCount(0);
});

test("a browser that keeps no offline copy says so, so the facilitator knows before the workshop", async ({ page }) => {
  // As over plain http on another host, or in a private window of some browsers.
  await page.addInitScript(() => delete Navigator.prototype.serviceWorker);
  await openHome(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "zonder internet" })).toContainText(
    "Deze browser bewaart Werktafel niet voor gebruik zonder internet",
  );
});
