// Shared by the browser benchmarks: the app served from dist/, Debian's
// Chromium, a question's payload, stable ids, Dutch note texts, a page opened with seeded storage and
// a throttled CPU, the save time of one note, and figures for printing.
import { chromium } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { startServer } from "./serve.mjs";

/**
 * A question card as the app puts it in a phone's address: its JSON deflated,
 * in base64url (src/transfer/participate.rs).
 */
export const questionPayload = (card) => deflateRawSync(Buffer.from(JSON.stringify({ v: 1, ...card })), { level: 9 }).toString("base64url");

/** A placemat question for four groups of four. */
export const PLACEMAT_QUESTION = {
  p: "q7k2m9xa",
  q: "Wat heeft de wijk nodig om samen te leven?",
  k: "f",
  t: ["Groep 1", "Groep 2", "Groep 3", "Groep 4"],
  n: 4,
};

/** How the benchmarks launch Debian's Chromium. */
export const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
};

/** Serves dist/ on `port` and starts Chromium; `stop()` ends both. */
export async function startBench(port) {
  // BENCH_DIST: another build to compare with (the figures before a change).
  const dist = process.env.BENCH_DIST ?? fileURLToPath(new URL("../../dist", import.meta.url));
  const app = startServer({ root: dist, port });
  await app.listening;
  const browser = await chromium.launch(launchOptions);
  const stop = async () => {
    await browser.close();
    app.server.closeAllConnections();
    await app.close();
  };
  return { browser, stop };
}

/** A UUID v4-shaped id from a number, stable between runs. */
export const uuid = (kind, n) => `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
/** A short id as the app makes them for notes and themes: 8 characters of 0-9a-z. */
export const shortId = (n) => (36 ** 7 + n).toString(36);

const starts = ["Meer", "Een vaste plek voor", "Wie zorgt voor", "Samen werken aan", "Waarom is er geen",
  "Bewoners willen", "Het buurthuis kan", "Jongeren vragen om", "Ouderen missen", "De gemeente moet"];
/** Subjects of the note texts, also used as theme names. */
export const subjects = ["ontmoeting tussen oude en nieuwe buren", "een moestuin achter de flat",
  "veilige oversteekplaatsen bij de school", "een koffieochtend op zaterdag", "informatie in eenvoudige taal",
  "een klusteam met vrijwilligers", "bankjes langs het fietspad", "een wijkapp voor hulpvragen"];
const ends = ["in de wijk.", "voor iedereen.", "dicht bij huis.", "zonder lange wachtlijst.", "met de buren samen."];

/** Dutch note text of about 60 characters. */
export function noteText(n) {
  const text = `${starts[n % starts.length]} ${subjects[(n >> 1) % subjects.length]} ${ends[(n >> 2) % ends.length]}`;
  return text.length > 64 ? `${text.slice(0, 63).trimEnd()}…` : text;
}

/** The moment the seeded data was made. */
export const SEEDED_AT = 1_795_000_000_000;

/**
 * A stored workshop envelope (schema 5, as the app writes it) holding one
 * activity: { workshop, key, value } for `openSeeded`.
 */
export function seedWorkshop(title, activity) {
  const workshop = {
    id: uuid(0, 1),
    title,
    date: null,
    place: "",
    goal: "",
    facilitator: "",
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
    activities: [activity],
  };
  const value = JSON.stringify({ schema: 5, rev: 1, saved_at: SEEDED_AT, data: workshop });
  return { workshop, key: `werktafel:v1:workshop:${workshop.id}`, value };
}

/**
 * A fresh context with `seed` ({ key, value }) in its localStorage (a running
 * timer's `"started_at":0` becomes now), the CPU slowed `throttle` times; opens
 * `url` and waits for `ready(page)`. Returns the page and how long opening took.
 */
export async function openSeeded(browser, { seed, url, throttle, ready }) {
  const context = await browser.newContext();
  await context.addInitScript(({ key, value }) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, value.replace('"started_at":0', `"started_at":${Date.now()}`));
  }, seed);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const start = Date.now();
  await page.goto(url);
  await ready(page);
  return { context, page, errors, opened: Date.now() - start };
}

/**
 * Adds one note in the element labelled `place` (its first textarea and the
 * button named "Notitie toevoegen"). The app saves synchronously in the click
 * handler, so the handler's duration is the save; also until the next frame.
 */
export function addNoteTimed(page, place, text) {
  return page.evaluate(
    ([label, text]) =>
      new Promise((resolve) => {
        const box = document.querySelector(`[aria-label="${label}"]`);
        const field = box.querySelector(".add-note textarea");
        const named = (b) => (b.getAttribute("aria-label") ?? b.textContent) === "Notitie toevoegen";
        const button = [...box.querySelectorAll("button")].find(named);
        const before = box.querySelectorAll("ul.notes > li").length;
        field.value = text;
        field.dispatchEvent(new Event("input", { bubbles: true }));
        const t = performance.now();
        button.click();
        const handler = performance.now() - t;
        requestAnimationFrame(() => {
          const frame = performance.now() - t;
          resolve({ handler, frame, added: box.querySelectorAll("ul.notes > li").length - before });
        });
      }),
    [place, text],
  );
}

/** Taps the button with this text and waits until `selector` matches `count` elements. */
export function tapUntilDrawn(page, buttonText, selector, count) {
  return page.evaluate(
    ([buttonText, selector, count]) =>
      new Promise((resolve) => {
        const button = [...document.querySelectorAll("button, a")].find((b) => b.textContent === buttonText);
        const start = performance.now();
        button.click();
        const poll = () =>
          document.querySelectorAll(selector).length >= count ? resolve(performance.now() - start) : requestAnimationFrame(poll);
        poll();
      }),
    [buttonText, selector, count],
  );
}

/** The middle value. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Milliseconds with one decimal. */
export const ms = (x) => `${x.toFixed(1)} ms`;
/** Kilobytes, whole. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * What the app stored for workshop `key`, its parts joined in: the size of
 * the workshop's value and its parts' values (UTF-16 units and UTF-8 bytes),
 * how many keys, and the workshop's data as one document.
 */
export function readStored(page, key) {
  return page.evaluate((key) => {
    const id = key.split(":").pop();
    const texts = [localStorage.getItem(key)];
    const envelope = JSON.parse(texts[0]);
    for (const part of envelope.parts ?? []) {
      const text = localStorage.getItem(`werktafel:v1:part:workshop:${id}:${part.activity}:${part.part}:${part.rev}`);
      texts.push(text);
      const data = JSON.parse(text).data;
      const activity = envelope.data.activities.find((a) => a.id === part.activity);
      const table = activity.tables?.find((t) => t.id === part.part);
      if (table) table.cloths = data;
      const group = activity.groups?.find((g) => g.id === part.part);
      if (group) Object.assign(group, data);
    }
    return {
      units: texts.reduce((sum, t) => sum + t.length, 0),
      utf8: texts.reduce((sum, t) => sum + new TextEncoder().encode(t).length, 0),
      keys: texts.length,
      workshop: envelope.data,
    };
  }, key);
}
