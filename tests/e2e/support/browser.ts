/**
 * Debian's Chromium driven by playwright-core. Without a Chromium the
 * browser tests skip with a message, except under CI=true, where a missing
 * browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.FACTLINE_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH} (install it with \`apt-get install -y chromium\`, or set FACTLINE_CHROMIUM).`;
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests cannot be skipped under CI=true.`);
  console.warn(`Skipping browser tests: ${message}`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}
