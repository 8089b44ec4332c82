// Handing a table or a group over from a second tablet (a second browser
// context, with its own storage): the facilitator's workshop goes over as a
// backup, the host or group writes there, hands the table or group back as a
// file, and the facilitator merges it: new notes join the right table and
// round or the right person's field, a second merge adds nothing, a different
// summary is decided on, and a file whose workshop is not here changes nothing.
import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, storedWorkshops, typeField } from "./helpers.mjs";
import { SUMMARY_LABEL, addCafe, addCafeNote, addMatNote, addPlacemat, field, openGroup, openPart, openTable, writeSummary } from "./work-forms.mjs";

/** A second tablet: a new browser context with its own storage. */
async function secondTablet(browser, testInfo) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  return { context, page };
}

/** Clicks a button that downloads a file; returns the saved path and text. */
async function download(page, button, testInfo, name) {
  const started = page.waitForEvent("download");
  await button.click();
  const file = await started;
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  return { path, text: await readFile(path, "utf8"), suggested: file.suggestedFilename() };
}

/** The import panel of a workshop page. */
function importPanel(page) {
  return page.getByRole("region", { name: "Tafel of groep inlezen" });
}

/** Reads a file in on the workshop page; returns the preview. */
async function pickOnWorkshop(page, path) {
  await importPanel(page).getByLabel("Bestand kiezen").setInputFiles(path);
  return importPanel(page).getByRole("region", { name: "Wat dit bestand bevat" });
}

/** Restores a backup on the settings page of a tablet. */
async function restore(page, path) {
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByLabel("Back-up kiezen").setInputFiles(path);
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Ingelezen: 1 bijeenkomst(en)");
}

/** The texts of one table's notes in one round (both from 1), as stored. */
async function storedCloth(page, table, round) {
  const [workshop] = await storedWorkshops(page);
  const cafe = workshop.activities.find((a) => a.kind === "cafe");
  const roundId = cafe.rounds[round - 1].id;
  const cloth = cafe.tables[table - 1].cloths.find((c) => c.round === roundId);
  return { notes: (cloth?.notes ?? []).map((n) => n.text), summary: cloth?.summary ?? "" };
}

test("a host's table from a second tablet is merged into the facilitator's café, once", async ({ page, browser }, testInfo) => {
  // The facilitator prepares the café and gives the host the workshop as a backup.
  await openHome(page);
  await createWorkshop(page, { title: "Wijkavond Noord" });
  await addCafe(page);
  await typeField(page, "Vraag voor ronde 1", "Waar ontmoet jij je buren?");
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  const backup = await download(page, page.getByRole("button", { name: "Back-up van deze bijeenkomst" }), testInfo, "workshop.werktafel.json");

  // The host's tablet: restore, write at table 2 in round 1, hand the table over.
  const host = await secondTablet(browser, testInfo);
  await openHome(host.page);
  await restore(host.page, backup.path);
  await host.page.goto("/");
  await host.page.getByRole("link", { name: "Wijkavond Noord" }).click();
  await host.page.getByRole("link", { name: /Wereldcafé/ }).first().click();
  await openPart(host.page, "2. Rondes");
  const cloth = await openTable(host.page, "Tafel 2", 1);
  await addCafeNote(cloth, "Idee", "Bankje bij de bakker");
  await addCafeNote(cloth, "Vraag", "Wie nodigt nieuwe buren uit?");
  await writeSummary(cloth, "Ontmoeten gebeurt buiten");
  const table = await download(host.page, host.page.getByRole("button", { name: "Deze tafel afgeven als bestand" }), testInfo, "tafel.werktafel.json");
  expect(table.suggested).toMatch(/^\d{4}-\d\d-\d\d-wijkavond-noord-tafel-2\.werktafel\.json$/);
  expect(JSON.parse(table.text)).toMatchObject({ format: "werktafel-deel", part: { kind: "cafe_table", table: { name: "Tafel 2" } } });

  // Meanwhile the facilitator wrote at table 1; the host's file joins table 2.
  await page.getByRole("link", { name: /Wereldcafé/ }).first().click();
  await openPart(page, "2. Rondes");
  await addCafeNote(await openTable(page, "Tafel 1", 1), "Idee", "Hier geschreven");
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  let preview = await pickOnWorkshop(page, table.path);
  await expect(preview).toContainText("‘Tafel 2’ van ‘Wijkavond Noord’");
  await expect(preview).toContainText("3 nieuw, 0 staat er al, 0 anders.");
  await preview.getByText("Nieuw (3)").click();
  await expect(preview.getByRole("listitem")).toHaveText([
    "Samenvatting, ronde 1: Ontmoeten gebeurt buiten",
    "Notitie, ronde 1: Bankje bij de bakker",
    "Notitie, ronde 1: Wie nodigt nieuwe buren uit?",
  ]);
  expect((await storedCloth(page, 2, 1)).notes).toEqual([]);
  await importPanel(page).getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("‘Tafel 2’ is samengevoegd: 3 nieuw, 0 aangepast.");
  await page.reload();
  expect(await storedCloth(page, 2, 1)).toEqual({ notes: ["Bankje bij de bakker", "Wie nodigt nieuwe buren uit?"], summary: "Ontmoeten gebeurt buiten" });
  expect((await storedCloth(page, 1, 1)).notes).toEqual(["Hier geschreven"]);
  await page.getByRole("link", { name: /Wereldcafé/ }).first().click();
  await openPart(page, "2. Rondes");
  const merged = await openTable(page, "Tafel 2", 1);
  await expect(merged.getByRole("listitem")).toHaveCount(2);
  await expect(merged.getByLabel(SUMMARY_LABEL)).toHaveValue("Ontmoeten gebeurt buiten");

  // The same file again adds nothing.
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  preview = await pickOnWorkshop(page, table.path);
  await expect(preview).toContainText("0 nieuw, 3 staat er al, 0 anders.");
  await expect(preview).toContainText("Alles uit dit bestand staat al op dit apparaat.");
  await importPanel(page).getByRole("button", { name: "Inlezen" }).click();
  expect((await storedCloth(page, 2, 1)).notes).toHaveLength(2);

  // The facilitator changed the summary meanwhile: a difference, decided on.
  await page.getByRole("link", { name: /Wereldcafé/ }).first().click();
  await openPart(page, "2. Rondes");
  await writeSummary(await openTable(page, "Tafel 2", 1), "Samenvatting van de begeleider");
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  preview = await pickOnWorkshop(page, table.path);
  await expect(preview).toContainText("0 nieuw, 2 staat er al, 1 anders.");
  const choice = preview.getByLabel("Samenvatting, ronde 1:");
  await expect(choice).toHaveValue("skip");
  await expect(preview).toContainText("Hier: Samenvatting van de begeleider");
  await expect(preview).toContainText("In het bestand: Ontmoeten gebeurt buiten");
  await choice.selectOption({ label: "Die uit het bestand nemen" });
  await importPanel(page).getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("0 nieuw, 1 aangepast.");
  expect((await storedCloth(page, 2, 1)).summary).toBe("Ontmoeten gebeurt buiten");
  await host.context.close();
});

test("a group's placemat from a second tablet joins its fields and middle; a file of a workshop not here changes nothing", async ({ page, browser }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Regiodag" });
  await addPlacemat(page);
  await typeField(page, "Vraag voor alle groepen", "Wat deel je?");
  await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
  await page.getByRole("link", { name: "Terug naar de bijeenkomst" }).click();
  const backup = await download(page, page.getByRole("button", { name: "Back-up van deze bijeenkomst" }), testInfo, "regiodag.werktafel.json");

  const group = await secondTablet(browser, testInfo);
  await openHome(group.page);
  await restore(group.page, backup.path);
  await group.page.goto("/");
  await group.page.getByRole("link", { name: "Regiodag" }).click();
  await group.page.getByRole("link", { name: /Placemat/ }).first().click();
  const mat = await openGroup(group.page, "Groep 2");
  await addMatNote(mat, "Persoon 1", "Samen koken");
  await addMatNote(mat, "Persoon 3", "Een buurtapp");
  const file = await download(group.page, group.page.getByRole("button", { name: "Deze groep afgeven als bestand" }), testInfo, "groep.werktafel.json");
  expect(JSON.parse(file.text)).toMatchObject({ format: "werktafel-deel", part: { kind: "placemat_group", group: { name: "Groep 2" } } });

  // A tablet without the workshop refuses the file and stays as it was.
  const other = await secondTablet(browser, testInfo);
  await openHome(other.page);
  await createWorkshop(other.page, { title: "Iets anders" });
  const before = await storedWorkshops(other.page);
  const refused = importPanel(other.page);
  await refused.getByLabel("Bestand kiezen").setInputFiles(file.path);
  await expect(refused.getByRole("alert")).toHaveText(
    "Dit bestand is niet ingelezen. Dit bestand hoort bij de bijeenkomst ‘Regiodag’, en die staat niet op dit apparaat. Zet eerst de back-up van die bijeenkomst terug. Er is niets veranderd.",
  );
  await expect(refused.getByRole("button", { name: "Inlezen" })).toHaveCount(0);
  expect(await storedWorkshops(other.page)).toEqual(before);
  await other.context.close();

  // The facilitator's tablet takes the group's notes into the right fields.
  const preview = await pickOnWorkshop(page, file.path);
  await expect(preview).toContainText("‘Groep 2’ van ‘Regiodag’");
  await expect(preview).toContainText("2 nieuw, 0 staat er al, 0 anders.");
  await importPanel(page).getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("‘Groep 2’ is samengevoegd: 2 nieuw, 0 aangepast.");
  const [workshop] = await storedWorkshops(page);
  const seats = workshop.activities[0].groups[1].seats;
  expect(seats.map((s) => s.notes.map((n) => n.text))).toEqual([["Samen koken"], [], ["Een buurtapp"], []]);
  await page.getByRole("link", { name: /Placemat/ }).first().click();
  const here = await openGroup(page, "Groep 2");
  await field(here, "Persoon 3").getByRole("button", { name: "Mijn notities tonen (1)" }).click();
  await expect(field(here, "Persoon 3").getByText("Een buurtapp")).toBeVisible();
  await group.context.close();
});
