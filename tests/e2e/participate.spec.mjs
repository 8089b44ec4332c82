// Taking part from a phone, with no server: the facilitator puts a placemat's
// question out as a QR code; a second browser context (the phone) opens the
// address decoded from that code, answers, and shows an answer QR code; the
// test turns a screenshot of that code into a video file and starts a
// Chromium whose fake camera films it (the facilitator's tablet); the answer
// lands in the right person's field, once; damaged and foreign codes get
// their message and change nothing. Chromium on Linux has no BarcodeDetector,
// so the app reads codes with rqrr; a stand-in detector checks the app's use
// of one, and that rqrr takes over when the detector cannot read QR codes.
import { writeFile } from "node:fs/promises";
import { ORIGIN } from "./origin.mjs";
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, decodeQr, openHome, screenshotOf, storedWorkshops, typeField } from "./helpers.mjs";
import { addCafe } from "./work-forms.mjs";
import { answerOnPhone, QUESTION, questionOut, saveAnswerFile, scanMeasures, tabletFilming, writeY4m } from "./answers.mjs";

/** The notes in each person's field of a group (from 1), as stored. */
async function storedFields(page, group) {
  const [workshop] = await storedWorkshops(page);
  const placemat = workshop.activities.find((a) => a.kind === "placemat");
  return placemat.groups[group - 1].seats.map((s) => s.notes.map((n) => n.text));
}

test("a phone's answer, filmed by the tablet's camera, lands in the right person's field once", async ({ page, browser }, testInfo) => {
  const { address } = await questionOut(page);
  expect(address).toMatch(new RegExp(`^${ORIGIN.replaceAll(".", "\\.")}meedoen/#[A-Za-z0-9_-]+$`));

  // The phone: its own storage, a phone's screen.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phonePage = await phone.newPage();
  await phonePage.goto(address);
  await expect(phonePage.getByText(QUESTION)).toBeVisible();
  await expect(phonePage.getByRole("button", { name: "Nieuwe bijeenkomst" })).toHaveCount(0);
  await phonePage.getByRole("button", { name: "Klaar" }).click();
  await expect(phonePage.getByRole("alert")).toHaveText("Kies eerst waar je zit.");
  await phonePage.getByRole("group", { name: "In welke groep zit je?" }).getByRole("button", { name: "Groep 2" }).click();
  await phonePage.getByRole("group", { name: "Welk nummer heb jij op de placemat?" }).getByRole("button", { name: "Persoon 3" }).click();
  await phonePage.getByLabel("Je naam of bijnaam (mag leeg blijven; je groep ziet hem)").fill("Sam");
  await phonePage.getByLabel("Antwoord 1").fill("Een moestuin voor de buurt");
  // The draft stays on the phone through a reload.
  await phonePage.reload();
  await expect(phonePage.getByLabel("Antwoord 1")).toHaveValue("Een moestuin voor de buurt");
  await phonePage.getByRole("button", { name: "Klaar" }).click();
  const answerCode = phonePage.getByRole("img", { name: "Code met je antwoord" });
  await expect(answerCode).toBeVisible();
  expect(await decodeQr(answerCode)).toMatch(/^WTA1\.[a-z0-9]+\.1\.1\./);
  const video = testInfo.outputPath("antwoord.y4m");
  await writeY4m(await answerCode.screenshot(), video);

  // The facilitator's tablet films the phone.
  const tablet = await tabletFilming(video, page.url(), await page.context().storageState(), testInfo.project.use);
  await tablet.page.getByRole("button", { name: "Antwoorden scannen" }).click();
  const outcome = tablet.page.locator(".scan-outcome");
  await expect(outcome).toHaveText("Antwoord binnen: Groep 2, persoon 3 (1 notitie(s)).", { timeout: 20_000 });
  expect(await storedFields(tablet.page, 2)).toEqual([[], [], ["Een moestuin voor de buurt"], []]);
  await expect(tablet.page.getByRole("heading", { name: "Binnen via QR: 1" })).toBeVisible();
  await expect(tablet.page.getByRole("listitem").filter({ hasText: "Groep 2, persoon 3 (1 notitie(s)) — Sam" })).toBeVisible();
  // Read by rqrr: this Chromium has no BarcodeDetector.
  expect(await tablet.page.evaluate(() => "BarcodeDetector" in window)).toBe(false);
  expect((await scanMeasures(tablet.page))["werktafel:qr-rqrr"]?.length).toBeGreaterThan(0);
  // The camera keeps seeing the code: nothing is added again.
  await tablet.page.waitForTimeout(1_500);
  expect(await storedFields(tablet.page, 2)).toEqual([[], [], ["Een moestuin voor de buurt"], []]);
  // Scanning again says it was in already.
  await tablet.page.getByRole("button", { name: "Stoppen met scannen" }).click();
  await tablet.page.getByRole("button", { name: "Antwoorden scannen" }).click();
  await expect(outcome).toHaveText("Dit antwoord was al binnen; er is niets dubbel toegevoegd.", { timeout: 20_000 });
  // The person's name came along where it was empty.
  const [workshop] = await storedWorkshops(tablet.page);
  expect(workshop.activities[0].groups[1].seats[2].name).toBe("Sam");
  expect(tablet.errors).toEqual([]);
  await tablet.browser.close();

  // The participant wipes the answer from the phone.
  await phonePage.getByRole("button", { name: "Wissen van deze telefoon" }).click();
  await expect(phonePage.getByRole("status")).toHaveText("Je antwoord is van deze telefoon gewist. Dank je wel!");
  const left = await phonePage.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("meedoen")));
  expect(left).toEqual([]);
  await phone.close();
});

test("a damaged question code on a phone and a code that is no answer at the tablet get their message and change nothing", async ({ page, browser }, testInfo) => {
  const { code } = await questionOut(page);
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  // An old link leads to the phone's own page.
  await phonePage.goto("/#/meedoen/dit-is-geen-vraag");
  await expect(phonePage).toHaveURL(`${ORIGIN}meedoen/#dit-is-geen-vraag`);
  await expect(phonePage.getByRole("alert")).toHaveText("Deze code kan de app niet lezen. Vraag de begeleider om de code nog eens te laten zien.");
  await phone.close();

  // The tablet films the question's own code: not an answer.
  const video = testInfo.outputPath("vraag.y4m");
  await writeY4m(await screenshotOf(code), video);
  const before = await storedWorkshops(page);
  const tablet = await tabletFilming(video, page.url(), await page.context().storageState(), testInfo.project.use);
  await tablet.page.getByRole("button", { name: "Antwoorden scannen" }).click();
  await expect(tablet.page.locator(".scan-outcome")).toHaveText("Deze code is geen antwoord van Werktafel, of hij is beschadigd.", { timeout: 20_000 });
  expect(await storedWorkshops(tablet.page)).toEqual(before);
  await tablet.browser.close();
});

test("without a camera to use, a photo of the phone's code is read by the app itself; a photo without a code says so and changes nothing", async ({ page, browser }, testInfo) => {
  const { code, address } = await questionOut(page);
  const before = await storedWorkshops(page);
  // This Chromium has no camera for the page (none filmed, no permission): said so.
  await page.getByRole("button", { name: "Antwoorden scannen" }).click();
  await expect(page.locator(".scan-outcome")).toHaveText(
    /^(Deze tablet heeft geen camera die de app kan gebruiken\.|De camera mag niet gebruikt worden\. Geef toestemming in de browser en probeer het opnieuw\.)$/,
  );
  await expect(page.getByRole("button", { name: "Antwoorden scannen" })).toBeVisible();
  const noCode = testInfo.outputPath("geen-code.png");
  await writeFile(noCode, await page.getByRole("heading", { level: 1 }).screenshot());
  const photo = page.getByLabel("Of maak een foto van de code op de telefoon");
  await photo.setInputFiles(noCode);
  await expect(page.locator(".scan-outcome")).toHaveText("Op deze foto vindt de app geen code. Maak de foto recht van voren, met de hele code erop.");
  expect(await storedWorkshops(page)).toEqual(before);
  await expect(code).toBeVisible();

  const { png } = await answerOnPhone(browser, address, "Een bankje bij de school");
  const answer = testInfo.outputPath("antwoord.png");
  await writeFile(answer, png);
  await photo.setInputFiles(answer);
  await expect(page.locator(".scan-outcome")).toHaveText("Antwoord binnen: Groep 2, persoon 3 (1 notitie(s)).");
  expect(await storedFields(page, 2)).toEqual([[], [], ["Een bankje bij de school"], []]);
});

test("a café round's question answered on a phone comes to a tablet without a camera as a file, at the chosen table", async ({ page, browser }, testInfo) => {
  await openHome(page);
  await createWorkshop(page, { title: "Buurtcafé" });
  await addCafe(page);
  await typeField(page, "Vraag voor ronde 1", "Waar ontmoet jij je buren?");
  await page.getByRole("link", { name: "Vraag uitzetten" }).click();
  const address = await decodeQr(page.getByRole("img", { name: "Code met de vraag" }));

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  const phonePage = await phone.newPage();
  await phonePage.goto(address);
  await expect(phonePage.getByText("Waar ontmoet jij je buren?")).toBeVisible();
  await expect(phonePage.getByRole("group", { name: "Welk nummer heb jij op de placemat?" })).toHaveCount(0);
  await phonePage.getByRole("group", { name: "Aan welke tafel zit je?" }).getByRole("button", { name: "Tafel 2" }).click();
  await phonePage.getByLabel("Antwoord 1").fill("Bij de bakker");
  await phonePage.getByRole("button", { name: "Nog een antwoord" }).click();
  // Typed key by key, as on a phone: the field keeps the focus throughout.
  await phonePage.getByLabel("Antwoord 2").pressSequentially("Op het schoolplein");
  await expect(phonePage.getByLabel("Antwoord 2")).toHaveValue("Op het schoolplein");
  await expect(phonePage.getByLabel("Antwoord 2")).toBeFocused();
  await phonePage.getByRole("button", { name: "Klaar" }).click();
  // Changed after showing the code: the answer keeps its id, so a tablet takes it once.
  const first = await decodeQr(phonePage.getByRole("img", { name: "Code met je antwoord" }));
  await phonePage.getByRole("button", { name: "Antwoord aanpassen" }).click();
  await expect(phonePage.getByText("Is je code al gescand?")).toBeVisible();
  await phonePage.getByRole("button", { name: "Klaar" }).click();
  const again = await decodeQr(phonePage.getByRole("img", { name: "Code met je antwoord" }));
  expect(again.split(".")[1]).toBe(first.split(".")[1]);
  const path = testInfo.outputPath("antwoord.txt");
  await saveAnswerFile(phonePage, path);
  await phone.close();

  await page.getByLabel("Of lees een antwoordbestand van een telefoon").setInputFiles(path);
  await expect(page.locator(".scan-outcome")).toHaveText("Antwoord binnen: Tafel 2 (2 notitie(s)).");
  const [workshop] = await storedWorkshops(page);
  const cafe = workshop.activities[0];
  const cloth = cafe.tables[1].cloths.find((c) => c.round === cafe.rounds[0].id);
  expect(cloth.notes.map((n) => n.text)).toEqual(["Bij de bakker", "Op het schoolplein"]);
  await page.getByLabel("Of lees een antwoordbestand van een telefoon").setInputFiles(path);
  await expect(page.locator(".scan-outcome")).toHaveText("Dit antwoord was al binnen; er is niets dubbel toegevoegd.");

  // Closed: a new answer is refused, and says so.
  await page.getByRole("button", { name: "Vraag sluiten" }).click();
  await expect(page.getByText("Deze vraag is gesloten: nieuwe antwoorden worden geweigerd.")).toBeVisible();
});

/**
 * In the page, before the app: a stand-in for the browser's BarcodeDetector
 * that lists `formats` as supported and finds `answer` in every frame, or
 * fails to detect when `reject` is set; what the app did with it is kept in
 * `window.detectorUse`.
 */
function standInDetector({ formats, answer, reject }) {
  const use = (window.detectorUse = { constructed: [], sources: [] });
  window.BarcodeDetector = class BarcodeDetector {
    static async getSupportedFormats() {
      return formats;
    }
    constructor(options) {
      use.constructed.push(options?.formats ?? null);
    }
    async detect(source) {
      use.sources.push(source?.tagName ?? String(source));
      if (reject) throw new DOMException("Barcode detection service unavailable.", "NotSupportedError");
      return [{ rawValue: answer, format: "qr_code", boundingBox: new DOMRectReadOnly(0, 0, 100, 100), cornerPoints: [] }];
    }
  };
}

test.describe("a tablet whose browser has a BarcodeDetector", () => {
  // One phone's answer, filmed by every tablet below: rqrr would read it too.
  let filmed;
  test.beforeAll(async ({ browser }, testInfo) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { address } = await questionOut(page);
    const { png, payload } = await answerOnPhone(browser, address, "Een moestuin voor de buurt");
    const video = testInfo.outputPath("antwoord.y4m");
    await writeY4m(png, video);
    filmed = { video, url: page.url(), storage: await context.storageState(), payload };
    await context.close();
  });

  /** A tablet filming the answer, with `detector` standing in; scanning, until the answer is in. */
  async function scanWith(detector, testInfo) {
    const tablet = await tabletFilming(filmed.video, filmed.url, filmed.storage, testInfo.project.use, standInDetector, { answer: filmed.payload, ...detector });
    await tablet.page.getByRole("button", { name: "Antwoorden scannen" }).click();
    await expect(tablet.page.locator(".scan-outcome")).toHaveText("Antwoord binnen: Groep 2, persoon 3 (1 notitie(s)).", { timeout: 20_000 });
    expect(await storedFields(tablet.page, 2)).toEqual([[], [], ["Een moestuin voor de buurt"], []]);
    return tablet;
  }

  test("reads the answers with it, on the video, and leaves rqrr alone", async ({}, testInfo) => {
    const tablet = await scanWith({ formats: ["ean_13", "qr_code"], reject: false }, testInfo);
    // Seen again and again: still one answer.
    await tablet.page.waitForTimeout(1_000);
    expect(await storedFields(tablet.page, 2)).toEqual([[], [], ["Een moestuin voor de buurt"], []]);
    const use = await tablet.page.evaluate(() => window.detectorUse);
    expect(use.constructed).toEqual([["qr_code"]]);
    expect(use.sources.length).toBeGreaterThan(1);
    expect(new Set(use.sources)).toEqual(new Set(["VIDEO"]));
    const measures = await scanMeasures(tablet.page);
    expect(measures["werktafel:qr-detector"]?.length).toBeGreaterThan(1);
    expect(measures["werktafel:qr-rqrr"]).toBeUndefined();
    expect(measures["werktafel:qr-frame"]).toBeUndefined();
    expect(tablet.errors).toEqual([]);
    await tablet.browser.close();
  });

  test("that fails to detect gives way to rqrr for good", async ({}, testInfo) => {
    const tablet = await scanWith({ formats: ["qr_code"], reject: true }, testInfo);
    await tablet.page.waitForTimeout(1_000);
    const use = await tablet.page.evaluate(() => window.detectorUse);
    expect(use.sources).toEqual(["VIDEO"]);
    const measures = await scanMeasures(tablet.page);
    expect(measures["werktafel:qr-detector"]).toHaveLength(1);
    expect(measures["werktafel:qr-rqrr"]?.length).toBeGreaterThan(1);
    expect(tablet.errors).toEqual([]);
    await tablet.browser.close();
  });

  test("that cannot read QR codes is not used: rqrr reads them", async ({}, testInfo) => {
    const tablet = await scanWith({ formats: ["ean_13", "code_128"], reject: false }, testInfo);
    const use = await tablet.page.evaluate(() => window.detectorUse);
    expect(use).toEqual({ constructed: [], sources: [] });
    const measures = await scanMeasures(tablet.page);
    expect(measures["werktafel:qr-detector"]).toBeUndefined();
    expect(measures["werktafel:qr-rqrr"]?.length).toBeGreaterThan(0);
    expect(tablet.errors).toEqual([]);
    await tablet.browser.close();
  });
});
