// The participant's phone page is an entry of its own (dist/meedoen/): a phone
// that opens a question loads none of the facilitator's app and registers no
// service worker; old links (…/#/meedoen/<payload>) lead to it, at the root and
// under a sub-path; the strict Content-Security-Policy holds; and a facilitator's
// device that has the app offline opens the phone page offline too.
import { ORIGIN, SUB_ORIGIN } from "./origin.mjs";
import { test, expect } from "./fixtures.mjs";
import { openHome, recordCspViolations, waitForServiceWorker } from "./helpers.mjs";
import { questionPayload } from "./bench-helpers.mjs";

const QUESTION = "Wat heeft de wijk nodig om samen te leven?";
/** A café question for two tables. */
const payload = questionPayload({ p: "q7k2m9xa", q: QUESTION, k: "t", t: ["Tafel 1", "Tafel 2"] });

/** Records CSP violations from the very first script on, and every file the page asks for. */
async function watch(page) {
  await recordCspViolations(page);
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  return requested;
}

async function showsTheQuestion(page) {
  await expect(page.getByText(QUESTION)).toBeVisible();
  await expect(page.getByRole("group", { name: "Aan welke tafel zit je?" }).getByRole("button", { name: "Tafel 2" })).toBeVisible();
  await expect(page.getByLabel("Antwoord 1")).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
}

test("a phone opening a question loads only the phone's page: no app, no service worker", async ({ context }) => {
  const page = await context.newPage();
  const requested = await watch(page);
  await page.goto(`${ORIGIN}meedoen/#${payload}`);
  await showsTheQuestion(page);
  expect(requested.filter((path) => path.endsWith(".wasm"))).toEqual([expect.stringMatching(/^\/meedoen\/meedoen-[0-9a-f]+_bg\.wasm$/)]);
  // Nothing else but the shared icon.
  expect(requested.filter((path) => !path.startsWith("/meedoen/"))).toEqual(["/icon.svg"]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

for (const [where, base] of [["at the root", ORIGIN], ["under a sub-path", SUB_ORIGIN]]) {
  test(`an old question link ${where} opens the phone's page`, async ({ context }) => {
    const page = await context.newPage();
    const requested = await watch(page);
    await page.goto(`${base}#/meedoen/${payload}`);
    await expect(page).toHaveURL(`${base}meedoen/#${payload}`);
    await showsTheQuestion(page);
    expect(requested.filter((path) => path.endsWith(".wasm") && !path.includes("/meedoen/"))).toEqual([]);
  });
}

test("a facilitator's device that keeps the app offline opens the phone's page offline", async ({ page, context }) => {
  await openHome(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const phone = await context.newPage();
  await watch(phone);
  await phone.goto(`${ORIGIN}meedoen/#${payload}`);
  await showsTheQuestion(phone);
  // The app's own addresses still open the app.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
});
