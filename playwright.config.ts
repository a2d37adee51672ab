import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.TEST_PORT ?? 4174);

/** Flags for Debian's Chromium on a machine with no network but loopback; see README. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	// Hang guards, not speed checks: generous so a loaded 2-core machine never fails a test that would pass, and
	// speed is measured by `npm run bench` instead.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	forbidOnly: true,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'off',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Pixel 7'],
				// Keep Playwright's device size and touch, but never its own browser download.
				browserName: 'chromium',
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: chromiumArgs
				}
			}
		}
	],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
