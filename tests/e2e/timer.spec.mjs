// The free timer from the header under Playwright's clock (3 minutes run out
// with the flash, a reload keeps it, 2 × 5 goes on into the second round),
// table mode on the placemat at 1024×768 (in and out, the upper field in view,
// also right after "Start fase 1"), and the now-view showing the time of the
// café round running inside the block on now.
import { test, expect } from "./fixtures.mjs";
import { createWorkshop, openHome, typeField } from "./helpers.mjs";
import { addPlacemat, field, openPart } from "./work-forms.mjs";

const T0 = Date.parse("2026-12-10T09:00:00Z");
const FREE_TIMER_KEY = "werktafel:free-timer";

/** The header's timer button (its text is the time left while it runs). */
function timerButton(page) {
  return page.locator("header .free-timer-toggle");
}

/** The free timer's panel. */
function panel(page) {
  return page.getByRole("region", { name: "Losse timer" });
}

/** Opens the app under a fake clock (paused a minute in) and starts a preset from the header. */
async function startFreeTimer(page, preset) {
  await page.clock.install({ time: T0 });
  await openHome(page);
  await page.clock.pauseAt(T0 + 60_000);
  await timerButton(page).click();
  await panel(page).getByRole("button", { name: preset }).click();
}

/** What the free timer's key holds. */
function storedFreeTimer(page) {
  return page.evaluate((key) => localStorage.getItem(key), FREE_TIMER_KEY);
}

test("a free timer of 3 minutes runs out with the flash, and a reload keeps it", async ({ page }) => {
  await startFreeTimer(page, "Energizer: 3 min");
  await expect(timerButton(page)).toHaveText("Timer 03:00");
  await expect(panel(page).getByRole("timer", { name: "Tijd over" })).toHaveText("03:00");
  expect(JSON.parse(await storedFreeTimer(page))).toMatchObject({ minutes: 3, rounds: 1, round: 0 });

  await page.clock.fastForward("01:00");
  await expect(timerButton(page)).toHaveText("Timer 02:00");
  await page.reload();
  await expect(timerButton(page)).toHaveText("Timer 02:00");

  // Moving between screens, the time stays in view.
  await page.getByRole("link", { name: "Persona's" }).click();
  await expect(timerButton(page)).toHaveText("Timer 02:00");

  await page.clock.fastForward("02:00");
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toHaveClass(/flash/);
  await expect(panel(page).getByRole("status").filter({ hasText: "De tijd is om" })).toBeVisible();
  await expect(timerButton(page)).toHaveText("Timer 00:00");

  await panel(page).getByRole("button", { name: "Timer stoppen" }).click();
  await expect(timerButton(page)).toHaveText("Timer");
  expect(await storedFreeTimer(page)).toBeNull();
});

test("a pair interview of 2 × 5 minutes goes on into the second round; pause and +1 min", async ({ page }) => {
  await startFreeTimer(page, "Interview in tweetallen: 2 × 5 min");
  await expect(panel(page).getByText("Ronde 1 van 2")).toBeVisible();
  await page.clock.fastForward("05:30");
  await expect(panel(page).getByText("Ronde 2 van 2")).toBeVisible();
  await expect(panel(page).getByRole("timer", { name: "Tijd over" })).toHaveText("04:30");
  await expect(panel(page)).not.toHaveClass(/flash/);

  await panel(page).getByRole("button", { name: "+1 min: één minuut erbij" }).click();
  await expect(panel(page).getByRole("timer", { name: "Tijd over" })).toHaveText("05:30");
  await panel(page).getByRole("button", { name: "Pauze", exact: true }).click();
  await page.clock.fastForward("02:00");
  await expect(panel(page).getByRole("timer", { name: "Tijd over" })).toHaveText("05:30");
  await expect(timerButton(page)).toHaveText("Timer 05:30");
  expect(JSON.parse(await storedFreeTimer(page))).toMatchObject({ minutes: 5, rounds: 2, round: 1 });

  // Own minutes and rounds out of range are refused with the reason.
  await panel(page).getByRole("button", { name: "Timer stoppen" }).click();
  await panel(page).getByLabel("Minuten per ronde (1 tot en met 120)").fill("500");
  await panel(page).getByRole("button", { name: "Timer starten" }).click();
  await expect(panel(page).getByText("Kies 1 tot en met 120 minuten per ronde en 1 tot en met 10 rondes.")).toBeVisible();
  expect(await storedFreeTimer(page)).toBeNull();
});

test("an unreadable free timer is set aside and the app goes on", async ({ page }) => {
  await openHome(page);
  await page.evaluate((key) => localStorage.setItem(key, "{kapot"), FREE_TIMER_KEY);
  await page.reload();
  await expect(timerButton(page)).toHaveText("Timer");
  expect(await storedFreeTimer(page)).toBeNull();
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("werktafel:quarantine:")));
  expect(aside).toHaveLength(1);
  expect(aside[0]).toMatch(/werktafel:free-timer$/);
});

/** Whether the whole box lies on the screen of `height` pixels. */
function onScreen(box, height) {
  return box !== null && box.y >= 0 && box.y + box.height <= height + 1;
}

test("table mode on the placemat at 1024×768: in and out, the upper field in view", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openHome(page);
  await createWorkshop(page, { title: "Tafelweergave" });
  await addPlacemat(page);
  await typeField(page, "Vraag voor alle groepen", "Wat heeft de wijk nodig?");
  await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
  const mat = page.getByRole("region", { name: "Placemat van Groep 1" });
  await expect(mat).toBeVisible();
  // Right after the start, the upper field (the person across, "Persoon 3") is in view.
  await expect.poll(async () => onScreen(await field(mat, "Persoon 3").boundingBox(), 768)).toBe(true);

  await page.getByRole("button", { name: "Tafelweergave", exact: true }).click();
  await expect(page.locator("header.app-header")).toBeHidden();
  const leave = page.getByRole("button", { name: "Tafelweergave sluiten" });
  await expect(leave).toBeVisible();
  // The whole placemat on the screen, from its upper field to its lower one.
  await expect.poll(async () => onScreen(await mat.boundingBox(), 768)).toBe(true);
  expect(onScreen(await field(mat, "Persoon 3").boundingBox(), 768)).toBe(true);
  expect(onScreen(await field(mat, "Persoon 1").boundingBox(), 768)).toBe(true);
  await expect(leave).toBeInViewport();

  await leave.click();
  await expect(page.locator("header.app-header")).toBeVisible();
  await expect(leave).toHaveCount(0);
  await expect(field(mat, "Persoon 3")).toBeInViewport();

  // Escape leaves it too.
  await page.getByRole("button", { name: "Tafelweergave", exact: true }).click();
  await expect(page.locator("header.app-header")).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(page.locator("header.app-header")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tafelweergave", exact: true })).toBeVisible();
});

test("the now-view shows the time of the café round running inside the block", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await openHome(page);
  await createWorkshop(page, { title: "Café in het draaiboek" });
  await page.getByRole("link", { name: "Programma (draaiboek)" }).click();
  await page.getByRole("link", { name: "Kies uit de methodenbibliotheek" }).click();
  await page.getByLabel("Zoeken").fill("wereldcafé");
  const card = page.locator(".method").filter({ has: page.getByRole("heading", { level: 2, name: "Wereldcafé", exact: true }) });
  await card.getByRole("button", { name: "Aan programma toevoegen" }).click();
  await expect(page.getByText("Wereldcafé staat nu in het programma van")).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: "Draaiboek draaien" }).click();
  const start = T0 + 60 * 60_000;
  await page.clock.pauseAt(start);
  await page.getByRole("button", { name: "Begin met het eerste blok" }).click();
  await expect(page.locator(".form-timer")).toHaveCount(0);

  await page.getByRole("link", { name: "Werkvorm openen" }).click();
  await openPart(page, "1. Voorbereiden");
  await typeField(page, "Vraag voor ronde 1", "Wat werkt al goed?");
  const minutes = Number(await page.getByLabel("Minuten per ronde (5 tot en met 45)").inputValue());
  await openPart(page, "2. Rondes");
  await page.getByRole("button", { name: "Start ronde 1", exact: true }).click();
  await page.getByRole("link", { name: "← Terug naar het draaiboek" }).click();

  const cafeTime = page.getByRole("region", { name: "Tijd in de werkvorm" });
  await expect(cafeTime).toContainText(/Ronde 1 van \d/);
  const pad = (n) => String(n).padStart(2, "0");
  await expect(cafeTime.getByRole("timer")).toHaveText(`${pad(minutes)}:00`);
  await page.clock.fastForward("01:00");
  await expect(cafeTime.getByRole("timer")).toHaveText(`${pad(minutes - 1)}:00`);
  // The block's own timer stays above it.
  await expect(page.locator(".live-now > .timer-face .countdown")).toBeVisible();
});
