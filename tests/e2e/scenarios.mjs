// The end-to-end scenarios, written once and run in each real browser with
// the built extension loaded and the fixtures served under Meta's hostnames.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { page, pages, startServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXTENSION = path.resolve(process.env.OBJECTION_EXTENSION || path.join(here, '..', '..', 'dist', 'extension'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** How long a page with nothing to show is watched before we trust the silence. */
const SILENCE_MS = 1500;

const PREFS = { email: 'ana@example.org', country: 'PT', fullName: 'Ana Silva', phone: '+351 912 345 678' };

/** Open the options page as a user can in each browser. */
async function openOptions(b) {
  if (b.name === 'chromium') {
    const p = await b.newPage();
    await p.goto(b.extensionUrl('options/options.html'));
    assert.ok(await p.waitFor(() => !!document.querySelector('#country option[value="PT"]')), 'the options page is ready');
    return {
      eval: p.eval,
      setField: async (name, value, isSelect) => {
        if (isSelect) await p.raw.selectOption(`[name="${name}"]`, value);
        else await p.raw.fill(`[name="${name}"]`, value);
      },
      click: (selector) => p.raw.click(selector),
      close: p.close,
    };
  }
  // Firefox will not let the driver navigate to moz-extension:// pages; the
  // banner's own way there is what a user without saved details is offered.
  const p = await b.newPage();
  await p.goto(page('fb-objection-en-2024').url);
  assert.ok(await p.waitForBanner(), 'banner shown');
  await p.clickBanner('prefill');
  assert.ok(await p.waitFor(() => {
    const b = document.querySelector('[data-objection-banner]');
    return !!(b && b.shadowRoot.querySelector('[data-action="open-options"]'));
  }), 'the banner offers the settings when nothing is saved');
  const before = (await b.browser.pages()).length;
  await p.clickBanner('open-options');
  for (let i = 0; i < 50; i++) {
    const all = await b.browser.pages();
    if (all.length > before) {
      const raw = all[all.length - 1];
      for (let j = 0; j < 50; j++) {
        const ok = await raw.evaluate(() => location.href.includes('options.html') && !!document.querySelector('#country option[value="PT"]')).catch(() => false);
        if (ok) {
          return {
            eval: (fn, arg) => raw.evaluate(fn, arg),
            setField: async (name, value, isSelect) => {
              if (isSelect) await raw.select(`[name="${name}"]`, value);
              else await raw.locator(`[name="${name}"]`).fill(value);
            },
            click: (selector) => raw.click(selector),
            close: () => raw.close(),
          };
        }
        await sleep(100);
      }
    }
    await sleep(100);
  }
  throw new Error('the options page did not open');
}

/** Fill the options form by typing and choosing, as a user would. */
async function fillOptions(o, prefs) {
  for (const [name, value] of Object.entries(prefs)) {
    const isSelect = await o.eval((n) => document.querySelector(`[name="${n}"]`).tagName === 'SELECT', name);
    await o.setField(name, value, isSelect);
  }
  await o.click('[data-action="save"]');
  await sleep(400);
  return o.eval(() => ({
    alert: document.querySelector('[role="alert"]').textContent.trim(),
    status: document.getElementById('status').textContent.trim(),
  }));
}

const storedPreferences = (o) => o.eval(async () => (await chrome.storage.local.get('preferences')).preferences || null);

export function defineSuite(name, launch) {
  describe(`${name}: the built extension on Meta's hostnames`, () => {
    let server;
    let b;
    let options;

    before(async () => {
      server = await startServer(443);
      b = await launch(EXTENSION);
    });
    after(async () => {
      if (b) await b.close();
      if (server) server.close();
    });

    test('the options page refuses invalid details with a reason, and saves valid ones', async () => {
      options = await openOptions(b);
      const bad = await fillOptions(options, { ...PREFS, email: 'ana@', phone: '0912' });
      assert.match(bad.alert, /email/i, 'the alert names the email problem');
      assert.match(bad.alert, /phone/i, 'the alert names the phone problem');
      assert.equal(bad.status, '');
      assert.equal(await storedPreferences(options), null, 'nothing saved while invalid');
      const invalid = await options.eval(() => [...document.querySelectorAll('[aria-invalid="true"]')].map((e) => e.id).sort());
      assert.deepEqual(invalid, ['email', 'phone']);

      const good = await fillOptions(options, PREFS);
      assert.equal(good.alert, '');
      assert.ok(good.status.length > 0, 'says it saved');
      const stored = await storedPreferences(options);
      assert.equal(stored.version, 1);
      assert.equal(stored.preferences.email, PREFS.email);
      assert.equal(stored.preferences.country, 'PT');
      assert.equal(stored.preferences.fullName, 'Ana Silva');
    });

    for (const fixture of pages) {
      test(`recognition: ${fixture.name} (${fixture.markup})`, async () => {
        const p = await b.newPage();
        try {
          await p.goto(fixture.url);
          if (fixture.expect) {
            assert.ok(await p.waitForBanner(), `a banner on ${fixture.url}`);
            // Pages that render late update the banner once their text is there.
            const want = [...fixture.expect.flags].sort().join(' ');
            await p.waitFor((w) => {
              const b = document.querySelector('[data-objection-banner]');
              return b && (b.getAttribute('data-flags') || '').split(' ').filter(Boolean).sort().join(' ') === w;
            }, want, 4000);
            const banner = await p.banner();
            assert.equal(banner.count, 1, 'exactly one banner');
            const { kind, platform, lang, flags } = fixture.expect;
            assert.deepEqual(
              { kind: banner.kind, platform: banner.platform, lang: banner.lang, flags: banner.flags },
              { kind, platform, lang, flags: [...flags].sort() },
            );
          } else {
            await sleep(SILENCE_MS);
            assert.equal(await p.banner(), null, `no banner on ${fixture.url}`);
          }
        } finally {
          await p.close();
        }
      });
    }

    test('prefill fills country, email and statement through the page\'s own events, keeps what the user typed, never submits', async () => {
      const fixture = page('fb-objection-en-2024');
      const p = await b.newPage();
      try {
        await p.goto(fixture.url);
        assert.ok(await p.waitForBanner());
        await p.typeInto('#email', 'typed@example.org');
        await p.clickBanner('prefill');
        const state = await p.waitFor(() => window.__formState.impact && { ...window.__formState, events: window.__inputEvents, submitted: window.__submitted });
        assert.ok(state, 'the statement was filled');
        assert.equal(state.email, 'typed@example.org', 'what the user typed stays');
        assert.equal(state.country, 'PT');
        assert.match(state.impact, /^I object under Article 21\(1\) GDPR/);
        assert.equal(state.submitted, false, 'never submitted');
        // The page's re-render keeps the values: its state came from real events.
        await sleep(400);
        const dom = await p.eval(() => ({ country: document.getElementById('country').value, impact: document.getElementById('impact').value }));
        assert.equal(dom.country, 'PT');
        assert.match(dom.impact, /^I object/);
        assert.equal(p.url(), fixture.url, 'no navigation');
        const result = await p.eval(() => document.querySelector('[data-objection-banner]').shadowRoot.querySelector('.result').textContent);
        assert.match(result, /submit it yourself/);
        assert.match(result, /Left as you entered them: Email/);

        const first = await p.eval(() => JSON.stringify(window.__formState));
        await p.clickBanner('prefill');
        await sleep(800);
        assert.equal(await p.eval(() => JSON.stringify(window.__formState)), first, 'a second prefill changes nothing');
      } finally {
        await p.close();
      }
    });

    test('a page script cannot trigger prefill with a synthetic click', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-en-2024').url);
        assert.ok(await p.waitForBanner());
        await p.eval(() => document.querySelector('[data-objection-banner]').shadowRoot.querySelector('[data-action="prefill"]').click());
        await sleep(800);
        assert.deepEqual(await p.eval(() => window.__formState), { country: '', email: '', impact: '' });
      } finally {
        await p.close();
      }
    });

    for (const name of ['phishing-objection-en', 'lookalike-subdomain-en', 'unlisted-meta-subdomain-en']) {
      test(`no banner and no fill on a look-alike: ${name}`, async () => {
        const p = await b.newPage();
        try {
          await p.goto(page(name).url);
          await sleep(SILENCE_MS);
          assert.equal(await p.banner(), null);
          assert.deepEqual(await p.eval(() => window.__formState), { country: '', email: '', impact: '' });
        } finally {
          await p.close();
        }
      });
    }

    test('flagged sentences are highlighted without touching the page\'s DOM', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-notice-fr').url);
        const before = await p.eval(() => document.body.innerHTML);
        assert.ok(await p.waitForBanner());
        const highlighted = await p.waitFor(() => {
          const h = CSS.highlights && CSS.highlights.get('objection-flag');
          return h && h.size > 0 && [...h].map((r) => r.toString());
        });
        assert.ok(highlighted, 'highlights registered');
        assert.ok(highlighted.some((s) => s.startsWith('Si votre opposition est validée')), `highlighted: ${highlighted}`);
        assert.equal(await p.eval(() => document.body.innerHTML), before, 'the page DOM is unchanged');
      } finally {
        await p.close();
      }
    });

    test('a custom country picker is opened and chosen like a user would, on a script-rendered form', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('ig-objection-nl-react').url);
        assert.ok(await p.waitFor(() => document.querySelector('[role="combobox"]') &&
          document.querySelector('[data-objection-banner]')?.getAttribute('data-flags').includes('conditional-honour'), null, 8000));
        await p.clickBanner('prefill');
        const state = await p.waitFor(() => window.__formState.country && window.__formState.reason && { ...window.__formState });
        assert.ok(state, 'filled');
        assert.equal(state.country, 'PT');
        assert.equal(state.email, PREFS.email);
        assert.match(state.reason, /^Ik maak op grond van artikel 21/, 'the statement in the form\'s language');
        assert.equal(await p.eval(() => document.querySelector('[role="combobox"]').textContent.trim()), 'Portugal');
      } finally {
        await p.close();
      }
    });
  });
}
