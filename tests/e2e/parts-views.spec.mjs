// Views that read one part: a note added at one café table changes the page
// only inside that table's tablecloth, a note in one person's field on a
// placemat only inside that field, and a theme in its middle only the middle.
// A MutationObserver records every write to the page's DOM (also one that sets
// a value it already had) while the note is added; a write elsewhere fails the
// test unless it is listed below with why.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, typeField } from "./helpers.mjs";
import { addCafe, addCafeNote, addMatNote, addPlacemat, field, openGroup, openPart, openTable } from "./work-forms.mjs";

/**
 * Where a write outside the part may land while a note is added (a CSS
 * selector the written node lies in), with why. Nothing else: the save
 * indicator says "Opgeslagen" before and after, and no count or heading
 * outside the part changes.
 */
const EXPECTED_ELSEWHERE = [
  {
    selector: ".bottom-notices",
    reason:
      "the messages over the page come and go by themselves (\"works offline now\" on a first visit), and step " +
      "aside when the added note moves the primary button under them: their place follows the layout " +
      "(notice_place.rs checks it every 100 ms), not the workshop",
  },
];

/** Starts recording every write to the page's DOM, and whether it lies inside `part`. */
async function watchWrites(part) {
  const allowed = EXPECTED_ELSEWHERE.map((e) => e.selector);
  await part.evaluate((element, allowed) => {
    const elementOf = (node) => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    const describe = (record) => {
      const el = elementOf(record.target);
      if (!el) return `${record.type} on the document`;
      const classes = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      const label = el.getAttribute("aria-label");
      const what = record.type === "attributes" ? `attribute ${record.attributeName}` : record.type;
      return `${what} on ${el.localName}${classes}${label ? `[aria-label="${label}"]` : ""}`;
    };
    const inside = (record) => element.isConnected && element.contains(record.target);
    const expected = (record) => allowed.some((selector) => elementOf(record.target)?.closest(selector));
    window.__writes = { inside: 0, outside: [] };
    window.__tallyWrites = (records) => {
      for (const record of records) {
        if (inside(record)) window.__writes.inside += 1;
        else if (!expected(record)) window.__writes.outside.push(describe(record));
      }
    };
    window.__writesObserver = new MutationObserver(window.__tallyWrites);
    window.__writesObserver.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, allowed);
}

/**
 * Stops recording once the page has settled (two frames after the last
 * check): how many writes landed inside the part, and what was written outside.
 */
async function stopWatching(page) {
  return page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise((done) => requestAnimationFrame(done));
    window.__tallyWrites(window.__writesObserver.takeRecords());
    window.__writesObserver.disconnect();
    return window.__writes;
  });
}

/**
 * Does `act` while recording the page's DOM: every write lands inside `part`
 * (or where EXPECTED_ELSEWHERE allows), and the change did arrive there.
 */
async function expectWritesOnlyInside(part, act) {
  await watchWrites(part);
  await act();
  const writes = await stopWatching(part.page());
  expect(writes.outside).toEqual([]);
  expect(writes.inside, "writes inside the part").toBeGreaterThan(0);
}

test("a note at one café table changes only that table's tablecloth", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Tafels apart" });
  await addCafe(page);
  await openPart(page, "2. Rondes");
  // Every table holds a note, so every table has a part of its own.
  for (const table of [1, 2, 3, 4]) {
    const cloth = await openTable(page, `Tafel ${table}`, 1);
    await addCafeNote(cloth, "Idee", `Eerste notitie aan tafel ${table}`);
  }

  const cloth = await openTable(page, "Tafel 3", 1);
  await expectWritesOnlyInside(cloth, () => addCafeNote(cloth, "Vraag", "Wie zet de koffie?"));
  await expect(cloth.getByRole("listitem")).toHaveCount(2);
});

test("a note in one person's field changes only that field of the placemat, a theme in the middle only the middle", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Velden apart" });
  await addPlacemat(page);
  await typeField(page, "Vraag voor alle groepen", "Wat maakt de wijk sterker?");
  await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
  // The clock stands still: its ticking would be a write outside the field.
  await page.getByRole("button", { name: "Tijd terugzetten" }).click();
  await expect(page.getByRole("timer", { name: "Tijd over" })).toHaveText(/^\d\d:00$/);
  // Every field of two groups holds a note, so both groups have a part.
  for (const group of [2, 1]) {
    const mat = await openGroup(page, `Groep ${group}`);
    for (const person of [1, 2, 3, 4]) await addMatNote(mat, `Persoon ${person}`, `G${group} P${person}: eerste gedachte`);
  }

  const mat = await openGroup(page, "Groep 1");
  const seat = field(mat, "Persoon 3");
  await expectWritesOnlyInside(seat, () => addMatNote(mat, "Persoon 3", "Een buurtkaart op het prikbord"));
  await expect(seat.locator("ul.notes > li")).toHaveCount(2);

  // Phase 3, the clock standing still again: a theme added in the middle.
  for (const phase of ["2. Delen", "3. Samen het midden vullen"]) {
    await page.getByRole("button", { name: `Volgende fase: ${phase}`, exact: true }).click();
    await expect(page.getByRole("group", { name: "Fasen" }).getByRole("button", { name: phase, exact: true })).toHaveAttribute("aria-pressed", "true");
  }
  await page.getByRole("button", { name: "Tijd terugzetten" }).click();
  await expect(page.getByRole("timer", { name: "Tijd over" })).toHaveText(/^\d\d:00$/);
  const middle = (await openGroup(page, "Groep 1")).getByRole("region", { name: "Midden van Groep 1" });
  await expectWritesOnlyInside(middle, async () => {
    await middle.getByLabel("Nieuw gedeeld thema").fill("Elkaar kennen");
    await middle.getByRole("button", { name: "Toevoegen aan het midden" }).click();
    await expect(middle.getByRole("listitem")).toHaveCount(1);
  });
});
