// End-to-end tests against the release build, served as a static host would.
// Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser.
import { defineConfig } from "@playwright/test";

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
    baseURL: "http://127.0.0.1:4173/",
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
      command: "node serve.mjs ../../dist 4173 /",
      url: "http://127.0.0.1:4173/",
      reuseExistingServer: false,
    },
    {
      command: "node serve.mjs ../../target/dist-subpath 4174 /werktafel/",
      url: "http://127.0.0.1:4174/werktafel/",
      reuseExistingServer: false,
    },
  ],
});
