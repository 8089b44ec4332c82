// The programme (draaiboek): planned from the method library and by hand, with
// clock times from a start time, moved, duplicated, deleted with undo, a
// refused 500-minute block that changes nothing, the packing list's ticks
// kept; and run live offline under a fake clock to "8 min achter op schema",
// kept through a reload, with the café opened from its block and back; a
// block dragged to another place with the mouse and a finger, and undone.
import { execFileSync } from "node:child_process";
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, storedWorkshops, waitForServiceWorker } from "./helpers.mjs";

/** Opens the programme page from the workshop's page. */
async function openProgramme(page) {
  await page.getByRole("link", { name: "Programma (draaiboek)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programma (draaiboek)" })).toBeVisible();
}

/** Adds a block by hand through the form. */
async function addBlock(page, { title, minutes, kind }) {
  const form = page.locator(".block-form");
  await form.getByLabel("Titel van het blok").fill(title);
  await form.getByLabel("Minuten").fill(String(minutes));
  await form.getByLabel("Soort blok").selectOption({ label: kind });
  await form.getByRole("button", { name: "Blok toevoegen" }).click();
  await expect(blockRow(page, title).first()).toBeVisible();
}

/** A block's row in the programme. */
function blockRow(page, title) {
  return page.locator(".programme-block").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });
}

/** Adds a library method (found by searching) to the chosen workshop. */
async function addFromLibrary(page, search, name) {
  await page.getByLabel("Zoeken").fill(search);
  const card = page.locator(".method").filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });
  await card.getByRole("button", { name: "Aan programma toevoegen" }).click();
  await expect(page.getByText(`${name} staat nu in het programma van`)).toBeVisible();
}

/** The clock times and titles of the programme, in order. */
async function timesAndTitles(page) {
  return page.locator(".programme-block").evaluateAll((rows) =>
    rows.map((row) => `${row.querySelector(".block-time").textContent} ${row.querySelector(".block-title").textContent}`),
  );
}

test("a two-hour programme of six blocks is planned from the library and by hand", async ({ page }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Regio-overleg" });
  await openProgramme(page);
  await page.getByLabel("Begintijd").fill("13:00");
  await page.getByLabel("Begintijd").press("Enter");
  await addBlock(page, { title: "Welkom", minutes: 5, kind: "Welkom" });
  await addBlock(page, { title: "Uitleg", minutes: 5, kind: "Uitleg" });

  await page.getByRole("link", { name: "Kies uit de methodenbibliotheek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodenbibliotheek" })).toBeVisible();
  await expect(page.getByLabel("Aan welke bijeenkomst?")).toHaveValue(/.+/);
  await addFromLibrary(page, "speed", "Speeddaten");
  await addFromLibrary(page, "wereldcafé", "Wereldcafé");
  await addFromLibrary(page, "pauze", "Pauze");
  await page.getByLabel("Zoeken").fill("geen methode heet zo");
  await expect(page.getByText("Geen methode past bij deze keuze.")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Programma (draaiboek)" })).toBeVisible();
  await addBlock(page, { title: "Afsluiting", minutes: 10, kind: "Afsluiting" });

  await expect(page.locator(".programme-total")).toHaveText("Samen 2 uur 0 min, van 13:00 tot 15:00");
  expect(await timesAndTitles(page)).toEqual([
    "13:00–13:05 Welkom",
    "13:05–13:10 Uitleg",
    "13:10–13:25 Speeddaten",
    "13:25–14:40 Wereldcafé",
    "14:40–14:50 Pauze",
    "14:50–15:00 Afsluiting",
  ]);

  // Moving: Uitleg up before Welkom, and back down.
  await page.getByRole("button", { name: "Uitleg omhoog" }).click();
  expect((await timesAndTitles(page)).slice(0, 2)).toEqual(["13:00–13:05 Uitleg", "13:05–13:10 Welkom"]);
  await page.getByRole("button", { name: "Uitleg omlaag" }).click();
  expect((await timesAndTitles(page)).slice(0, 2)).toEqual(["13:00–13:05 Welkom", "13:05–13:10 Uitleg"]);

  // The café's block made the work form too.
  const stored = (await storedWorkshops(page))[0];
  expect(stored.activities.map((a) => a.kind)).toEqual(["cafe"]);
  expect(stored.programme.blocks[3]).toMatchObject({ title: "Wereldcafé", minutes: 75, kind: "form", activity: stored.activities[0].id, method: "wereldcafe" });

  // A 500-minute block is refused with its reason and nothing is stored.
  const before = JSON.stringify((await storedWorkshops(page))[0].programme);
  const form = page.locator(".block-form");
  await form.getByLabel("Titel van het blok").fill("Heel lang");
  await form.getByLabel("Minuten").fill("500");
  await form.getByRole("button", { name: "Blok toevoegen" }).click();
  await expect(form.getByText("Een blok duurt 1 tot 480 minuten. Vul een heel getal in.")).toBeVisible();
  expect(JSON.stringify((await storedWorkshops(page))[0].programme)).toBe(before);
  await expect(page.locator(".programme-block")).toHaveCount(6);

  // Duplicate, then delete the copy, undo, and delete again.
  await page.getByRole("button", { name: "Pauze dupliceren" }).click();
  await expect(page.locator(".programme-block")).toHaveCount(7);
  await expect(page.locator(".programme-total")).toHaveText("Samen 2 uur 10 min, van 13:00 tot 15:10");
  await page.getByRole("button", { name: "Pauze verwijderen" }).first().click();
  await expect(page.locator(".programme-block")).toHaveCount(6);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.locator(".programme-block")).toHaveCount(7);
  await page.getByRole("button", { name: "Pauze verwijderen" }).first().click();
  await expect(page.locator(".programme-total")).toHaveText("Samen 2 uur 0 min, van 13:00 tot 15:00");

  // The packing list: each thing once; a tick is kept through a reload.
  const packing = page.locator(".packing-list");
  const first = packing.getByRole("checkbox").first();
  const count = await packing.getByRole("checkbox").count();
  expect(count).toBeGreaterThan(2);
  await first.check();
  await expect(packing.getByRole("status")).toHaveText(`1 van ${count} ingepakt`);
  await page.reload();
  await expect(page.locator(".packing-list").getByRole("checkbox").first()).toBeChecked();
  await expect(page.locator(".programme-block")).toHaveCount(6);
  await expect(page.getByLabel("Begintijd")).toHaveValue("13:00");

  // On paper: one table of six rows on one A4 page.
  await page.emulateMedia({ media: "print" });
  const table = page.locator("table.programme-print");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(6);
  await expect(table.locator("tbody tr").nth(3)).toContainText("13:25–14:40");
  await expect(page.locator(".block-form")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.emulateMedia({ media: "screen" });
  await expect(table).toBeHidden();

  // The spreadsheet, read by Python's csv module: a row per block.
  await page.getByRole("link", { name: "← Terug naar de bijeenkomst" }).click();
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: "Programma (spreadsheet)" }).click();
  const file = await waiting;
  expect(file.suggestedFilename()).toMatch(/^\d{4}-\d\d-\d\d-regio-overleg-programma\.csv$/);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const read = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))))";
  const rows = JSON.parse(execFileSync("python3", ["-c", read, path], { encoding: "utf8" }));
  expect(rows).toHaveLength(7);
  expect(rows[0]).toEqual(["Begin", "Einde", "Minuten", "Blok", "Soort", "Doel", "Wat er gebeurt", "Materialen", "Tips", "Wie"]);
  expect(rows[4].slice(0, 5)).toEqual(["13:25", "14:40", "75", "Wereldcafé", "Wereldcafé"]);
  expect(rows[4][7].split("\n").length).toBeGreaterThan(1);
});

test("the programme runs live offline: 8 min behind, kept through a reload, the café opened from its block", async ({ page, context }) => {
  const T0 = Date.parse("2026-12-10T09:00:00Z");
  await page.clock.install({ time: T0 });
  await openHome(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await createWorkshop(page, { title: "Draaien" });
  await openProgramme(page);
  await addBlock(page, { title: "Welkom", minutes: 10, kind: "Welkom" });
  await page.getByRole("link", { name: "Kies uit de methodenbibliotheek" }).click();
  await addFromLibrary(page, "wereldcafé", "Wereldcafé");
  await page.goBack();

  await page.getByRole("link", { name: "Draaiboek draaien" }).click();
  await expect(page.getByText("Het programma draait nog niet.")).toBeVisible();
  const start = T0 + 60 * 60_000;
  await page.clock.pauseAt(start);
  await page.getByRole("button", { name: "Begin met het eerste blok" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Welkom" })).toBeVisible();
  await expect(page.getByRole("timer", { name: "Tijd over" })).toHaveText("10:00");
  await expect(page.locator(".live-schedule")).toHaveText("Op schema");

  // The welcome runs 3 minutes over, the café 5.
  await page.clock.fastForward("13:00");
  await expect(page.locator(".live-schedule")).toHaveText("3 min achter op schema");
  await page.getByRole("button", { name: "Volgende blok →" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Wereldcafé" })).toBeVisible();
  await page.clock.fastForward("01:20:00");
  await expect(page.locator(".live-schedule")).toHaveText("8 min achter op schema");
  await expect(page.getByText("Dit is het laatste blok.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Wereldcafé" })).toBeVisible();
  await expect(page.locator(".live-schedule")).toHaveText("8 min achter op schema");
  const live = (await storedWorkshops(page))[0].programme.live;
  expect(live.planned_start).toBe(start);
  expect(live.reached).toHaveLength(2);

  // The room's screen marks the block on now.
  await page.getByRole("link", { name: "Projectiescherm" }).click();
  await expect(page.locator(".screen-blocks li[aria-current=step]")).toHaveText(/Wereldcafé/);
  await expect(page.locator(".screen-blocks li")).toHaveCount(2);
  await expect(page.locator(".live-schedule")).toHaveText("8 min achter op schema");
  await page.goBack();

  await page.getByRole("link", { name: "Werkvorm openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Wereldcafé/ })).toBeVisible();
  await page.getByRole("link", { name: "← Terug naar het draaiboek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Draaiboek draaien" })).toBeVisible();
  await expect(page.locator(".live-schedule")).toHaveText("8 min achter op schema");

  // Back one block and on again: the welcome's own time comes back.
  await page.getByRole("button", { name: "← Vorig blok" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Welkom" })).toBeVisible();
  await page.getByRole("button", { name: "Volgende blok →" }).click();
  await page.getByRole("button", { name: "Volgende blok →" }).click();
  await expect(page.getByText("Het programma is klaar.")).toBeVisible();
});

test("a programme starts from a ready one, and another workshop copies it with forms of its own", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Training" });
  await openProgramme(page);
  await page.getByRole("button", { name: "Dit programma gebruiken: Trainingsmodule van vier uur" }).click();
  await expect(page.locator(".programme-block")).toHaveCount(9);
  await expect(page.locator(".programme-total")).toHaveText("Samen 4 uur 0 min");
  await expect(page.getByRole("heading", { name: "Begin met een kant-en-klaar programma" })).toHaveCount(0);

  await openHome(page);
  await createWorkshop(page, { title: "Training, tweede groep" });
  await openProgramme(page);
  await expect(page.getByLabel("Programma kopiëren uit een andere bijeenkomst")).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Kopiëren" }).click();
  await expect(page.locator(".programme-block")).toHaveCount(9);
  const stored = await storedWorkshops(page);
  const [first, second] = ["Training", "Training, tweede groep"].map((title) => stored.find((w) => w.title === title));
  expect(second.programme.blocks.map((b) => b.title)).toEqual(first.programme.blocks.map((b) => b.title));
  expect(second.activities.map((a) => a.kind)).toEqual(["placemat"]);
  expect(second.activities[0].id).not.toBe(first.activities[0].id);
  expect(second.programme.blocks.find((b) => b.kind === "form").activity).toBe(second.activities[0].id);
});

/**
 * Drags `title`'s handle onto the upper part of `target`'s row, with the mouse
 * or, through Chromium's DevTools protocol, with a finger; checks the drop
 * line on the way.
 */
async function dragBlock(page, title, target, { finger = null } = {}) {
  // The target near the top of the window, the dragged block below it in view.
  await blockRow(page, target).evaluate((row) => {
    row.scrollIntoView({ block: "start" });
    window.scrollBy(0, -80);
  });
  const handle = await blockRow(page, title).locator(".drag-handle").boundingBox();
  const onto = await blockRow(page, target).boundingBox();
  const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  const to = { x: onto.x + onto.width / 2, y: onto.y + onto.height / 4 };
  const steps = Array.from({ length: 8 }, (_, n) => ({ x: from.x + ((to.x - from.x) * (n + 1)) / 8, y: from.y + ((to.y - from.y) * (n + 1)) / 8 }));
  const drop = page.locator(".programme-block[data-drag=before], .programme-block[data-drag=after]");
  if (finger) {
    const touch = (type, points) => finger.send("Input.dispatchTouchEvent", { type, touchPoints: points });
    await touch("touchStart", [from]);
    for (const point of steps) await touch("touchMove", [point]);
    if (title !== target) await expect(blockRow(page, target)).toHaveAttribute("data-drag", "before");
    await touch("touchEnd", []);
  } else {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (const point of steps) await page.mouse.move(point.x, point.y);
    await expect(blockRow(page, title)).toHaveAttribute("data-drag", "from");
    if (title !== target) await expect(blockRow(page, target)).toHaveAttribute("data-drag", "before");
    else await expect(drop).toHaveCount(0);
    await page.mouse.up();
  }
  await expect(page.locator(".programme-block[data-drag]")).toHaveCount(0);
}

test("a block is dragged to another place with the mouse and a finger, kept through a reload, and undone", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Slepen" });
  await openProgramme(page);
  await page.getByRole("button", { name: "Dit programma gebruiken: Regio-overleg van twee uur" }).click();
  await expect(page.locator(".programme-block")).toHaveCount(5);
  await page.getByLabel("Begintijd").fill("13:00");
  await page.getByLabel("Begintijd").press("Enter");
  const planned = [
    "13:00–13:10 Welkom",
    "13:10–13:40 Persona-toets",
    "13:40–13:50 Pauze",
    "13:50–14:50 Wereldcafé",
    "14:50–15:00 Afsluiting en vervolg",
  ];
  await expect.poll(() => timesAndTitles(page)).toEqual(planned);
  const storedProgramme = async () => JSON.stringify((await storedWorkshops(page))[0].programme);
  const before = await storedProgramme();

  // Dropped where it was: nothing changes, nothing to undo.
  await dragBlock(page, "Pauze", "Pauze");
  expect(await timesAndTitles(page)).toEqual(planned);
  expect(await storedProgramme()).toBe(before);
  await expect(page.getByRole("button", { name: "Ongedaan maken" })).toHaveCount(0);

  // Block 4 above block 2 with the mouse: one move, the clock times follow, and one undo puts it back.
  const moved = [
    "13:00–13:10 Welkom",
    "13:10–14:10 Wereldcafé",
    "14:10–14:40 Persona-toets",
    "14:40–14:50 Pauze",
    "14:50–15:00 Afsluiting en vervolg",
  ];
  await dragBlock(page, "Wereldcafé", "Persona-toets");
  await expect.poll(() => timesAndTitles(page)).toEqual(moved);
  await expect(page.getByText("“Wereldcafé” staat op een andere plek.")).toBeVisible();
  expect((await storedWorkshops(page))[0].programme.blocks.map((b) => b.title)).toEqual(moved.map((row) => row.slice(12)));
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect.poll(() => timesAndTitles(page)).toEqual(planned);
  expect(await storedProgramme()).toBe(before);

  // The same with a finger (touch, as on an iPad), kept through a reload.
  const finger = await page.context().newCDPSession(page);
  await dragBlock(page, "Wereldcafé", "Persona-toets", { finger });
  await expect.poll(() => timesAndTitles(page)).toEqual(moved);
  await page.reload();
  await expect(page.locator(".programme-block")).toHaveCount(5);
  expect(await timesAndTitles(page)).toEqual(moved);

  // The buttons still move it for the keyboard.
  await page.getByRole("button", { name: "Wereldcafé omlaag" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => timesAndTitles(page)).toEqual([moved[0], "13:10–13:40 Persona-toets", "13:40–14:40 Wereldcafé", moved[3], moved[4]]);
});
