// Questions answered on phones beyond the placemat and the café. A persona
// test: the phone picks a persona and a municipality (the question then names
// them) and gives a score and a line, or a score alone; each answer lands in
// its cell, whose score follows the phones' mean, and stays after a reload.
// An open question: nothing to pick, answers land in the list with the name.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, decodeQr, openHome } from "./helpers.mjs";
import { saveAnswerFile } from "./answers.mjs";
import { addMunicipality, addPersonaTest } from "./work-forms.mjs";

/** On a phone: answers the question at `address`; the path of its answer file. */
async function answerOnPhone(browser, address, { persona, municipality, score, text }, path) {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  const page = await phone.newPage();
  await page.goto(address);
  await expect(page.locator(".participant-question")).toContainText("Als … in … woont");
  await page.getByRole("group", { name: "Over welke persona gaat je antwoord?" }).getByRole("button", { name: persona }).click();
  await page.getByRole("group", { name: "In welke gemeente?" }).getByRole("button", { name: municipality }).click();
  await expect(page.locator(".participant-question")).toContainText(`Als ${persona} in ${municipality} woont`);
  await page.getByRole("button", { name: "Klaar" }).click();
  await expect(page.getByRole("alert")).toHaveText("Kies een score of schrijf een antwoord.");
  await page.getByRole("group", { name: /Hoe tevreden zou deze persona zijn/ }).getByRole("button", { name: String(score), exact: true }).click();
  if (text) await page.getByLabel("Antwoord 1").fill(text);
  await page.getByRole("button", { name: "Klaar" }).click();
  await expect(page.getByRole("img", { name: "Code met je antwoord" })).toBeVisible();
  await saveAnswerFile(page, path);
  await phone.close();
}

test("phones score a persona test's cells: each answer lands in its cell and the score follows the phones' mean", async ({ page, browser }, testInfo) => {
  await openHome(page);
  await addPersonaTest(page, "Regio-overleg", ["Ryan", "Klaas"]);

  // Nothing to ask before a persona and a municipality are chosen.
  await page.getByRole("link", { name: "Vraag uitzetten" }).click();
  await expect(page.getByRole("alert")).toHaveText("Kies eerst minstens één persona en één gemeente bij Voorbereiden.");
  await page.getByRole("link", { name: "← Terug naar de persona-toets" }).click();
  await page.getByRole("checkbox", { name: "Ryan" }).check();
  await page.getByRole("checkbox", { name: "Klaas" }).check();
  for (const name of ["Utrecht", "Zeist"]) await addMunicipality(page, name);
  await expect(page.locator(".municipalities li")).toHaveCount(2);

  await page.getByRole("link", { name: "Vraag uitzetten" }).click();
  const address = await decodeQr(page.getByRole("img", { name: "Code met de vraag" }));
  expect(address).toContain("/meedoen/#");

  const first = testInfo.outputPath("antwoord-1.txt");
  const second = testInfo.outputPath("antwoord-2.txt");
  await answerOnPhone(browser, address, { persona: "Klaas", municipality: "Zeist", score: 4, text: "Vaste ondersteuner in de wijk" }, first);
  await answerOnPhone(browser, address, { persona: "Klaas", municipality: "Zeist", score: 1 }, second);

  const file = page.getByLabel("Of lees een antwoordbestand van een telefoon");
  await file.setInputFiles(first);
  await expect(page.locator(".scan-outcome")).toHaveText("Antwoord binnen: Klaas in Zeist.");
  await file.setInputFiles(second);
  await expect(page.locator(".scan-outcome")).toHaveText("Antwoord binnen: Klaas in Zeist.");
  await file.setInputFiles(second);
  await expect(page.locator(".scan-outcome")).toHaveText("Dit antwoord was al binnen; er is niets dubbel toegevoegd.");
  await expect(page.locator(".answers-in li")).toHaveText(["Klaas in Zeist · 4/5", "Klaas in Zeist · 1/5"]);

  // In the grid: the mean of 4 and 1 rounded up, and a line per answer.
  await page.getByRole("link", { name: "← Terug naar de persona-toets" }).click();
  const check = async () => {
    await page.getByRole("button", { name: "2. Invullen" }).click();
    await expect(page.getByLabel("Score voor Klaas in Zeist")).toHaveValue("3");
    await expect(page.getByLabel("Toelichting voor Klaas in Zeist")).toHaveValue("– 4/5 · Vaste ondersteuner in de wijk\n– 1/5");
    await expect(page.getByLabel("Score voor Ryan in Zeist")).toHaveValue("");
  };
  await check();
  await page.reload();
  await check();
});

test("an open question: phones answer with nothing to pick, a spoken answer is typed in, one taken out comes back, all in the report", async ({ page, browser }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Slotavond" });
  await page.getByRole("button", { name: "Losse vraag toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Losse vraag" })).toBeVisible();
  await page.getByLabel("Vraag", { exact: true }).fill("Wat neem je mee naar huis?");
  await page.getByLabel("Vraag", { exact: true }).blur();

  await page.getByRole("link", { name: "Vraag uitzetten" }).click();
  const address = await decodeQr(page.getByRole("img", { name: "Code met de vraag" }));
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  const phonePage = await phone.newPage();
  await phonePage.goto(address);
  await expect(phonePage.locator(".participant-question")).toHaveText("Wat neem je mee naar huis?");
  await expect(phonePage.locator(".participant-picker")).toHaveCount(0);
  await phonePage.getByLabel(/Je naam of bijnaam/).fill("Sam");
  await phonePage.getByLabel("Antwoord 1").fill("Nieuwe contacten");
  await phonePage.getByRole("button", { name: "Nog een antwoord" }).click();
  await phonePage.getByLabel("Antwoord 2").fill("Een plan voor de buurt");
  await phonePage.getByRole("button", { name: "Klaar" }).click();
  const path = testInfo.outputPath("antwoord.txt");
  await saveAnswerFile(phonePage, path);
  await phone.close();

  await page.getByLabel("Of lees een antwoordbestand van een telefoon").setInputFiles(path);
  await expect(page.locator(".scan-outcome")).toHaveText("Antwoord binnen: 2 antwoord(en).");
  await expect(page.locator(".answers-in li")).toHaveText(["2 antwoord(en) — Sam"]);

  await page.getByRole("link", { name: "← Terug naar de losse vraag" }).click();
  await page.getByLabel("Antwoord opschrijven").fill("Energie");
  await page.getByRole("button", { name: "Antwoord toevoegen" }).click();
  const replies = page.locator(".replies li");
  await expect(replies).toHaveText([/^Nieuwe contacten — Sam/, /^Een plan voor de buurt — Sam/, /^Energie/]);
  await page.getByRole("button", { name: "Een plan voor de buurt verwijderen" }).click();
  await expect(replies).toHaveCount(2);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(replies).toHaveCount(3);
  // A spoken answer heard better: changed in place; an empty text is refused and changes nothing.
  await page.getByRole("button", { name: "Bewerken: Energie" }).click();
  const edit = page.locator(".replies li").filter({ has: page.getByLabel("Antwoord", { exact: true }) });
  await edit.getByLabel("Antwoord", { exact: true }).fill(" ");
  await edit.getByRole("button", { name: "Opslaan" }).click();
  await expect(edit.getByRole("alert")).toHaveText("Schrijf eerst iets in het antwoord.");
  await edit.getByLabel("Antwoord", { exact: true }).fill("Energie voor de volgende keer");
  await edit.getByRole("button", { name: "Opslaan" }).click();
  await page.reload();
  await expect(replies).toHaveText([/^Nieuwe contacten — Sam/, /^Een plan voor de buurt — Sam/, /^Energie voor de volgende keer/]);
  await expect(page.getByLabel("Vraag", { exact: true })).toHaveValue("Wat neem je mee naar huis?");

  await page.getByRole("link", { name: "← Terug naar de bijeenkomst" }).click();
  await expect(page.locator(".activity-list li")).toContainText("Losse vraag · antwoorden: 3");
  await page.getByRole("link", { name: "Verslag afdrukken of als PDF" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Losse vraag" })).toBeVisible();
  await expect(page.getByText("Nieuwe contacten (Sam)")).toBeVisible();
});
