// The workshop form at its edges: what is trimmed, what is just allowed, what is
// refused (and then changes nothing), and the keyboard path a facilitator takes.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, storedWorkshops, workshopList } from "./helpers.mjs";

/** The value shown next to a term in the workshop's description list. */
function detail(page, term) {
  return page.locator("dl dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
}

test("the form opens with the title focused, Enter creates, and spaces around the title are dropped", async ({ page }) => {
  await openHome(page);
  await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Nieuwe bijeenkomst" })).toBeVisible();
  await expect(page.getByLabel("Titel")).toBeFocused();
  await page.keyboard.type("   Buurtgesprek   ");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/bijeenkomst\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Buurtgesprek", exact: true })).toBeVisible();
  await expect(detail(page, "Datum")).toHaveText("Geen datum");
  await expect(detail(page, "Plaats")).toHaveText("—");
  expect((await storedWorkshops(page)).map((w) => w.title)).toEqual(["Buurtgesprek"]);
});

test("a title of only spaces is refused like an empty one; 200 characters is just allowed", async ({ page }) => {
  await openHome(page);
  await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill("     ");
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.getByRole("alert")).toHaveText("Geef de bijeenkomst een titel.");
  expect(await storedWorkshops(page)).toEqual([]);

  // 200 characters, most of them two bytes in UTF-8: the limit counts characters.
  const title = "Bijeenkomst over de wijk: " + "ë".repeat(174);
  expect([...title]).toHaveLength(200);
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect((await storedWorkshops(page)).map((w) => w.title)).toEqual([title]);
});

test("a place over 200 characters is refused with its own message", async ({ page }) => {
  await openHome(page);
  await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill("Te lange plaats");
  await page.getByLabel("Plaats").fill("p".repeat(201));
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.getByRole("alert")).toHaveText("Plaats mag hoogstens 200 tekens lang zijn.");
  await expect(page.getByRole("heading", { level: 2, name: "Nieuwe bijeenkomst" })).toBeVisible();
  expect(await storedWorkshops(page)).toEqual([]);
});

test("cancelling the new form creates nothing", async ({ page }) => {
  await openHome(page);
  await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByLabel("Titel").fill("Toch maar niet");
  await page.getByRole("button", { name: "Annuleren" }).click();
  await expect(page.getByRole("button", { name: "Nieuwe bijeenkomst" })).toBeVisible();
  await expect(page.getByText("Nog geen bijeenkomsten. Maak de eerste aan met de knop hierboven.")).toBeVisible();
  expect(await storedWorkshops(page)).toEqual([]);
  await page.reload();
  await expect(workshopList(page).getByRole("listitem")).toHaveCount(0);
});

test("an edit that empties the title is refused and the stored workshop stays as it was", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Blijft staan", place: "Buurthuis" });
  await page.getByRole("button", { name: "Bewerken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Bijeenkomst bewerken" })).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Blijft staan");
  await page.getByLabel("Titel").fill("");
  await page.getByLabel("Plaats").fill("Ergens anders");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("alert")).toHaveText("Geef de bijeenkomst een titel.");
  await page.getByRole("button", { name: "Annuleren" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Blijft staan" })).toBeVisible();
  await expect(detail(page, "Plaats")).toHaveText("Buurthuis");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Blijft staan" })).toBeVisible();
  expect(await storedWorkshops(page)).toMatchObject([{ title: "Blijft staan", place: "Buurthuis" }]);
});

test("editing every field shows the new values in the details and after a reload", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Eerste opzet", date: "2026-11-22", place: "Zaal 1", facilitator: "Bram", goal: "Kennismaken" });
  await expect(detail(page, "Datum")).toHaveText("22-11-2026");
  await expect(detail(page, "Begeleider")).toHaveText("Bram");

  await page.getByRole("button", { name: "Bewerken" }).click();
  await expect(page.getByLabel("Datum")).toHaveValue("2026-11-22");
  await expect(page.getByLabel("Begeleider")).toHaveValue("Bram");
  await expect(page.getByLabel("Doel")).toHaveValue("Kennismaken");
  await page.getByLabel("Titel").fill("Tweede opzet");
  await page.getByLabel("Datum").fill("2027-01-05");
  await page.getByLabel("Plaats").fill("Zaal 2");
  await page.getByLabel("Begeleider").fill("Chris");
  await page.getByLabel("Doel").fill("Afspraken maken");
  await page.getByRole("button", { name: "Opslaan" }).click();

  const showsNewValues = async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Tweede opzet" })).toBeVisible();
    await expect(detail(page, "Datum")).toHaveText("05-01-2027");
    await expect(detail(page, "Plaats")).toHaveText("Zaal 2");
    await expect(detail(page, "Begeleider")).toHaveText("Chris");
    await expect(detail(page, "Doel")).toHaveText("Afspraken maken");
  };
  await showsNewValues();
  await page.reload();
  await showsNewValues();
});

test("markup in a title is shown as text, not run", async ({ page }) => {
  await openHome(page);
  const title = '<img src=x onerror="window.__ran=1"> & <b>vet</b>';
  await createWorkshop(page, { title });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(workshopList(page).getByRole("link")).toHaveText([title]);
  expect(await page.evaluate(() => window.__ran ?? null)).toBeNull();
  await expect(page.locator("main img")).toHaveCount(0);
});

test("'Dupliceren' on the workshop page opens the copy, and 'Bewerken' there changes the copy", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Placemat", date: "2026-11-22", place: "Wijkcentrum", goal: "Ideeën" });
  const originalUrl = page.url();
  await page.getByRole("button", { name: "Dupliceren" }).click();
  await expect(page).not.toHaveURL(originalUrl);
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Kopie gemaakt: “Placemat (kopie)”.");
  await expect(page.getByRole("heading", { level: 1, name: "Placemat (kopie)" })).toBeVisible();
  await expect(detail(page, "Datum")).toHaveText("22-11-2026");
  await expect(detail(page, "Plaats")).toHaveText("Wijkcentrum");
  await expect(detail(page, "Doel")).toHaveText("Ideeën");

  await page.getByRole("button", { name: "Bewerken" }).click();
  await expect(page.getByLabel("Titel")).toHaveValue("Placemat (kopie)");
  await page.getByLabel("Titel").fill("Placemat, tweede ronde");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Placemat, tweede ronde" })).toBeVisible();
  expect((await storedWorkshops(page)).map((w) => w.title).sort()).toEqual(["Placemat", "Placemat, tweede ronde"]);
  await page.goto(originalUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Placemat", exact: true })).toBeVisible();
});

test("a copy of a 200-character title is shortened so it stays within 200 characters", async ({ page }) => {
  await openHome(page);
  const long = "x".repeat(200);
  await createWorkshop(page, { title: long });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await page.getByRole("button", { name: `${long} dupliceren` }).click();
  const copyTitle = "x".repeat(200 - " (kopie)".length) + " (kopie)";
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText(`Kopie gemaakt: “${copyTitle}”.`);
  await page.reload();
  await expect(workshopList(page).getByRole("link")).toHaveText([copyTitle, long]);
  expect((await storedWorkshops(page)).map((w) => [...w.title].length).sort()).toEqual([200, 200]);
});
