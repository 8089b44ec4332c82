// Benchmark (make bench): a library of 500 persona's in headless Chromium with the
// CPU slowed down 4× (a modest tablet): the time from tapping "Persona's" until all
// 500 cards are on screen, and from typing a search until the list has changed.
// Prints figures; asserts nothing about time.
import { chromium } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";

const COUNT = 500;
const RUNS = 5;
const THROTTLE = 4;
const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const app = startServer({ root: dist, port: 4178 });
await app.listening;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});

/** Stored envelopes of `count` persona's, as the app writes them. */
function storedPersonas(count) {
  const tags = [["LVB"], ["ggz"], ["ouderen", "mantelzorger"], ["jeugd"]];
  const entries = {};
  for (let i = 0; i < count; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const fields = {
      name: `Persona ${i}`,
      age: 20 + (i % 60),
      place: "Zeist",
      household: "Woont alleen in een flat op de derde verdieping.",
      tags: tags[i % tags.length],
      question: i % 10 === 0 ? "Hij wil weer naar school." : "Zij zoekt hulp bij geldzaken.",
      wishes: "Meer grip op de eigen week.",
      quote: "Ik wil het zelf kunnen.",
    };
    const data = {
      id,
      created_at: i,
      updated_at: i,
      example: false,
      avatar: { type: "initials", colour: "blue" },
      fields,
      revisions: [{ at: i, note: "", fields }],
    };
    entries[`werktafel:v1:persona:${id}`] = JSON.stringify({ schema: 1, rev: 1, saved_at: i, data });
  }
  return entries;
}

const entries = storedPersonas(COUNT);
const rendered = [];
const filtered = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  await context.addInitScript((stored) => {
    if (!localStorage.getItem("werktafel:v1:persona:00000000-0000-4000-8000-000000000000")) {
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
    }
  }, entries);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await page.goto("http://127.0.0.1:4178/");
  await page.getByRole("link", { name: "Persona's" }).waitFor();

  rendered.push(
    await page.evaluate(
      (count) =>
        new Promise((resolve) => {
          const start = performance.now();
          [...document.querySelectorAll("nav a")].find((a) => a.textContent === "Persona's").click();
          const poll = () =>
            document.querySelectorAll(".persona-list > li").length === count
              ? resolve(performance.now() - start)
              : requestAnimationFrame(poll);
          poll();
        }),
      COUNT,
    ),
  );

  filtered.push(
    await page.evaluate(
      (count) =>
        new Promise((resolve) => {
          const input = document.querySelector("#persona-search");
          const start = performance.now();
          input.value = "school";
          input.dispatchEvent(new Event("input", { bubbles: true }));
          const poll = () =>
            document.querySelectorAll(".persona-list > li").length === count / 10
              ? resolve(performance.now() - start)
              : requestAnimationFrame(poll);
          poll();
        }),
      COUNT,
    ),
  );
  await context.close();
}
await browser.close();
await app.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, xs) =>
  console.log(`  ${name.padEnd(44)} median ${median(xs).toFixed(0).padStart(5)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(", ")})`);
console.log(`persona list benchmark: ${COUNT} persona's, headless Chromium, CPU throttled ${THROTTLE}×, ${RUNS} runs`);
row(`tap "Persona's" until all ${COUNT} cards are drawn`, rendered);
row(`type a search until the ${COUNT / 10} found are drawn`, filtered);
