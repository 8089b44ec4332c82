// Steps inside the work forms (persona test, café tables, placemat groups),
// shared by the specs of the work forms, of handing a table or group over and
// of answering from phones.
import { expect } from "@playwright/test";
import { createWorkshop } from "./helpers.mjs";

export const SUMMARY_LABEL = "Samenvatting door de gastvrouw of gastheer: belangrijkste ideeën en vragen";

/** Adds a persona with just a name to the library (from any page). */
export async function addPersona(page, name) {
  await page.getByRole("navigation").getByRole("link", { name: "Persona's" }).click();
  await page.getByRole("button", { name: "Nieuwe persona" }).click();
  await page.getByLabel("Naam (verplicht)").fill(name);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
}

/** On a persona test's first step: adds a municipality. */
export async function addMunicipality(page, name) {
  await page.getByLabel("Gemeente", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
}

/**
 * From home: adds the persona's `names` to the library, a workshop `title`
 * and in it a persona test, and lands on the test's page.
 */
export async function addPersonaTest(page, title, names) {
  for (const name of names) await addPersona(page, name);
  await page.getByRole("navigation").getByRole("link", { name: "Bijeenkomsten" }).click();
  await createWorkshop(page, { title });
  await page.getByRole("button", { name: "Persona-toets toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Persona-toets" })).toBeVisible();
}

/** From a workshop page: adds a café and lands on its page (part 1, preparing). */
export async function addCafe(page) {
  await page.getByRole("button", { name: "Wereldcafé toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Wereldcafé/ })).toBeVisible();
  await expect(page).toHaveURL(/\/bijeenkomst\/[0-9a-f-]{36}\/wereldcafe\/[0-9a-f-]{36}$/);
}

/** Opens one part of the café page: "1. Voorbereiden", "2. Rondes" or "3. Oogst". */
export async function openPart(page, name) {
  const button = page.getByRole("group", { name: "Onderdelen van het café" }).getByRole("button", { name });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

/** Shows the tablecloth of a table in the round in view; returns that section. */
export async function openTable(page, table, round) {
  await page.getByRole("navigation", { name: "Tafels" }).getByRole("button", { name: table, exact: true }).click();
  const cloth = page.getByRole("region", { name: `Tafelkleed: ${table}, ronde ${round}` });
  await expect(cloth).toBeVisible();
  return cloth;
}

/** Adds a note of a kind on a tablecloth, with the button or with Enter. */
export async function addCafeNote(cloth, kind, text, { enter = false } = {}) {
  await cloth.getByRole("group", { name: "Soort notitie" }).getByRole("radio", { name: kind, exact: true }).check();
  const field = cloth.getByLabel("Notitie", { exact: true });
  await field.fill(text);
  if (enter) await field.press("Enter");
  else await cloth.getByRole("button", { name: "Notitie toevoegen" }).click();
  await expect(field).toHaveValue("");
  await expect(cloth.getByRole("listitem").filter({ hasText: text })).toContainText(kind);
}

/** The host's summary of a tablecloth, typed and left. */
export async function writeSummary(cloth, text) {
  const field = cloth.getByLabel(SUMMARY_LABEL);
  await field.fill(text);
  await field.blur();
}

/** From a workshop page: adds a placemat session and lands on its page. */
export async function addPlacemat(page) {
  await page.getByRole("button", { name: "Placemat toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Placemat" })).toBeVisible();
  await expect(page).toHaveURL(/\/bijeenkomst\/[0-9a-f-]{36}\/placemat\/[0-9a-f-]{36}$/);
}

/** Shows a group's placemat; returns it. */
export async function openGroup(page, group) {
  await page.getByRole("navigation", { name: "Groepen" }).getByRole("button", { name: group, exact: true }).click();
  const mat = page.getByRole("region", { name: `Placemat van ${group}` });
  await expect(mat).toBeVisible();
  return mat;
}

/** A person's field on a placemat. */
export function field(mat, name) {
  return mat.getByRole("region", { name: `Veld van ${name}`, exact: true });
}

/** Adds a note in a person's field (in phase 1 the field's notes stay folded). */
export async function addMatNote(mat, name, text) {
  const seat = field(mat, name);
  const input = seat.getByLabel(`Nieuwe notitie van ${name}`);
  await input.fill(text);
  await seat.getByRole("button", { name: "Notitie toevoegen" }).click();
  await expect(input).toHaveValue("");
  await expect(seat.getByRole("alert").filter({ hasText: /./ })).toHaveCount(0);
  // Folded notes are not in the accessibility tree: count the items themselves.
  await expect(seat.locator("ul.notes > li").filter({ hasText: text })).toHaveCount(1);
}
