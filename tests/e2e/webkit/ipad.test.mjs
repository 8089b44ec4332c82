// The layout on iPad sizes in WebKit: the home page, a persona card, the café's
// running round, a placemat of six and the settings, at 1024×768 and 820×1180,
// upright and lying down. Each screenshot is kept in webkit-results/ipad/ to
// look at, with a second one scrolled to the page's main part (the list, the
// card, the tablecloth, the placemat, the home screen steps). The test checks
// that nothing makes the page scroll sideways and that every button and fold
// is at least 44 px high.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { atPath, fill, noCrash, offlineReady, retryIfWebKitDied, roles, setViewport, startWebKit, until } from "./browser.mjs";

const SHOTS = fileURLToPath(new URL("../webkit-results/ipad/", import.meta.url));
const SIZES = [
  [1024, 768],
  [768, 1024],
  [820, 1180],
  [1180, 820],
];
const TOUCH_PX = 44;

let webkit;
before(async () => {
  webkit = await startWebKit();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await webkit?.stop();
});

/** Makes one of each page to look at; returns their addresses and headings. */
async function prepare(browser, page) {
  await browser.url(webkit.base);
  await page.get("heading", "Bijeenkomsten", { timeout: 30_000 });
  await offlineReady(page);
  await (await page.get("link", "Persona's", { exact: true })).click();
  await (await page.get("button", "Voorbeelden toevoegen")).click();
  await (await page.get("link", "Hermien")).click();
  await atPath(browser, /\/persona\/[^/]+$/);
  await page.get("heading", "Hermien", { exact: true, first: true });
  const persona = await browser.getUrl();

  await browser.url(webkit.base);
  await (await page.get("button", "Nieuwe bijeenkomst")).click();
  await (await page.get("field", "Titel")).setValue("Regio-overleg cliëntondersteuning");
  await (await page.get("button", "Aanmaken")).click();
  await page.get("heading", "Regio-overleg cliëntondersteuning");
  const workshop = await browser.getUrl();

  await (await page.get("button", "Wereldcafé toevoegen")).click();
  await fill(browser, await page.get("field", "Vraag voor ronde 1"), "Waar lopen inwoners vast als ze hulp zoeken bij de gemeente?");
  await fill(browser, await page.get("field", "Aantal tafels (1 tot en met 30)"), "4");
  await (await page.get("button", "2. Rondes", { within: await page.get("group", "Onderdelen van het café") })).click();
  await (await page.get("button", "Start ronde 1")).click();
  const cloth = await page.get("region", "Tafelkleed: Tafel 1, ronde 1");
  await (await page.get("field", "Notitie", { within: cloth, exact: true })).setValue("Het loket is alleen 's ochtends open");
  await (await page.get("button", "Notitie toevoegen", { within: cloth })).click();
  await page.get("listitem", "Het loket is alleen", { within: cloth, exact: false });
  const cafe = await browser.getUrl();

  await browser.url(workshop);
  await (await page.get("button", "Placemat toevoegen")).click();
  await fill(browser, await page.get("field", "Vraag voor alle groepen"), "Wat ga jij zelf bijdragen?");
  await fill(browser, await page.get("field", "Personen per groep (3 tot en met 6)"), "6");
  await (await page.get("button", "Start fase 1: zelf schrijven")).click();
  await (await page.get("button", "Groep 1", { exact: true, within: await page.get("navigation", "Groepen") })).click();
  const mat = await page.get("region", "Placemat van Groep 1");
  for (const [person, note] of [["Persoon 1", "Buren vaker groeten"], ["Persoon 4", "Een uur per week bij het inloophuis"]]) {
    const seat = await page.get("region", `Veld van ${person}`, { within: mat, exact: true });
    const input = await page.get("field", `Nieuwe notitie van ${person}`, { within: seat });
    await input.setValue(note);
    await (await page.get("button", "Notitie toevoegen", { within: seat })).click();
    await until(async () => (await input.getValue()) === "", "the note field to empty");
  }
  await (await page.get("button", "Volgende fase: 2. Delen")).click();
  await page.get("text", "Een uur per week bij het inloophuis", { within: await page.get("region", "Placemat van Groep 1") });
  const placemat = await browser.getUrl();

  // Each page with the part to scroll to for a second screenshot.
  return [
    ["home", webkit.base, "Bijeenkomsten", ".workshop-list"],
    ["persona", persona, "Hermien", "article.persona-card h3"],
    ["cafe", cafe, "Ronde 1 van 3", ".cafe-run > div"],
    ["placemat", placemat, "Placemat", "[aria-label='Placemat van Groep 1']"],
    ["settings", `${webkit.base}instellingen`, "Instellingen", ".home-screen"],
  ];
}

/** In the page: scrolls the element `selector` to the top, then waits two frames (a screenshot shows the last painted one). */
function scrollTo(selector, done) {
  const el = document.querySelector(selector);
  window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 8);
  requestAnimationFrame(() => requestAnimationFrame(() => done()));
}

/** What breaks a tablet layout: sideways scrolling, and buttons or folds too small to tap. */
function layoutFaults(touchPx) {
  const faults = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) {
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    faults.push(`scrolls sideways (${document.documentElement.scrollWidth} > ${width}): ${wide.slice(0, 5).join(", ")}`);
  }
  for (const control of document.querySelectorAll("button, a.button, summary")) {
    const box = control.getBoundingClientRect();
    if (box.width > 0 && box.height < touchPx - 0.5) faults.push(`"${control.textContent.trim()}" is ${box.height} px high`);
  }
  return faults;
}

test("home, a persona card, the café round, a placemat of six and the settings fit iPad sizes both ways", () =>
  retryIfWebKitDied(async () => {
    const browser = await webkit.open();
    try {
      const page = roles(browser);
      const pages = await prepare(browser, page);
      const faults = [];
      for (const [width, height] of SIZES) {
        await setViewport(browser, width, height);
        for (const [name, address, heading, part] of pages) {
          await browser.url(address);
          await page.get("heading", heading, { exact: true, first: true, timeout: 30_000 });
          await browser.saveScreenshot(`${SHOTS}${width}x${height}-${name}.png`);
          await browser.executeAsync(scrollTo, part);
          await browser.saveScreenshot(`${SHOTS}${width}x${height}-${name}-2.png`);
          for (const fault of await browser.execute(layoutFaults, TOUCH_PX)) faults.push(`${width}×${height} ${name}: ${fault}`);
        }
      }
      await noCrash(browser);
      assert.deepEqual(faults, []);
    } finally {
      await webkit.close(browser);
    }
  }));
