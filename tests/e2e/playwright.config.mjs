// End-to-end tests against the release build, served as a static host would.
// Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser.
import { defineConfig } from "@playwright/test";
import { ORIGIN, PORT, SUB_ORIGIN } from "./origin.mjs";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  outputDir: "test-results",
  globalSetup: "./global-setup.mjs",
  use: {
    baseURL: ORIGIN,
    browserName: "chromium",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `node serve.mjs ../../dist ${PORT} /`,
      url: ORIGIN,
      reuseExistingServer: false,
    },
    {
      command: `node serve.mjs ../../target/dist-subpath ${PORT + 1} /werktafel/`,
      url: SUB_ORIGIN,
      reuseExistingServer: false,
    },
  ],
});
