// The three browser engines, driven over W3C WebDriver with selenium-webdriver: Chromium
// through ChromeDriver, Firefox through geckodriver and WebKit (WebKitGTK, Safari's engine
// family) through WebKitWebDriver, which needs a display (scripts/test runs these tests under
// xvfb-run). Every browser and driver is the system's; nothing is downloaded.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

import { FLAGS } from './browser.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { Builder, Capabilities, WebDriver } = require('selenium-webdriver');
const chrome = require('selenium-webdriver/chrome');
const firefox = require('selenium-webdriver/firefox');
const { Executor, HttpClient } = require('selenium-webdriver/http');

/** The engines to test: all three, or those named in BROADSHEET_ENGINES (comma-separated). */
export const ENGINES = (process.env.BROADSHEET_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

const which = (name) => execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();

/** A free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function webkit() {
  const port = await freePort();
  const server = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const driver = await WebDriver.createSession(new Executor(new HttpClient(url)), new Capabilities());
  const quit = driver.quit.bind(driver);
  driver.quit = async () => {
    try {
      await quit();
    } finally {
      server.kill();
    }
  };
  return driver;
}

/** Starts `engine`'s browser, headless, and returns its WebDriver session. */
export async function start(engine) {
  let driver;
  if (engine === 'chromium') {
    const options = new chrome.Options()
      .setChromeBinaryPath('/usr/bin/chromium')
      .addArguments(
        '--headless=new',
        ...FLAGS,
        '--window-size=1280,900',
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'bs-chromium-'))}`,
      );
    driver = await new Builder()
      .forBrowser('chrome')
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder('/usr/bin/chromedriver'))
      .build();
  } else if (engine === 'firefox') {
    const options = new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless');
    driver = await new Builder()
      .forBrowser('firefox')
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(which('geckodriver')))
      .build();
  } else if (engine === 'webkit') {
    driver = await webkit();
  } else {
    throw new Error(`unknown engine ${engine}`);
  }
  await driver.manage().setTimeouts({ script: 20_000 });
  return driver;
}
