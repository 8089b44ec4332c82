// Benchmark (make bench): the participant's phone page in WebKit (Safari's
// engine; WebKitGTK's MiniBrowser under Xvfb), from opening a question's
// address until the answer form shows, beside a small static file of the same
// host and the facilitator's home screen, each in a new browser.
// Time only: WebKitGTK's WebDriver cannot slow the CPU or the network.
import { PLACEMAT_QUESTION, median, questionPayload } from "../bench-helpers.mjs";
import { startWebKit } from "./browser.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const webkit = await startWebKit();
const phone = `${webkit.base}meedoen/#${questionPayload(PLACEMAT_QUESTION)}`;

/** Milliseconds from navigating `browser` to `url` until `selector` shows. */
async function until(browser, url, selector) {
  const start = Date.now();
  await browser.url(url);
  await browser.$(selector).waitForDisplayed({ timeout: 60_000 });
  return Date.now() - start;
}

const form = [];
const blank = [];
const home = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // A new browser each run: nothing cached. The app's icon, a small static
    // file of the same host, stands in for a blank page.
    const browser = await webkit.open();
    blank.push(await until(browser, `${webkit.base}icon.svg`, "svg"));
    form.push(await until(browser, phone, "#answer-0"));
    await webkit.close(browser);
    // The whole facilitator's app, which phones loaded before they had a page of their own.
    const fresh = await webkit.open();
    home.push(await until(fresh, webkit.base, '//button[contains(., "Nieuwe bijeenkomst")]'));
    await webkit.close(fresh);
  }
} finally {
  await webkit.stop();
}
const row = (name, xs) => console.log(`  ${name.padEnd(30)} median ${String(median(xs)).padStart(5)} ms  (runs: ${xs.join(", ")})`);
console.log(`phone page in WebKit (MiniBrowser, no throttling), ${RUNS} runs`);
row("a static file shown", blank);
row("phone: question form shown", form);
row("facilitator: home shown", home);
