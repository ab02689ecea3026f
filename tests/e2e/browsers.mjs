// One small interface over both browsers, each driven by the tool that
// works with the Debian build: Playwright for Chromium, Puppeteer (WebDriver
// BiDi) for Firefox. Tests written against it run in both.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX_UUID = '5b7f8f39-2c55-4f7e-9a51-0b7c4f0e6a11';
const GECKO_ID = 'objection@objection-extension';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Report the service worker's own requests too (Playwright's switch for it).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/**
 * Requests that are not a page navigation the test made or a resource of
 * the extension itself: anything here was sent by someone else's code, and
 * the fixtures load nothing, so it can only be the extension's.
 */
/** One request as the tests keep it; drivers differ in what they can tell. */
const describe = (r, from) => {
  const safe = (f, fallback) => { try { return f(); } catch { return fallback; } };
  return { url: r.url(), navigation: safe(() => r.isNavigationRequest(), false), type: safe(() => r.resourceType(), ''), from };
};

export function unexpectedRequests(requests) {
  return requests.filter((r) => {
    if (/^(chrome-extension|moz-extension|data|blob|about):/.test(r.url)) return false;
    if (r.navigation) return false; // the tests' own page loads and form posts
    if (new URL(r.url).pathname === '/favicon.ico') return false; // the browser's, for the tab
    return true;
  });
}

/** Wrap a Playwright or Puppeteer page in the same few calls. */
function wrap(page, requests) {
  if (requests) {
    page.on('request', (r) => requests.push(describe(r, 'page')));
  }
  const api = {
    raw: page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    url: () => page.url(),
    eval: (fn, arg) => page.evaluate(fn, arg),
    async waitFor(fn, arg, timeout = 5000) {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await page.evaluate(fn, arg).catch(() => undefined);
        if (v) return v;
        if (Date.now() > end) return v;
        await sleep(100);
      }
    },
    /** The banner's contract attributes, or null. */
    banner: () => page.evaluate(() => {
      const b = document.querySelector('[data-objection-banner]');
      if (!b) return null;
      return {
        kind: b.getAttribute('data-kind'), platform: b.getAttribute('data-platform'), lang: b.getAttribute('data-lang'),
        flags: (b.getAttribute('data-flags') || '').split(' ').filter(Boolean).sort(),
        count: document.querySelectorAll('[data-objection-banner]').length,
        text: b.shadowRoot ? b.shadowRoot.textContent : '',
      };
    }),
    waitForBanner: (timeout = 6000) => api.waitFor(() => !!document.querySelector('[data-objection-banner]'), null, timeout),
    /** A real click (trusted) on an element found by `locate` in the page. */
    async clickWhere(locate, arg) {
      const box = await page.evaluate(locate, arg);
      if (!box) throw new Error('nothing to click');
      await page.mouse.click(box.x, box.y);
    },
    /**
     * A real click on the element `selector` finds in the page, or with
     * `inBanner` in the banner's shadow root, scrolled into view: at its
     * centre, or with `nearLeft` 20 px in from its left edge (a wide field's
     * centre can lie under the banner in a small window).
     */
    clickOn: (selector, { inBanner = false, nearLeft = false } = {}) => api.clickWhere((o) => {
      const root = o.inBanner ? document.querySelector('[data-objection-banner]')?.shadowRoot : document;
      const el = root && root.querySelector(o.selector);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + (o.nearLeft ? Math.min(20, r.width / 2) : r.width / 2), y: r.y + r.height / 2 };
    }, { selector, inBanner, nearLeft }),
    clickBanner: (action) => api.clickOn(`[data-action="${action}"]`, { inBanner: true }),
    async typeInto(selector, text) {
      await api.clickOn(selector, { nearLeft: true });
      await page.keyboard.type(text);
    },
    /** The window's inner size (Playwright and Puppeteer name it apart). */
    resize: (width, height) => (page.setViewportSize ? page.setViewportSize({ width, height }) : page.setViewport({ width, height })),
    close: () => page.close(),
  };
  return api;
}

/**
 * Chromium with the unpacked extension, every host mapped to this machine.
 * With `extensionDir` null, the same browser without it (the benchmark's
 * baseline).
 */
export async function launchChromium(extensionDir, { headful = false, uiLanguage = 'en-GB' } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'objection-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    ignoreHTTPSErrors: true,
    locale: uiLanguage,
    env: { ...process.env, LANGUAGE: uiLanguage.replace('-', '_'), LANG: `${uiLanguage.replace('-', '_')}.UTF-8` },
    args: [...(headful ? [] : ['--headless=new']), '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--ignore-certificate-errors', `--lang=${uiLanguage}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      ...(extensionDir ? [`--disable-extensions-except=${path.resolve(extensionDir)}`, `--load-extension=${path.resolve(extensionDir)}`] : [])],
  });
  const requests = [];
  context.on('request', (r) => requests.push(describe(r, r.serviceWorker() ? 'service-worker' : 'page')));
  const browser = {
    name: 'chromium',
    context,
    requests,
    newPage: async () => wrap(await context.newPage()),
    close: () => context.close(),
  };
  if (!extensionDir) return browser;
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const id = new URL(worker.url()).host;
  return { ...browser, worker, extensionUrl: (p) => `chrome-extension://${id}/${p}` };
}

/** Firefox ESR with the extension installed as a temporary add-on. */
export async function launchFirefox(extensionDir) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'objection-firefox-')),
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.dns.disableIPv6': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      'intl.locale.requested': 'en-GB',
    },
  });
  await browser.installExtension(path.resolve(extensionDir));
  const requests = [];
  browser.on('targetcreated', async (t) => {
    const p = await t.page().catch(() => null);
    if (p) p.on('request', (r) => requests.push(describe(r, 'page')));
  });
  return {
    name: 'firefox',
    browser,
    requests,
    extensionUrl: (p) => `moz-extension://${FIREFOX_UUID}/${p}`,
    newPage: async () => wrap(await browser.newPage(), requests),
    close: () => browser.close(),
  };
}
