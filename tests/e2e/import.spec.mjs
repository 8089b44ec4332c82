// Putting a backup back: export everything, erase, import, and everything is
// back; the same file again and a changed workshop (conflict: replace); a corpus
// of bad files that each get a clear message and change nothing; hostile text
// from a valid file shows as plain text and runs nothing.
import { readFile, writeFile } from "node:fs/promises";
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, storedWorkshops, typeField } from "./helpers.mjs";
import { WORKSHOP_SCHEMA } from "./schema.mjs";

/** Goes to the settings page. */
async function openSettings(page) {
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Back-up terugzetten" })).toBeVisible();
}

/** Downloads the full backup from the settings page; returns its path and text. */
async function downloadBackup(page, testInfo) {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Alles downloaden (JSON)" }).click();
  const path = testInfo.outputPath("backup.werktafel.json");
  await (await download).saveAs(path);
  return { path, text: await readFile(path, "utf8") };
}

/** Picks a file for the import (a path, or { name, mimeType, buffer }). */
async function pickFile(page, file) {
  await page.getByLabel("Back-up kiezen").setInputFiles(file);
}

/** Renames a workshop from the home page through its edit form. */
async function renameWorkshop(page, from, to) {
  await page.goto("/");
  await page.getByRole("link", { name: from }).click();
  await page.getByRole("button", { name: "Bewerken" }).first().click();
  await page.getByLabel("Titel").fill(to);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: to })).toBeVisible();
}

/** Every key of the app and its value, to compare before and after. */
async function appStorage(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("werktafel:")).sort().map((k) => [k, localStorage.getItem(k)])),
  );
}

/** The import's message, once it is shown. */
function importAlert(page) {
  return page.getByRole("region", { name: "Back-up terugzetten" }).getByRole("alert");
}

test("a full backup is exported, everything erased, the backup imported, and everything is back", async ({ page }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Wijkavond Noord", place: "Buurthuis" });
  await page.getByRole("button", { name: "Wereldcafé toevoegen" }).click();
  await typeField(page, "Naam van het café", "Samen in Noord");
  await page.goto("/");
  await createWorkshop(page, { title: "Regiodag", goal: "Placemat met de teams" });
  await page.getByRole("button", { name: "Placemat toevoegen" }).click();
  await typeField(page, "Vraag voor alle groepen", "Wat deel je?");
  await page.goto("/");
  const before = await storedWorkshops(page);
  expect(before).toHaveLength(2);

  await openSettings(page);
  const backup = await downloadBackup(page, testInfo);
  expect(JSON.parse(backup.text)).toMatchObject({ format: "werktafel-backup", schema: 2, workshop_schema: WORKSHOP_SCHEMA });
  await page.getByLabel("Typ WISSEN om te bevestigen").fill("WISSEN");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("zijn gewist");
  expect(await storedWorkshops(page)).toEqual([]);

  await pickFile(page, backup.path);
  const preview = page.getByRole("region", { name: "Wat dit bestand bevat" });
  await expect(preview).toContainText("2 bijeenkomst(en) en 0 persona('s)");
  await expect(preview.getByRole("listitem")).toHaveText([/Regiodag — nieuw/, /Wijkavond Noord — nieuw/]);
  expect(await storedWorkshops(page)).toEqual([]);
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Ingelezen: 2 bijeenkomst(en) en 0 persona('s).");
  await expect(preview).toHaveCount(0);

  const byId = (list) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(await storedWorkshops(page))).toEqual(byId(before));
  await page.reload();
  expect(byId(await storedWorkshops(page))).toEqual(byId(before));
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Wijkavond Noord" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Regiodag" })).toBeVisible();
});

test("importing a workshop that is here already: unchanged ones are left, a changed one can be replaced", async ({ page }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Origineel" });
  await page.goto("/");
  await openSettings(page);
  const backup = await downloadBackup(page, testInfo);

  // The same file again: nothing new.
  await pickFile(page, backup.path);
  const preview = page.getByRole("region", { name: "Wat dit bestand bevat" });
  await expect(preview).toContainText("Alles uit dit bestand staat al op dit apparaat.");
  await expect(preview.getByRole("listitem")).toHaveText([/Origineel — staat er al, gelijk/]);
  await page.getByRole("button", { name: "Annuleren" }).click();

  // Changed here since: the file's version replaces it when chosen.
  await renameWorkshop(page, "Origineel", "Hier veranderd");
  await openSettings(page);
  await pickFile(page, backup.path);
  await expect(preview.getByRole("listitem")).toHaveText([/Origineel — staat er al, maar is anders/]);
  await preview.getByLabel("Wat doen met ‘Origineel’").selectOption({ label: "Vervangen" });
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Ingelezen: 1 bijeenkomst(en)");
  expect((await storedWorkshops(page)).map((w) => w.title)).toEqual(["Origineel"]);

  // Or added as a copy (the default): both stay.
  await renameWorkshop(page, "Origineel", "Weer veranderd");
  await openSettings(page);
  await pickFile(page, backup.path);
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Ingelezen: 1 bijeenkomst(en)");
  expect((await storedWorkshops(page)).map((w) => w.title).sort()).toEqual(["Origineel (ingelezen)", "Weer veranderd"]);
});

test("each bad file gets a clear message and changes nothing", async ({ page }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Blijft staan" });
  await page.goto("/");
  await openSettings(page);
  const good = JSON.parse((await downloadBackup(page, testInfo)).text);
  const stored = await appStorage(page);

  const json = (value) => ({ name: "kapot.werktafel.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(value)) });
  const wrongType = structuredClone(good);
  wrongType.workshops[0].title = 42;
  const newer = structuredClone(good);
  newer.schema = 99;
  const bigPath = testInfo.outputPath("groot.werktafel.json");
  await writeFile(bigPath, Buffer.alloc(6 * 1024 * 1024, 0x20));
  const goodText = JSON.stringify(good);
  const corpus = [
    [{ name: "leeg.json", mimeType: "application/json", buffer: Buffer.alloc(0) }, "Het bestand is leeg."],
    [{ name: "foto.json", mimeType: "application/json", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x01]) }, "Dit is geen tekstbestand."],
    [{ name: "half.json", mimeType: "application/json", buffer: Buffer.from(goodText.slice(0, goodText.length / 2)) }, /Het bestand is beschadigd of niet compleet \(regel 1, teken \d+\)\./],
    [json({ format: "iets-anders" }), "Dit is geen back-up van Werktafel."],
    [json(newer), "Deze back-up komt uit een nieuwere versie van Werktafel."],
    [bigPath, "Het bestand is 6,0 MB; de grens is 5,0 MB."],
    [json(wrongType), "bijeenkomst 1: ‘title’ is geen tekst."],
  ];
  for (const [file, text] of corpus) {
    await pickFile(page, file);
    await expect(importAlert(page)).toContainText(text);
    await expect(importAlert(page)).toContainText("Er is niets veranderd.");
    await expect(page.getByRole("region", { name: "Wat dit bestand bevat" })).toHaveCount(0);
    expect(await appStorage(page)).toEqual(stored);
  }
});

test("hostile text from a valid file is imported as plain text and runs nothing", async ({ page }, testInfo) => {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await openHome(page);
  await createWorkshop(page, { title: "Tijdelijk" });
  await page.goto("/");
  await openSettings(page);
  const file = JSON.parse((await downloadBackup(page, testInfo)).text);
  const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
  const workshop = file.workshops[0];
  Object.assign(workshop, { id: "vijandig", title: `Titel ${hostile}`, place: hostile, goal: hostile, facilitator: hostile });
  await pickFile(page, { name: "vijandig.werktafel.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole("region", { name: "Wat dit bestand bevat" })).toContainText(`Titel ${hostile} — nieuw`);
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Ingelezen: 1 bijeenkomst(en)");

  await page.goto("/");
  await page.getByRole("link", { name: `Titel ${hostile}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Titel ${hostile}` })).toBeVisible();
  await expect(page.getByText(hostile, { exact: true }).first()).toBeVisible();
  expect(await page.locator("main img[src='x'], main script").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("a preview made before the device changed is made again before anything is saved", async ({ page }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Blijft bewaard" });
  await page.goto("/");
  await openSettings(page);
  const backup = await downloadBackup(page, testInfo);
  await pickFile(page, backup.path);
  const preview = page.getByRole("region", { name: "Wat dit bestand bevat" });
  await expect(preview.getByRole("listitem")).toHaveText([/Blijft bewaard — staat er al, gelijk/]);

  // Everything is erased while the preview is open: "gelijk" no longer holds.
  await page.getByLabel("Typ WISSEN om te bevestigen").fill("WISSEN");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(importAlert(page)).toContainText("Op dit apparaat is intussen iets veranderd.");
  await expect(preview.getByRole("listitem")).toHaveText([/Blijft bewaard — nieuw/]);
  expect(await storedWorkshops(page)).toEqual([]);
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Ingelezen: 1 bijeenkomst(en)");
  await expect(importAlert(page)).toBeHidden();
  expect((await storedWorkshops(page)).map((w) => w.title)).toEqual(["Blijft bewaard"]);
});

/** Text that would run if it were ever put into the page as HTML. */
const HOSTILE = `<img src=x onerror=alert(1)><script>alert(2)</script>`;

/** A café and a placemat with the hostile text in every text they hold. */
function hostileActivities() {
  const H = HOSTILE;
  const note = (id) => ({ id, text: `${id} ${H}` });
  return [
    {
      id: "cafe1", created_at: 1, updated_at: 1, kind: "cafe",
      name: H, goal: H, story: H, theme: H, rules: [H], participants: [H], round_minutes: 20, current_round: 0,
      rounds: [{ id: "r1", question: H }],
      tables: [{ id: "t1", name: `Tafel ${H}`, host: H, cloths: [{ round: "r1", summary: H, notes: [{ ...note("n1"), theme: "th1" }] }] }],
      harvest: { themes: [{ id: "th1", name: H }], actions: [{ id: "a1", text: H, owner: H, note: "n1" }] },
    },
    {
      id: "mat1", created_at: 1, updated_at: 1, kind: "placemat", question: H, phase: "plenary",
      groups: [{ id: "g1", name: "G1 <b>vet</b>", seats: ["s1", "s2", "s3"].map((id) => ({ id, name: H.slice(0, 28), notes: [note(`${id}n`)] })), middle: [{ ...note("m1"), theme: "pt1" }] }],
      harvest: { themes: [{ id: "pt1", name: H }], actions: [] },
    },
  ];
}

/** The hostile text in every free text of a persona. */
function hostilePersona(persona) {
  const H = HOSTILE;
  const fields = persona.fields;
  for (const key of ["place", "household", "daytime", "health", "occasion", "question", "question_behind", "wishes", "barriers", "quote", "roleplay_behaviour", "roleplay_background", "sources"]) fields[key] = H;
  fields.name = `Persona ${H}`;
  fields.tags = ["<i>x</i>"];
  for (const area of fields.life_areas) area.situation = H;
  for (const member of fields.network) Object.assign(member, { name: H, relation: H });
  return persona;
}

test("hostile text in every kind of field (café, placemat, persona) shows as text on every page and runs nothing", async ({ page }, testInfo) => {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await openHome(page);
  await page.getByRole("navigation").getByRole("link", { name: "Persona's" }).click();
  await page.getByRole("button", { name: "Voorbeelden toevoegen" }).click();
  await page.goto("/");
  await createWorkshop(page, { title: "Tijdelijk" });
  await page.goto("/");
  await openSettings(page);
  const file = JSON.parse((await downloadBackup(page, testInfo)).text);
  file.workshops[0] = { ...file.workshops[0], id: "vijandig", title: `Vijandig ${HOSTILE}`, activities: hostileActivities() };
  file.personas = [hostilePersona({ ...file.personas[0], id: "vijandige-persona" })];
  await pickFile(page, { name: "vijandig.werktafel.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByRole("region", { name: "Meldingen" })).toContainText("Ingelezen: 1 bijeenkomst(en) en 1 persona('s).");

  const noMarkupRan = async (where) => {
    await expect(page.getByText(HOSTILE).first(), where).toBeVisible();
    expect(await page.locator("main img[src='x'], main script, main b, main i").count(), where).toBe(0);
  };
  await page.goto("/");
  await page.getByRole("link", { name: `Vijandig ${HOSTILE}` }).click();
  // The home page names the workshop too: wait for the workshop's own page.
  await expect(page.getByRole("heading", { level: 1, name: `Vijandig ${HOSTILE}` })).toBeVisible();
  await noMarkupRan("workshop page");
  const workshopUrl = page.url();
  await page.getByRole("link", { name: /Wereldcafé/ }).first().click();
  for (const part of ["1. Voorbereiden", "2. Rondes", "3. Oogst"]) {
    await page.getByRole("group", { name: "Onderdelen van het café" }).getByRole("button", { name: part }).click();
    await noMarkupRan(`café ${part}`);
  }
  await page.getByRole("link", { name: "Projectiescherm" }).click();
  await noMarkupRan("café projector");
  await page.goto(workshopUrl);
  await page.getByRole("link", { name: /Placemat/ }).first().click();
  await noMarkupRan("placemat plenary");
  await page.goto(`${workshopUrl}/verslag`);
  await noMarkupRan("printable report");
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Persona's" }).click();
  await page.getByRole("link", { name: new RegExp("Persona <img") }).first().click();
  await noMarkupRan("persona page");
  expect(dialogs).toEqual([]);
});

test("an import that meets a full storage saves nothing and says so", async ({ page }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Al hier" });
  await page.goto("/");
  await openSettings(page);
  const file = JSON.parse((await downloadBackup(page, testInfo)).text);
  const big = "Lange notitie ".repeat(30).trim();
  file.workshops = Array.from({ length: 12 }, (_, i) => ({ ...file.workshops[0], id: `groot-${i}`, title: `Groot ${i}`, goal: big }));
  const stored = await appStorage(page);
  await pickFile(page, { name: "groot.werktafel.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole("region", { name: "Wat dit bestand bevat" })).toContainText("12 bijeenkomst(en)");
  // Storage is full up to a few workshops: the import fails part-way.
  await page.evaluate((room) => {
    let filler = "";
    let chunk = 1 << 20;
    while (chunk >= 1) {
      try {
        localStorage.setItem("vulling", filler + "x".repeat(chunk));
        filler += "x".repeat(chunk);
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    localStorage.setItem("vulling", filler.slice(0, filler.length - room));
  }, 5_000);
  const filled = await appStorage(page);
  expect(filled).toEqual(stored);
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(importAlert(page)).toContainText("Niet ingelezen:");
  await expect(importAlert(page)).toContainText("Er is niets veranderd.");
  expect(await appStorage(page)).toEqual(stored);
  await page.evaluate(() => localStorage.removeItem("vulling"));
  await page.reload();
  expect((await storedWorkshops(page)).map((w) => w.title)).toEqual(["Al hier"]);
});

test("a backup dropped on the import area is read like a picked one", async ({ page }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Gesleept" });
  await page.goto("/");
  await openSettings(page);
  const backup = await downloadBackup(page, testInfo);
  const zone = page.locator(".import .drop-zone").first();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "gesleept.werktafel.json", { type: "application/json" }));
    return transfer;
  }, backup.text);
  await zone.dispatchEvent("dragover", { dataTransfer });
  await expect(zone).toHaveClass(/dragging/);
  await zone.dispatchEvent("drop", { dataTransfer });
  await expect(zone).not.toHaveClass(/dragging/);
  await expect(page.getByRole("region", { name: "Wat dit bestand bevat" }).getByRole("listitem")).toHaveText([/Gesleept — staat er al, gelijk/]);
});

test("a backup of chosen workshops and persona's holds just those and leaves the reminder", async ({ page }, testInfo) => {
  await openHome(page);
  await page.getByRole("navigation").getByRole("link", { name: "Persona's" }).click();
  await page.getByRole("button", { name: "Voorbeelden toevoegen" }).click();
  await page.goto("/");
  await createWorkshop(page, { title: "Gekozen" });
  await page.goto("/");
  await createWorkshop(page, { title: "Niet gekozen" });
  await page.goto("/");
  await openSettings(page);
  await page.getByText("Of kies wat erin gaat").click();
  const download = page.getByRole("button", { name: "Gekozen onderdelen downloaden (JSON)" });
  await expect(download).toBeDisabled();
  await page.getByRole("group", { name: "Bijeenkomsten" }).getByLabel("Gekozen", { exact: true }).check();
  const personas = page.getByRole("group", { name: "Persona's" }).getByRole("checkbox");
  await expect(personas).toHaveCount(7);
  await personas.nth(2).check();
  const started = page.waitForEvent("download");
  await download.click();
  const path = testInfo.outputPath("keuze.werktafel.json");
  await (await started).saveAs(path);
  const chosen = JSON.parse(await readFile(path, "utf8"));
  expect(chosen.workshops.map((w) => w.title)).toEqual(["Gekozen"]);
  expect(chosen.personas).toHaveLength(1);
  // A partial backup is not the backup of everything: the reminder stays.
  await expect(page.getByText("Nog nooit geëxporteerd.")).toBeVisible();
});
