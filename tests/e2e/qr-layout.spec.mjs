// The QR codes a room or a tablet scans, on an iPad on its side (1024×768),
// upright (768×1024) and a phone (390×844): the invite code, the question's
// code on "Vraag uitzetten" and a phone's answer code are each wholly on the
// screen, covered by nothing, and zbar reads them from a screenshot of the
// whole screen (not only of the code). The invite and question codes are
// checked on a first visit, while the ready-offline message shows: it never
// covers a code or the screen's primary button, nor "Start ronde" on the café's
// rounds. Needs zbarimg (Debian's zbar-tools; `make test` installs it).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { QUESTION, questionOut } from "./answers.mjs";
import { createWorkshop, decodeQr, openHome, typeField } from "./helpers.mjs";
import { addCafe, openPart } from "./work-forms.mjs";

const SCREENS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];
const READY = "werkt nu op dit apparaat ook zonder internet";
const folder = mkdtempSync(join(tmpdir(), "werktafel-qr-layout-"));

/** The texts zbar reads in a screenshot of the whole screen (QR codes only). */
function zbarReads(page, name) {
  return page.screenshot({ path: join(folder, `${name}.png`) }).then(() => {
    try {
      return execFileSync("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", join(folder, `${name}.png`)])
        .toString()
        .split("\n")
        .filter(Boolean);
    } catch (error) {
      // zbarimg ends with 4 when it reads no code.
      if (error.status === 4) return [];
      throw error;
    }
  });
}

/**
 * The points of a 9 × 9 grid over the element (1 px inside its edges) where
 * something else is on top of it: "x,y: what", none if it is wholly uncovered.
 */
function coveredPoints(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const covered = [];
    for (let i = 0; i <= 8; i++) {
      for (let j = 0; j <= 8; j++) {
        const [x, y] = [box.left + 1 + ((box.width - 2) * i) / 8, box.top + 1 + ((box.height - 2) * j) / 8];
        const top = document.elementFromPoint(x, y);
        // An ancestor shows through at rounded corners; only something else covers.
        if (!top || !(element.contains(top) || top.contains(element))) {
          covered.push(`${Math.round(x)},${Math.round(y)}: ${top?.outerHTML.slice(0, 60)}`);
        }
      }
    }
    return covered;
  });
}

/** The element is wholly inside the screen as it is now (no scrolling). */
async function expectOnScreen(page, locator) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  expect(box, "the element has a box").not.toBeNull();
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
  expect(inside, `${JSON.stringify(box)} inside ${width}×${height}`).toBe(true);
}

/** The code is on the screen, uncovered, and zbar reads `text` from the whole screen. */
async function expectScannable(page, code, text, name) {
  await expectOnScreen(page, code);
  // The messages move within a tenth of a second after the page scrolls.
  await expect.poll(() => coveredPoints(code)).toEqual([]);
  // A screenshot taken while a message still slides in can miss; the next one reads.
  await expect.poll(() => zbarReads(page, name)).toContain(text);
}

/** The ready-offline message of a first visit, once it has come. */
async function readyMessage(page) {
  const toast = page.getByRole("region", { name: "Meldingen" }).locator(".toast").filter({ hasText: READY });
  await expect(toast).toHaveCount(1, { timeout: 30_000 });
  return toast;
}

/** The primary buttons of the page that are on the screen are uncovered. */
async function expectPrimaryButtonsClear(page) {
  const { height } = page.viewportSize();
  for (const button of await page.locator("main button.primary").all()) {
    const box = await button.boundingBox();
    if (box && box.y >= 0 && box.y + box.height <= height) await expect.poll(() => coveredPoints(button)).toEqual([]);
  }
}

/** A fresh context (a first visit: the ready-offline message comes) with `storage`, on `path`. */
async function firstVisit(browser, screen, storage, path) {
  const context = await browser.newContext({ viewport: screen, storageState: storage });
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

for (const screen of SCREENS) {
  const size = `${screen.width}×${screen.height}`;

  test.describe(`at ${size}`, () => {
    test.use({ viewport: screen });

    test("the question's code on Vraag uitzetten is whole on the screen without scrolling, uncovered, and reads from a screenshot", async ({ page, browser }) => {
      const { address } = await questionOut(page);
      const storage = await page.context().storageState();
      const { context, page: first } = await firstVisit(browser, screen, storage, new URL(page.url()).pathname);
      await expect(first.getByRole("heading", { level: 1, name: "Vraag voor telefoons" })).toBeVisible();
      await expect(first.getByText(QUESTION)).toBeVisible();
      const toast = await readyMessage(first);
      const code = first.getByRole("img", { name: "Code met de vraag" });
      expect(await first.evaluate(() => window.scrollY)).toBe(0);
      // On a tablet the room sees it without scrolling; a phone scrolls to it.
      if (screen.width < 500) await code.evaluate((element) => element.scrollIntoView({ block: "center" }));
      await expectScannable(first, code, address, `question-${size}`);
      await expectPrimaryButtonsClear(first);
      // As large as fits: down to near the screen's bottom edge, or as wide as its card.
      const [box, card] = [await code.boundingBox(), await first.locator(".card.ask").boundingBox()];
      const room = Math.min(screen.height - 16 - box.y, card.width - 2 * 16 - 4);
      if (screen.width >= 500) expect(box.width).toBeGreaterThanOrEqual(room - 2);
      await toast.getByRole("button", { name: "Sluiten" }).click({ force: true });
      await context.close();
    });

    test("the invite code is whole on the screen, uncovered, and reads from a screenshot", async ({ browser }) => {
      const { context, page } = await firstVisit(browser, screen, undefined, "/uitnodigen");
      await expect(page.getByRole("heading", { level: 1, name: "Uitnodigen" })).toBeVisible();
      await readyMessage(page);
      const code = page.locator(".invite .qr");
      if (screen.width < 500) await code.evaluate((element) => element.scrollIntoView({ block: "center" }));
      const address = (await page.locator(".invite .address").textContent()).trim();
      await expectScannable(page, code, address, `invite-${size}`);
      await expectPrimaryButtonsClear(page);
      await context.close();
    });

    test("a phone's answer code fits its card, and is whole on the screen, uncovered, and reads from a screenshot", async ({ page, browser }) => {
      const { address } = await questionOut(page);
      const phone = await browser.newContext({ viewport: screen, isMobile: screen.width < 500, hasTouch: true });
      const phonePage = await phone.newPage();
      await phonePage.goto(address);
      await phonePage.getByRole("group", { name: "In welke groep zit je?" }).getByRole("button", { name: "Groep 2" }).click();
      await phonePage.getByRole("group", { name: "Welk nummer heb jij op de placemat?" }).getByRole("button", { name: "Persoon 3" }).click();
      await phonePage.getByLabel("Antwoord 1").fill("Een moestuin achter de flat");
      await phonePage.getByRole("button", { name: "Klaar" }).click();
      const code = phonePage.getByRole("img", { name: "Code met je antwoord" });
      await expect(code).toBeVisible();
      const [box, card] = [await code.boundingBox(), await phonePage.locator(".participant-codes").boundingBox()];
      expect(box.x).toBeGreaterThanOrEqual(card.x);
      expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
      const payload = await decodeQr(code);
      expect(payload).toBeTruthy();
      // The phone holds its code up: scrolled into view, it is whole on the screen.
      await code.scrollIntoViewIfNeeded();
      await expectScannable(phonePage, code, payload, `answer-${size}`);
      await phone.close();
    });
  });
}

test("at 1024×768 the ready-offline message never covers Start ronde on the café's rounds", async ({ page, browser }) => {
  await page.setViewportSize(SCREENS[0]);
  await openHome(page);
  await createWorkshop(page, { title: "Wijkcafé" });
  await addCafe(page);
  await typeField(page, "Vraag voor ronde 1", "Wat gaat goed in de wijk?");
  const storage = await page.context().storageState();
  const { context, page: first } = await firstVisit(browser, SCREENS[0], storage, new URL(page.url()).pathname);
  await openPart(first, "2. Rondes");
  const start = first.getByRole("button", { name: "Start ronde 1" });
  await expect(start).toBeVisible();
  await readyMessage(first);
  await start.scrollIntoViewIfNeeded();
  await expect.poll(() => coveredPoints(start)).toEqual([]);
  await expectPrimaryButtonsClear(first);
  await context.close();
});
