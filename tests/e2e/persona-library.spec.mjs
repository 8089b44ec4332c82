// The persona library as a facilitator uses it: the examples, a persona with every
// kind of field, revisions and putting one back, a photo scaled down, refused input,
// search, duplicate and delete with undo, and printing one persona per page.
import { test, expect } from "./fixtures.mjs";
import { PNG } from "pngjs";

/** Opens the persona library from the header. */
async function openLibrary(page) {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Persona's" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Persona's" })).toBeVisible();
}

/** Creates a persona with just a name (and optional extra steps); lands on its page. */
async function createPersona(page, name, fill = async () => {}) {
  await page.getByRole("button", { name: "Nieuwe persona" }).click();
  await page.getByLabel("Naam (verplicht)").fill(name);
  await fill(page);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
}

/** Stored persona's (the data of each envelope). */
async function storedPersonas(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("werktafel:v1:persona:"))
      .map((k) => JSON.parse(localStorage.getItem(k)).data),
  );
}

/** The card of the persona on its page (the history holds older cards, closed). */
function currentCard(page) {
  return page.locator("article.persona-card").first();
}

function personaList(page) {
  return page.getByRole("list", { name: "Persona's" });
}

test("the empty library offers the seven examples, marked as examples, and they stay after a reload", async ({ page }) => {
  await openLibrary(page);
  await page.getByRole("button", { name: "Voorbeelden toevoegen" }).click();
  const names = ["Emma", "Hermien", "Johan", "Klaas", "Marijke", "Richard", "Ryan"];
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(names);
  await expect(personaList(page).getByText("Voorbeeld")).toHaveCount(7);
  await page.reload();
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(names);
  const stored = await storedPersonas(page);
  expect(stored).toHaveLength(7);
  expect(stored.every((p) => p.example === true && p.revisions.length === 1)).toBe(true);
  // An example opens as a full card and is freely editable.
  await personaList(page).getByRole("link", { name: "Ryan" }).click();
  await expect(currentCard(page).getByText("16 jaar · Zwolle")).toBeVisible();
  await page.getByRole("button", { name: "Bewerken" }).click();
  await page.getByLabel("Woonplaats of gemeente").fill("Deventer");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(currentCard(page).getByText("16 jaar · Deventer")).toBeVisible();
});

test("a persona with every kind of field is saved, shown on its card and there after a reload", async ({ page }) => {
  await openLibrary(page);
  await createPersona(page, "Fatima", async (page) => {
    await page.getByLabel("Leeftijd").fill("52");
    await page.getByLabel("Woonplaats of gemeente").fill("Almere");
    await page.getByLabel("Huishouden en woonsituatie").fill("Woont met haar zoon in een flat.");
    await page.getByLabel("Werk, school of dagbesteding").fill("Werkt 20 uur in de thuiszorg.");
    await page.getByLabel("Gezondheid en beperking").fill("Reuma; slechte dagen.");
    await page.getByRole("checkbox", { name: "mantelzorger" }).check();
    await page.getByLabel("Eigen label").fill("schulden");
    await page.getByRole("button", { name: "Label toevoegen" }).click();
    await page.getByLabel("Aanleiding").fill("Haar zoon verliest zijn baan.");
    await page.getByLabel("Hulpvraag", { exact: true }).fill("Hulp bij de aanvraag van bijstand.");
    await page.getByLabel("Vraag achter de vraag").fill("Ze wil haar zoon niet kwijt aan de stress.");
    await page.getByLabel("Wonen", { exact: true }).fill("De flat is te klein.");
    await page.getByRole("radiogroup", { name: "Hoe gaat het met Wonen?" }).getByLabel("Gaat wel").check();
    await page.getByLabel("Werk en inkomen", { exact: true }).fill("Het geld is op voor de 20e.");
    await page.getByRole("radiogroup", { name: "Hoe gaat het met Werk en inkomen?" }).getByLabel("Knelpunt").check();
    await page.getByRole("button", { name: "Persoon toevoegen" }).click();
    await page.getByLabel("Naam van persoon 1").fill("Samir");
    await page.getByLabel("Relatie van persoon 1").fill("zoon");
    await page.getByLabel("Steun van persoon 1").selectOption({ label: "Sterke steun" });
    await page.getByRole("button", { name: "Persoon toevoegen" }).click();
    await page.getByLabel("Naam van persoon 2").fill("Els");
    await page.getByLabel("Relatie van persoon 2").fill("buurvrouw");
    await page.getByLabel("Steun van persoon 2").selectOption({ label: "Zwakke steun" });
    await page.getByLabel("Wensen en doelen").fill("Rust in haar hoofd.");
    await page.getByLabel("Drempels en knelpunten").fill("Schaamt zich voor de schulden.");
    await page.getByLabel("Citaat (in eigen woorden)").fill("Ik red me wel, zeg ik altijd.");
    await page.getByLabel("Gedrag in een gesprek").fill("Praat snel en lacht veel.");
    await page.getByLabel("Achtergrond voor wie de rol speelt").fill("Ze heeft een aanmaning in haar tas.");
    await page.getByLabel("Op welke feiten is de persona gebaseerd?").fill("Gesprekken in het wijkteam, 2026.");
    await page.getByLabel("Samen met de doelgroep gemaakt").check();
    await page.getByRole("radio", { name: "Emoji" }).check();
    await page.locator("#persona-emoji").fill("🌷");
    await page.getByRole("radio", { name: "Groen", exact: true }).check();
  });

  const check = async () => {
    const card = currentCard(page);
    for (const text of [
      "52 jaar · Almere", "Woont met haar zoon in een flat.", "Werkt 20 uur in de thuiszorg.", "Reuma; slechte dagen.",
      "mantelzorger", "schulden", "Haar zoon verliest zijn baan.", "Hulp bij de aanvraag van bijstand.",
      "Ze wil haar zoon niet kwijt aan de stress.", "De flat is te klein.", "Gaat wel", "Het geld is op voor de 20e.",
      "Knelpunt", "Samir, zoon — Sterke steun", "Els, buurvrouw — Zwakke steun", "Rust in haar hoofd.",
      "Schaamt zich voor de schulden.", "Ik red me wel, zeg ik altijd.", "Praat snel en lacht veel.",
      "Gesprekken in het wijkteam, 2026.", "Samen met de doelgroep gemaakt.", "🌷",
    ]) {
      await expect(card.getByText(text, { exact: true }).first()).toBeVisible();
    }
    // The player's background stays closed until it is opened.
    const background = card.getByText("Ze heeft een aanmaning in haar tas.");
    await expect(background).toBeHidden();
    await card.getByText("Achtergrond voor wie de rol speelt").click();
    await expect(background).toBeVisible();
  };
  await check();
  await page.reload();
  await check();
  const [stored] = await storedPersonas(page);
  expect(stored.avatar).toEqual({ type: "emoji", emoji: "🌷", colour: "green" });
  expect(stored.fields.network).toEqual([
    { name: "Samir", relation: "zoon", support: "strong" },
    { name: "Els", relation: "buurvrouw", support: "weak" },
  ]);
  expect(stored.fields.life_areas.map((a) => [a.area, a.rating])).toEqual([["housing", "fair"], ["work_income", "problem"]]);
  expect(stored.fields.tags).toEqual(["mantelzorger", "schulden"]);
  expect(stored.fields.co_created).toBe(true);
});

test("an edit adds a revision with its note, and an earlier version can be put back", async ({ page }) => {
  await openLibrary(page);
  await createPersona(page, "Ryan", async (page) => {
    await page.getByLabel("Hulpvraag", { exact: true }).fill("Weer naar school.");
  });
  await page.getByRole("button", { name: "Bewerken" }).click();
  await page.getByLabel("Hulpvraag", { exact: true }).fill("Een plek met rust en structuur.");
  await page.getByLabel("Wat is er veranderd? (mag leeg blijven)").fill("Na het bewonerspanel");
  await page.getByRole("button", { name: "Opslaan" }).click();

  const history = page.locator("section.history");
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("huidige versie");
  await expect(history.getByRole("listitem").first()).toContainText("Gewijzigd: Hulpvraag.");
  await expect(history.getByRole("listitem").first()).toContainText("Na het bewonerspanel");
  await expect(currentCard(page)).toContainText("Een plek met rust en structuur.");

  // Each older version can be read and put back.
  await history.getByRole("listitem").nth(1).getByText("Deze versie bekijken").click();
  await expect(history.getByRole("listitem").nth(1)).toContainText("Weer naar school.");
  await history.getByRole("button", { name: /^Deze versie terugzetten \(.*\)$/ }).click();
  await expect(currentCard(page)).toContainText("Weer naar school.");
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem").first()).toContainText(/Versie van .* teruggezet\./);

  await page.reload();
  await expect(currentCard(page)).toContainText("Weer naar school.");
  const [stored] = await storedPersonas(page);
  expect(stored.revisions.map((r) => r.fields.question)).toEqual([
    "Weer naar school.", "Een plek met rust en structuur.", "Weer naar school.",
  ]);
  expect(stored.revisions[1].note).toBe("Na het bewonerspanel");
});

test("a photo is scaled down to at most 256 pixels before it is stored", async ({ page }) => {
  const png = new PNG({ width: 1600, height: 1200 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = (i / 4) % 256;
    png.data[i + 1] = ((i / 4) * 7) % 256;
    png.data[i + 2] = 120;
    png.data[i + 3] = 255;
  }
  const buffer = PNG.sync.write(png);
  await openLibrary(page);
  await createPersona(page, "Marijke", async (page) => {
    await page.getByRole("radio", { name: "Foto" }).check();
    await page.getByLabel("Foto kiezen").setInputFiles({ name: "marijke.png", mimeType: "image/png", buffer });
    await expect(page.getByRole("img", { name: "Gekozen foto" })).toBeVisible();
  });
  const photo = page.locator("article.persona-card img.avatar");
  await expect(photo).toBeVisible();
  const size = await photo.evaluate((img) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([256, 192]);
  const [stored] = await storedPersonas(page);
  expect(stored.avatar.type).toBe("photo");
  expect(stored.avatar.data_url.startsWith("data:image/jpeg;base64,")).toBe(true);
  expect(stored.avatar.data_url.length).toBeLessThanOrEqual(80_100);
  expect(buffer.length).toBeGreaterThan(stored.avatar.data_url.length);
});

test("a file that is not an image is refused with a Dutch message and nothing is saved", async ({ page }) => {
  await openLibrary(page);
  await page.getByRole("button", { name: "Nieuwe persona" }).click();
  await page.getByLabel("Naam (verplicht)").fill("Johan");
  await page.getByRole("radio", { name: "Foto" }).check();
  await page.getByLabel("Foto kiezen").setInputFiles({ name: "notities.txt", mimeType: "text/plain", buffer: Buffer.from("geen foto") });
  await expect(page.locator("#persona-photo-error")).toHaveText("Dit bestand is geen afbeelding. Kies een foto (bijvoorbeeld JPG of PNG).");
  await expect(page.getByRole("img", { name: "Gekozen foto" })).toHaveCount(0);
  expect(await storedPersonas(page)).toEqual([]);
});

test("a wrong age or a missing name shows the message next to the field and saves nothing", async ({ page }) => {
  await openLibrary(page);
  await page.getByRole("button", { name: "Nieuwe persona" }).click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#persona-name-error")).toHaveText("Geef de persona een naam.");
  await page.getByLabel("Naam (verplicht)").fill("Klaas");
  for (const age of ["abc", "121", "-3", "7,5"]) {
    await page.getByLabel("Leeftijd").fill(age);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.locator("#persona-age-error")).toHaveText("De leeftijd is een heel getal van 0 tot en met 120.");
    await expect(page.getByLabel("Leeftijd")).toHaveAttribute("aria-describedby", "persona-age-error");
  }
  expect(await storedPersonas(page)).toEqual([]);
  await page.getByLabel("Leeftijd").fill("81");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(currentCard(page).getByText("81 jaar")).toBeVisible();
});

test("search finds persona's by name, tag and text", async ({ page }) => {
  await openLibrary(page);
  await page.getByRole("button", { name: "Voorbeelden toevoegen" }).click();
  const search = page.getByLabel("Zoeken");
  const found = page.getByRole("status").filter({ hasText: "gevonden" });
  await expect(found).toHaveText("7 gevonden");
  await search.fill("hermien");
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(["Hermien"]);
  await expect(found).toHaveText("1 gevonden");
  await search.fill("LVB");
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(["Emma", "Johan"]);
  await search.fill("leerplichtambtenaar");
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(["Ryan"]);
  await search.fill("bestaat-niet");
  await expect(found).toHaveText("0 gevonden");
  await search.fill("");
  await expect(found).toHaveText("7 gevonden");
});

test("a persona is duplicated, and a delete can be undone", async ({ page }) => {
  await openLibrary(page);
  await createPersona(page, "Emma");
  await page.getByRole("link", { name: "← Terug naar persona's" }).click();
  await page.getByRole("button", { name: "Emma dupliceren" }).click();
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(["Emma", "Emma (kopie)"]);
  await page.getByRole("button", { name: "Emma (kopie) verwijderen" }).click();
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(["Emma"]);
  expect(await storedPersonas(page)).toHaveLength(1);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(["Emma", "Emma (kopie)"]);
  await page.reload();
  await expect(personaList(page).getByRole("heading", { level: 2 })).toHaveText(["Emma", "Emma (kopie)"]);
});

test("printing shows only the persona's, one per A4 page", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      window.printed = (window.printed ?? 0) + 1;
    };
  });
  await openLibrary(page);
  for (const name of ["Anna", "Bram", "Cor"]) {
    await createPersona(page, name, async (page) => {
      await page.getByLabel("Hulpvraag", { exact: true }).fill(`De vraag van ${name}.`);
    });
    await page.getByRole("link", { name: "← Terug naar persona's" }).click();
  }
  await page.getByRole("button", { name: "Afdrukken (een per pagina)" }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(personaList(page)).toBeHidden();
  const cards = page.locator(".print-sheet article.persona-card");
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toBeVisible();
  const breaks = await cards.evaluateAll((all) => all.map((c) => getComputedStyle(c).breakAfter));
  expect(breaks).toEqual(["page", "page", "auto"]);

  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(3);
});
