// Two tabs of the app open at once (two pages in one browser context share
// localStorage): what one tab does shows up in the other without a reload. As a
// person would, each test brings a tab to the front before working in it, so the
// tab that has to follow the change is the one in the background.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, saveStatus, storedWorkshops, workshopList } from "./helpers.mjs";

/** Two tabs on the home page; the first is in front. */
async function twoTabs(context) {
  const first = await context.newPage();
  const second = await context.newPage();
  await openHome(first);
  await openHome(second);
  await first.bringToFront();
  return [first, second];
}

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
