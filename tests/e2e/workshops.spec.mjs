// A facilitator's first steps: create, open, edit, duplicate and delete workshops,
// with bad input refused, the language switch, and everything surviving a reload.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, saveStatus, storedWorkshops, workshopList } from "./helpers.mjs";

test("a new workshop is saved with all its fields and is there after a reload", async ({ page }) => {
  await openHome(page);
  await expect(page.getByText("Nog geen bijeenkomsten.")).toBeVisible();
  await createWorkshop(page, {
    title: "Regio-overleg cliëntondersteuning",
    date: "2026-11-23",
    place: "Gemeentehuis, zaal 2",
    facilitator: "Anna",
    goal: "Ervaringen van inwoners ophalen",
  });
  await expect(saveStatus(page)).toHaveText("Opgeslagen");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overleg cliëntondersteuning" })).toBeVisible();
  await expect(page.getByText("23-11-2026")).toBeVisible();
  await expect(page.getByText("Gemeentehuis, zaal 2")).toBeVisible();
  await expect(page.getByText("Anna", { exact: true })).toBeVisible();
  await expect(page.getByText("Ervaringen van inwoners ophalen")).toBeVisible();

  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  const card = workshopList(page).getByRole("listitem");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("23-11-2026 · Gemeentehuis, zaal 2");
});

test("an empty title or one over 200 characters is refused and creates nothing", async ({ page }) => {
  await openHome(page);
  await page.getByRole("button", { name: "Nieuwe bijeenkomst" }).click();
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.getByRole("alert")).toHaveText("Geef de bijeenkomst een titel.");

  await page.getByLabel("Titel").fill("x".repeat(201));
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.getByRole("alert")).toHaveText("Titel mag hoogstens 200 tekens lang zijn.");

  expect(await storedWorkshops(page)).toEqual([]);
  await page.getByRole("button", { name: "Annuleren" }).click();
  await expect(workshopList(page).getByRole("listitem")).toHaveCount(0);
});

test("renaming through the edit form persists", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Oude titel", place: "Bibliotheek" });
  await page.getByRole("button", { name: "Bewerken" }).click();
  await expect(page.getByRole("heading", { name: "Bijeenkomst bewerken" })).toBeVisible();
  await expect(page.getByLabel("Plaats")).toHaveValue("Bibliotheek");
  await page.getByLabel("Titel").fill("Nieuwe titel");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe titel" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe titel" })).toBeVisible();
  await expect(page.getByText("Bibliotheek")).toBeVisible();
  expect((await storedWorkshops(page)).map((w) => w.title)).toEqual(["Nieuwe titel"]);
});

test("duplicating makes a copy that survives a reload", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Placemat", place: "Wijkcentrum" });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await page.getByRole("button", { name: "Placemat dupliceren" }).click();
  await expect(page.getByText("Kopie gemaakt: “Placemat (kopie)”.")).toBeVisible();
  await page.reload();
  const links = workshopList(page).getByRole("link");
  await expect(links).toHaveText(["Placemat (kopie)", "Placemat"]);
});

test("a delete can be undone, and without undo it stays deleted after a reload", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Wereldcafé" });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await createWorkshop(page, { title: "Persona-test" });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();

  await page.getByRole("button", { name: "Wereldcafé verwijderen" }).click();
  const toasts = page.getByRole("region", { name: "Meldingen" });
  await expect(toasts).toContainText("“Wereldcafé” is verwijderd.");
  await expect(workshopList(page).getByRole("link", { name: "Wereldcafé" })).toHaveCount(0);
  await toasts.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Persona-test", "Wereldcafé"]);
  await page.reload();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Persona-test", "Wereldcafé"]);

  await page.getByRole("button", { name: "Persona-test verwijderen" }).click();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Wereldcafé"]);
  await page.reload();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Wereldcafé"]);
});

test("deleting from the workshop page goes home and offers undo", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Op de kaart" });
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Op de kaart"]);
});

test("the language switch shows English everywhere and persists", async ({ page }) => {
  await openHome(page);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Workshops" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Workshops" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New workshop" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Schakel naar Nederlands" })).toHaveText("Nederlands");
  await expect(page.getByText("Bijeenkomsten")).toHaveCount(0);
  // No Dutch interface text left on the English home page.
  const homeText = await page.locator("body").innerText();
  for (const dutch of ["Bijeenkomst", "Nieuwe", "Opgeslagen", "Instellingen", "Uitnodigen", "Geëxporteerd", "apparaat", "Alles downloaden"]) {
    expect(homeText.toLowerCase(), `"${dutch}" on the English home page`).not.toContain(dutch.toLowerCase());
  }
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.getByRole("radio", { name: "Nederlands (Dutch)" }).check();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("an unknown address shows a Dutch message, not a blank page", async ({ page }) => {
  await page.goto("/bestaat/niet");
  await expect(page.getByText("Deze pagina bestaat niet.")).toBeVisible();
  await page.goto("/bijeenkomst/onbekend");
  await expect(page.getByText("Deze bijeenkomst staat niet (meer) op dit apparaat.")).toBeVisible();
});
