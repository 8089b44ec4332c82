// Two tabs of the app open at once (two pages in one browser context share
// localStorage): what one tab does shows up in the other without a reload, and
// notes added in both at the same time are all kept (at two tables of a café
// without a copy; at the same table with one). As a person would, each test
// brings a tab to the front before working in it, so the tab that has to follow
// the change is the one in the background.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, saveStatus, storedWorkshops, typeField, workshopList } from "./helpers.mjs";
import { addCafe, openPart, openTable } from "./work-forms.mjs";

/** Two tabs on the home page; the first is in front. */
async function twoTabs(context) {
  const first = await context.newPage();
  const second = await context.newPage();
  await openHome(first);
  await openHome(second);
  await first.bringToFront();
  return [first, second];
}

/**
 * Both tabs on the rounds of one new café "Wijkcafé" (round 1 running), the
 * first showing table `tables[0]`, the second `tables[1]`; returns the tabs
 * and their tablecloths. Each tab can hold back the storage events that tell
 * it what the other saved (see `addNotesAtOnce`): the listener doing so comes
 * before the app's own.
 */
async function cafeInTwoTabs(context, tables) {
  await context.addInitScript(() => {
    window.__heldBack = [];
    window.addEventListener("storage", (event) => {
      if (!window.__holdBack) return;
      event.stopImmediatePropagation();
      window.__heldBack.push(event.key);
    });
  });
  const [first, second] = await twoTabs(context);
  await createWorkshop(first, { title: "Wijkcafé" });
  await addCafe(first);
  await typeField(first, "Vraag voor ronde 1", "Wat maakt de wijk fijn?");
  await openPart(first, "2. Rondes");
  await first.getByRole("button", { name: "Start ronde 1" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Loopt" })).toBeVisible();
  await second.goto(first.url());
  const cloths = [await openTable(first, tables[0], 1), await openTable(second, tables[1], 1)];
  return { first, second, cloths };
}

/**
 * Adds a note on each tablecloth at once: both typed, then both added. Each
 * tab holds back the storage events that tell it of the other's save until
 * both have saved: as when both tap "Notitie toevoegen" together, neither
 * tab has heard of the other's note when it saves its own. Then the events
 * come, in the order they came. The taps are one after the other, the second
 * once the first's save has reached the second tab's storage (a browser
 * passes localStorage between tabs with a delay), so the first tab saves
 * first; two saves within that delay are the store's tests' case (the
 * `two_tabs_saving_at_the_same_moment…` test in `tests/parts.rs`).
 */
async function addNotesAtOnce(pages, cloths, texts) {
  for (const page of pages) await page.evaluate(() => (window.__holdBack = true));
  const fields = cloths.map((cloth) => cloth.getByLabel("Notitie", { exact: true }));
  await Promise.all(fields.map((field, i) => field.fill(texts[i])));
  for (const [i, cloth] of cloths.entries()) {
    await cloth.getByRole("button", { name: "Notitie toevoegen" }).click();
    await expect(fields[i]).toHaveValue("");
    const saved = await appStorage(pages[i]);
    for (const page of pages) await expect.poll(() => appStorage(page)).toEqual(saved);
  }
  for (const page of pages) {
    const id = new URL(page.url()).pathname.split("/")[2];
    // Each tab saved while the other's save had not reached it.
    await expect.poll(() => page.evaluate(() => window.__heldBack)).toContain(`werktafel:v1:workshop:${id}`);
    await page.evaluate(() => {
      window.__holdBack = false;
      for (const key of window.__heldBack) window.dispatchEvent(new StorageEvent("storage", { key }));
    });
  }
}

/** Every key of the app in a tab's localStorage, with its value, sorted. */
function appStorage(page) {
  return page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith("werktafel:"))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The texts of the notes at each table of the one café in a stored workshop. */
function notesByTable(workshop) {
  const cafe = workshop.activities.find((a) => a.kind === "cafe");
  return cafe.tables.map((t) => t.cloths.flatMap((c) => c.notes.map((n) => n.text)));
}

test("two tabs adding notes at two tables of one café at the same time both keep their note, and no copy is made", async ({ context }) => {
  const { first, second, cloths } = await cafeInTwoTabs(context, ["Tafel 1", "Tafel 2"]);
  await addNotesAtOnce([first, second], cloths, ["Bankjes bij de bakker", "Een buurtapp"]);

  // Each tab shows the other's note too, without a reload; no conflict.
  await expect((await openTable(first, "Tafel 2", 1)).getByRole("listitem")).toHaveText([/Een buurtapp/]);
  await expect((await openTable(second, "Tafel 1", 1)).getByRole("listitem")).toHaveText([/Bankjes bij de bakker/]);
  for (const page of [first, second]) {
    await expect(page.getByRole("alert").filter({ hasText: "Beide versies zijn bewaard" })).toHaveCount(0);
    await expect(saveStatus(page)).toHaveText("Opgeslagen");
  }

  for (const page of [first, second]) {
    await page.bringToFront();
    await page.reload();
    await expect((await openTable(page, "Tafel 1", 1)).getByRole("listitem")).toHaveText([/Bankjes bij de bakker/]);
    await expect((await openTable(page, "Tafel 2", 1)).getByRole("listitem")).toHaveText([/Een buurtapp/]);
  }
  const stored = await storedWorkshops(second);
  expect(stored.map((w) => w.title)).toEqual(["Wijkcafé"]);
  expect(notesByTable(stored[0])).toEqual([["Bankjes bij de bakker"], ["Een buurtapp"], [], []]);
  await openHome(second);
  await expect(workshopList(second).getByRole("link")).toHaveText(["Wijkcafé"]);
});

test("two tabs adding notes at the same table at the same time keep both versions: one as a copy", async ({ context }) => {
  const { first, second, cloths } = await cafeInTwoTabs(context, ["Tafel 1", "Tafel 1"]);
  await addNotesAtOnce([first, second], cloths, ["Bankjes bij de bakker", "Een buurtapp"]);

  // The tab that saved last kept the other's version as a copy, and says so.
  const notice = (page) => page.getByRole("alert").filter({ hasText: "Beide versies zijn bewaard" });
  await expect(notice(second)).toHaveCount(1);
  await expect(notice(first)).toHaveCount(0);

  const stored = await storedWorkshops(first);
  expect(stored.map((w) => w.title).sort()).toEqual(["Wijkcafé", "Wijkcafé (uit ander tabblad)"]);
  expect(stored.map((w) => notesByTable(w)[0]).sort()).toEqual([["Bankjes bij de bakker"], ["Een buurtapp"]]);
  await first.bringToFront();
  await openHome(first);
  await expect(workshopList(first).getByRole("link")).toHaveCount(2);
});

test("a workshop open in the other tab follows a rename and a new date", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await createWorkshop(first, { title: "Klankbordgroep", date: "2026-11-22" });
  await second.goto(first.url());
  await expect(second.getByRole("heading", { level: 1, name: "Klankbordgroep" })).toBeVisible();
  await first.bringToFront();

  await first.getByRole("button", { name: "Bewerken" }).click();
  await first.getByLabel("Titel").fill("Klankbordgroep jeugd");
  await first.getByLabel("Datum").fill("2026-12-01");
  await first.getByRole("button", { name: "Opslaan" }).click();

  await expect(second.getByRole("heading", { level: 1, name: "Klankbordgroep jeugd" })).toBeVisible();
  await expect(second.getByText("01-12-2026")).toBeVisible();
  await second.bringToFront();
  await second.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(workshopList(second).getByRole("listitem")).toHaveCount(1);
  await expect(workshopList(second).getByRole("listitem")).toContainText("01-12-2026");
});

test("a copy made in one tab appears in the other", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await createWorkshop(first, { title: "Wereldcafé" });
  await first.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await first.getByRole("button", { name: "Wereldcafé dupliceren" }).click();
  await expect(workshopList(second).getByRole("link", { name: "Wereldcafé (kopie)" })).toBeVisible();
  await expect(workshopList(second).getByRole("link")).toHaveCount(2);
});

test("a delete and its undo in one tab both show in the other", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await createWorkshop(first, { title: "Persona's" });
  await first.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await expect(workshopList(second).getByRole("link")).toHaveText(["Persona's"]);

  await first.getByRole("button", { name: "Persona's verwijderen" }).click();
  await expect(workshopList(second).getByRole("listitem")).toHaveCount(0);
  await expect(second.getByText("Nog geen bijeenkomsten.")).toBeVisible();

  await first.getByRole("region", { name: "Meldingen" }).getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(workshopList(second).getByRole("link")).toHaveText(["Persona's"]);
  await second.bringToFront();
  await second.reload();
  await expect(workshopList(second).getByRole("link")).toHaveText(["Persona's"]);
});

test("switching the language in one tab switches the other", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await first.getByRole("button", { name: "Switch to English" }).click();
  await expect(second.getByRole("heading", { level: 1, name: "Workshops" })).toBeVisible();
  await expect(second.locator("html")).toHaveAttribute("lang", "en");
  await expect(second.getByRole("button", { name: "Schakel naar Nederlands" })).toBeVisible();

  await second.bringToFront();
  await second.getByRole("button", { name: "Schakel naar Nederlands" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "Bijeenkomsten" })).toBeVisible();
  await expect(first.locator("html")).toHaveAttribute("lang", "nl");
});

test("erasing everything in one tab empties the other", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await createWorkshop(first, { title: "Eén" });
  await first.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await createWorkshop(first, { title: "Twee" });
  await expect(workshopList(second).getByRole("link")).toHaveCount(2);

  await first.getByRole("link", { name: "Instellingen" }).click();
  await first.getByLabel("Typ WISSEN om te bevestigen").fill("WISSEN");
  await first.getByRole("button", { name: "Alles wissen" }).click();
  await expect(workshopList(second).getByRole("listitem")).toHaveCount(0);
  await expect(second.getByText("Nog geen bijeenkomsten.")).toBeVisible();
  expect(await storedWorkshops(second)).toEqual([]);
});

test("an unreadable value written while the app runs is left alone in the open tab, which keeps working; the next start sets it aside", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await createWorkshop(first, { title: "Heel gebleven" });
  await expect(workshopList(second).getByRole("link")).toHaveText(["Heel gebleven"]);

  // Something else on this origin (another version, a bug) writes garbage.
  await first.evaluate(() => localStorage.setItem("werktafel:v1:workshop:stuk", "{half"));
  const notice = second.getByRole("alert").filter({ hasText: "Een ander tabblad gebruikt een nieuwere versie" });
  await expect(notice).toBeVisible();
  await expect(workshopList(second).getByRole("link")).toHaveText(["Heel gebleven"]);
  const keys = await second.evaluate(() => Object.keys(localStorage));
  expect(await second.evaluate(() => localStorage.getItem("werktafel:v1:workshop:stuk"))).toBe("{half");
  expect(keys.filter((k) => k.startsWith("werktafel:quarantine:"))).toHaveLength(0);

  // The tab still works: a new workshop is saved.
  await second.bringToFront();
  await createWorkshop(second, { title: "Daarna gemaakt" });
  await expect(saveStatus(second)).toHaveText("Opgeslagen");

  // At the next start the value is read as this app's own and set aside.
  await second.reload();
  await expect(second.getByRole("alert").filter({ hasText: "kon niet gelezen worden" })).toBeVisible();
  expect((await storedWorkshops(second)).map((w) => w.title).sort()).toEqual(["Daarna gemaakt", "Heel gebleven"]);
  const after = await second.evaluate(() => Object.keys(localStorage));
  expect(after).not.toContain("werktafel:v1:workshop:stuk");
  expect(after.filter((k) => k.startsWith("werktafel:quarantine:") && k.endsWith(":werktafel:v1:workshop:stuk"))).toHaveLength(1);
});

test("a workshop another tab saved with a kind of work form this version does not know is left alone, with a notice to reload", async ({ context }) => {
  const [first, second] = await twoTabs(context);
  await createWorkshop(first, { title: "Open in dit tabblad" });
  const id = new URL(first.url()).pathname.split("/").pop();
  const key = `werktafel:v1:workshop:${id}`;

  // The other tab runs a newer Werktafel, with a work form this one does not know.
  await second.bringToFront();
  const theirs = await second.evaluate((key) => {
    const envelope = JSON.parse(localStorage.getItem(key));
    envelope.rev += 1;
    envelope.data.title = "Van de nieuwere versie";
    envelope.data.activities = [{ id: "kaart1", created_at: 1, updated_at: 1, kind: "op_de_kaart", plekken: [] }];
    const text = JSON.stringify(envelope);
    localStorage.setItem(key, text);
    return text;
  }, key);

  await expect(first.getByRole("alert").filter({ hasText: "Een ander tabblad gebruikt een nieuwere versie van Werktafel. Herlaad deze pagina" })).toBeVisible();
  await expect(first.getByRole("heading", { level: 1, name: "Open in dit tabblad" })).toBeVisible();
  const quarantined = () => first.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("werktafel:quarantine:")));
  expect(await first.evaluate((key) => localStorage.getItem(key), key)).toBe(theirs);
  expect(await quarantined()).toEqual([]);

  // The tab keeps working: a new workshop is saved.
  await first.bringToFront();
  await first.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await createWorkshop(first, { title: "Daarna gemaakt" });
  await expect(saveStatus(first)).toHaveText("Opgeslagen");
  expect((await storedWorkshops(first)).map((w) => w.title).sort()).toEqual(["Daarna gemaakt", "Van de nieuwere versie"]);

  // Its own edit of the other tab's workshop is refused, not saved over it.
  await first.getByRole("link", { name: "Terug naar bijeenkomsten" }).click();
  await workshopList(first).getByRole("link", { name: "Open in dit tabblad" }).click();
  await first.getByRole("button", { name: "Bewerken" }).click();
  await first.getByLabel("Titel").fill("Hier gewijzigd");
  await first.getByRole("button", { name: "Opslaan" }).click();
  await expect(saveStatus(first)).toHaveText("Niet opgeslagen: een nieuwere versie van Werktafel heeft dit gewijzigd; herlaad de pagina");
  expect(await first.evaluate((key) => localStorage.getItem(key), key)).toBe(theirs);
  expect(await quarantined()).toEqual([]);
});
