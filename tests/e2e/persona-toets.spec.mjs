// The persona test in a workshop: two persona's against three municipalities,
// scores and reasons per cell, the side-by-side comparison, and nothing lost on a
// reload or when a municipality is taken out by mistake.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome } from "./helpers.mjs";
import { addMunicipality, addPersonaTest } from "./work-forms.mjs";
import { STORED_WORKSHOP_SCHEMA } from "./schema.mjs";

async function answer(page, persona, municipality, score, text) {
  await page.getByLabel(`Score voor ${persona} in ${municipality}`).selectOption(String(score));
  if (text) {
    const field = page.getByLabel(`Toelichting voor ${persona} in ${municipality}`);
    await field.fill(text);
    await field.blur();
  }
}

test("a persona test of 2 persona's × 3 municipalities is filled in, compared and kept", async ({ page }) => {
  await openHome(page);
  await addPersonaTest(page, "Regio-overleg", ["Ryan", "Klaas"]);

  await page.getByRole("checkbox", { name: "Ryan" }).check();
  await page.getByRole("checkbox", { name: "Klaas" }).check();
  for (const name of ["Utrecht", "Zeist", "Houten"]) await addMunicipality(page, name);
  await addMunicipality(page, "  ");
  await expect(page.locator("#pt-municipality-error")).toHaveText("Vul de naam van de gemeente in.");
  await addMunicipality(page, "zeist");
  await expect(page.locator("#pt-municipality-error")).toHaveText("Deze gemeente staat er al in.");
  await expect(page.locator(".municipalities li")).toHaveCount(3);

  await page.getByRole("button", { name: "2. Invullen" }).click();
  await expect(page.getByText("Als [naam] in [gemeente] woont, hoe tevreden zou [naam] zijn over de cliëntondersteuning?")).toBeVisible();
  await answer(page, "Ryan", "Utrecht", 2, "Weet niet waar hij moet beginnen.");
  await answer(page, "Klaas", "Utrecht", 5, "Vaste ondersteuner in de wijk.");
  await answer(page, "Ryan", "Zeist", 4, "");
  await answer(page, "Klaas", "Houten", 1, "Wachtlijst.");

  const compare = async () => {
    await page.getByRole("button", { name: "3. Vergelijken" }).click();
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["Persona", "Utrecht", "Zeist", "Houten"]);
    const ryan = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Ryan" }) });
    await expect(ryan.getByRole("cell")).toHaveText(["2 van 5Weet niet waar hij moet beginnen.", "4 van 5", "—"]);
    const klaas = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Klaas" }) });
    await expect(klaas.getByRole("cell")).toHaveText(["5 van 5Vaste ondersteuner in de wijk.", "—", "1 van 5Wachtlijst."]);
    const mean = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Gemiddeld" }) });
    await expect(mean.getByRole("cell")).toHaveText(["3,5", "4,0", "1,0"]);
  };
  await compare();
  await page.reload();
  await compare();

  // Taking out a municipality by mistake: undo brings it back with its answers.
  await page.getByRole("button", { name: "1. Voorbereiden" }).click();
  await page.getByRole("button", { name: "Utrecht verwijderen" }).click();
  await expect(page.locator(".municipalities li")).toHaveCount(2);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.locator(".municipalities li")).toHaveText([/Utrecht/, /Zeist/, /Houten/]);
  await compare();

  await page.getByRole("link", { name: "← Terug naar de bijeenkomst" }).click();
  await expect(page.locator(".activity-list li")).toContainText("Persona-toets · persona's: 2, gemeenten: 3");
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("werktafel:v1:workshop:"))
      .map((k) => JSON.parse(localStorage.getItem(k))),
  );
  expect(stored[0].schema).toBe(STORED_WORKSHOP_SCHEMA);
  expect(stored[0].data.activities[0].kind).toBe("persona_test");
  expect(stored[0].data.activities[0].answers).toHaveLength(4);
});

test("an edited question is kept and a too long one is refused with a message", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Toets" });
  await page.getByRole("button", { name: "Persona-toets toevoegen" }).click();
  const central = page.getByLabel("Centrale vraag");
  await central.fill("Hoe zou {naam} het in {gemeente} vinden?");
  await central.blur();
  await page.getByLabel("Deelvragen").fill("Wie helpt {naam}?\n\nIs er keuze?");
  await page.getByLabel("Deelvragen").blur();
  await page.reload();
  await expect(page.getByLabel("Centrale vraag")).toHaveValue("Hoe zou {naam} het in {gemeente} vinden?");
  await expect(page.getByLabel("Deelvragen")).toHaveValue("Wie helpt {naam}?\nIs er keuze?");
  await page.getByLabel("Centrale vraag").fill("x".repeat(501));
  await page.getByLabel("Centrale vraag").blur();
  await expect(page.getByRole("alert").filter({ hasText: "Centrale vraag mag hoogstens 500 tekens lang zijn." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Centrale vraag")).toHaveValue("Hoe zou {naam} het in {gemeente} vinden?");
});
