import { defineConfig } from '@playwright/test';

/**
 * The browser tests: Debian's Chromium (never a downloaded browser) against a running platform, by default the one
 * ./run.sh starts; system-tests runs them against its own stack (BASE_URL=http://127.0.0.1:18080).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  // the tests share one platform and one application walks through every role in order
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    // the SPA then turns Ant Design's animations off, so that what is checked is the settled screen
    reducedMotion: 'reduce',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // the machine's network is closed: without these Chromium keeps dialling Google's services
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
});
