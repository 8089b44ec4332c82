// Own methods in the method library: added through the form (a reversed time
// refused, nothing stored), found by searching and marked as own, added to a
// programme, kept through a reload, changed, deleted and put back with undo,
// shown as plain text, and carried by the full backup into a clean profile.
import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, storedWorkshops } from "./helpers.mjs";

/** The stored own methods (the data of their envelopes). */
async function storedMethods(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("werktafel:v1:method:"))
      .map((key) => JSON.parse(localStorage.getItem(key)).data),
  );
}

/** A method's card in the library. */
function methodCard(page, name) {
  return page.locator(".method").filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });
}

/** Opens the library from the header. */
async function openLibrary(page) {
  await page.getByRole("navigation").getByRole("link", { name: "Methoden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toBeVisible();
}

/** Goes to the settings page. */
async function openSettings(page) {
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Back-up terugzetten" })).toBeVisible();
}

test("an own method is added, found, planned, kept, changed, deleted with undo and carried by a backup", async ({ page, browser }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Teamdag" });
  await openLibrary(page);

  await page.getByRole("button", { name: "Eigen methode toevoegen" }).click();
  const form = page.locator(".own-method-form");
  await form.getByLabel("Naam van de methode").fill("Wandelgesprek");
  await form.getByLabel("Korte beschrijving").fill("Twee mensen <i>praten</i> tijdens een korte wandeling.");
  await form.getByLabel("Stappen (één per regel)").fill("Maak tweetallen\nLoop tien minuten en wissel dan");
  await form.getByLabel("Minuten, kortst").fill("15");
  await form.getByLabel("Minuten, langst").fill("10");
  await form.getByLabel("Mensen, minstens").fill("2");
  await form.getByLabel("Mensen, hoogstens").fill("20");
  await form.getByLabel("Voorbereiden").fill("Kies een rustige route.");
  await form.getByLabel("Materialen (één per regel)").fill("Fluitje");
  await form.getByLabel("Soort").selectOption({ label: "Energizer" });
  await form.getByRole("button", { name: "Methode opslaan" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Bij ‘Minuten’ is het eerste getal groter dan het tweede. Zet het kleinste getal eerst.",
  );
  expect(await storedMethods(page)).toEqual([]);
  await form.getByLabel("Minuten, langst").fill("30");
  await form.getByRole("button", { name: "Methode opslaan" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Wandelgesprek staat nu in de methodenbibliotheek.");
  await expect(form).toHaveCount(0);

  // Found by searching among the built-in methods, and marked as own.
  await page.getByLabel("Zoeken").fill("wandeling");
  await expect(page.locator(".method")).toHaveCount(1);
  const card = methodCard(page, "Wandelgesprek");
  await expect(card.locator(".own-mark")).toHaveText("Eigen methode");
  await expect(card).toContainText("Energizer · 15–30 min · 2–20 personen");
  // User text is text: the tags show as typed and make no markup.
  await expect(card.getByText("Twee mensen <i>praten</i> tijdens een korte wandeling.")).toBeVisible();
  expect(await page.locator("main i").count()).toBe(0);
  await page.getByLabel("Soort blok").selectOption({ label: "Pauze" });
  await expect(page.locator(".method")).toHaveCount(0);
  await page.getByLabel("Soort blok").selectOption({ label: "Energizer" });
  await expect(page.locator(".method")).toHaveCount(1);

  await card.getByRole("button", { name: "Aan programma toevoegen" }).click();
  await expect(page.getByText("Wandelgesprek staat nu in het programma van Teamdag.")).toBeVisible();
  const [stored] = await storedMethods(page);
  expect(stored).toMatchObject({
    name: "Wandelgesprek",
    steps: ["Maak tweetallen", "Loop tien minuten en wissel dan"],
    materials: ["Fluitje"],
    kind: "energizer",
    min_minutes: 15,
    max_minutes: 30,
    min_people: 2,
    max_people: 20,
  });
  const [workshop] = await storedWorkshops(page);
  expect(workshop.programme.blocks).toEqual([
    expect.objectContaining({ title: "Wandelgesprek", minutes: 15, kind: "energizer", method: stored.id, materials: "Fluitje" }),
  ]);

  // Kept through a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toBeVisible();
  await page.getByLabel("Zoeken").fill("wandel");
  await expect(methodCard(page, "Wandelgesprek")).toBeVisible();

  // Changed: the form opens with the method as it is.
  await page.getByRole("button", { name: "Bewerken: Wandelgesprek" }).click();
  await expect(form.getByLabel("Naam van de methode")).toHaveValue("Wandelgesprek");
  await expect(form.getByLabel("Minuten, langst")).toHaveValue("30");
  await form.getByLabel("Naam van de methode").fill("Stiltewandeling");
  await form.getByRole("button", { name: "Methode opslaan" }).click();
  await expect(methodCard(page, "Stiltewandeling")).toBeVisible();
  await expect(methodCard(page, "Wandelgesprek")).toHaveCount(0);
  expect((await storedMethods(page)).map((m) => [m.id, m.name])).toEqual([[stored.id, "Stiltewandeling"]]);

  // Deleted, and put back with undo.
  await page.getByRole("button", { name: "Stiltewandeling verwijderen" }).click();
  await expect(methodCard(page, "Stiltewandeling")).toHaveCount(0);
  expect(await storedMethods(page)).toEqual([]);
  const toasts = page.getByRole("region", { name: "Meldingen" });
  await expect(toasts).toContainText("“Stiltewandeling” is verwijderd.");
  await toasts.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(methodCard(page, "Stiltewandeling")).toBeVisible();
  expect((await storedMethods(page)).map((m) => m.name)).toEqual(["Stiltewandeling"]);

  // The full backup carries it.
  await openSettings(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Alles downloaden (JSON)" }).click();
  const path = testInfo.outputPath("backup.werktafel.json");
  await (await download).saveAs(path);
  const file = JSON.parse(await readFile(path, "utf8"));
  expect(file).toMatchObject({ method_schema: 1, methods: [{ id: stored.id, name: "Stiltewandeling" }] });

  // A clean profile imports it.
  const clean = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await clean.newPage();
  await openHome(other);
  await openSettings(other);
  await other.getByLabel("Back-up kiezen").setInputFiles(path);
  const preview = other.getByRole("region", { name: "Wat dit bestand bevat" });
  await expect(preview).toContainText("1 bijeenkomst(en) en 0 persona('s).");
  await expect(preview).toContainText("En 1 eigen methode(n) voor de methodenbibliotheek.");
  await expect(preview.getByRole("listitem")).toHaveText([/Teamdag — nieuw/, /Stiltewandeling — nieuw/]);
  expect(await storedMethods(other)).toEqual([]);
  await other.getByRole("button", { name: "Inlezen" }).click();
  await expect(other.getByRole("region", { name: "Meldingen" })).toContainText(
    "Ingelezen: 1 bijeenkomst(en), 0 persona('s) en 1 eigen methode(n).",
  );
  expect(await storedMethods(other)).toEqual(await storedMethods(page));
  await openLibrary(other);
  await other.getByLabel("Zoeken").fill("stilte");
  await expect(methodCard(other, "Stiltewandeling").locator(".own-mark")).toHaveText("Eigen methode");
  await clean.close();
});
