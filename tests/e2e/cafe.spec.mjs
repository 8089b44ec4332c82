// The wereldcafé: prepared, run for three rounds at three tables and harvested with
// no network at all; the round timer against a fake clock (pause, +5 min, time up,
// a reload mid-round); refused input that changes nothing; and notes that survive
// a slip of the finger (undo), an edit and a reload.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, setNumber, storedWorkshops, typeField, waitForServiceWorker } from "./helpers.mjs";
import { SUMMARY_LABEL, addCafe, addCafeNote as addNote, openPart, openTable, writeSummary } from "./work-forms.mjs";

/** The one café stored in this page's localStorage (with its workshop). */
async function storedCafe(page) {
  const workshops = await storedWorkshops(page);
  expect(workshops).toHaveLength(1);
  const cafes = workshops[0].activities.filter((a) => a.kind === "cafe");
  expect(cafes).toHaveLength(1);
  return cafes[0];
}

/** A stored note's kind; the app leaves the default kind (idea) out. */
function kindOf(note) {
  return note.kind ?? "idea";
}

/** Every note of a stored café, table by table. */
function allNotes(cafe) {
  return cafe.tables.flatMap((t) => t.cloths.flatMap((c) => c.notes));
}

/** The countdown, its status line and the panel around them. */
function timerParts(page) {
  const timer = page.getByRole("timer", { name: "Tijd over" });
  return {
    timer,
    face: timer.locator("xpath=.."),
    status: page.getByRole("status").filter({ hasText: /Nog niet begonnen|Loopt|Gepauzeerd|De tijd is om|Afgerond/ }),
    panel: timer.locator("xpath=ancestor::section[1]"),
  };
}

/** The time over, shown under the timer's status once the time is up. */
function overTime(page) {
  return page.getByText(/^\d\d:\d\d over tijd$/);
}

/** The note row in the harvest, wherever it is grouped. */
function harvestNote(page, text) {
  return page.locator(".harvest-notes > li").filter({ hasText: text });
}

test("a café of 3 tables × 3 rounds is prepared, run and harvested offline", async ({ page, context }) => {
  await openHome(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();

  await createWorkshop(page, { title: "Wijkavond Zeist-Oost", place: "Buurthuis" });
  await addCafe(page);

  // Preparing: the café itself, three rounds with a question, three tables with a host.
  await typeField(page, "Naam van het café", "Samen in de wijk");
  await typeField(page, "Doel", "Ideeën ophalen voor de buurt van morgen.");
  await typeField(page, "Thema", "Ontmoeten");
  await typeField(page, "Openingsverhaal (aantekeningen)", "Het bankje bij de bakker.");
  await setNumber(page, "Aantal rondes (1 tot en met 5)", 3);
  await setNumber(page, "Minuten per ronde (5 tot en met 45)", 15);
  await setNumber(page, "Aantal tafels (1 tot en met 30)", 3);
  await expect(page.getByLabel(/^Naam van tafel \d+$/)).toHaveCount(3);
  const questions = [
    "Waar ontmoet jij je buren?",
    "Wat houdt mensen tegen om mee te doen?",
    "Wat gaan we morgen al anders doen?",
  ];
  for (const [i, q] of questions.entries()) await typeField(page, `Vraag voor ronde ${i + 1}`, q);
  const hosts = ["Ans", "Bram", "Cor"];
  for (const [i, host] of hosts.entries()) await typeField(page, `Gastvrouw of gastheer van tafel ${i + 1}`, host);
  await expect(page.getByRole("heading", { level: 1, name: "Wereldcafé: Samen in de wijk" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveCount(0);

  let cafe = await storedCafe(page);
  expect(cafe).toMatchObject({ name: "Samen in de wijk", theme: "Ontmoeten", round_minutes: 15, current_round: null });
  expect(cafe.rounds.map((r) => r.question)).toEqual(questions);
  expect(cafe.tables.map((t) => [t.name, t.host])).toEqual([["Tafel 1", "Ans"], ["Tafel 2", "Bram"], ["Tafel 3", "Cor"]]);

  // Running: three rounds; a note and a summary at every table in every round.
  const kinds = ["Idee", "Vraag", "Inzicht", "Actie"];
  const note = (round, table) => `R${round} T${table}: ${["bankje bij de bakker", "wie nodigt de nieuwe buren uit", "iedereen kent de conciërge", "buurtapp starten"][(round + table) % 4]}`;
  const summary = (round, table) => `Samenvatting ronde ${round} aan tafel ${table}: ${hosts[table - 1]} vat samen.`;
  const { timer, status } = timerParts(page);
  await openPart(page, "2. Rondes");
  for (let round = 1; round <= 3; round++) {
    await page.getByRole("button", { name: `Start ronde ${round}`, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: `Ronde ${round} van 3` })).toBeVisible();
    await expect(page.getByText(questions[round - 1], { exact: true })).toBeVisible();
    await expect(status).toHaveText("Loopt");
    await expect(timer).toHaveText(/^1[45]:[0-5]\d$/);
    for (let table = 1; table <= 3; table++) {
      const cloth = await openTable(page, `Tafel ${table}`, round);
      await expect(cloth).toContainText(`Gastvrouw of gastheer: ${hosts[table - 1]}`);
      const previous = cloth.locator("aside").filter({ hasText: "Wat de vorige groep besprak" });
      if (round === 1) {
        await expect(previous).toHaveCount(0);
      } else {
        await expect(previous).toContainText(summary(round - 1, table));
      }
      await addNote(cloth, kinds[(round + table) % 4], note(round, table), { enter: table === 2 });
      await writeSummary(cloth, summary(round, table));
    }
    await page.getByRole("button", { name: "Ronde afronden" }).click();
    await expect(status).toHaveText("Afgerond");
  }
  // Going back to an earlier round shows its own tablecloth again.
  await page.getByRole("group", { name: "Kies een ronde" }).getByRole("button", { name: "Ronde 2" }).click();
  const back = await openTable(page, "Tafel 1", 2);
  await expect(back.getByRole("listitem")).toHaveCount(1);
  await expect(back.getByRole("listitem")).toContainText(note(2, 1));
  await expect(back.getByLabel(SUMMARY_LABEL)).toHaveValue(summary(2, 1));

  cafe = await storedCafe(page);
  expect(allNotes(cafe)).toHaveLength(9);
  expect(cafe.current_round).toBe(2);
  expect(cafe.rounds.every((r) => r.timer?.started_at && r.timer?.closed_at)).toBe(true);
  for (const [t, table] of cafe.tables.entries()) {
    expect(table.cloths.map((c) => c.summary)).toEqual([1, 2, 3].map((r) => summary(r, t + 1)));
  }

  // Harvest: what the tables found, two themes, a key insight and an action.
  await openPart(page, "3. Oogst");
  await expect(page.getByRole("heading", { level: 2, name: "Wat de tafels vonden" })).toBeVisible();
  for (let table = 1; table <= 3; table++) {
    const finding = page.getByRole("article").filter({ has: page.getByRole("heading", { name: `Tafel ${table}` }) });
    await expect(finding).toContainText(`${hosts[table - 1]} · 3 notities`);
    await expect(finding.getByRole("definition")).toHaveText([1, 2, 3].map((r) => summary(r, table)));
  }
  await expect(page.locator(".harvest-notes > li")).toHaveCount(9);
  for (const theme of ["Ontmoeten", "Meedoen"]) {
    await page.getByLabel("Naam van het thema").fill(theme);
    await page.getByRole("button", { name: "Thema toevoegen" }).click();
    await expect(page.getByRole("region", { name: theme })).toBeVisible();
  }
  const grouping = {
    Ontmoeten: [note(1, 1), note(1, 2), note(2, 2), note(3, 1)],
    Meedoen: [note(1, 3), note(2, 1), note(3, 3)],
  };
  for (const [theme, texts] of Object.entries(grouping)) {
    for (const text of texts) {
      await harvestNote(page, text).getByRole("combobox", { name: "Thema" }).selectOption({ label: theme });
      await expect(page.getByRole("region", { name: theme }).locator(".harvest-notes > li").filter({ hasText: text })).toBeVisible();
    }
  }
  await expect(page.getByRole("region", { name: "Nog niet ingedeeld" }).locator(".harvest-notes > li")).toHaveCount(2);

  const key = harvestNote(page, note(2, 2)).getByRole("button", { name: `Kerninzicht: ${note(2, 2)}` });
  await expect(key).toHaveAttribute("aria-pressed", "false");
  await key.click();
  await expect(harvestNote(page, note(2, 2)).getByRole("button", { name: `Kerninzicht: ${note(2, 2)}` })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("section").filter({ has: page.getByRole("heading", { name: "Kerninzichten" }) }).getByRole("listitem")).toHaveText([note(2, 2)]);

  const source = harvestNote(page, note(3, 3));
  await source.getByRole("button", { name: /^Maak er een actie van/ }).click();
  await expect(source.getByLabel("Actie", { exact: true })).toHaveValue(note(3, 3));
  await source.getByLabel("Actie", { exact: true }).fill("Buurtapp opzetten met de bewonerscommissie");
  await source.getByLabel("Wie pakt dit op?").fill("Marieke");
  await source.getByLabel("Wanneer klaar? (datum, mag leeg blijven)").fill("2026-12-15");
  // Marking and unmarking the note as a key insight keeps the open form as it is.
  const sourceKey = source.getByRole("button", { name: `Kerninzicht: ${note(3, 3)}` });
  await sourceKey.click();
  await expect(sourceKey).toHaveAttribute("aria-pressed", "true");
  await sourceKey.click();
  await expect(sourceKey).toHaveAttribute("aria-pressed", "false");
  await expect(source.getByLabel("Wie pakt dit op?")).toHaveValue("Marieke");
  await source.getByRole("button", { name: "Actie toevoegen" }).click();
  const actions = page.locator("section").filter({ has: page.getByRole("heading", { name: "Acties: wie pakt dit op?" }) });
  await expect(actions.getByRole("listitem")).toHaveCount(1);
  await expect(actions.getByRole("listitem")).toContainText("Buurtapp opzetten met de bewonerscommissie");
  await expect(actions.getByRole("listitem")).toContainText("Marieke · 15-12-2026");

  cafe = await storedCafe(page);
  const notes = allNotes(cafe);
  expect(notes).toHaveLength(9);
  expect(cafe.harvest.themes.map((t) => t.name)).toEqual(["Ontmoeten", "Meedoen"]);
  const themeId = Object.fromEntries(cafe.harvest.themes.map((t) => [t.name, t.id]));
  for (const [theme, texts] of Object.entries(grouping)) {
    expect(notes.filter((n) => n.theme === themeId[theme]).map((n) => n.text).sort()).toEqual([...texts].sort());
  }
  expect(notes.filter((n) => n.key).map((n) => n.text)).toEqual([note(2, 2)]);
  expect(new Set(notes.map(kindOf))).toEqual(new Set(["idea", "question", "insight", "action"]));
  expect(cafe.harvest.actions).toHaveLength(1);
  expect(cafe.harvest.actions[0]).toMatchObject({
    text: "Buurtapp opzetten met de bewonerscommissie",
    owner: "Marieke",
    due: "2026-12-15",
    note: notes.find((n) => n.text === note(3, 3)).id,
  });

  // The projector shows the harvest for the room.
  await page.getByRole("link", { name: "Projectiescherm" }).click();
  await expect(page).toHaveURL(/\/wereldcafe\/[0-9a-f-]{36}\/scherm$/);
  const shows = page.getByRole("group", { name: "Wat het scherm toont" });
  await expect(shows.getByRole("button")).toHaveText(["Ronde en tijd", "Caféregels", "Oogst"]);
  await shows.getByRole("button", { name: "Oogst" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Oogst" })).toBeVisible();
  for (const [theme, texts] of Object.entries(grouping)) {
    const card = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: theme }) });
    await expect(card.getByRole("listitem")).toHaveCount(texts.length);
    for (const text of texts) await expect(card).toContainText(text);
  }
  await expect(page.getByRole("listitem").filter({ hasText: note(2, 2) })).toHaveText(`★ ${note(2, 2)}`);
  await expect(page.getByText("Buurtapp opzetten met de bewonerscommissie — Marieke")).toBeVisible();
  await shows.getByRole("button", { name: "Ronde en tijd" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ronde 3 van 3" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Afgerond" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Netwerk:" })).toHaveText("Netwerk: Offline");
});

test("the round timer counts down, pauses, gets five minutes more, runs out and survives a reload", async ({ page }) => {
  // Playwright's fake clock (1.65): installed before the app loads, it replaces
  // Date, setTimeout/setInterval and requestAnimationFrame. pauseAt() stops time,
  // so the countdown only moves when the test moves it. The installed clock lives
  // in the browser context and survives page.reload(): after a reload Date.now()
  // carries on from where it was (still paused), so no re-install is needed.
  const T0 = Date.parse("2026-11-20T09:00:00+01:00");
  await page.clock.install({ time: T0 });
  await openHome(page);
  await createWorkshop(page, { title: "Klok" });
  await addCafe(page);
  await setNumber(page, "Minuten per ronde (5 tot en met 45)", 5);
  await typeField(page, "Vraag voor ronde 1", "Hoe laat is het?");
  await typeField(page, "Vraag voor ronde 2", "En nu?");
  await openPart(page, "2. Rondes");
  const { timer, face, status, panel } = timerParts(page);
  await expect(timer).toHaveText("05:00");
  await expect(status).toHaveText("Nog niet begonnen");

  const start = T0 + 10 * 60_000;
  await page.clock.pauseAt(start);
  await page.getByRole("button", { name: "Start ronde 1" }).click();
  await expect(status).toHaveText("Loopt");
  await expect(timer).toHaveText("05:00");
  expect((await storedCafe(page)).rounds[0].timer).toMatchObject({ started_at: start, length_ms: 300_000 });

  await page.clock.fastForward("02:00");
  await expect(timer).toHaveText("03:00");

  await page.getByRole("button", { name: "Pauze" }).click();
  await expect(status).toHaveText("Gepauzeerd");
  await page.clock.fastForward("01:00");
  await expect(timer).toHaveText("03:00");
  await expect(status).toHaveText("Gepauzeerd");
  expect((await storedCafe(page)).rounds[0].timer.paused_at).toBe(start + 120_000);

  await page.getByRole("button", { name: "Verder" }).click();
  await expect(status).toHaveText("Loopt");
  await page.clock.fastForward("01:00");
  await expect(timer).toHaveText("02:00");

  await page.getByRole("button", { name: "+5 min: vijf minuten erbij" }).click();
  await expect(timer).toHaveText("07:00");
  expect((await storedCafe(page)).rounds[0].timer).toMatchObject({ extra_ms: 300_000, paused_ms: 60_000 });
  await expect(face).not.toHaveClass(/time-up/);
  await expect(panel).not.toHaveClass(/flash/);

  // Running out while the page is open: the face turns, the panel flashes.
  await page.clock.fastForward("07:05");
  await expect(timer).toHaveText("00:00");
  await expect(status).toHaveText("De tijd is om");
  await expect(overTime(page)).toHaveText("00:05 over tijd");
  await expect(face).toHaveClass(/time-up/);
  await expect(panel).toHaveClass(/flash/);
  await page.clock.runFor(5_000);
  await expect(panel).not.toHaveClass(/flash/);
  await expect(status).toHaveText("De tijd is om");
  await expect(overTime(page)).toHaveText("00:10 over tijd");

  // "+5 min" after the time ran out counts from now.
  await page.getByRole("button", { name: "+5 min: vijf minuten erbij" }).click();
  await expect(timer).toHaveText("05:00");
  await expect(status).toHaveText("Loopt");
  await page.clock.fastForward("02:00");
  await expect(timer).toHaveText("03:00");

  // A reload mid-round: the time left follows from the stored moments.
  await page.reload();
  expect(await page.evaluate(() => Date.now())).toBe(start + 13 * 60_000 + 10_000);
  await expect(page.getByRole("button", { name: "2. Rondes" })).toHaveAttribute("aria-pressed", "true");
  await expect(timer).toHaveText("03:00");
  await expect(status).toHaveText("Loopt");
  await page.clock.fastForward("00:30");
  await expect(timer).toHaveText("02:30");

  await page.getByRole("button", { name: "Ronde afronden" }).click();
  await expect(status).toHaveText("Afgerond");
  await expect(timer).toHaveText("00:00");
  await expect(page.getByRole("button", { name: "Start ronde 2" })).toBeVisible();
  expect((await storedCafe(page)).rounds[0].timer.closed_at).toBe(start + 13 * 60_000 + 40_000);
});

test("a reload in the middle of a round shows the right time left", async ({ page }) => {
  // The same clock as above, but the reload comes straight after two minutes.
  const T0 = Date.parse("2026-11-20T14:00:00+01:00");
  await page.clock.install({ time: T0 });
  await openHome(page);
  await createWorkshop(page, { title: "Herladen" });
  await addCafe(page);
  await setNumber(page, "Minuten per ronde (5 tot en met 45)", 5);
  await typeField(page, "Vraag voor ronde 1", "Wat blijft?");
  await openPart(page, "2. Rondes");
  const start = T0 + 5 * 60_000;
  await page.clock.pauseAt(start);
  await page.getByRole("button", { name: "Start ronde 1" }).click();
  const { timer, status } = timerParts(page);
  await expect(status).toHaveText("Loopt");
  await page.clock.fastForward("02:00");
  await expect(timer).toHaveText("03:00");
  await page.reload();
  await expect(timer).toHaveText("03:00");
  await expect(status).toHaveText("Loopt");
  await page.clock.fastForward("03:01");
  await expect(status).toHaveText("De tijd is om");
  await expect(overTime(page)).toHaveText("00:01 over tijd");
});

test("refused input shows why and changes nothing", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Foutjes" });
  await addCafe(page);
  const before = await storedCafe(page);
  expect(before.tables).toHaveLength(4);
  expect(before.round_minutes).toBe(20);

  await setNumber(page, "Aantal tafels (1 tot en met 30)", 0);
  await expect(page.getByRole("alert").filter({ hasText: "Een wereldcafé heeft 1 tot en met 30 tafels." })).toBeVisible();
  await expect(page.getByLabel(/^Naam van tafel \d+$/)).toHaveCount(4);
  expect((await storedCafe(page)).tables.map((t) => t.id)).toEqual(before.tables.map((t) => t.id));

  await setNumber(page, "Minuten per ronde (5 tot en met 45)", 50);
  await expect(page.getByRole("alert").filter({ hasText: "Een ronde duurt 5 tot en met 45 minuten." })).toBeVisible();
  expect((await storedCafe(page)).round_minutes).toBe(20);

  // Starting a round with no question.
  await openPart(page, "2. Rondes");
  await page.getByRole("button", { name: "Start ronde 1" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ronde 1 heeft nog geen vraag. Vul de vraag in bij Voorbereiden." })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Nog niet begonnen" })).toBeVisible();
  let cafe = await storedCafe(page);
  expect(cafe.current_round).toBeNull();
  expect(cafe.rounds[0].timer).toBeUndefined();

  // Starting round 2 while round 1 runs.
  await openPart(page, "1. Voorbereiden");
  await typeField(page, "Vraag voor ronde 1", "Wat werkt al?");
  await typeField(page, "Vraag voor ronde 2", "Wat kan beter?");
  await openPart(page, "2. Rondes");
  await page.getByRole("button", { name: "Start ronde 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loopt" })).toBeVisible();
  await page.getByRole("group", { name: "Kies een ronde" }).getByRole("button", { name: "Ronde 2" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ronde 2 van 3" })).toBeVisible();
  await page.getByRole("button", { name: "Start ronde 2" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ronde 1 loopt nog. Rond die eerst af met ‘Ronde afronden’." })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Nog niet begonnen" })).toBeVisible();
  cafe = await storedCafe(page);
  expect(cafe.current_round).toBe(0);
  expect(cafe.rounds[0].timer.started_at).toEqual(expect.any(Number));
  expect(cafe.rounds[1].timer).toBeUndefined();
});

test("a deleted note comes back with undo, an edit is kept, and a reload keeps notes and summaries", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Tafelkleed" });
  await addCafe(page);
  await typeField(page, "Vraag voor ronde 1", "Wat maakt de buurt fijn?");
  await openPart(page, "2. Rondes");
  await page.getByRole("button", { name: "Start ronde 1" }).click();
  const cloth = await openTable(page, "Tafel 2", 1);
  await addNote(cloth, "Idee", "Meer bankjes in het park");
  await addNote(cloth, "Vraag", "Kan het buurthuis langer open?");
  await addNote(cloth, "Inzicht", "Ouderen voelen zich niet gehoord");
  const items = cloth.getByRole("listitem");
  await expect(items).toHaveCount(3);

  // Delete by mistake, then undo: back in its place, also in storage.
  await cloth.getByRole("button", { name: "Meer bankjes in het park verwijderen" }).click();
  await expect(items).toHaveCount(2);
  expect(allNotes(await storedCafe(page)).map((n) => n.text)).toEqual(["Kan het buurthuis langer open?", "Ouderen voelen zich niet gehoord"]);
  const toast = page.getByRole("region", { name: "Meldingen" }).locator(".toast").filter({ hasText: "Meer bankjes in het park" });
  await toast.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText("Meer bankjes in het park");
  let notes = allNotes(await storedCafe(page));
  expect(notes.map((n) => [kindOf(n), n.text])).toEqual([
    ["idea", "Meer bankjes in het park"],
    ["question", "Kan het buurthuis langer open?"],
    ["insight", "Ouderen voelen zich niet gehoord"],
  ]);

  // Edit: new text and kind.
  await cloth.getByRole("button", { name: "Bewerken: Kan het buurthuis langer open?" }).click();
  const editing = items.nth(1);
  await editing.getByLabel("Notitie", { exact: true }).fill("Het buurthuis ook op zondag open");
  await editing.getByRole("radio", { name: "Actie", exact: true }).check();
  await editing.getByRole("button", { name: "Opslaan" }).click();
  await expect(items.nth(1)).toContainText("Het buurthuis ook op zondag open");
  await expect(items.nth(1)).toContainText("Actie");
  await expect(cloth.getByRole("button", { name: "Bewerken: Het buurthuis ook op zondag open" })).toBeVisible();
  notes = allNotes(await storedCafe(page));
  expect(notes[1]).toMatchObject({ kind: "action", text: "Het buurthuis ook op zondag open" });
  expect(notes).toHaveLength(3);

  // The summary saves while typing (no blur), then a reload keeps everything.
  await cloth.getByLabel(SUMMARY_LABEL).fill("Bankjes en een langere openingstijd.");
  await page.waitForTimeout(500);
  expect((await storedCafe(page)).tables[1].cloths[0].summary).toBe("Bankjes en een langere openingstijd.");
  await page.reload();
  await expect(page.getByRole("button", { name: "2. Rondes" })).toHaveAttribute("aria-pressed", "true");
  const again = await openTable(page, "Tafel 2", 1);
  await expect(again.getByRole("listitem")).toHaveCount(3);
  await expect(again.getByRole("listitem").locator(".note-text")).toHaveText([
    "Meer bankjes in het park",
    "Het buurthuis ook op zondag open",
    "Ouderen voelen zich niet gehoord",
  ]);
  await expect(again.getByLabel(SUMMARY_LABEL)).toHaveValue("Bankjes en een langere openingstijd.");
  const other = await openTable(page, "Tafel 1", 1);
  await expect(other.getByText("Nog geen notities op dit tafelkleed.")).toBeVisible();
});

test("typing with pauses keeps the focus and every character, and a note not yet added survives a table switch", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Doortypen" });
  await addCafe(page);
  await typeField(page, "Vraag voor ronde 1", "Wat gaat goed?");
  await openPart(page, "2. Rondes");
  await page.getByRole("button", { name: "Start ronde 1" }).click();
  const cloth = await openTable(page, "Tafel 1", 1);

  // The summary saves 300 ms after the last key; the field must stay as it is.
  const summary = cloth.getByLabel(SUMMARY_LABEL);
  await summary.click();
  await page.keyboard.type("Eerste regel ");
  await expect.poll(async () => (await storedCafe(page)).tables[0].cloths[0]?.summary).toBe("Eerste regel");
  await page.keyboard.type("en nog wat.");
  await expect(summary).toBeFocused();
  await expect(summary).toHaveValue("Eerste regel en nog wat.");

  // A note added in between does not draw the tablecloth again.
  await addNote(cloth, "Vraag", "Wie helpt er mee?");
  await summary.click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Slot.");
  await expect.poll(async () => (await storedCafe(page)).tables[0].cloths[0]?.summary).toBe("Eerste regel en nog wat. Slot.");
  await expect(summary).toBeFocused();

  // A note typed but not added yet is still there after a look at another table.
  await cloth.getByLabel("Notitie", { exact: true }).fill("Half af");
  const other = await openTable(page, "Tafel 2", 1);
  await expect(other.getByLabel("Notitie", { exact: true })).toHaveValue("");
  const back = await openTable(page, "Tafel 1", 1);
  await expect(back.getByLabel("Notitie", { exact: true })).toHaveValue("Half af");
});
