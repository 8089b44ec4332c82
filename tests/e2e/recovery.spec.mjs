// Stored data the app did not just write itself (an older or newer version's, a
// broken value, a part no workshop names), a full storage when creating, the undo
// window closing, and what "Alles wissen" leaves behind.
import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, fillStorageToQuota, openHome, saveStatus, storedWorkshops, typeField, workshopList } from "./helpers.mjs";
import { addCafe, addCafeNote, openPart, openTable } from "./work-forms.mjs";
import { STORED_WORKSHOP_SCHEMA } from "./schema.mjs";

/** Puts a raw value in localStorage, then starts the app again. */
async function storeRawAndReload(page, entries) {
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, entries);
  await openHome(page);
}

function quarantineSection(page) {
  return page.locator("section", { has: page.getByRole("heading", { name: "Apart gezette gegevens" }) });
}

test("a workshop saved by the first version (schema 1, Dutch date) opens with its date and place", async ({ page }) => {
  await openHome(page);
  const v1 = {
    schema: 1,
    rev: 4,
    saved_at: 1_700_000_000_000,
    data: { id: "oud", title: "Bijeenkomst uit de eerste versie", date: "22-11-2026", place: "Zaal 3", goal: "Terugblikken", created_at: 1_700_000_000_000 },
  };
  await storeRawAndReload(page, [["werktafel:v1:workshop:oud", JSON.stringify(v1)]]);

  await expect(page.getByRole("alert")).toHaveCount(0);
  const card = workshopList(page).getByRole("listitem");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("22-11-2026 · Zaal 3");
  await card.getByRole("link", { name: "Bijeenkomst uit de eerste versie" }).click();
  await expect(page).toHaveURL(/\/bijeenkomst\/oud$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomst uit de eerste versie" })).toBeVisible();
  await expect(page.getByText("Terugblikken")).toBeVisible();

  // Editing it stores it in the current schema, with the date as YYYY-MM-DD.
  await page.getByRole("button", { name: "Bewerken" }).click();
  await expect(page.getByLabel("Datum")).toHaveValue("2026-11-22");
  await page.getByLabel("Begeleider").fill("Dewi");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(saveStatus(page)).toHaveText("Opgeslagen");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("werktafel:v1:workshop:oud")));
  expect(stored).toMatchObject({ schema: STORED_WORKSHOP_SCHEMA, rev: 5, data: { title: "Bijeenkomst uit de eerste versie", date: "2026-11-22", facilitator: "Dewi", activities: [] } });
});

test("a workshop saved by a newer version is left untouched, with a notice, and the rest still loads", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Van nu" });
  const future = JSON.stringify({ schema: 99, rev: 1, saved_at: 1, data: { id: "later", title: "Uit de toekomst", colour: "blauw" } });
  await storeRawAndReload(page, [["werktafel:v1:workshop:later", future]]);

  await expect(page.getByRole("alert")).toHaveText(/Een deel van de gegevens is gemaakt met een nieuwere versie van Werktafel\./);
  await expect(workshopList(page).getByRole("link")).toHaveText(["Van nu"]);
  expect(await page.evaluate(() => localStorage.getItem("werktafel:v1:workshop:later"))).toBe(future);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("werktafel:quarantine:")))).toEqual([]);
});

test("the notice about data set aside says where it is and can be closed", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Naast de kapotte" });
  await storeRawAndReload(page, [
    ["werktafel:v1:workshop:kapot", "{niet json"],
    ["werktafel:v1:workshop:leeg", '{"schema":2,"rev":1,"saved_at":1,"data":{"title":42}}'],
  ]);

  // One notice for both values.
  const notice = page.getByRole("alert");
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole("paragraph")).toHaveText(
    "Een deel van de opgeslagen gegevens kon niet gelezen worden. Het is apart gezet en niet weggegooid; je kunt het downloaden bij Instellingen.",
  );
  await expect(notice.getByRole("link", { name: "Naar instellingen" })).toBeVisible();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Naast de kapotte"]);
  await notice.getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.getByRole("link", { name: "Instellingen" }).click();
  const items = quarantineSection(page).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: "werktafel:v1:workshop:kapot" })).toHaveCount(1);
  await expect(items.filter({ hasText: "werktafel:v1:workshop:leeg" })).toHaveCount(1);
  // Set aside once: starting again finds nothing new to complain about.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(quarantineSection(page).getByRole("listitem")).toHaveCount(2);
});

test("a café table's part saved but not taken up in its workshop is listed as such, downloads unchanged, and the workshop still opens", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Wijkavond" });
  await addCafe(page);
  const cafeUrl = page.url();
  await typeField(page, "Vraag voor ronde 1", "Wat maakt de buurt fijn?");
  await openPart(page, "2. Rondes");
  await page.getByRole("button", { name: "Start ronde 1" }).click();
  await addCafeNote(await openTable(page, "Tafel 2", 1), "Idee", "Bewaard in de bijeenkomst");
  await expect(saveStatus(page)).toHaveText("Opgeslagen");

  // A save cut off before the workshop's key was written: a newer revision of
  // table 2's tablecloths that the workshop does not name.
  const orphan = await page.evaluate(() => {
    const named = Object.keys(localStorage).filter((k) => k.startsWith("werktafel:v1:part:workshop:"));
    if (named.length !== 1) throw new Error(`expected one part key, found ${named}`);
    const rev = Number(named[0].split(":").pop());
    const key = named[0].replace(/:\d+$/, `:${rev + 10}`);
    const text = localStorage.getItem(named[0]).replace("Bewaard in de bijeenkomst", "Nooit opgenomen – één tabblad te vroeg dicht");
    localStorage.setItem(key, text);
    return { key, text };
  });
  await openHome(page);

  await page.getByRole("link", { name: "Instellingen" }).click();
  const section = quarantineSection(page);
  const item = section.getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("paragraph")).toHaveText([
    "Een deel van de bijeenkomst ‘Wijkavond’: ‘Tafel 2’.",
    "Dit deel is opgeslagen, maar de bijeenkomst heeft het niet opgenomen. Dat kan gebeuren als een tabblad dichtgaat terwijl Werktafel nog aan het opslaan is. Het is bewaard, zodat er niets verloren gaat. Download het om het te bewaren of te laten bekijken; daarna kun je het weggooien.",
  ]);
  await expect(section).not.toContainText("konden niet gelezen worden");
  const download = page.waitForEvent("download");
  await item.getByRole("button", { name: "Downloaden" }).click();
  expect(await readFile(await (await download).path())).toEqual(Buffer.from(orphan.text, "utf8"));
  expect(await page.evaluate((key) => localStorage.getItem(key), orphan.key)).toBe(orphan.text);

  await page.getByRole("button", { name: "Switch to English" }).click();
  const english = page.locator("section", { has: page.getByRole("heading", { name: "Data set aside" }) });
  await expect(english.getByRole("listitem").getByRole("paragraph").first()).toHaveText("A part of the workshop ‘Wijkavond’: ‘Tafel 2’.");
  await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();

  // The workshop opens with what it names; the orphan is not in it.
  await page.goto(cafeUrl);
  await expect(page.getByRole("heading", { level: 1, name: /^Wereldcafé/ })).toBeVisible();
  await openPart(page, "2. Rondes");
  const cloth = await openTable(page, "Tafel 2", 1);
  await expect(cloth.getByRole("listitem").locator(".note-text")).toHaveText(["Bewaard in de bijeenkomst"]);

  // Thrown away on request, and only then.
  await page.getByRole("link", { name: "Instellingen" }).click();
  await quarantineSection(page).getByRole("button", { name: "Weggooien" }).click();
  await expect(quarantineSection(page)).toContainText("Er is niets apart gezet.");
  expect(await page.evaluate((key) => localStorage.getItem(key), orphan.key)).toBeNull();
});

test("after the undo toast has gone, the delete is final", async ({ page }) => {
  await page.clock.install();
  await openHome(page);
  await createWorkshop(page, { title: "Tijdelijk" });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await page.getByRole("button", { name: "Tijdelijk verwijderen" }).click();
  const toasts = page.getByRole("region", { name: "Meldingen" });
  await expect(toasts.getByRole("button", { name: "Ongedaan maken" })).toBeVisible();

  await page.clock.runFor(9_000);
  await expect(toasts.getByRole("button", { name: "Ongedaan maken" })).toBeVisible();
  await page.clock.runFor(1_500);
  await expect(toasts).not.toContainText("is verwijderd");
  await expect(toasts.getByRole("button", { name: "Ongedaan maken" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Nog geen bijeenkomsten.")).toBeVisible();
  expect(await storedWorkshops(page)).toEqual([]);
});

test("a workshop created while the storage is full is shown but not saved; a reload shows what was saved", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Al opgeslagen" });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await fillStorageToQuota(page);

  await createWorkshop(page, { title: "Past er niet meer bij", place: "Zolder" });
  await expect(saveStatus(page)).toHaveText("Niet opgeslagen: de opslag is vol");
  const banner = page.getByRole("alert").filter({ hasText: "opslag van deze browser is vol" });
  await expect(banner.getByRole("button", { name: "Alles downloaden (JSON)" })).toBeVisible();
  await expect(banner.getByRole("button", { name: "Opnieuw opslaan" })).toBeVisible();
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Past er niet meer bij", "Al opgeslagen"]);

  // Trying again while it is still full changes nothing.
  await banner.getByRole("button", { name: "Opnieuw opslaan" }).click();
  await expect(saveStatus(page)).toHaveText("Niet opgeslagen: de opslag is vol");

  await page.reload();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Al opgeslagen"]);
  expect((await storedWorkshops(page)).map((w) => w.title)).toEqual(["Al opgeslagen"]);
});

test("erasing everything also empties the list of data set aside", async ({ page }) => {
  await openHome(page);
  await storeRawAndReload(page, [["werktafel:v1:workshop:kapot", "{niet json"]]);
  await page.getByRole("link", { name: "Naar instellingen" }).click();
  await expect(quarantineSection(page)).toContainText("werktafel:v1:workshop:kapot");

  await page.getByLabel("Typ WISSEN om te bevestigen").fill("WISSEN");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Alle gegevens van Werktafel op dit apparaat zijn gewist.");
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("werktafel:quarantine:")))).toEqual([]);
  await expect(quarantineSection(page)).toContainText("Er is niets apart gezet.");
  await expect(quarantineSection(page).getByRole("button", { name: "Downloaden" })).toHaveCount(0);
});

test("after erasing everything, a delete from just before can no longer be undone", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Privégegevens" });
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("“Privégegevens” is verwijderd.");
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByLabel("Typ WISSEN om te bevestigen").fill("WISSEN");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Alle gegevens van Werktafel op dit apparaat zijn gewist.");

  // "Dit ... kan niet ongedaan worden": an undo button still on screen from before
  // the erase may not bring a workshop back. A person who sees it, clicks it.
  const undo = page.getByRole("region", { name: "Meldingen" }).getByRole("button", { name: "Ongedaan maken" });
  if ((await undo.count()) > 0) await undo.click();
  await page.getByRole("link", { name: "Bijeenkomsten" }).click();
  await expect(workshopList(page).getByRole("link"), "a workshop came back after erasing").toHaveText([]);
  expect(await storedWorkshops(page)).toEqual([]);
});
