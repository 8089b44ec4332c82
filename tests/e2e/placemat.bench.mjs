// Benchmark (make bench): a large placemat session — 20 groups × 6 persons × 30
// notes = 3,600 notes in the fields, 3 themes in each middle, 10 themes shared
// across groups, in phase 3 with its timer running — in headless Chromium with
// the CPU slowed down (THROTTLE, 4× by default: a modest tablet). Prints the
// stored size, the time to add one note in a person's field (the app saves
// synchronously in the click handler), and the time to draw the plenary (every
// middle side by side with the shared themes). Asserts nothing about time.
import { addNoteTimed, kb, median, ms, noteText, openSeeded, readStored, shortId, startBench, subjects, tapUntilDrawn, uuid, seedWorkshop, SEEDED_AT } from "./bench-helpers.mjs";

const GROUPS = 20;
const PERSONS = 6;
const NOTES_PER_FIELD = 30;
const MIDDLE_PER_GROUP = 3;
const THEMES = 10;
const ADDS = 10;
const PLENARY_RUNS = 3;
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const BUDGET_NOTE_MS = 16;

const { browser, stop } = await startBench(PORT);

/** The stored workshop envelope holding the big placemat, in the shape the app writes. */
function bigWorkshop() {
  const at = SEEDED_AT;
  const themes = Array.from({ length: THEMES }, (_, t) => ({ id: shortId(1_000_000 + t), name: `Thema ${t + 1}: ${subjects[t % subjects.length]}` }));
  let n = 0;
  let m = 0;
  const groups = Array.from({ length: GROUPS }, (_, g) => {
    const seats = Array.from({ length: PERSONS }, (_, s) => ({
      id: uuid(3, g * PERSONS + s),
      ...(g === 0 ? { name: `Deelnemer ${s + 1}` } : {}),
      notes: Array.from({ length: NOTES_PER_FIELD }, () => {
        const i = n++;
        const note = { id: shortId(i), text: noteText(i) };
        // Every seventh note resonates with the next person of the group.
        if (i % 7 === 0) note.marks = [uuid(3, g * PERSONS + ((s + 1) % PERSONS))];
        return note;
      }),
    }));
    const middle = Array.from({ length: MIDDLE_PER_GROUP }, () => {
      const i = m++;
      return { id: shortId(500_000 + i), text: `Gedeeld: ${noteText(i * 3)}`, theme: themes[i % THEMES].id };
    });
    return { id: uuid(2, g), name: `Groep ${g + 1}`, seats, middle };
  });
  const placemat = {
    id: uuid(1, 1),
    created_at: at,
    updated_at: at,
    kind: "placemat",
    question: "Wat kun jij zelf doen om de sociale kaart in de wijk sterker te maken?",
    minutes: { individual: 5, sharing: 10, consensus: 10 },
    groups,
    phase: "consensus",
    timer: { started_at: 0, length_ms: 10 * 60_000, extra_ms: 0, paused_ms: 0 },
    sound: false,
    harvest: { themes, actions: [] },
  };
  return seedWorkshop("Regiodag sociale kaart", placemat);
}

const seed = bigWorkshop();
const url = `http://127.0.0.1:${PORT}/bijeenkomst/${seed.workshop.id}/placemat/${seed.workshop.activities[0].id}`;
const FIELD = "Veld van Deelnemer 1";
const openBig = () =>
  openSeeded(browser, {
    seed,
    url,
    throttle: THROTTLE,
    ready: (page) => page.getByRole("region", { name: FIELD }).waitFor({ timeout: 120_000 }),
  });

// Adding notes in the first person's field of group 1.
const { context, page, errors, opened } = await openBig();
const adds = [];
for (let i = 0; i <= ADDS; i++) {
  adds.push(await addNoteTimed(page, FIELD, `Extra notitie ${i}: ${noteText(i)}`));
  await page.waitForTimeout(300);
}
const stored = await readStored(page, seed.key);
const storedCount = stored.workshop.activities[0].groups[0].seats[0].notes.length;
await context.close();
if (adds.some((a) => a.added !== 1) || storedCount !== NOTES_PER_FIELD + ADDS + 1 || errors.length) {
  throw new Error(`adding notes went wrong: ${JSON.stringify({ adds, storedCount, errors })}`);
}
const warmUp = adds.shift();

// Drawing the plenary: tap "Plenair" until every group's middle is there.
const middleRows = GROUPS * MIDDLE_PER_GROUP;
const plenary = [];
const openedRuns = [opened];
for (let run = 0; run < PLENARY_RUNS; run++) {
  const big = await openBig();
  openedRuns.push(big.opened);
  plenary.push(await tapUntilDrawn(big.page, "Plenair", ".group-middle .notes > li", middleRows));
  const counted = await big.page.locator(".theme-count").allTextContents();
  if (counted.length !== THEMES || !counted.every((c) => c === "genoemd door 6 groepen")) {
    throw new Error(`the plenary should count 6 groups per theme: ${counted.join("; ")}`);
  }
  if (big.errors.length) throw new Error(`errors in the plenary: ${big.errors.join("; ")}`);
  await big.context.close();
}
await stop();

const utf16 = stored.units * 2;
const utf8 = stored.utf8;
const handlers = adds.map((a) => a.handler);
const frames = adds.map((a) => a.frame);
console.log(`placemat benchmark: ${GROUPS} groups × ${PERSONS} persons × ${NOTES_PER_FIELD} notes = ${GROUPS * PERSONS * NOTES_PER_FIELD} notes, ${middleRows} middle themes, ${THEMES} shared themes, headless Chromium, CPU throttled ${THROTTLE}×`);
console.log(`  stored size, as the app saved it            UTF-16 ${kb(utf16)} (${utf16} bytes), UTF-8 ${kb(utf8)} (${utf8} bytes) in ${stored.keys} keys`);
console.log(`  open the placemat page until a field shows  median ${(median(openedRuns) / 1000).toFixed(1)} s  (runs: ${openedRuns.map((x) => (x / 1000).toFixed(1)).join(", ")})`);
console.log(`  add one note: click handler (saves)          median ${ms(median(handlers))}, max ${ms(Math.max(...handlers))}  budget < ${BUDGET_NOTE_MS} ms: ${median(handlers) < BUDGET_NOTE_MS ? "within" : "OVER"}  (first, not counted: ${ms(warmUp.handler)})`);
console.log(`    runs: ${handlers.map((x) => x.toFixed(1)).join(", ")}`);
console.log(`  add one note: until the next frame           median ${ms(median(frames))}, max ${ms(Math.max(...frames))}`);
console.log(`  tap "Plenair" until ${middleRows} middle themes and ${THEMES} shared themes are drawn  median ${(median(plenary) / 1000).toFixed(2)} s  (runs: ${plenary.map((x) => (x / 1000).toFixed(2)).join(", ")})`);
process.exit(0);
