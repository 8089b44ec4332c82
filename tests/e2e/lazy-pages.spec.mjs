// A page's code comes when the page is first opened (issue 18). On a slow link the
// open page stays, says after a moment that the next one is loading, and a page
// whose code was overtaken by a later tap never shows.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, holdRequests, openHome } from "./helpers.mjs";

// The page's own requests, not the service worker's, so they can be held back.
test.use({ serviceWorkers: "block" });

/** The library page's own code (src/ui/lazy_pages.rs). */
const LIBRARY_CODE = /\/split_library_page\.wasm$/;

test("while a page's code loads, the open page stays and says the next one is coming", async ({ page }) => {
  await openHome(page);
  const library = await holdRequests(page, LIBRARY_CODE);
  await page.getByRole("navigation").getByRole("link", { name: "Methoden" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Pagina laden…" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
  expect(library.held).toHaveLength(1);

  library.release();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toBeVisible();
  await expect(page).toHaveURL(/\/methoden$/);
  await expect(page.getByRole("status").filter({ hasText: "Pagina laden…" })).toHaveCount(0);
});

test("a page whose code comes after a later tap is not shown over the page tapped last", async ({ page }) => {
  await openHome(page);
  const library = await holdRequests(page, LIBRARY_CODE);
  await page.getByRole("navigation").getByRole("link", { name: "Methoden" }).click();
  await expect.poll(() => library.held.length).toBe(1);
  await page.getByRole("navigation").getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();

  const loaded = page.waitForResponse(LIBRARY_CODE);
  library.release();
  await loaded;
  // The library's code is there now (the next visit shows it at once), but the
  // settings stay: they were asked for last. (Nothing marks a page that is not
  // shown, so give a wrongly shown one time to appear.)
  await page.waitForTimeout(500);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toHaveCount(0);
  await expect(page).toHaveURL(/\/instellingen$/);

  await page.getByRole("navigation").getByRole("link", { name: "Methoden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toBeVisible();
});

test("a page whose code cannot be loaded says so, the app goes on, and the next opening tries again", async ({ page }) => {
  await openHome(page);
  await page.route(LIBRARY_CODE, (route) => route.abort("internetdisconnected"));
  await page.getByRole("navigation").getByRole("link", { name: "Methoden" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Deze pagina kon niet geladen worden" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toHaveCount(0);
  await page.getByRole("navigation").getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();

  await page.unroute(LIBRARY_CODE);
  await page.getByRole("navigation").getByRole("link", { name: "Methoden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toBeVisible();
});

test("each page's code comes in a few files: its own and the bundles of shared code it is the first to need", async ({ page }) => {
  // build/bundle-chunks.mjs: the split's ~145 shared chunks are merged into a
  // bundle per module, each chunk in the bundle of the first module (in the
  // order the app loads them) that needs it. So the decoders come in two files,
  // the workshop page in its own and the bundles it is the first to need, and a
  // work form after it in one (without a service worker, nothing else loads in
  // the background).
  const split = [];
  page.on("request", (request) => {
    const file = new URL(request.url()).pathname.split("/").pop();
    if (/^(split|shared|chunk)_.*\.wasm$/.test(file)) split.push(file);
  });
  const since = (count) => split.slice(count).sort();

  await openHome(page);
  await expect.poll(() => since(0), { timeout: 10_000 }).toEqual(["shared_read_stored.wasm", "split_read_stored.wasm"]);

  let before = split.length;
  await createWorkshop(page, { title: "Bundels" });
  expect(since(before)).toEqual(["shared_form_route_page.wasm", "shared_workshop_page.wasm", "split_workshop_page.wasm"]);

  before = split.length;
  await page.getByRole("button", { name: "Wereldcafé toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Wereldcafé/ })).toBeVisible();
  expect(since(before)).toEqual(["split_form_route_page.wasm"]);
});
