// Headless Chromium from the system (Debian's package), driven by playwright-core.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');

/** Flags that let Chromium run headless as root on a machine with a closed network. */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium (CHROMIUM overrides its path). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
}

/**
 * Waits until the live widget shows something: the release build's index.html shows a first
 * screen rendered at build time at once, and the widget takes its place once it has rendered.
 */
export function live(page) {
  return page.waitForFunction(() => {
    const root = document.querySelector('broadsheet-news')?.shadowRoot;
    return root && !root.querySelector('[data-prerendered]') && root.querySelector('.bs-card, .bs-reader, .bs-empty');
  });
}

/**
 * Waits for the summary card to catch up with the list: the widget makes a new search's
 * summary in the task after the frame that paints its list. Two frames, each with a task after
 * it, take in that task and the frame that paints the card.
 */
export function summed(page) {
  const frameAndTask = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return page.evaluate(`(${frameAndTask})().then(${frameAndTask})`);
}
