// What Safari on an iPad does differently, imitated in Chromium (the WebKit
// layer in webkit/ sees the real thing): no install prompt, so the settings
// and invite pages give the two steps to the home screen; the browser's own
// prompt behind a button where there is one; a warning on the home page while
// the app runs in a tab, and none from the home screen; and sound that stays
// shut until a tap, said on screen while a round runs.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, typeField } from "./helpers.mjs";
import { addCafe, openPart } from "./work-forms.mjs";

const STEPS = [
  "Tik in Safari op de knop Delen: het vierkantje met een pijl omhoog, bovenaan naast het adres.",
  "Kies ‘Zet op beginscherm’ en tik op ‘Voeg toe’. Open Werktafel voortaan met het nieuwe icoon.",
];
const TAB_WARNING = /^Let op: Werktafel staat nu open in een tabblad van de browser\. Safari kan dan alles/;

/** The "Zet op beginscherm" section of the page. */
function homeScreen(page) {
  return page.getByRole("region", { name: "Zet op beginscherm" });
}

test("with no install prompt, as in Safari, settings and invite give the two steps to the home screen", async ({ page }) => {
  // Safari never fires `beforeinstallprompt`: keep Chromium's from the app.
  await page.addInitScript(() =>
    window.addEventListener("beforeinstallprompt", (e) => e.stopImmediatePropagation(), true),
  );
  await openHome(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(homeScreen(page).getByRole("listitem")).toHaveText(STEPS);
  await expect(homeScreen(page).getByRole("button")).toHaveCount(0);
  await page.getByRole("link", { name: "Uitnodigen" }).click();
  await expect(homeScreen(page).getByRole("listitem")).toHaveText(STEPS);
});

test("where the browser offers its install prompt, one button shows it once", async ({ page }) => {
  await openHome(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.evaluate(() => {
    const offer = new Event("beforeinstallprompt", { cancelable: true });
    offer.prompt = () => {
      window.__prompts = (window.__prompts ?? 0) + 1;
      return Promise.resolve();
    };
    window.dispatchEvent(offer);
  });
  const button = homeScreen(page).getByRole("button", { name: "Zet Werktafel op het beginscherm" });
  await expect(homeScreen(page).getByRole("listitem")).toHaveCount(0);
  await button.click();
  expect(await page.evaluate(() => window.__prompts)).toBe(1);
  await expect(button).toHaveCount(0);
  await expect(homeScreen(page)).toContainText("Op het beginscherm opent Werktafel als een eigen app");
});

test("in a browser tab the home page warns next to the last export; from the home screen it does not", async ({ page }) => {
  await openHome(page);
  await expect(page.getByText(TAB_WARNING)).toHaveCount(0);
  await createWorkshop(page, { title: "Wijkavond" });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(page.getByText("Nog nooit geëxporteerd.")).toBeVisible();
  await expect(page.getByText(TAB_WARNING)).toBeVisible();

  // Opened from the home screen: the page's display mode is standalone.
  await page.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query) =>
      query === "(display-mode: standalone)" ? { ...original(query), matches: true } : original(query);
  });
  await page.reload();
  await expect(page.getByText("Nog nooit geëxporteerd.")).toBeVisible();
  await expect(page.getByText(TAB_WARNING)).toHaveCount(0);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(homeScreen(page)).toContainText("Werktafel staat op het beginscherm van dit apparaat.");
  await expect(homeScreen(page).getByRole("listitem")).toHaveCount(0);
});

test("after a reload mid-round the sound waits for a tap, and the screen says so until then", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Buurtcafé" });
  await addCafe(page);
  await typeField(page, "Vraag voor ronde 1", "Waar ontmoet jij je buren?");
  await openPart(page, "2. Rondes");
  const blocked = page.getByText("Het geluid staat nog uit: tik één keer op het scherm.", { exact: false });
  await page.getByRole("button", { name: "Start ronde 1", exact: true }).click();
  // The tap on the start button opened the sound.
  await expect(page.getByRole("status").filter({ hasText: "Loopt" })).toBeVisible();
  await expect(blocked).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Loopt" })).toBeVisible();
  await expect(blocked).toBeVisible();
  await page.getByRole("heading", { level: 2, name: "Ronde 1 van 3" }).click();
  await expect(blocked).toHaveCount(0);
});
