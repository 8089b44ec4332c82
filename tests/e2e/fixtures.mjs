// `test` with a watchdog: every page in the test's browser context is watched, and
// the test fails if the app threw an uncaught error or panicked (the Rust panic hook
// logs "panicked at …" to the console before it shows the crash message), even when
// every step the test checks looked fine.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  context: async ({ context }, use) => {
    const errors = [];
    context.on("page", (page) => {
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("panicked at")) {
          errors.push(`${page.url()}: ${message.text()}`);
        }
      });
    });
    await use(context);
    expect(errors, "uncaught errors or panics in the app").toEqual([]);
  },
});

export { expect };
