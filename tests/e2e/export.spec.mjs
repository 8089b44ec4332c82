// Taking a workshop's results along: the Markdown report and the CSV have the
// expected content (names replaced when asked), the printable report shows the
// same and prints without the app's buttons, and the backup of one workshop
// reads back in as the same workshop.
import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, typeField } from "./helpers.mjs";

const TRICKY = 'Wie betaalt; de "buurt"?\nOf de gemeente';

/** A workshop with a café: a question, a host, a running round with two notes. */
async function workshopWithCafe(page) {
  await openHome(page);
  await createWorkshop(page, { title: "Wijkavond Noord", date: "2026-12-01" });
  await page.getByRole("button", { name: "Wereldcafé toevoegen" }).click();
  await typeField(page, "Naam van het café", "Samen");
  await typeField(page, "Vraag voor ronde 1", "Wat gaat goed?");
  await typeField(page, "Gastvrouw of gastheer van tafel 1", "Ans de Vries");
  await page.getByRole("group", { name: "Onderdelen van het café" }).getByRole("button", { name: "2. Rondes" }).click();
  await page.getByRole("button", { name: "Start ronde 1", exact: true }).click();
  const cloth = page.getByRole("region", { name: "Tafelkleed: Tafel 1, ronde 1" });
  for (const text of ["Het bankje bij de bakker", TRICKY]) {
    await cloth.getByLabel("Notitie", { exact: true }).fill(text);
    await cloth.getByRole("button", { name: "Notitie toevoegen" }).click();
    await expect(cloth.getByLabel("Notitie", { exact: true })).toHaveValue("");
  }
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Resultaten meenemen" })).toBeVisible();
}

/** Clicks a download button and returns the file's name and text. */
async function download(page, name, testInfo) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name }).click();
  const file = await waiting;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8"), path };
}

test("the Markdown report and the CSV have the workshop's notes; names can be replaced", async ({ page }, testInfo) => {
  await workshopWithCafe(page);

  const report = await download(page, "Verslag (Markdown)", testInfo);
  expect(report.name).toMatch(/^\d{4}-\d\d-\d\d-wijkavond-noord\.md$/);
  expect(report.text).toContain("# Wijkavond Noord\n");
  expect(report.text).toContain("## Wereldcafé: Samen\n");
  expect(report.text).toContain("### Ronde 1: Wat gaat goed?\n");
  expect(report.text).toContain("#### Tafel 1 (Gastvrouw of gastheer: Ans de Vries)\n");
  expect(report.text).toContain("- Idee: Het bankje bij de bakker\n");
  expect(report.text).toContain('- Idee: Wie betaalt; de "buurt"?  \n  Of de gemeente\n');

  const csv = await download(page, "Spreadsheet (CSV)", testInfo);
  expect(csv.name).toMatch(/^\d{4}-\d\d-\d\d-wijkavond-noord\.csv$/);
  const bytes = await readFile(csv.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.text.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("Bijeenkomst;Werkvorm;Tafel of groep;Ronde of fase;Veld of schrijver;Soort;Tekst;Tijd");
  expect(lines[1]).toMatch(/^Wijkavond Noord;Wereldcafé: Samen;Tafel 1;Ronde 1;Ans de Vries;Idee;Het bankje bij de bakker;\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  expect(csv.text).toContain(';"Wie betaalt; de ""buurt""?\nOf de gemeente";');

  await page.getByLabel(/^Namen vervangen door Deelnemer 1/).check();
  const anonymous = await download(page, "Spreadsheet (CSV)", testInfo);
  expect(anonymous.text).toContain(";Deelnemer 1;Idee;Het bankje bij de bakker;");
  expect(anonymous.text).not.toContain("Ans de Vries");
  const anonymousReport = await download(page, "Verslag (Markdown)", testInfo);
  expect(anonymousReport.text).toContain("#### Tafel 1 (Gastvrouw of gastheer: Deelnemer 1)\n");
});

test("the printable report shows the same content and prints without the app around it", async ({ page }) => {
  await workshopWithCafe(page);
  await page.getByRole("link", { name: "Verslag afdrukken of als PDF" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wijkavond Noord" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wereldcafé: Samen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: "Tafel 1 (Gastvrouw of gastheer: Ans de Vries)" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Idee: Het bankje bij de bakker" })).toBeVisible();
  const print = page.getByRole("button", { name: "Afdrukken of opslaan als PDF" });
  await expect(print).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(print).toBeHidden();
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Wereldcafé: Samen" })).toBeVisible();
});

test("the backup of one workshop reads back in as the same workshop", async ({ page }, testInfo) => {
  await workshopWithCafe(page);
  const backup = await download(page, "Back-up van deze bijeenkomst", testInfo);
  expect(backup.name).toMatch(/^\d{4}-\d\d-\d\d-wijkavond-noord\.werktafel\.json$/);
  const file = JSON.parse(backup.text);
  expect(file.workshops.map((w) => w.title)).toEqual(["Wijkavond Noord"]);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByLabel("Back-up kiezen").setInputFiles(backup.path);
  await expect(page.getByRole("region", { name: "Wat dit bestand bevat" }).getByRole("listitem")).toHaveText([/Wijkavond Noord — staat er al, gelijk/]);
});
