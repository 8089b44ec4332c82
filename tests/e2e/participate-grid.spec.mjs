// A persona test's question answered on phones: the phone picks a persona and
// a municipality (the question then names them), gives a score and a line or
// a score alone; on the tablet each answer lands in its cell, the cell's
// score follows the phones' mean, and the lines stay after a reload.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, decodeQr, openHome } from "./helpers.mjs";
import { addMunicipality, addPersona } from "./work-forms.mjs";

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
  const started = page.waitForEvent("download");
  await page.getByRole("button", { name: "Deel als bestand (voor een tablet zonder camera)" }).click();
  await (await started).saveAs(path);
  await phone.close();
}

test("phones score a persona test's cells: each answer lands in its cell and the score follows the phones' mean", async ({ page, browser }, testInfo) => {
  await openHome(page);
  await addPersona(page, "Ryan");
  await addPersona(page, "Klaas");
  await page.getByRole("navigation").getByRole("link", { name: "Bijeenkomsten" }).click();
  await createWorkshop(page, { title: "Regio-overleg" });
  await page.getByRole("button", { name: "Persona-toets toevoegen" }).click();

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
  expect(address).toContain("#/meedoen/");

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
