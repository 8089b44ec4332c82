// The code that reads stored data loads on its own (issue 18): a first visit,
// with nothing stored, shows the home page without it and loads it a moment
// later. Until it is there, a change another tab made is neither read nor
// saved over: this tab's save waits, says so, and keeps both versions once the
// code has come.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, decoderFetches, holdRequests, openHome, saveStatus, storedWorkshops } from "./helpers.mjs";

// The page's own requests, not the service worker's, so they can be held back.
test.use({ serviceWorkers: "block" });

/** The module with the code that reads stored data (src/ui/decoding.rs). */
const STORED_CODE = /\/split_read_stored\.wasm$/;

/** Renames the workshop open on `page` through its form. */
async function rename(page, title) {
  await page.getByRole("button", { name: "Bewerken" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Opslaan" }).click();
}

test("a first visit shows the home page before the code that reads stored data, which comes a moment later", async ({ page }) => {
  const requested = [];
  page.on("request", (request) => {
    if (STORED_CODE.test(request.url())) requested.push(request.url());
  });
  await openHome(page);
  expect(requested).toHaveLength(0);
  await expect.poll(() => requested.length, { timeout: 10_000 }).toBe(1);

  // With something stored, the app reads it before it shows.
  await createWorkshop(page, { title: "Buurtoverleg" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtoverleg" })).toBeVisible();
  expect(requested).toHaveLength(2);
});

test("with work stored, the code that reads it is fetched beside the app's own, each file once", async ({ page }) => {
  // index.html's inline script preloads it (src/bin/prepare_dist/decoder_preload.rs):
  // the app waits for it before it is drawn, and would otherwise ask for it only
  // once its own code runs.
  await openHome(page);
  await createWorkshop(page, { title: "Buurtoverleg" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Buurtoverleg" })).toBeVisible();
  const decoders = await decoderFetches(page);
  expect(decoders.map((file) => `${file.name} by ${file.by}`).sort()).toEqual([
    "shared_read_stored.wasm by link",
    "split_read_stored.wasm by link",
  ]);
  const appCodeEnd = await page.evaluate(
    () => performance.getEntriesByType("resource").find((e) => /\/werktafel-[^/]*_bg\.wasm$/.test(e.name)).responseEnd,
  );
  for (const file of decoders) expect(file.start).toBeLessThan(appCodeEnd);
});

test("another tab's change made before this tab can read it is kept, and this tab's change is saved once the code is there", async ({ context }) => {
  const first = await context.newPage();
  const code = await holdRequests(first, STORED_CODE);
  await openHome(first);
  await createWorkshop(first, { title: "Klankbordgroep" });
  await expect(saveStatus(first)).toHaveText("Opgeslagen");
  await expect.poll(() => code.held.length).toBe(1);

  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByRole("heading", { level: 1, name: "Klankbordgroep" })).toBeVisible();
  await rename(second, "Klankbordgroep jeugd");
  await expect(second.getByRole("heading", { level: 1, name: "Klankbordgroep jeugd" })).toBeVisible();

  await first.bringToFront();
  await rename(first, "Klankbordgroep wijk");
  await expect(saveStatus(first)).toContainText("Werktafel laadt nog; het wordt zo opgeslagen");
  const waiting = await storedWorkshops(first);
  expect(waiting.map((w) => w.title)).toEqual(["Klankbordgroep jeugd"]);

  code.release();
  await expect(saveStatus(first)).toHaveText("Opgeslagen");
  const stored = await storedWorkshops(first);
  expect(stored.map((w) => w.title).sort()).toEqual(["Klankbordgroep jeugd (uit ander tabblad)", "Klankbordgroep wijk"]);
  await expect(first.getByRole("heading", { level: 1, name: "Klankbordgroep wijk" })).toBeVisible();
});

test("a start that cannot load that code says the stored work is not read yet, and reads it once the code comes", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Buurtoverleg" });
  await page.route(STORED_CODE, (route) => route.abort("internetdisconnected"));
  await openHome(page);

  await expect(page.getByText("Je opgeslagen werk is nog niet gelezen")).toBeVisible();
  await expect(page.getByText("Buurtoverleg")).toHaveCount(0);
  const stored = await storedWorkshops(page);
  expect(stored.map((w) => w.title)).toEqual(["Buurtoverleg"]);

  await page.unroute(STORED_CODE);
  await expect(page.getByRole("link", { name: /Buurtoverleg/ })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText("Je opgeslagen werk is nog niet gelezen")).toHaveCount(0);
});
