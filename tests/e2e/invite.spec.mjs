// Inviting participants: a QR code that decodes to the app's address, a warning
// for addresses phones cannot use, a settable address, copy and projector view.
import { test, expect } from "@playwright/test";
import { ORIGIN } from "./origin.mjs";
import { decodeQr, openHome } from "./helpers.mjs";

test("the QR code holds the app's address and warns that localhost is for this device only", async ({ page }) => {
  await openHome(page);
  await page.getByRole("link", { name: "Uitnodigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deelnemers uitnodigen" })).toBeVisible();
  const qr = page.getByRole("img", { name: `QR-code met het adres ${ORIGIN}` });
  await expect(qr).toBeVisible();
  expect(await decodeQr(qr)).toBe(ORIGIN);
  await expect(page.getByRole("alert")).toContainText("Dit adres werkt alleen op dit apparaat");
});

test("a set address is validated, saved, and used by the QR code", async ({ page }) => {
  await openHome(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  const field = page.getByLabel("Openbaar adres van Werktafel");

  await field.fill("werktafel punt nl");
  await page.getByRole("button", { name: "Adres opslaan" }).click();
  await expect(page.getByRole("alert")).toHaveText("Een webadres mag geen spaties bevatten.");
  await field.fill("werktafel.gemeente.nl");
  await page.getByRole("button", { name: "Adres opslaan" }).click();
  await expect(page.getByRole("alert")).toHaveText("Een webadres begint met https:// (of http://).");
  await expect(page.getByText(`Nu gebruikt: ${ORIGIN}`)).toBeVisible();

  await field.fill("https://werktafel.gemeente.example/regio/");
  await page.getByRole("button", { name: "Adres opslaan" }).click();
  await expect(page.getByText("Adres opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Nu gebruikt: https://werktafel.gemeente.example/regio/")).toBeVisible();

  await page.getByRole("link", { name: "Uitnodigen" }).click();
  const qr = page.getByRole("img", { name: "QR-code met het adres https://werktafel.gemeente.example/regio/" });
  expect(await decodeQr(qr)).toBe("https://werktafel.gemeente.example/regio/");
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.getByRole("link", { name: "Ander adres instellen" }).click();
  await page.getByRole("button", { name: "Huidig adres gebruiken" }).click();
  await expect(page.getByText(`Nu gebruikt: ${ORIGIN}`)).toBeVisible();
});

test("a plain http address on another host gets the offline warning", async ({ page }) => {
  await openHome(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByLabel("Openbaar adres van Werktafel").fill("http://werktafel.example.nl/");
  await page.getByRole("button", { name: "Adres opslaan" }).click();
  await page.getByRole("link", { name: "Uitnodigen" }).click();
  await expect(page.getByRole("alert")).toContainText("Dit adres begint met http:// zonder s.");
});

test("the address can be copied and projected full screen", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openHome(page);
  await page.getByRole("link", { name: "Uitnodigen" }).click();
  await page.getByRole("button", { name: "Adres kopiëren" }).click();
  await expect(page.getByText("Adres gekopieerd.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ORIGIN);

  await page.getByRole("button", { name: "Projecteren" }).click();
  const projector = page.getByRole("dialog", { name: "Deelnemers uitnodigen" });
  await expect(projector).toBeVisible();
  const qr = projector.getByRole("img");
  const box = await qr.boundingBox();
  expect(box.width).toBeGreaterThan(400);
  expect(await decodeQr(qr)).toBe(ORIGIN);
  await projector.getByRole("button", { name: "Sluiten" }).click();
  await expect(projector).toHaveCount(0);
});
