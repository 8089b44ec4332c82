// WebKit, the engine of Safari on the iPad, driven over WebDriver: Debian's
// WebKitGTK MiniBrowser under Xvfb, with WebKitWebDriver and webdriverio.
// Playwright cannot drive it (its WebKit is a download of its own), so this file
// gives the WebKit journeys what Playwright gives the Chromium specs: a browser
// on a served dist/, and elements found by role and accessible name, as a
// person finds them. It is not a general WebDriver library.
import { spawn } from "node:child_process";
import { openSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";
import { startServer } from "../serve.mjs";
import { storedWorkshopsInPage } from "../stored.mjs";

const DIST = fileURLToPath(new URL("../../../dist", import.meta.url));
const LOGS = fileURLToPath(new URL("../webkit-results/", import.meta.url));
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
/** How long a step waits for the app before it fails. */
const WAIT_MS = 10_000;
/** MiniBrowser's toolbar above the page, in pixels; measured when a size is set. */
let chromeHeight = null;

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts a process and stops the run if it dies before `stop`. */
function start(command, args, options) {
  const child = spawn(command, args, options);
  child.once("error", (error) => {
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  });
  return child;
}

/** Waits until a TCP port answers. */
async function waitForPort(port) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const open = await fetch(`http://127.0.0.1:${port}/status`).then(() => true, () => false);
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answers on port ${port}`);
}

/**
 * Xvfb on a free display and dist/ served on a free port. Returns the base
 * address, `open` for a browser (each with its own WebKitWebDriver, which
 * drives one browser at a time), `close` for one, and `stop` for all.
 */
export async function startWebKit() {
  // Tall enough for 820×1180 (an iPad Air upright) plus the toolbar.
  const xvfb = start("Xvfb", ["-displayfd", "3", "-screen", "0", "1400x1400x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "inherit", "pipe"],
  });
  const display = await new Promise((done) => xvfb.stdio[3].once("data", (d) => done(`:${d.toString().trim()}`)));
  // The browser's own warnings (no D-Bus, no sound card) go to a log file.
  await mkdir(LOGS, { recursive: true });
  const log = openSync(`${LOGS}webkit.log`, "w");
  const appPort = await freePort();
  const host = startServer({ root: DIST, port: appPort });
  await host.listening;
  const drivers = new Map();
  const close = async (browser) => {
    await browser.deleteSession().catch(() => {});
    drivers.get(browser)?.kill();
    drivers.delete(browser);
  };
  return {
    base: `http://127.0.0.1:${appPort}/`,
    /** A new MiniBrowser with empty storage. */
    async open() {
      const port = await freePort();
      const driver = start("WebKitWebDriver", [`--port=${port}`], {
        // No session bus here: without this GLib tries to start one for every
        // page, and now and then the page's process dies on the failed start.
        env: { ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: "disabled:" },
        stdio: ["ignore", log, log],
      });
      await waitForPort(port);
      const browser = await remote({
        hostname: "127.0.0.1",
        port,
        path: "/",
        logLevel: "warn",
        waitforTimeout: WAIT_MS,
        capabilities: {
          // WebKitGTK's WebDriver BiDi is partial: use classic WebDriver.
          "wdio:enforceWebDriverClassic": true,
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        },
      });
      drivers.set(browser, driver);
      return browser;
    },
    close,
    /** A second server of the same dist/ on a free port (another origin). */
    async extraHost() {
      const port = await freePort();
      const extra = startServer({ root: DIST, port });
      await extra.listening;
      return {
        base: `http://127.0.0.1:${port}/`,
        close() {
          extra.server.closeAllConnections();
          return extra.close();
        },
      };
    },
    async stop() {
      for (const browser of [...drivers.keys()]) await close(browser);
      host.server.closeAllConnections();
      await host.close();
      xvfb.kill();
    },
  };
}

/**
 * In the page: the visible elements of an ARIA role (or "field" for a labelled
 * form control, or "text" for the smallest element holding a text) whose
 * accessible name matches, inside `scope`. A simplified accessible name:
 * aria-label, aria-labelledby, a label, an image's alt, a legend, or the text.
 */
function query(role, name, exact, scope) {
  const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
  const textOf = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll("select, textarea, [hidden]").forEach((c) => c.remove());
    return norm(copy.textContent);
  };
  const nameOf = (el) => {
    if (el.hasAttribute("aria-label")) return norm(el.getAttribute("aria-label"));
    const by = el.getAttribute("aria-labelledby");
    if (by) return norm(by.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(" "));
    if (el.labels?.length) return norm([...el.labels].map(textOf).join(" "));
    if (el.tagName === "IMG") return norm(el.alt);
    if (el.tagName === "FIELDSET") return textOf(el.querySelector("legend") ?? document.createElement("i"));
    return textOf(el);
  };
  const selectors = {
    button: "button, [role=button]",
    link: "a[href]",
    heading: "h1, h2, h3, h4, h5, h6",
    field: "input, textarea, select",
    radio: "input[type=radio]",
    checkbox: "input[type=checkbox]",
    region: "section[aria-label], section[aria-labelledby], [role=region]",
    group: "[role=group], fieldset",
    radiogroup: "[role=radiogroup]",
    navigation: "nav",
    img: "[role=img], img",
    list: "ul, ol, [role=list]",
    listitem: "li",
    status: "[role=status]",
    alert: "[role=alert]",
    timer: "[role=timer]",
    article: "article",
    text: "body *",
  };
  const visible = (el) => {
    if (el.type === "radio" || el.type === "checkbox") el = el.closest("label") ?? el;
    const style = getComputedStyle(el);
    return el.getClientRects().length > 0 && style.visibility !== "hidden";
  };
  const wanted = typeof name === "string" ? name : new RegExp(name.source, name.flags);
  const matches = (el) => {
    const own = role === "text" ? textOf(el) : nameOf(el);
    if (wanted instanceof RegExp) return wanted.test(own);
    return exact ? own === wanted : own.toLowerCase().includes(wanted.toLowerCase());
  };
  let found = [...(scope ?? document).querySelectorAll(selectors[role])].filter((el) => matches(el) && visible(el));
  if (role === "text") found = found.filter((el) => ![...el.children].some((c) => found.includes(c)));
  return found;
}

/** A name as it travels to the page: a string, or a regular expression's parts. */
const wire = (name) => (name instanceof RegExp ? { source: name.source, flags: name.flags } : name);

/** Polls `check` until it returns something truthy; fails with `what`. */
export async function until(check, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the address is a page matching `path` (a regular expression): the
 * app's router changes the address once the next page's code is there and the
 * page is shown, while the page before stays until then.
 */
export function atPath(browser, path) {
  return until(async () => path.test(new URL(await browser.getUrl()).pathname), `the address ${path}`);
}

/**
 * The page, found by role and name as Playwright finds them: a name matches a
 * part of the accessible name, in any case, unless `exact`. `get(role, name,
 * { exact, within })` waits for exactly one visible match (the first of
 * several with `first`); `count` counts them now.
 */
export function roles(browser) {
  const all = (role, name, exact, within) =>
    browser.execute(query, role, wire(name), exact, within ?? null);
  return {
    async get(role, name, { exact = false, within, first = false, timeout } = {}) {
      const found = await until(async () => {
        const list = await all(role, name, exact, within);
        return list.length === 1 || (first && list.length > 0) ? list : null;
      }, `one ${role} "${name}"`, timeout).catch(async (error) => {
        console.error(`the page when ${role} "${name}" was not found:`, await browser.execute(pageNow));
        throw error;
      });
      return browser.$(found[0]);
    },
    async count(role, name, { exact = false, within } = {}) {
      return (await all(role, name, exact, within)).length;
    },
  };
}

/**
 * Waits for the first visit's message that the app now works offline (the
 * service worker has cached every file), then closes it as a person would: it
 * lies over the bottom of the page, where WebDriver does not tap around it.
 */
export async function offlineReady(page) {
  await page.get("text", "Klaar: Werktafel werkt nu op dit apparaat ook zonder internet.", { timeout: 30_000 });
  await (await page.get("button", "Sluiten", { within: await page.get("region", "Meldingen") })).click();
}

/** In the page: what a failed wait shows of it (address, pressed buttons, focus, scroll, the main part's text). */
function pageNow() {
  return JSON.stringify({
    address: location.href,
    pressed: [...document.querySelectorAll("[aria-pressed=true]")].map((b) => b.textContent),
    focus: document.activeElement?.outerHTML.slice(0, 160),
    scrollY,
    main: document.querySelector("main")?.innerText.slice(0, 800),
  });
}

/**
 * Types into a field and leaves it with Tab (fields save on change or blur),
 * then waits until the page has handled it: the field has lost focus and two
 * frames are drawn. A tap right after the Tab could otherwise be aimed where
 * the page is about to move: the change redraws it (more tables, more persons
 * per group) and the focus can scroll it.
 */
export async function fill(browser, element, text) {
  await element.setValue(text);
  await browser.keys("Tab");
  await until(() => browser.execute((field) => document.activeElement !== field, element), "the field to lose focus");
  await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/** Waits until `element`'s text (whitespace collapsed) matches. */
export async function textIs(element, wanted) {
  const ok = (t) => (wanted instanceof RegExp ? wanted.test(t) : t === wanted);
  return until(async () => {
    const text = (await element.getText()).replace(/\s+/g, " ").trim();
    return ok(text) ? text : null;
  }, `text ${wanted}`);
}

/** Stored workshops in this page's localStorage, their parts joined in. */
export function storedWorkshops(browser) {
  return browser.execute(storedWorkshopsInPage);
}

/**
 * Runs `run` and, if WebKitGTK's web process died under it (the session is
 * gone: "page crash or hang", then "invalid session id"), once more, saying so
 * on stderr. Seen once in a clean-clone CI run on a loaded 2-core machine,
 * during a click on a placemat; not the app's own crash (that is `noCrash`),
 * whose assertions and messages fail at once.
 */
export async function retryIfWebKitDied(run) {
  try {
    return await run();
  } catch (error) {
    if (!/invalid session id|page crash or hang/.test(String(error?.message ?? error))) throw error;
    console.error(`WebKit's web process died; running the test once more: ${error.message}`);
    return run();
  }
}

/** Fails if the app showed its crash message (the Rust panic hook's). */
export async function noCrash(browser) {
  const crash = await browser.execute(() => {
    const el = document.getElementById("crash");
    return el && !el.hidden ? el.textContent : null;
  });
  if (crash) throw new Error(`the app crashed: ${crash}`);
}

/**
 * Sets the page's own size (the viewport) to `width`×`height`: the window
 * is that plus MiniBrowser's toolbar.
 */
export async function setViewport(browser, width, height) {
  if (chromeHeight === null) {
    const [outer, inner] = await browser.execute(() => [outerHeight, innerHeight]);
    chromeHeight = outer - inner;
  }
  await browser.setWindowSize(width, height + chromeHeight);
  await until(
    async () => {
      const [w, h] = await browser.execute(() => [innerWidth, innerHeight]);
      return w === width && h === height;
    },
    `a viewport of ${width}×${height}`,
  );
}
