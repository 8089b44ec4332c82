// The facilitator's main journeys in short form, in WebKit (Safari's engine, as
// on an iPad): a workshop through a reload; a persona with a network, life
// areas and a photo; a café round with notes at two tables and a summary, then
// on the projector; a placemat group with notes in two fields and a theme in
// the middle; a question put out as a QR code whose participant link opens its
// form; a ready programme reordered by dragging, then run live through a
// reload, into its café and back, and on the projector; and the app starting
// from its service worker with the server stopped.
// Along the way, Safari's habits: no install prompt, no Web Share, the wake
// lock, sound only after a tap, the clipboard from a tap, and a browser tab
// that may lose its data. Each journey is one fresh browser with empty
// storage. The Chromium specs cover each work form in full.
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { atPath, fill, noCrash, offlineReady, retryIfWebKitDied, roles, startWebKit, storedWorkshops, textIs, until } from "./browser.mjs";

const FAILED = fileURLToPath(new URL("../webkit-results/failed/", import.meta.url));
const SUMMARY_LABEL = "Samenvatting door de gastvrouw of gastheer: belangrijkste ideeën en vragen";
let webkit;
before(async () => {
  webkit = await startWebKit();
});
after(async () => {
  await webkit?.stop();
});

/**
 * A fresh browser on the home page; the journey ends with a crash check. A
 * failing journey leaves a screenshot in webkit-results/failed/.
 */
async function journey(body, t) {
  await retryIfWebKitDied(async () => {
    const browser = await webkit.open();
    try {
      const page = roles(browser);
      await openHome(browser, page, webkit.base);
      await body(browser, page);
      await noCrash(browser);
    } catch (error) {
      await mkdir(FAILED, { recursive: true });
      await browser.saveScreenshot(`${FAILED}${t.name.replace(/\W+/g, "-")}.png`).catch(() => {});
      throw error;
    } finally {
      await webkit.close(browser);
    }
  });
}

/** Opens the home page on a first visit and waits until the app works offline. */
async function openHome(browser, page, address) {
  await browser.url(address);
  await page.get("heading", "Bijeenkomsten", { timeout: 30_000 });
  await offlineReady(page);
}

/**
 * Sets a date field as Safari's date wheel does: the value in ISO form, then the
 * input and change events. (WebDriver's keys would type into WebKitGTK's own
 * widget, which no iPad has.) The field must be a real date field in WebKit.
 */
async function pickDate(browser, field, iso) {
  const type = await browser.execute((el, value) => {
    el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
    return el.type;
  }, field, iso);
  assert.equal(type, "date");
}

/** Creates a workshop through its form; lands on its page. */
async function createWorkshop(browser, page, title, place = "", date = "") {
  await (await page.get("button", "Nieuwe bijeenkomst")).click();
  await (await page.get("field", "Titel")).setValue(title);
  if (place) await (await page.get("field", "Plaats")).setValue(place);
  if (date) await pickDate(browser, await page.get("field", "Datum"), date);
  await (await page.get("button", "Aanmaken")).click();
  await page.get("heading", title);
}

/** Reloads and waits for a heading. */
async function reload(browser, page, heading, options = {}) {
  await browser.refresh();
  await page.get("heading", heading, { timeout: 30_000, ...options });
}

/**
 * The QR code in `element` as a PNG image: scrolled into view, and cut out of
 * a screenshot of the window (WebKitGTK's element screenshot is the window's).
 */
async function qrImage(browser, element) {
  const box = await browser.executeAsync((el, done) => {
    // By hand: scrollIntoView({ block: "center" }) stopped short here.
    const top = el.getBoundingClientRect().top + scrollY;
    window.scrollTo(0, top - Math.max(0, (innerHeight - el.getBoundingClientRect().height) / 2));
    // Two frames: the screenshot shows what was painted last.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const r = el.getBoundingClientRect();
        done({ x: r.x, y: r.y, w: r.width, h: r.height, width: innerWidth });
      }),
    );
  }, element);
  const shot = PNG.sync.read(Buffer.from(await browser.takeScreenshot(), "base64"));
  const scale = shot.width / box.width;
  const [x, y, w, h] = [box.x, box.y, box.w, box.h].map((v) => Math.floor(v * scale));
  const code = new PNG({ width: w, height: h });
  PNG.bitblt(shot, code, x, y, w, h, 0, 0);
  return code;
}

/** Decodes the QR code in `element` (see `qrImage`). */
async function decodeQr(browser, element) {
  const code = await qrImage(browser, element);
  return jsQR(new Uint8ClampedArray(code.data), code.width, code.height)?.data ?? null;
}

test("a new workshop is saved and is there after a reload", (t) =>
  journey(async (browser, page) => {
    await createWorkshop(browser, page, "Regio-overleg cliëntondersteuning", "Gemeentehuis, zaal 2", "2026-12-01");
    await textIs(await page.get("status", /opgeslagen/i, { first: true }), "Opgeslagen");
    await reload(browser, page, "Regio-overleg cliëntondersteuning");
    await page.get("text", "Gemeentehuis, zaal 2");
    assert.equal((await storedWorkshops(browser))[0].date, "2026-12-01");
    await (await page.get("link", "Terug naar bijeenkomsten")).click();
    const list = await page.get("list", "Lijst van bijeenkomsten");
    await page.get("link", "Regio-overleg cliëntondersteuning", { within: list });
    await page.get("text", "01-12-2026 · Gemeentehuis, zaal 2", { within: list, exact: false });
    // A browser tab, not the home screen: Safari may clear the data, so the
    // home page says so next to the last export.
    await page.get("text", "Nog nooit geëxporteerd.");
    await page.get("text", /^Let op: Werktafel staat nu open in een tabblad van de browser\. Safari kan/);
  }, t));

test("with no install prompt and no Web Share the app explains and offers what works", (t) =>
  journey(async (browser, page) => {
    // Safari has no install prompt; WebKitGTK has no Web Share either (Safari
    // has it). Wake Lock it has, as Safari does: the café journey uses it.
    const missing = await browser.execute(() => ["onbeforeinstallprompt" in window, typeof navigator.share]);
    assert.deepEqual(missing, [false, "undefined"]);
    await (await page.get("link", "Instellingen", { exact: true })).click();
    const steps = await page.get("region", "Zet op beginscherm");
    assert.equal(await page.count("listitem", "", { within: steps }), 2);
    await page.get("listitem", "Tik in Safari op de knop Delen", { within: steps });
    await page.get("listitem", "Kies ‘Zet op beginscherm’", { within: steps });
    await (await page.get("link", "Uitnodigen", { exact: true })).click();
    await page.get("listitem", "Kies ‘Zet op beginscherm’", { within: await page.get("region", "Zet op beginscherm") });
    // Safari lets a page write the clipboard only from a tap: the copy button's.
    await (await page.get("button", "Adres kopiëren")).click();
    await page.get("status", "Adres gekopieerd.", { exact: true });

    // No Web Share: the export offers downloads, no share button.
    await (await page.get("link", "Bijeenkomsten", { exact: true })).click();
    await createWorkshop(browser, page, "Zonder delen");
    const exports = await page.get("region", "Resultaten meenemen");
    await page.get("button", "Back-up van deze bijeenkomst", { within: exports });
    assert.equal(await page.count("button", "Delen", { within: exports, exact: true }), 0);
  }, t));

test("a persona with a network, life areas and a photo is shown on its card, also after a reload", (t) =>
  journey(async (browser, page) => {
    await (await page.get("link", "Persona's", { exact: true })).click();
    await page.get("heading", "Persona's");
    await (await page.get("button", "Nieuwe persona")).click();
    await (await page.get("field", "Naam (verplicht)")).setValue("Fatima");
    await (await page.get("field", "Woonplaats of gemeente")).setValue("Almere");
    await (await page.get("button", "Persoon toevoegen")).click();
    await (await page.get("field", "Naam van persoon 1")).setValue("Samir");
    await (await page.get("field", "Relatie van persoon 1")).setValue("zoon");
    await (await page.get("field", "Steun van persoon 1")).selectByVisibleText("Sterke steun");
    await (await page.get("field", "Wonen", { exact: true })).setValue("De flat is te klein.");
    const housing = await page.get("radiogroup", "Hoe gaat het met Wonen?");
    await (await page.get("radio", "Gaat wel", { within: housing })).click();
    await (await page.get("field", "Werk en inkomen", { exact: true })).setValue("Het geld is op voor de 20e.");
    const income = await page.get("radiogroup", "Hoe gaat het met Werk en inkomen?");
    await (await page.get("radio", "Knelpunt", { within: income })).click();
    // A photo, scaled down on the device (createImageBitmap and a canvas).
    const photo = new PNG({ width: 1600, height: 1200 });
    photo.data.fill(160);
    const file = "/tmp/werktafel-webkit-fatima.png";
    await writeFile(file, PNG.sync.write(photo));
    await (await page.get("radio", "Foto", { exact: true })).click();
    await (await page.get("field", "Foto kiezen")).setValue(file);
    await page.get("img", "Gekozen foto");
    await (await page.get("button", "Opslaan")).click();
    await atPath(browser, /\/persona\/[^/]+$/);
    await page.get("heading", "Fatima", { exact: true, first: true });

    // Each text on the card as it is drawn at that moment: the card is found
    // again on each try, since the page can draw it anew after the heading.
    const check = async () => {
      for (const text of ["Samir, zoon — Sterke steun", "De flat is te klein.", "Gaat wel", "Het geld is op voor de 20e.", "Knelpunt"]) {
        await until(async () => {
          const card = await browser.$("article.persona-card");
          return (await card.isExisting()) && (await page.count("text", text, { within: card })) > 0;
        }, `"${text}" on the persona card`);
      }
    };
    await check();
    await reload(browser, page, "Fatima", { exact: true, first: true });
    await check();
    const [stored] = await browser.execute(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("werktafel:v1:persona:"))
        .map((k) => JSON.parse(localStorage.getItem(k)).data),
    );
    assert.deepEqual(stored.fields.network, [{ name: "Samir", relation: "zoon", support: "strong" }]);
    assert.match(stored.avatar.data_url, /^data:image\/jpeg;base64,/);
    const size = await browser.execute(() => {
      const img = document.querySelector("article.persona-card img.avatar");
      return [img.naturalWidth, img.naturalHeight];
    });
    assert.deepEqual(size, [256, 192]);
    assert.deepEqual(
      stored.fields.life_areas.map((a) => [a.area, a.rating]),
      [["housing", "fair"], ["work_income", "problem"]],
    );
  }, t));

test("a café round gets a note at two tables and a summary, kept through a reload, and projected", (t) =>
  journey(async (browser, page) => {
    await createWorkshop(browser, page, "Wijkavond Zeist-Oost");
    await (await page.get("button", "Wereldcafé toevoegen")).click();
    await page.get("heading", /^Wereldcafé/);
    await fill(browser, await page.get("field", "Vraag voor ronde 1"), "Waar ontmoet jij je buren?");
    await (await page.get("button", "2. Rondes", { within: await page.get("group", "Onderdelen van het café") })).click();
    // Watch the app ask for the screen to stay on.
    await browser.execute(() => {
      const lock = navigator.wakeLock;
      const request = lock.request.bind(lock);
      window.__wakeLocks = [];
      lock.request = (type) =>
        request(type).then(
          (sentinel) => (window.__wakeLocks.push(`${sentinel.type} ${sentinel.released}`), sentinel),
          (error) => (window.__wakeLocks.push(error.name), Promise.reject(error)),
        );
    });
    await (await page.get("button", "Start ronde 1")).click();
    await page.get("heading", "Ronde 1 van 3");
    assert.deepEqual(await until(() => browser.execute(() => window.__wakeLocks.length && window.__wakeLocks), "a wake lock"), ["screen false"]);
    await textIs(await page.get("status", /^(Loopt|Nog niet begonnen)$/), "Loopt");
    await until(async () => /^(19|20):[0-5]\d$/.test(await (await page.get("timer", "Tijd over")).getText()), "the countdown");

    const tables = await page.get("navigation", "Tafels");
    const notes = { "Tafel 1": "Het bankje bij de bakker", "Tafel 2": "Wie nodigt de nieuwe buren uit?" };
    for (const [table, note] of Object.entries(notes)) {
      await (await page.get("button", table, { within: tables, exact: true })).click();
      const cloth = await page.get("region", `Tafelkleed: ${table}, ronde 1`);
      const field = await page.get("field", "Notitie", { within: cloth, exact: true });
      await field.setValue(note);
      await (await page.get("button", "Notitie toevoegen", { within: cloth })).click();
      await until(async () => (await field.getValue()) === "", "the note field to empty");
      await page.get("listitem", note, { within: cloth, exact: false });
    }
    const cloth = await page.get("region", "Tafelkleed: Tafel 2, ronde 1");
    await fill(browser, await page.get("field", SUMMARY_LABEL, { within: cloth }), "Ontmoeten gaat vanzelf bij de bakker.");

    const stored = async () => {
      const [workshop] = await storedWorkshops(browser);
      const cafe = workshop.activities[0];
      return cafe.tables.map((t) => t.cloths.map((c) => [c.notes.map((n) => n.text), c.summary ?? ""]));
    };
    const expected = [[[["Het bankje bij de bakker"], ""]], [[["Wie nodigt de nieuwe buren uit?"], "Ontmoeten gaat vanzelf bij de bakker."]]];
    await until(async () => JSON.stringify((await stored()).slice(0, 2)) === JSON.stringify(expected), "the notes and summary stored");

    // After a reload the sound waits for a tap (Safari's rule), and says so.
    await reload(browser, page, /^Wereldcafé/);
    const blocked = /^Het geluid staat nog uit: tik één keer op het scherm\./;
    await page.get("text", blocked);
    await (await page.get("button", "Tafel 2", { exact: true, within: await page.get("navigation", "Tafels") })).click();
    await until(async () => (await page.count("text", blocked)) === 0, "the sound to open on a tap");
    const again = await page.get("region", "Tafelkleed: Tafel 2, ronde 1");
    await page.get("listitem", "Wie nodigt de nieuwe buren uit?", { within: again, exact: false });
    assert.equal(await (await page.get("field", SUMMARY_LABEL, { within: again })).getValue(), "Ontmoeten gaat vanzelf bij de bakker.");

    // The projector view shows the round's question and the time running.
    await (await page.get("link", "Projectiescherm", { exact: true })).click();
    await page.get("text", "Waar ontmoet jij je buren?", { exact: true });
    const left = await page.get("timer", "Tijd over");
    const first = await left.getText();
    await until(async () => /^(19|20):[0-5]\d$/.test(await left.getText()) && (await left.getText()) !== first, "the projector's countdown to run");
  }, t));

/** Adds a note in a person's field of a placemat. */
async function addMatNote(page, mat, person, text) {
  const seat = await page.get("region", `Veld van ${person}`, { within: mat, exact: true });
  const input = await page.get("field", `Nieuwe notitie van ${person}`, { within: seat });
  await input.setValue(text);
  await (await page.get("button", "Notitie toevoegen", { within: seat })).click();
  await until(async () => (await input.getValue()) === "", "the note field to empty");
}

/**
 * Goes to the next placemat phase and waits until it is on. Under load, WebKit's
 * WebDriver once clicked the next-phase button without the phase changing (the CI
 * run of stop 31); as a person would, it is then tapped again, if it is still there
 * (gone, the first tap did take).
 */
async function nextPhase(page, name) {
  const next = (timeout) => page.get("button", `Volgende fase: ${name}`, { timeout });
  await (await next()).click();
  const button = await page.get("button", name, { within: await page.get("group", "Fasen") });
  const on = async () => (await button.getAttribute("aria-pressed")) === "true";
  if (!(await until(on, `phase ${name}`, 3_000).catch(() => false))) {
    const still = await next(1_000).catch(() => null);
    if (still) await still.click();
  }
  await until(on, `phase ${name}`);
}

test("a placemat group gets notes in two fields and a theme in the middle", (t) =>
  journey(async (browser, page) => {
    await createWorkshop(browser, page, "Sociale kaart Lombok");
    await (await page.get("button", "Placemat toevoegen")).click();
    await page.get("heading", "Placemat");
    await fill(browser, await page.get("field", "Vraag voor alle groepen"), "Wat kun jij zelf doen?");
    await (await page.get("button", "Start fase 1: zelf schrijven")).click();
    await (await page.get("button", "Groep 1", { exact: true, within: await page.get("navigation", "Groepen") })).click();
    let mat = await page.get("region", "Placemat van Groep 1");
    await addMatNote(page, mat, "Persoon 1", "Buren groeten");
    await addMatNote(page, mat, "Persoon 2", "Samen koken");
    await nextPhase(page, "2. Delen");
    await nextPhase(page, "3. Samen het midden vullen");
    mat = await page.get("region", "Placemat van Groep 1");
    const middle = await page.get("region", "Midden van Groep 1", { within: mat });
    await (await page.get("field", "Nieuw gedeeld thema", { within: middle })).setValue("Elkaar kennen");
    await (await page.get("button", "Toevoegen aan het midden", { within: middle })).click();
    await page.get("listitem", "Elkaar kennen", { within: middle, exact: false });

    await reload(browser, page, "Placemat");
    const phase = await page.get("button", "3. Samen het midden vullen", { within: await page.get("group", "Fasen") });
    assert.equal(await phase.getAttribute("aria-pressed"), "true");
    const [workshop] = await storedWorkshops(browser);
    const group = workshop.activities[0].groups[0];
    assert.deepEqual(group.seats.map((s) => s.notes.map((n) => n.text)), [["Buren groeten"], ["Samen koken"], [], []]);
    assert.deepEqual(group.middle.map((n) => n.text), ["Elkaar kennen"]);
  }, t));

test("a question's participant link opens its form, and the answer comes back to the tablet", (t) =>
  journey(async (browser, page) => {
    const question = "Wat heeft de wijk nodig om samen te leven?";
    await createWorkshop(browser, page, "Wijkavond Oost");
    await (await page.get("button", "Placemat toevoegen")).click();
    await fill(browser, await page.get("field", "Vraag voor alle groepen"), question);
    await (await page.get("link", "Vraag uitzetten")).click();
    await page.get("heading", "Vraag voor telefoons");
    const tablet = await browser.getUrl();
    const address = await decodeQr(browser, await page.get("img", "Code met de vraag"));
    assert.match(address, new RegExp(`^${webkit.base}meedoen/#[A-Za-z0-9_-]+$`));

    // The phone: another browser, with its own storage.
    const phoneBrowser = await webkit.open();
    const phone = roles(phoneBrowser);
    try {
      await phoneBrowser.url(address);
      await phone.get("text", question);
      assert.equal(await phone.count("button", "Nieuwe bijeenkomst"), 0);
      await (await phone.get("button", "Groep 2", { within: await phone.get("group", "In welke groep zit je?") })).click();
      await (await phone.get("button", "Persoon 3", { within: await phone.get("group", "Welk nummer heb jij op de placemat?") })).click();
      await (await phone.get("field", "Antwoord 1")).setValue("Een moestuin voor de buurt");
      await (await phone.get("button", "Klaar")).click();
      const answerCode = await qrImage(phoneBrowser, await phone.get("img", "Code met je antwoord"));
      await noCrash(phoneBrowser);

      // WebKitGTK's WebDriver cannot catch the phone's download ("Deel als
      // bestand") nor film with a camera: a still image of the phone's code
      // goes to the tablet as a photo, read there by the app's own decoder
      // (rqrr: WebKit has no BarcodeDetector). participate.spec.mjs covers the
      // download, the answer file and the camera in Chromium.
      const file = "/tmp/werktafel-webkit-antwoord.png";
      await writeFile(file, PNG.sync.write(answerCode));
      await browser.url(tablet);
      assert.equal(await browser.execute(() => "BarcodeDetector" in window), false);
      const input = await page.get("field", "Of maak een foto van de code op de telefoon");
      await input.setValue(file);
      await textIs(await browser.$(".scan-outcome"), "Antwoord binnen: Groep 2, persoon 3 (1 notitie(s)).");
      const [workshop] = await storedWorkshops(browser);
      assert.deepEqual(workshop.activities[0].groups[1].seats[2].notes.map((n) => n.text), ["Een moestuin voor de buurt"]);
    } finally {
      await webkit.close(phoneBrowser);
    }
  }, t));

test("a ready programme is reordered by dragging, then runs live: the next block, a reload, the café and back, the projector", (t) =>
  journey(async (browser, page) => {
    await createWorkshop(browser, page, "Regio-overleg Utrecht");
    await (await page.get("link", "Programma (draaiboek)")).click();
    await (await page.get("button", "Dit programma gebruiken: Regio-overleg van twee uur")).click();
    const titles = async () => ((await storedWorkshops(browser))[0]?.programme?.blocks ?? []).map((b) => b.title);
    await until(async () => (await titles()).indexOf("Wereldcafé") === 3, "the ready programme stored, its café fourth");

    // The café dragged by its handle above the second block: pointer events,
    // which Safari gives a finger too (its drag and drop does not).
    const [from, to] = await browser.execute(() => {
      const rows = [...document.querySelectorAll(".programme-block")];
      rows[2].scrollIntoView({ block: "center" });
      const handle = rows[3].querySelector(".drag-handle").getBoundingClientRect();
      const onto = rows[1].getBoundingClientRect();
      const point = (x, y) => ({ x: Math.round(x), y: Math.round(y) });
      return [point(handle.x + handle.width / 2, handle.y + handle.height / 2), point(onto.x + onto.width / 2, onto.y + onto.height / 4)];
    });
    await browser.action("pointer").move(from).down().move({ ...to, duration: 200 }).up().perform();
    await until(async () => (await titles())[1] === "Wereldcafé", "the café dragged to second place");
    const [first] = await titles();
    const now = async (title) => textIs(await browser.$("#live-title"), title);

    await (await page.get("link", "Draaiboek draaien")).click();
    await (await page.get("button", "Begin met het eerste blok")).click();
    await now(first);
    await (await page.get("button", "Volgende blok")).click();
    await now("Wereldcafé");
    await reload(browser, page, "Draaiboek draaien");
    await now("Wereldcafé");

    await (await page.get("link", "Werkvorm openen")).click();
    await page.get("heading", /^Wereldcafé/);
    await (await page.get("link", "Terug naar het draaiboek")).click();
    await page.get("heading", "Draaiboek draaien");
    await now("Wereldcafé");

    await (await page.get("link", "Projectiescherm", { exact: true })).click();
    await textIs(await browser.$(".screen-blocks li[aria-current=step]"), /Wereldcafé/);
    assert.equal((await browser.$$(".screen-blocks li")).length, 5);
  }, t));

test("the app starts from its service worker with the server stopped", async () => {
  // Its own server: stopping it leaves the other journeys' server alone.
  const host = await webkit.extraHost();
  const browser = await webkit.open();
  let stopped = false;
  try {
    const page = roles(browser);
    await openHome(browser, page, host.base);
    await until(() => browser.execute(() => navigator.serviceWorker?.controller != null), "a service worker in control", 30_000);
    await createWorkshop(browser, page, "Zonder wifi", "Kelder");
    const deepLink = await browser.getUrl();
    await host.close();
    stopped = true;

    await reload(browser, page, "Zonder wifi");
    await browser.url(host.base);
    await page.get("heading", "Bijeenkomsten", { timeout: 30_000 });
    await page.get("link", "Zonder wifi");
    await browser.url(deepLink);
    await page.get("heading", "Zonder wifi", { timeout: 30_000 });
    await noCrash(browser);
  } finally {
    await webkit.close(browser);
    if (!stopped) await host.close();
  }
});
