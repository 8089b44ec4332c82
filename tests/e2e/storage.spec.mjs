// Nothing is lost: two tabs, a corrupt stored value, a full storage, the backup
// download, and erasing only with the typed confirmation.
import { test, expect } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";
import {
  createWorkshop,
  fillStorageToQuota,
  openHome,
  saveStatus,
  storedWorkshops,
  workshopList,
} from "./helpers.mjs";

test("a change in one tab shows in the other", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openHome(first);
  await openHome(second);
  // A person brings a tab to the front to work in it (Chromium also runs a tab in
  // the background slowly); the tab that has to follow stays behind.
  await first.bringToFront();

  await createWorkshop(first, { title: "Samen in tab één" });
  await expect(workshopList(second).getByRole("link")).toHaveText(["Samen in tab één"]);

  await first.getByRole("button", { name: "Bewerken" }).click();
  await first.getByLabel("Titel").fill("Hernoemd in tab één");
  await first.getByRole("button", { name: "Opslaan" }).click();
  await expect(workshopList(second).getByRole("link")).toHaveText(["Hernoemd in tab één"]);

  await second.bringToFront();
  await second.getByRole("button", { name: "Hernoemd in tab één verwijderen" }).click();
  await first.bringToFront();
  await first.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(workshopList(first).getByRole("listitem")).toHaveCount(0);
});

test("an edit made on stale data in another tab keeps both versions", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.bringToFront();
  await openHome(first);
  await createWorkshop(first, { title: "Gedeeld" });
  const url = first.url();
  await second.goto(url);
  await second.getByRole("button", { name: "Bewerken" }).click();

  // Meanwhile the first tab changes the workshop.
  await first.bringToFront();
  await first.getByRole("button", { name: "Bewerken" }).click();
  await first.getByLabel("Plaats").fill("Zaal A");
  await first.getByRole("button", { name: "Opslaan" }).click();

  await second.bringToFront();
  await second.getByLabel("Plaats").fill("Zaal B");
  await second.getByRole("button", { name: "Opslaan" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Beide versies zijn bewaard" })).toBeVisible();
  const places = (await storedWorkshops(second)).map((w) => `${w.title}|${w.place}`).sort();
  expect(places).toEqual(["Gedeeld (uit ander tabblad)|Zaal A", "Gedeeld|Zaal B"]);
});

test("a corrupt stored value is set aside, the app starts and says so", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Blijft heel" });
  await page.evaluate(() => localStorage.setItem("werktafel:v1:workshop:kapot", "{niet json"));
  await openHome(page, "/");

  await expect(page.getByRole("alert").filter({ hasText: "kon niet gelezen worden" })).toBeVisible();
  await expect(workshopList(page).getByRole("link")).toHaveText(["Blijft heel"]);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith("werktafel:quarantine:") && k.endsWith("werktafel:v1:workshop:kapot"))).toBe(true);
  expect(keys).not.toContain("werktafel:v1:workshop:kapot");

  await page.getByRole("link", { name: "Naar instellingen" }).click();
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Apart gezette gegevens" }) });
  await expect(section).toContainText("werktafel:v1:workshop:kapot");
  const download = page.waitForEvent("download");
  await section.getByRole("button", { name: "Downloaden" }).click();
  expect(await readFile(await (await download).path(), "utf8")).toBe("{niet json");
  await section.getByRole("button", { name: "Weggooien" }).click();
  await expect(section).toContainText("Er is niets apart gezet.");
});

test("a full storage shows 'Niet opgeslagen', keeps the edit in memory and the saved state on disk", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Voor de volle opslag" });
  expect(await fillStorageToQuota(page)).toBeGreaterThan(100_000);

  await page.getByRole("button", { name: "Bewerken" }).click();
  await page.getByLabel("Titel").fill("Na de volle opslag, een veel langere titel dan eerst");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(saveStatus(page)).toHaveText("Niet opgeslagen: de opslag is vol");
  const banner = page.getByRole("alert").filter({ hasText: "opslag van deze browser is vol" });
  await expect(banner).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Na de volle opslag, een veel langere titel dan eerst" })).toBeVisible();

  // The banner's download holds the unsaved edit.
  const download = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Alles downloaden (JSON)" }).click();
  const backup = JSON.parse(await readFile(await (await download).path(), "utf8"));
  expect(backup.workshops.map((w) => w.title)).toEqual(["Na de volle opslag, een veel langere titel dan eerst"]);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Voor de volle opslag" })).toBeVisible();
});

test("after freeing space, 'Opnieuw opslaan' saves the edit", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Even geduld" });
  await fillStorageToQuota(page);
  await page.getByRole("button", { name: "Bewerken" }).click();
  await page.getByLabel("Titel").fill("Toch nog opgeslagen, met een langere titel");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(saveStatus(page)).toHaveText("Niet opgeslagen: de opslag is vol");

  await page.evaluate(() => localStorage.removeItem("filler-van-de-test"));
  await page.getByRole("button", { name: "Opnieuw opslaan" }).click();
  await expect(saveStatus(page)).toHaveText("Opgeslagen");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Toch nog opgeslagen, met een langere titel" })).toBeVisible();
});

test("the backup download holds everything and is noted as last exported", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Terugblik", date: "2026-11-23" });
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByText("Nog nooit geëxporteerd.")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Alles downloaden (JSON)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^werktafel-backup-\d{4}-\d{2}-\d{2}\.werktafel\.json$/);
  const backup = JSON.parse(await readFile(await file.path(), "utf8"));
  expect(backup.format).toBe("werktafel-backup");
  expect(backup.workshops).toHaveLength(1);
  expect(backup.workshops[0]).toMatchObject({ title: "Terugblik", date: "2026-11-23" });
  await expect(page.getByText(/^Laatst geëxporteerd: \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Laatst geëxporteerd:/).first()).toBeVisible();
});

test("erasing everything needs the typed word", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Niet zomaar weg" });
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByLabel("Typ WISSEN om te bevestigen").fill("wissen?");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Typ precies het woord WISSEN" })).toBeVisible();
  expect(await storedWorkshops(page)).toHaveLength(1);

  await page.getByLabel("Typ WISSEN om te bevestigen").fill("WISSEN");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await expect(page.getByText("Alle gegevens van Werktafel op dit apparaat zijn gewist.")).toBeVisible();
  expect(await storedWorkshops(page)).toHaveLength(0);
  await page.getByRole("link", { name: "Bijeenkomsten" }).click();
  await expect(page.getByText("Nog geen bijeenkomsten.")).toBeVisible();
});

test("the settings page shows storage figures", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Meten" });
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByText(/^Werktafel gebruikt \d+ kB van de lokale opslag/)).toBeVisible();
  await expect(page.getByText(/^Deze site gebruikt in totaal .* van de .* die de browser toestaat\.$/)).toBeVisible();
});

test("the home page reminds of a backup until one is downloaded", async ({ page }) => {
  await openHome(page);
  await expect(page.getByText("Je bijeenkomsten staan alleen op dit apparaat.")).toHaveCount(0);
  await createWorkshop(page, { title: "Eerste bijeenkomst" });
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(page.getByText("Je bijeenkomsten staan alleen op dit apparaat.")).toBeVisible();
  await expect(page.getByText("Nog nooit geëxporteerd.")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Alles downloaden (JSON)" }).click();
  const backup = JSON.parse(await readFile(await (await download).path(), "utf8"));
  expect(backup.workshops.map((w) => w.title)).toEqual(["Eerste bijeenkomst"]);
  await expect(page.getByText("Je bijeenkomsten staan alleen op dit apparaat.")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/^Laatst geëxporteerd: /)).toBeVisible();
  await expect(page.getByText("Je bijeenkomsten staan alleen op dit apparaat.")).toHaveCount(0);

  // A change after the backup brings the reminder back, saying what changed.
  await page.getByRole("link", { name: "Eerste bijeenkomst" }).click();
  await page.getByRole("button", { name: "Bewerken" }).first().click();
  await page.getByLabel("Plaats").fill("Buurthuis");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(page.getByText("1 bijeenkomst(en) veranderd sinds de laatste back-up: die wijzigingen staan alleen op dit apparaat.")).toBeVisible();
});
