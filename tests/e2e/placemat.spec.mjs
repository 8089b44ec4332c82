// The placemat: a session of three groups of four run offline through its four
// phases (notes in every field, a resonance mark, themes in the middle, the
// plenary with a theme shared by two groups), with a reload in every phase;
// refused input that changes nothing; and a screenshot check that each field's
// text faces the person on its side of the tablet, for four and six persons.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, setNumber, storedWorkshops, typeField, waitForServiceWorker } from "./helpers.mjs";
import { addMatNote as addNote, addPlacemat, field, openGroup } from "./work-forms.mjs";

const QUESTION = "Wat kun jij zelf doen om de sociale kaart in de wijk sterker te maken?";

/** The one placemat stored in this page's localStorage. */
async function storedPlacemat(page) {
  const workshops = await storedWorkshops(page);
  expect(workshops).toHaveLength(1);
  const placemats = workshops[0].activities.filter((a) => a.kind === "placemat");
  expect(placemats).toHaveLength(1);
  return placemats[0];
}

/** The phase button, pressed when that phase is on the floor. */
function phaseButton(page, name) {
  return page.getByRole("group", { name: "Fasen" }).getByRole("button", { name, exact: true });
}

/** Goes to the next phase with the button under the timer. */
async function nextPhase(page, name) {
  await page.getByRole("button", { name: `Volgende fase: ${name}`, exact: true }).click();
  await expect(phaseButton(page, name)).toHaveAttribute("aria-pressed", "true");
}

/** A group's middle in the plenary. */
function plenaryMiddle(page, group) {
  return page.getByRole("article", { name: group, exact: true });
}

const NAMES = ["Anna", "Bram", "Cas", "Dewi"];
const PERSONS = ["Persoon 1", "Persoon 2", "Persoon 3", "Persoon 4"];
const seatNames = (group) => (group === 1 ? NAMES : PERSONS);
const noteText = (group, seat) =>
  group === 1 && seat === 0 ? "Samen werken" : group === 2 && seat === 1 ? "samen werken" : `G${group} P${seat + 1}: buurtcontacten`;

test("a session of 3 groups of 4 runs through all four phases offline and a reload keeps each phase", async ({ page, context }) => {
  await openHome(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await createWorkshop(page, { title: "Sociale kaart Lombok" });
  await addPlacemat(page);

  // Preparing: an example question first, then the session's own; names in group 1.
  await page.getByRole("button", { name: /^Gebruik deze vraag: Welke hulp/ }).click();
  await expect(page.getByLabel("Vraag voor alle groepen")).toHaveValue(/^Welke hulp en voorzieningen ontbreken/);
  await typeField(page, "Vraag voor alle groepen", QUESTION);
  await expect(page.getByLabel("Aantal groepen (1 tot en met 20)")).toHaveValue("3");
  await expect(page.getByLabel("Personen per groep (3 tot en met 6)")).toHaveValue("4");
  for (const [i, name] of NAMES.entries()) await typeField(page, `Naam van persoon ${i + 1} (groep 1)`, name);
  await setNumber(page, "Zelf schrijven (minuten)", 4);
  let placemat = await storedPlacemat(page);
  expect(placemat.question).toBe(QUESTION);
  expect(placemat.minutes).toEqual({ individual: 4, sharing: 10, consensus: 10 });
  expect(placemat.groups.map((g) => g.name)).toEqual(["Groep 1", "Groep 2", "Groep 3"]);
  expect(placemat.groups[0].seats.map((s) => s.name)).toEqual(NAMES);
  expect(placemat.phase).toBeUndefined();

  // Phase 1: everyone writes in their own field, in every group.
  await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
  await expect(phaseButton(page, "1. Zelf schrijven")).toHaveAttribute("aria-pressed", "true");
  const timer = page.getByRole("timer", { name: "Tijd over" });
  await expect(timer).toHaveText(/^0[34]:[0-5]\d$/);
  await expect(page.getByText(QUESTION, { exact: true })).toBeVisible();
  // The time set back can be started again.
  await page.getByRole("button", { name: "Tijd terugzetten" }).click();
  await expect(timer).toHaveText("04:00");
  await page.getByRole("button", { name: "Tijd starten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loopt" })).toBeVisible();
  for (let group = 1; group <= 3; group++) {
    const mat = await openGroup(page, `Groep ${group}`);
    for (const [seat, name] of seatNames(group).entries()) await addNote(mat, name, noteText(group, seat));
  }
  let mat = await openGroup(page, "Groep 1");
  await expect(mat.getByRole("button", { name: /^♥/ })).toHaveCount(0);
  await expect(mat.getByText("Het midden gaat open in fase 3.")).toBeVisible();
  // In phase 1 each field's notes are folded: nobody reads along yet.
  await expect(field(mat, "Anna").getByText("Samen werken")).toBeHidden();
  await field(mat, "Anna").getByRole("button", { name: "Mijn notities tonen (1)" }).click();
  await expect(field(mat, "Anna").getByText("Samen werken")).toBeVisible();
  await expect(field(mat, "Bram").getByText(noteText(1, 1))).toBeHidden();

  // A reload shows the same phase and the group that was on screen.
  mat = await openGroup(page, "Groep 3");
  await page.reload();
  await expect(phaseButton(page, "1. Zelf schrijven")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("navigation", { name: "Groepen" }).getByRole("button", { name: "Groep 3" })).toHaveAttribute("aria-pressed", "true");
  mat = page.getByRole("region", { name: "Placemat van Groep 3" });
  await expect(field(mat, "Persoon 4").getByRole("button", { name: "Mijn notities tonen (1)" })).toBeVisible();
  placemat = await storedPlacemat(page);
  expect(placemat.phase).toBe("individual");
  expect(placemat.groups.map((g) => g.seats.map((s) => s.notes.length))).toEqual([[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]);

  // Phase 2: the fields open; Bram marks Anna's note; a reload keeps the mark.
  await nextPhase(page, "2. Delen");
  mat = await openGroup(page, "Groep 1");
  await expect(field(mat, "Bram").getByText(noteText(1, 1))).toBeVisible();
  const annasNote = field(mat, "Anna").getByRole("listitem").filter({ hasText: "Samen werken" });
  await expect(annasNote.getByRole("button", { name: /^♥ Anna/ })).toHaveCount(0);
  const bramsMark = annasNote.getByRole("button", { name: "♥ Bram – spreekt mij aan: Samen werken" });
  await bramsMark.click();
  await expect(bramsMark).toHaveAttribute("aria-pressed", "true");
  await expect(annasNote.locator(".marks")).toHaveText("♥ Bram");
  await page.reload();
  await expect(phaseButton(page, "2. Delen")).toHaveAttribute("aria-pressed", "true");
  await expect(bramsMark).toHaveAttribute("aria-pressed", "true");
  await expect(annasNote.locator(".marks")).toHaveText("♥ Bram");
  placemat = await storedPlacemat(page);
  const bram = placemat.groups[0].seats[1].id;
  expect(placemat.groups[0].seats[0].notes[0].marks).toEqual([bram]);

  // Phase 3: notes copied into the middle, and a new shared theme.
  await nextPhase(page, "3. Samen het midden vullen");
  mat = await openGroup(page, "Groep 1");
  await field(mat, "Anna").getByRole("button", { name: "Naar het midden: Samen werken" }).click();
  const middle1 = mat.getByRole("region", { name: "Midden van Groep 1" });
  await expect(middle1.getByRole("listitem").filter({ hasText: "Samen werken" })).toBeVisible();
  await expect(field(mat, "Anna").getByText("Staat in het midden")).toBeVisible();
  await middle1.getByLabel("Nieuw gedeeld thema").fill("Elkaar kennen");
  await middle1.getByRole("button", { name: "Toevoegen aan het midden" }).click();
  await expect(middle1.getByRole("listitem")).toHaveCount(2);
  mat = await openGroup(page, "Groep 2");
  await field(mat, "Persoon 2").getByRole("button", { name: "Naar het midden: samen werken" }).click();
  await expect(mat.getByRole("region", { name: "Midden van Groep 2" }).getByRole("listitem")).toHaveCount(1);
  mat = await openGroup(page, "Groep 3");
  const middle3 = mat.getByRole("region", { name: "Midden van Groep 3" });
  await middle3.getByLabel("Nieuw gedeeld thema").fill("Vervoer naar het wijkcentrum");
  await middle3.getByLabel("Nieuw gedeeld thema").press("Enter");
  await expect(middle3.getByRole("listitem").filter({ hasText: "Vervoer naar het wijkcentrum" })).toBeVisible();
  await page.reload();
  await expect(phaseButton(page, "3. Samen het midden vullen")).toHaveAttribute("aria-pressed", "true");
  placemat = await storedPlacemat(page);
  expect(placemat.groups.map((g) => g.middle.map((n) => n.text))).toEqual([
    ["Samen werken", "Elkaar kennen"],
    ["samen werken"],
    ["Vervoer naar het wijkcentrum"],
  ]);

  // Phase 4: the plenary links the theme that two groups named.
  await nextPhase(page, "4. Plenair");
  await expect(page.getByRole("heading", { level: 2, name: "Thema's van meer groepen" })).toBeVisible();
  await page.getByLabel("Nieuw thema voor meer groepen").fill("Samenwerken in de wijk");
  await page.getByRole("button", { name: "Thema toevoegen" }).click();
  await page.getByLabel("Thema voor ‘Samen werken’ (Groep 1)").selectOption({ label: "Samenwerken in de wijk" });
  await page.getByLabel("Thema voor ‘samen werken’ (Groep 2)").selectOption({ label: "Samenwerken in de wijk" });
  const shared = page.locator(".shared-theme").filter({ hasText: "Samenwerken in de wijk" });
  await expect(shared.getByText("genoemd door 2 groepen")).toBeVisible();
  await expect(shared.getByRole("listitem")).toHaveText(["Groep 1: Samen werken", "Groep 2: samen werken"]);
  await page.reload();
  await expect(phaseButton(page, "4. Plenair")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".shared-theme").filter({ hasText: "Samenwerken in de wijk" }).getByText("genoemd door 2 groepen")).toBeVisible();
  // The choices follow the stored links, also after another theme is added.
  const choice1 = plenaryMiddle(page, "Groep 1").getByLabel("Thema voor ‘Samen werken’ (Groep 1)");
  const chosenLabel = (select) => select.evaluate((s) => s.selectedOptions[0].textContent);
  await expect.poll(() => chosenLabel(choice1)).toBe("Samenwerken in de wijk");
  await page.getByLabel("Nieuw thema voor meer groepen").fill("Vervoer");
  await page.getByRole("button", { name: "Thema toevoegen" }).click();
  await expect(choice1.getByRole("option")).toHaveCount(3);
  await expect.poll(() => chosenLabel(choice1)).toBe("Samenwerken in de wijk");
  await expect.poll(() => chosenLabel(plenaryMiddle(page, "Groep 3").getByLabel("Thema voor ‘Vervoer naar het wijkcentrum’ (Groep 3)"))).toBe("Geen thema");
  placemat = await storedPlacemat(page);
  expect(placemat.phase).toBe("plenary");
  const theme = placemat.harvest.themes[0];
  expect(theme.name).toBe("Samenwerken in de wijk");
  expect(placemat.groups.map((g) => g.middle.filter((n) => n.theme === theme.id).length)).toEqual([1, 1, 0]);

  // The projector shows every middle side by side with the count.
  await page.getByRole("link", { name: "Projectiescherm" }).click();
  await expect(page.getByRole("button", { name: "Alle middens" })).toHaveAttribute("aria-pressed", "true");
  for (const group of ["Groep 1", "Groep 2", "Groep 3"]) await expect(page.getByRole("heading", { level: 3, name: group })).toBeVisible();
  await expect(page.getByText("Samenwerken in de wijk — genoemd door 2 groepen")).toBeVisible();

  // Every field note is still there after all of it.
  placemat = await storedPlacemat(page);
  expect(placemat.groups.flatMap((g) => g.seats.flatMap((s) => s.notes.map((n) => n.text)))).toHaveLength(12);
});

test("refused input on a placemat gets a clear message and changes nothing", async ({ page }) => {
  await openHome(page);
  await createWorkshop(page, { title: "Foute invoer" });
  await addPlacemat(page);
  const before = await storedPlacemat(page);

  const personsError = page.getByText("Een placemat heeft 3 tot en met 6 personen.");
  await setNumber(page, "Personen per groep (3 tot en met 6)", 2);
  await expect(personsError).toBeVisible();
  await setNumber(page, "Personen per groep (3 tot en met 6)", 4);
  await expect(personsError).toBeHidden();
  await setNumber(page, "Personen per groep (3 tot en met 6)", 7);
  await expect(personsError).toBeVisible();
  await setNumber(page, "Aantal groepen (1 tot en met 20)", 21);
  await expect(page.getByText("Een placemat-sessie heeft 1 tot en met 20 groepen.")).toBeVisible();
  await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
  await expect(page.getByText("Vul eerst de centrale vraag in bij Voorbereiden.")).toBeVisible();
  // Setting 4 again (to clear the message) only touched the time of change.
  const content = ({ updated_at, ...rest }) => rest;
  expect(content(await storedPlacemat(page))).toEqual(content(before));

  // A note over 1,000 characters (past the field's own limit) is refused.
  await typeField(page, "Vraag voor alle groepen", QUESTION);
  await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
  const mat = await openGroup(page, "Groep 1");
  const input = field(mat, "Persoon 1").getByLabel("Nieuwe notitie van Persoon 1");
  await input.fill("a".repeat(1001));
  await field(mat, "Persoon 1").getByRole("button", { name: "Notitie toevoegen" }).click();
  await expect(field(mat, "Persoon 1").getByText("Notitie mag hoogstens 1000 tekens lang zijn.")).toBeVisible();
  await expect(input).toHaveValue("a".repeat(1001));
  const stored = await storedPlacemat(page);
  expect(stored.groups.flatMap((g) => g.seats.flatMap((s) => s.notes))).toEqual([]);

  // A deleted note comes back with "Ongedaan maken".
  await input.fill("a".repeat(1000));
  await field(mat, "Persoon 1").getByRole("button", { name: "Notitie toevoegen" }).click();
  await field(mat, "Persoon 1").getByRole("button", { name: "Mijn notities tonen (1)" }).click();
  await field(mat, "Persoon 1").getByRole("button", { name: /verwijderen$/ }).click();
  await expect(field(mat, "Persoon 1").getByRole("listitem")).toHaveCount(0);
  await page.getByRole("region", { name: "Meldingen" }).getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(field(mat, "Persoon 1").getByRole("listitem")).toHaveCount(1);
  expect((await storedPlacemat(page)).groups[0].seats[0].notes[0].text).toHaveLength(1000);

  // Changed in place: an empty text is refused with its reason, a short one is kept.
  await field(mat, "Persoon 1").getByRole("button", { name: /^Bewerken: a/ }).click();
  const editor = field(mat, "Persoon 1").getByLabel("Notitie", { exact: true });
  await expect(editor).toHaveAttribute("maxlength", "1000");
  await editor.fill("");
  await field(mat, "Persoon 1").getByRole("button", { name: "Opslaan" }).click();
  await expect(field(mat, "Persoon 1").getByText("Schrijf eerst iets in de notitie.")).toBeVisible();
  expect((await storedPlacemat(page)).groups[0].seats[0].notes[0].text).toHaveLength(1000);
  await editor.fill("Korter gezegd");
  await field(mat, "Persoon 1").getByRole("button", { name: "Opslaan" }).click();
  await expect(field(mat, "Persoon 1").getByText("Korter gezegd", { exact: true })).toBeVisible();
  expect((await storedPlacemat(page)).groups[0].seats[0].notes[0].text).toBe("Korter gezegd");
});

/**
 * The crop of the screen around a field's note text: the tight box of the
 * text's glyphs, however it is turned.
 */
async function textShot(page, seat, text) {
  const note = seat.getByText(text, { exact: true });
  await note.scrollIntoViewIfNeeded();
  const box = await note.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  return (await page.screenshot({ clip: box, fullPage: true })).toString("base64");
}

/**
 * For a crop of turned text, how far it is from the upright reference when
 * turned back by each of 0, 90, 180 and 270 degrees (mean grey difference).
 */
async function turnDistances(page, upright, turned) {
  return page.evaluate(
    async ([a, b]) => {
      const load = (data) =>
        new Promise((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = `data:image/png;base64,${data}`;
        });
      const [ref, img] = await Promise.all([load(a), load(b)]);
      const w = ref.width;
      const h = ref.height;
      const grey = (data) => {
        const out = new Float32Array(data.length / 4);
        for (let i = 0; i < out.length; i++) out[i] = (data[4 * i] + data[4 * i + 1] + data[4 * i + 2]) / 3;
        return out;
      };
      const draw = (image, degrees) => {
        const canvas = document.createElement("canvas");
        canvas.width = w;
        canvas.height = h;
        const ctx = canvas.getContext("2d");
        ctx.fillStyle = "#fff";
        ctx.fillRect(0, 0, w, h);
        ctx.translate(w / 2, h / 2);
        ctx.rotate((degrees * Math.PI) / 180);
        const sideways = degrees % 180 !== 0;
        const [dw, dh] = sideways ? [h, w] : [w, h];
        ctx.drawImage(image, -dw / 2, -dh / 2, dw, dh);
        return grey(ctx.getImageData(0, 0, w, h).data);
      };
      const reference = draw(ref, 0);
      return [0, 90, 180, 270].map((degrees) => {
        const candidate = draw(img, degrees);
        let sum = 0;
        for (let i = 0; i < reference.length; i++) sum += Math.abs(reference[i] - candidate[i]);
        return sum / reference.length;
      });
    },
    [upright, turned],
  );
}

// How far each side's text must be turned back to read upright: the person on the
// left reads text turned a quarter clockwise, so it turns back a quarter the other way.
const TURN_BACK = { bottom: 0, left: 270, top: 180, right: 90 };
const SIDES = {
  4: ["bottom", "left", "top", "right"],
  6: ["bottom", "bottom", "left", "top", "top", "right"],
};

const TABLETS = [
  { name: "landscape 1024×768", width: 1024, height: 768 },
  { name: "portrait 820×1180", width: 820, height: 1180 },
];

for (const persons of [4, 6]) {
  for (const tablet of TABLETS) {
    test(`the text in each of ${persons} fields faces the person on that side, ${tablet.name} (screenshot check)`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: tablet.width, height: tablet.height });
      await openHome(page);
      await createWorkshop(page, { title: `Placemat van ${persons}` });
      await addPlacemat(page);
      await typeField(page, "Vraag voor alle groepen", QUESTION);
      await setNumber(page, "Personen per groep (3 tot en met 6)", persons);
      await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
      const mat = await openGroup(page, "Groep 1");
      const word = "Buurt 7";
      for (let seat = 1; seat <= persons; seat++) await addNote(mat, `Persoon ${seat}`, word);
      await nextPhase(page, "2. Delen");
      // The first visit's message about working offline stands over the top
      // fields when the bottom ones hold the buttons: close it, so the shots
      // below see only the mat.
      const messages = page.getByRole("region", { name: "Meldingen" });
      for (const close of await messages.getByRole("button", { name: "Sluiten" }).all()) await close.click();
      // Scrolled into view, the placemat fits the screen; every field keeps room
      // to read a note and to write the next one.
      await mat.evaluate((el) => el.scrollIntoView());
      for (let seat = 1; seat <= persons; seat++) {
        const box = await field(mat, `Persoon ${seat}`).getByText(word, { exact: true }).boundingBox();
        expect(box.width * box.height, `note of Persoon ${seat} visible`).toBeGreaterThan(100);
        await expect(field(mat, `Persoon ${seat}`).getByRole("button", { name: "Notitie toevoegen" })).toBeInViewport({ ratio: 0 });
      }
      await mat.screenshot({ path: testInfo.outputPath(`placemat-${persons}-${tablet.width}x${tablet.height}.png`) });

      const upright = await textShot(page, field(mat, "Persoon 1"), word);
      for (let seat = 2; seat <= persons; seat++) {
        const side = SIDES[persons][seat - 1];
        const distances = await turnDistances(page, upright, await textShot(page, field(mat, `Persoon ${seat}`), word));
        const best = [0, 90, 180, 270][distances.indexOf(Math.min(...distances))];
        expect(best, `Persoon ${seat} (${side}): ${distances.map((d) => d.toFixed(1)).join(", ")}`).toBe(TURN_BACK[side]);
      }

      // The check can tell: with the turning switched off, it finds every field upright.
      await mat.locator(".seat-inner").evaluateAll((inners) => {
        for (const inner of inners) {
          for (const [property, value] of [["transform", "none"], ["inset", "0"], ["width", "auto"], ["height", "auto"]]) {
            inner.style.setProperty(property, value, "important");
          }
        }
      });
      for (let seat = 2; seat <= persons; seat++) {
        const distances = await turnDistances(page, upright, await textShot(page, field(mat, `Persoon ${seat}`), word));
        expect(distances.indexOf(Math.min(...distances)), `Persoon ${seat} unturned`).toBe(0);
      }
    });
  }
}
