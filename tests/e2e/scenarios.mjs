// The end-to-end scenarios, written once and run in each real browser with
// the built extension loaded and the fixtures served under Meta's hostnames.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { page, pages, route, startServer } from './server.mjs';
import { launchChromium, unexpectedRequests } from './browsers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXTENSION = path.resolve(process.env.OBJECTION_EXTENSION || path.join(here, '..', '..', 'dist', 'extension'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The default locale's messages: the suites run in an English browser. */
const EN = JSON.parse(readFileSync(path.join(here, '..', '..', 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
/** How long a page with nothing to show is watched before we trust the silence. */
const SILENCE_MS = 1500;

const PREFS = { email: 'ana@example.org', country: 'PT', fullName: 'Ana Silva', familyName: 'Silva', phone: '+351 912 345 678' };

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

/** The extension sends nothing anywhere: see `unexpectedRequests`. */
function assertNoExtensionTraffic(b) {
  if (!b) return;
  assert.deepEqual(unexpectedRequests(b.requests), [], 'requests nobody in the test asked for');
}

const storedPreferences = (o) => o.eval(async () => (await chrome.storage.local.get('preferences')).preferences || null);

/**
 * Start the fixture server and a browser with the extension before a
 * suite's tests, hand the browser to `setup`, and after them close both and
 * check the browser sent nothing of its own.
 */
function withBrowser(launch, setup) {
  let server;
  let browser;
  before(async () => {
    server = await startServer(443);
    browser = await launch(EXTENSION);
    await setup(browser);
  });
  after(async () => {
    if (browser) await browser.close();
    if (server) server.close();
    assertNoExtensionTraffic(browser);
  });
}

export function defineSuite(name, launch) {
  describe(`${name}: the built extension on Meta's hostnames`, () => {
    let b;
    let options;
    withBrowser(launch, (browser) => { b = browser; });

    test('the options page refuses invalid details with a reason, and saves valid ones', async () => {
      options = await openOptions(b);
      const bad = await fillOptions(options, { ...PREFS, email: 'ana@', phone: '0912', familyName: 'Santos' });
      assert.match(bad.alert, /email/i, 'the alert names the email problem');
      assert.match(bad.alert, /phone/i, 'the alert names the phone problem');
      assert.match(bad.alert, /family name must be the first or last words of your full name/, 'and the family name that is not in the name');
      assert.equal(bad.status, '');
      assert.equal(await storedPreferences(options), null, 'nothing saved while invalid');
      const invalid = await options.eval(() => [...document.querySelectorAll('[aria-invalid="true"]')].map((e) => e.id).sort());
      assert.deepEqual(invalid, ['email', 'familyName', 'phone']);
      const split = () => options.eval(() => document.getElementById('name-parts').textContent);
      assert.equal(await split(), '', 'no split shown for a family name that is not in the name');

      const good = await fillOptions(options, PREFS);
      assert.equal(good.alert, '');
      assert.ok(good.status.length > 0, 'says it saved');
      const stored = await storedPreferences(options);
      assert.equal(stored.version, 1);
      assert.equal(stored.preferences.email, PREFS.email);
      assert.equal(stored.preferences.country, 'PT');
      assert.equal(stored.preferences.fullName, 'Ana Silva');
      assert.equal(stored.preferences.familyName, 'Silva');
      assert.equal(await split(), 'A form that asks for them apart gets first name “Ana” and family name “Silva”.',
        'the settings show how a form asking for the name in parts gets it');
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
        assert.match(result, /Already filled in, left as they are: Email/);

        const first = await p.eval(() => JSON.stringify(window.__formState));
        await p.clickBanner('prefill');
        await sleep(800);
        assert.equal(await p.eval(() => JSON.stringify(window.__formState)), first, 'a second prefill changes nothing');
      } finally {
        await p.close();
      }
    });

    test('the request log sees what pages load, so the check for extension traffic is real', async () => {
      assert.ok(b.requests.some((r) => r.navigation && r.url === page('fb-objection-en-2024').url), 'page loads are recorded');
      if (b.name === 'chromium') {
        assert.ok(b.requests.some((r) => r.url.startsWith('chrome-extension://') && r.url.endsWith('objection_bg.wasm')), "the extension's own loads are recorded");
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
        const openForm = await p.eval(() => document.querySelector('[data-objection-banner]').shadowRoot.querySelector('[data-action="open-form"]')?.getAttribute('href'));
        assert.equal(openForm, 'https://www.facebook.com/help/contact/712876720715583', 'a notice offers the platform\'s objection form');
        assert.equal(await p.eval(() => document.body.innerHTML), before, 'the page DOM is unchanged');
      } finally {
        await p.close();
      }
    });

    test('a form built after the page offers prefill only once its fields are there', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-en-late').url);
        assert.ok(await p.waitForBanner(), 'the banner comes with the page');
        const hasButton = () => !!document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('[data-action="prefill"]');
        const summary = () => document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('#objection-body p')?.textContent;
        const promise = EN.kind_objection_form_fill.message;
        if (!(await p.eval(() => !!document.getElementById('email')))) {
          assert.equal(await p.eval(hasButton), false, 'no prefill before there is a form');
          const before = await p.eval(summary);
          assert.ok(before.startsWith(EN.kind_objection_form_summary.message) && !before.includes(promise), `no promise to fill before there is a form: ${before}`);
        }
        assert.ok(await p.waitFor(hasButton, null, 8000), 'prefill offered once the form is there');
        assert.ok((await p.eval(summary)).endsWith(promise), 'the banner says what it can fill once it can');
        await p.clickBanner('prefill');
        assert.equal(await p.waitFor(() => document.getElementById('email').value), PREFS.email);
        assert.equal(await p.eval(() => document.getElementById('country').value), 'PT');
      } finally {
        await p.close();
      }
    });

    test('a form reached from the feed without a page load is recognised at its new address, prefilled, and closed for that address', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-feed-spa-en').url);
        await sleep(SILENCE_MS);
        assert.equal(await p.banner(), null, 'nothing on the feed');
        await p.clickOn('#to-form');
        assert.ok(await p.waitForBanner(), 'banner on the form the app drew');
        const banner = await p.banner();
        assert.equal(banner.kind, 'objection-form');
        assert.deepEqual(banner.flags, ['conditional-honour', 'discretionary-review', 'justification-demand', 'limited-effect']);
        await p.clickBanner('prefill');
        assert.equal(await p.waitFor(() => document.getElementById('email').value), PREFS.email);
        assert.equal(await p.eval(() => document.getElementById('country').value), 'PT');
        await p.clickBanner('dismiss');
        assert.ok(await p.waitFor(() => !document.querySelector('[data-objection-banner]')), 'closed');
        // Closed for the form's address, not the feed's: loaded there, the
        // same form shows nothing, and the feed's own address is untouched.
        const formUrl = 'https://www.facebook.com/help/contact/6359191084165019?entry_point=feed';
        route(formUrl, readFileSync(path.join(here, '..', 'fixtures', 'pages', page('fb-objection-en-2024').file), 'utf8'));
        await p.goto(formUrl);
        await sleep(SILENCE_MS);
        assert.equal(await p.banner(), null, 'still closed at the form\'s address');
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

    test('a country search box that offers the country only once it is typed: its name in the form\'s language is typed, then chosen', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('ig-objection-da-typeahead').url);
        assert.ok(await p.waitFor(() => !!document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('[data-action="prefill"]'), null, 8000),
          'prefill offered once the form is there');
        await p.clickBanner('prefill');
        const state = await p.waitFor(() => window.__formState.country && window.__formState.statement && { ...window.__formState });
        assert.ok(state, 'filled');
        assert.equal(state.country, 'PT', 'the option is chosen, not only its name typed');
        assert.equal(await p.eval(() => document.getElementById('country').value), 'Portugal');
        assert.equal(state.email, PREFS.email);
        assert.match(state.statement, /artikel 21/, 'the statement in Danish');
        assert.match(await resultText(p), /Filled: Country of residence, Email, Your statement/);
      } finally {
        await p.close();
      }
    });

    test('a country asked as the phone prefix gets the dialling code, and the phone the rest of the number', async () => {
      const { state, result } = await prefillAndRead(b, 'wa-objection-en-prefix', () => ({
        prefix: document.getElementById('prefix').value,
        phone: document.getElementById('phone').value,
        email: document.getElementById('email').value,
        statement: !!document.getElementById('why').value,
      }));
      assert.deepEqual(state, { prefix: '351', phone: '912 345 678', email: 'ana.account@example.net', statement: true }, 'the page\'s own email is kept');
      assert.match(result, /Filled: Country code, Phone, Your statement\./, 'the prefix named as the form asks it');
    });

    test('a custom picker of dialling codes gets the country\'s, and the phone the rest of the number', async () => {
      const { state } = await prefillAndRead(b, 'wa-objection-ptbr-picker', () => ({
        code: window.__code,
        shown: document.querySelector('[role="combobox"]').textContent.trim(),
        phone: document.getElementById('phone').value,
        email: document.getElementById('email').value,
        statement: !!document.getElementById('why').value,
      }));
      assert.deepEqual(state, { code: '351', shown: 'Portugal (+351)', phone: '912 345 678', email: PREFS.email, statement: true });
    });

    test('a statement box built as a rich-text editor takes the statement into the editor\'s own model, and keeps what the user typed', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-es-editor').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        const filled = await p.waitFor(() => window.__editor.text && {
          model: window.__editor.text,
          country: document.getElementById('pais').value,
          email: document.getElementById('correo').value,
        });
        assert.ok(filled, 'filled');
        assert.match(filled.model, /^Me opongo/, 'the statement in the form\'s language, in the editor\'s model');
        assert.equal(filled.country, 'PT');
        assert.equal(filled.email, PREFS.email);
        // The editor renders the box from its model when it loses focus:
        // the statement is still there afterwards.
        await p.eval(() => document.getElementById('correo').focus());
        assert.equal(await p.eval(() => document.getElementById('motivo').textContent), filled.model);
        assert.match(await resultText(p), new RegExp(EN.field_name_statement.message));
      } finally {
        await p.close();
      }
      // Text the user typed into the editor stays.
      const q = await b.newPage();
      try {
        await q.goto(page('fb-objection-es-editor').url);
        assert.ok(await q.waitForBanner());
        await q.typeInto('#motivo', 'Soy fotógrafa.');
        await q.clickBanner('prefill');
        assert.ok(await q.waitFor(() => document.getElementById('pais').value === 'PT'), 'the rest filled');
        assert.equal(await q.eval(() => window.__editor.text), 'Soy fotógrafa.');
      } finally {
        await q.close();
      }
    });

    test('a statement box with a maxlength gets the statement\'s whole sentences that fit', async () => {
      const { state: why } = await prefillAndRead(b, 'fb-objection-fr-2025', () => document.querySelector('textarea[name="j"]').value);
      assert.ok(why.length <= 500, `${why.length} characters in a box of 500`);
      assert.match(why, /^Je m'oppose, en vertu de l'article 21.*Ma situation particulière.*\.$/s);
    });

    test('a statement box too small for the first sentence stays empty and the banner says why', async () => {
      const { state: why, result } = await prefillAndRead(b, 'fb-objection-fr-2025',
        () => document.querySelector('textarea[name="j"]').value,
        () => { document.querySelector('textarea[name="j"]').maxLength = 40; });
      assert.equal(why, '', 'no cut sentence');
      assert.ok(result.includes(EN.task_shorten.message), result);
      assert.ok(!result.includes(EN.field_name_statement.message), `said once, with its reason: ${result}`);
    });

    test('a Czech form worded its own way: every flag found, highlighted, and the combobox, email and statement filled', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-cs-variant').url);
        assert.ok(await p.waitForBanner());
        // Each flagged sentence is a highlight on the page's own text.
        const highlighted = await p.waitFor(() => (CSS.highlights.get('objection-flag')?.size || 0) >= 4 && CSS.highlights.get('objection-flag').size);
        assert.ok(highlighted >= 4, 'the four flagged sentences are highlighted');
        await p.clickBanner('prefill');
        const filled = await p.waitFor(() => {
          const why = document.querySelector('textarea[name="field_why"]').value;
          return why && {
            country: document.getElementById('cs-country').textContent.trim(),
            email: document.querySelector('input[name="field_email"]').value,
            why,
          };
        });
        assert.ok(filled, 'filled');
        assert.equal(filled.country, 'Portugalsko');
        assert.equal(filled.email, PREFS.email);
        assert.match(filled.why, /^Podle čl\. 21 odst\. 1/, 'the statement in the form\'s language');
      } finally {
        await p.close();
      }
    });
  });
}

const AXE = readFileSync(path.join(here, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's violations (WCAG 2.x A and AA) within `selector`, as short strings. */
async function axeViolations(p, selector) {
  await p.eval(`${AXE}\n;0`);
  return p.eval(async (sel) => {
    const root = document.querySelector(sel);
    const r = await window.axe.run(root, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

/**
 * Open a fixture, wait for its banner, press Prefill and wait for the
 * banner's result; then `read` the page (a function run in it). `before`,
 * if given, runs in the page once the banner shows, before the prefill: a
 * change to the fixture the prefill must then see.
 */
async function prefillAndRead(b, fixture, read, before) {
  const p = await b.newPage();
  try {
    await p.goto(page(fixture).url);
    assert.ok(await p.waitForBanner(), `${fixture}: a banner`);
    if (before) await p.eval(before);
    await p.clickBanner('prefill');
    const result = await resultText(p);
    return { state: await p.eval(read), result };
  } finally {
    await p.close();
  }
}

const bannerText = (p) => p.eval(() => document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('section').innerText || '');
const resultText = (p) => p.waitFor(() => document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('.result')?.textContent || '');

export function defineMoreSuite(name, launch) {
  describe(`${name}: every form kind, the banner's wording and accessibility`, () => {
    let b;
    withBrowser(launch, async (browser) => {
      b = browser;
      const o = await openOptions(b);
      const saved = await fillOptions(o, PREFS);
      assert.equal(saved.alert, '', 'details saved');
    });

    test('the banner follows the page as it turns into the code step and the confirmation', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-en-2024').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        await p.waitFor(() => window.__formState.impact);
        // The user submits; the page shows the emailed-code step in place.
        await p.clickOn('#objection button[type="submit"]');
        assert.ok(await p.waitFor(() => window.__submitted), 'the user submitted');
        assert.equal(await p.waitFor(() => document.querySelector('[data-objection-banner]')?.getAttribute('data-kind') === 'code-step' && 'code-step'), 'code-step');
        const button = await p.waitFor(() => document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('[data-action="prefill"]')?.textContent);
        assert.equal(button, EN.kind_code_step_button.message, 'the code step\'s button leads to the code field');
        await p.clickBanner('prefill');
        assert.ok(await p.waitFor(() => /Enter the code Meta emailed you/.test(
          document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('.result')?.textContent || '')), 'the banner asks for the code');
        assert.equal(await p.eval(() => document.activeElement && document.activeElement.id), 'code', 'the code field gets the focus');
        await p.typeInto('#code', '123456');
        await p.clickOn('#confirm');
        assert.equal(await p.waitFor(() => document.querySelector('[data-objection-banner]')?.getAttribute('data-kind') === 'objection-confirmed' && 'done'), 'done');
      } finally {
        await p.close();
      }
    });

    test('a Romanian form with a custom country picker and fields named by aria-labelledby is filled in Romanian', async () => {
      const { state } = await prefillAndRead(b, 'fb-objection-ro-listbox', () => ({
        country: window.__country,
        shown: document.querySelector('[role="combobox"]').textContent.trim(),
        email: document.getElementById('email').value,
        statement: document.getElementById('motiv').value,
      }));
      assert.equal(state.country, 'PT');
      assert.equal(state.shown, 'Portugalia');
      assert.equal(state.email, PREFS.email);
      assert.match(state.statement, /^În temeiul articolului 21/, 'the Romanian statement');
    });

    test('a Maltese form gets the country by its Maltese name and the statement in Maltese', async () => {
      const { state } = await prefillAndRead(b, 'fb-objection-mt', () => ({
        country: document.getElementById('pajjiz').value,
        statement: document.getElementById('spjega').value,
      }));
      assert.equal(state.country, 'PT', 'Il-Portugall, a name browsers do not have');
      assert.match(state.statement, /^Qed noġġezzjona/);
    });

    test('a form in steps: after the next step shows its box, the banner says so, and a second prefill fills it and keeps the first step', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-sl-steps').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        assert.match(await resultText(p), new RegExp(`${EN.field_name_email.message}`));
        const noted = (timeout) => p.waitFor((m) => document.querySelector('[data-objection-banner]').shadowRoot.querySelector('.result').textContent.includes(m), EN.prefill_more_fields.message, timeout);
        assert.ok(!(await noted(800)), 'nothing new before the next step');
        // The user goes on to the next step (the page's own button; the
        // banner may cover it in a small window).
        await p.eval(() => document.getElementById('naprej').click());
        assert.ok(await noted(4000), 'the banner says the form shows more fields');
        await p.clickBanner('prefill');
        const statement = await p.waitFor(() => document.getElementById('obrazlozitev').value);
        assert.match(statement, /^Na podlagi člena 21/, 'the Slovenian statement');
        assert.equal(await p.eval(() => document.getElementById('eposta').value), PREFS.email);
        assert.equal(await p.eval(() => document.getElementById('drzava').value), 'PT');
        assert.ok(!(await p.eval((m) => document.querySelector('[data-objection-banner]').shadowRoot.querySelector('.result').textContent.includes(m), EN.prefill_more_fields.message)), 'the note goes with the new answer');
      } finally {
        await p.close();
      }
    });

    test('a form labelled only by placeholders and a select\'s prompt option is filled in its language, and the placeholder\'s demand quoted', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-fi-placeholders').url);
        assert.ok(await p.waitForBanner());
        // The box asks for a justification only in its placeholder, which is
        // not page text: the banner still quotes it.
        const quoted = await p.eval(() => [...document.querySelector('[data-objection-banner]').shadowRoot
          .querySelectorAll('details[data-category="justification-demand"] q')].map((q) => q.textContent));
        assert.deepEqual(quoted, ['Kerro meille, miten tämä käsittely vaikuttaa sinuun.']);
        await p.clickBanner('prefill');
        await resultText(p);
        const state = await p.eval(() => ({
          country: document.querySelector('[name="f2"]').value,
          email: document.querySelector('[name="f1"]').value,
          statement: document.querySelector('[name="f3"]').value,
        }));
        assert.equal(state.country, 'PT');
        assert.equal(state.email, PREFS.email);
        assert.match(state.statement, /21 artiklan 1 kohdan/, 'the statement is the Finnish one');
      } finally {
        await p.close();
      }
    });

    test('the pre-step question is answered "yes"', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-prestep-en').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        assert.equal(await p.waitFor(() => window.__answer), '1');
        assert.match(await resultText(p), /Filled: Answer to Meta's question/);
      } finally {
        await p.close();
      }
    });

    test('the pre-step question asked as a list to pick from gets its "yes" picked', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-prestep-fr-select').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        assert.equal(await p.waitFor(() => document.getElementById('sujet').value), 'oui');
        assert.match(await resultText(p), /Filled: Answer to Meta's question/);
      } finally {
        await p.close();
      }
    });

    test('a pre-step built of ARIA radio elements is answered "Ja", and an answer the user gave first stays', async () => {
      const checked = () => [...document.querySelectorAll('[role="radio"]')].filter((r) => r.getAttribute('aria-checked') === 'true').map((r) => r.textContent.trim()).join();
      const p = await b.newPage();
      try {
        await p.goto(page('fb-prestep-de-aria').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        assert.equal(await p.waitFor(() => window.__answer), '1');
        assert.equal(await p.eval(checked), 'Ja');
        assert.match(await resultText(p), /Filled: Answer to Meta's question/);
      } finally {
        await p.close();
      }
      // The user says "Nein" first: prefilling leaves that answer alone.
      const q = await b.newPage();
      try {
        await q.goto(page('fb-prestep-de-aria').url);
        assert.ok(await q.waitForBanner());
        await q.clickOn('[role="radio"][data-value="0"]', { nearLeft: true });
        assert.equal(await q.waitFor(() => window.__answer), '0');
        await q.clickBanner('prefill');
        assert.match(await resultText(q), /Already filled in, left as they are: Answer to Meta's question/);
        assert.equal(await q.eval(checked), 'Nein');
      } finally {
        await q.close();
      }
    });

    test('the third-party form: objection option, name, country, email; prompts and screenshots left to the user', async () => {
      const { state, result } = await prefillAndRead(b, 'fb-thirdparty-en', () => ({
        option: document.querySelector('input[value="object"]').checked,
        name: document.getElementById('first').value,
        country: document.getElementById('ctry').value,
        email: document.getElementById('em').value,
        prompts: document.getElementById('prompts').value,
      }));
      assert.deepEqual(state, { option: true, name: 'Ana Silva', country: 'PT', email: PREFS.email, prompts: '' });
      assert.match(result, /prompts or screenshots are left to you/);
    });

    test('the third-party request asked as a list or a custom picker of nouns gets its objection chosen', async () => {
      const select = await prefillAndRead(b, 'fb-thirdparty-fr-select', () => ({
        request: document.getElementById('demande').value,
        given: document.getElementById('prenom').value,
        family: document.getElementById('nom').value,
        email: document.getElementById('courriel').value,
        country: document.getElementById('pays').value,
        prompts: document.getElementById('prompts').value,
      }));
      assert.deepEqual(select.state, { request: 'opposition', given: 'Ana', family: 'Silva', email: PREFS.email, country: 'PT', prompts: '' });
      assert.match(select.result, /Filled: .*Objection option/);
      const picker = await prefillAndRead(b, 'fb-thirdparty-nl-picker', () => ({
        request: window.__chosen,
        given: document.getElementById('voornaam').value,
        email: document.getElementById('mail').value,
        country: document.getElementById('land').value,
      }));
      assert.deepEqual(picker.state, { request: 'Bezwaar tegen de verwerking van mijn gegevens', given: 'Ana', email: PREFS.email, country: 'PT' });
      assert.match(picker.result, /Objection option/);

      // A list whose choice builds the details: they are filled in the same click.
      const url = 'https://www.facebook.com/help/contact/1266025207620918?locale=fr_FR&reveal=select';
      route(url, readFileSync(path.join(here, '..', 'fixtures', 'pages', page('fb-thirdparty-fr-select').file), 'utf8').replace('</main>', `</main>
        <script>
          const details = [...document.querySelectorAll('#f > label:not([for="demande"]), #f > input, #f > select:not(#demande), #f > textarea')];
          for (const d of details) d.remove();
          document.getElementById('demande').addEventListener('change', () => {
            setTimeout(() => { for (const d of details) document.getElementById('f').insertBefore(d, document.querySelector('#f > button')); }, 60);
          });
        </script>`));
      const q = await b.newPage();
      try {
        await q.goto(url);
        assert.ok(await q.waitForBanner());
        await q.clickBanner('prefill');
        const email = await q.waitFor(() => document.getElementById('courriel')?.value);
        assert.equal(email, PREFS.email, 'the details the choice built were filled too');
        assert.equal(await q.eval(() => document.getElementById('demande').value), 'opposition');
      } finally {
        await q.close();
      }
    });

    test('a name asked in parts gets its parts: "Prénom" and "Nom" in French, "Nome" beside "Cognome" in Italian', async () => {
      const fr = await prefillAndRead(b, 'ig-objection-fr-nameparts', () => ({
        given: document.querySelector('[name="first"]').value,
        family: document.querySelector('[name="last"]').value,
        email: document.getElementById('mail').value,
        country: document.getElementById('pays').value,
        statement: document.getElementById('why').value,
      }));
      assert.deepEqual({ ...fr.state, statement: undefined }, { given: 'Ana', family: 'Silva', email: PREFS.email, country: 'PT', statement: undefined });
      assert.match(fr.state.statement, /^Je m'oppose, en vertu de l'article 21/, 'the French statement in the box that asks how the processing affects you');
      assert.match(fr.result, /First name/);
      assert.match(fr.result, /Family name/);

      // Controlled inputs that keep only what their own input handler saw.
      const it = await prefillAndRead(b, 'fb-thirdparty-it-nameparts', async () => {
        for (const el of document.querySelectorAll('input')) el.dispatchEvent(new FocusEvent('blur'));
        await new Promise((r) => setTimeout(r, 50));
        const value = (id) => document.querySelector(`[aria-labelledby="${id}"]`).value;
        return {
          option: document.querySelector('input[value="obj"]').checked,
          given: value('l-nome'),
          family: value('l-cognome'),
          email: value('l-mail'),
          country: value('l-paese'),
          prompts: value('l-prompt'),
        };
      });
      assert.deepEqual(it.state, { option: true, given: 'Ana', family: 'Silva', email: PREFS.email, country: 'PT', prompts: '' });
    });

    test('a form that builds its details once the request is chosen is filled in one click', async () => {
      const { state, result } = await prefillAndRead(b, 'fb-thirdparty-de-reveal', () => ({
        option: document.querySelector('input[value="widerspruch"]').checked,
        given: document.getElementById('vor')?.value,
        family: document.getElementById('nach')?.value,
        email: document.getElementById('mail')?.value,
        country: document.getElementById('land')?.value,
        prompts: document.getElementById('prompts')?.value,
      }));
      assert.deepEqual(state, { option: true, given: 'Ana', family: 'Silva', email: PREFS.email, country: 'PT', prompts: '' });
      assert.match(result, /Filled: Objection option, First name, Family name, Email, Country of residence\./);
      assert.doesNotMatch(result, /Already filled in, left as they are/, 'what the prefill filled itself is not reported as kept');
    });

    test('WhatsApp: a dialling-code country list, the phone without its prefix, and the statement in Portuguese', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('wa-objection-pt').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        await resultText(p);
        const state = await p.eval(() => ({
          country: document.getElementById('cc').value,
          phone: document.getElementById('tel').value,
          email: document.getElementById('mail').value,
          statement: document.getElementById('exp').value,
        }));
        assert.equal(state.country, 'PT');
        assert.equal(state.phone, '912 345 678', 'the prefix is the country list\'s; the phone field gets the rest');
        assert.equal(state.email, PREFS.email);
        assert.match(state.statement, /^Oponho-me, nos termos do artigo 21/);
      } finally {
        await p.close();
      }
    });

    test('a form that already holds an email keeps it; a country it does not list is left for the user, who gets the focus', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-de-2025').url);
        assert.ok(await p.waitForBanner());
        assert.match(await bannerText(p), /optional/i, 'the optional explanation box is noted');
        await p.clickBanner('prefill');
        const result = await resultText(p);
        const state = await p.eval(() => ({
          email: document.getElementById('f2').value,
          country: document.getElementById('f1').value,
          statement: document.getElementById('f3').value,
          focused: document.activeElement && document.activeElement.id,
        }));
        assert.equal(state.email, 'bereits@beispiel.de');
        assert.equal(state.country, '');
        assert.match(state.statement, /^Ich widerspreche gemäß Art\. 21/);
        assert.equal(state.focused, 'f1');
        assert.match(result, /Still for you to fill: Country of residence/);
      } finally {
        await p.close();
      }
    });

    test('a declaration to tick is left unticked for the user, said in the banner, and given the focus', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-nl-declaration').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        const result = await resultText(p);
        const state = await p.eval(() => ({
          country: document.getElementById('land').value,
          email: document.getElementById('mail').value,
          statement: document.getElementById('reden').value,
          ticked: document.getElementById('bevestig').checked,
          focused: document.activeElement && document.activeElement.id,
          submitted: window.__submitted,
        }));
        assert.equal(state.country, 'PT');
        assert.equal(state.email, PREFS.email);
        assert.match(state.statement, /^Ik maak op grond van artikel 21/);
        assert.equal(state.ticked, false, 'the declaration is the user\'s');
        assert.equal(state.focused, 'bevestig');
        assert.equal(state.submitted, false);
        assert.match(result, /a box for you to tick: read it and tick it yourself if it is true/);
      } finally {
        await p.close();
      }
    });

    test('a form left in English under a German interface gets the statement in English, the language it is written in', async () => {
      const { state } = await prefillAndRead(b, 'fb-objection-en-under-de', () => document.getElementById('s').value);
      assert.match(state, /^I object under Article 21\(1\) GDPR/);
    });

    test('an empty read-only box is left alone; a read-only box that opens a country picker is still chosen from', async () => {
      const url = 'https://www.facebook.com/help/contact/6359191084165019?readonly=1';
      route(url, `<!doctype html><html lang="en"><head><title>Facebook</title></head><body>
        <h2>Object to your information being used for AI at Meta</h2>
        <p>You have the right to object to Meta using the information you've shared on our Products and services to develop and improve AI at Meta.</p>
        <form>
          <label for="e">Email address</label><input id="e" type="email" readonly>
          <label for="c">Country of residence</label><input id="c" readonly aria-haspopup="listbox" aria-controls="l" value="">
          <ul role="listbox" id="l" hidden><li role="option">Spain</li><li role="option">Portugal</li></ul>
          <label for="s">Tell us how this processing affects you</label><textarea id="s"></textarea>
        </form>
        <script>
          const c = document.getElementById('c'), l = document.getElementById('l');
          c.addEventListener('click', () => { l.hidden = false; });
          for (const o of l.children) o.addEventListener('click', () => { c.value = o.textContent; l.hidden = true; });
        </script>
      </body></html>`);
      const p = await b.newPage();
      try {
        await p.goto(url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        const result = await resultText(p);
        const state = await p.eval(() => ({ email: document.getElementById('e').value, country: document.getElementById('c').value, statement: document.getElementById('s').value }));
        assert.equal(state.email, '', 'the read-only email box stays empty');
        assert.equal(state.country, 'Portugal');
        assert.match(state.statement, /^I object under Article 21\(1\) GDPR/);
        assert.doesNotMatch(result, /Filled:[^.]*Email/);
      } finally {
        await p.close();
      }
    });

    test('an email the form puts in itself while the prefill is under way stays, and is reported as already filled', async () => {
      const { state, result } = await prefillAndRead(b, 'ig-objection-sv-account', () => ({
        country: document.getElementById('land').value,
        email: document.getElementById('epost').value,
        statement: document.getElementById('info').value,
        submitted: window.__submitted,
      }));
      assert.equal(state.country, 'PT');
      assert.equal(state.email, 'konto@example.se', 'the address the form put in after the country was chosen');
      assert.match(state.statement, /^Jag invänder/);
      assert.equal(state.submitted, false);
      assert.match(result, /Filled: Country of residence, Your statement\./);
      assert.match(result, /Already filled in, left as they are: Email\./);
    });

    test('wording hidden with invisible characters and fullwidth letters is flagged; markup in a quote stays text', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-notice-en-evasion').url);
        assert.ok(await p.waitForBanner());
        const banner = await p.banner();
        assert.deepEqual(banner.flags, ['conditional-honour', 'discretionary-review', 'limited-effect']);
        const quoted = await p.eval(() => {
          const root = document.querySelector('[data-objection-banner]').shadowRoot;
          return { text: root.textContent, images: root.querySelectorAll('img').length, xss: window.__xss === 1 };
        });
        assert.match(quoted.text, /<img src=x onerror="window.__xss=1">/);
        assert.equal(quoted.images, 0);
        assert.equal(quoted.xss, false);
        const highlighted = await p.waitFor(() => {
          const h = CSS.highlights.get('objection-flag');
          return h && [...h].map((r) => r.toString());
        });
        assert.ok(highlighted.some((s) => s.includes('re\u200Bview objec\u00ADtion requests')), `highlighted: ${JSON.stringify(highlighted)}`);
        assert.ok(highlighted.some((s) => s.startsWith('ＷＥ ＭＡＹ ＳＴＩＬＬ')));
      } finally {
        await p.close();
      }
    });

    test('the banner explains each category with its article, and "Show" brings the sentence into view', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-en-2024').url);
        assert.ok(await p.waitForBanner());
        const text = await p.eval(() => document.querySelector('[data-objection-banner]').shadowRoot.textContent);
        assert.match(text, /only asks for grounds relating to your particular situation/);
        assert.match(text, /GDPR Art\. 21\(1\)/);
        assert.match(text, /GDPR Art\. 12\(2\) and 21\(1\)/);
        await p.eval(() => {
          const root = document.querySelector('[data-objection-banner]').shadowRoot;
          root.querySelector('details[data-category="limited-effect"]').open = true;
        });
        await p.clickOn('details[data-category="limited-effect"] [data-action="show"]', { inBanner: true });
        const focus = await p.waitFor(() => {
          const h = CSS.highlights.get('objection-focus');
          return h && [...h].map((r) => r.toString())[0];
        });
        assert.match(focus, /^If your request is honored|^We may still process/);
      } finally {
        await p.close();
      }
    });

    test('the banner folds to its title bar and unfolds again, by the user only', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-en-2024').url);
        assert.ok(await p.waitForBanner());
        const state = () => p.eval(() => {
          const host = document.querySelector('[data-objection-banner]');
          const root = host.shadowRoot;
          const button = root.querySelector('[data-action="collapse"]');
          return {
            height: host.getBoundingClientRect().height,
            width: host.getBoundingClientRect().width,
            bodyShown: root.getElementById('objection-body').checkVisibility(),
            prefillShown: root.querySelector('[data-action="prefill"]').checkVisibility(),
            expanded: button.getAttribute('aria-expanded'),
            label: button.getAttribute('aria-label'),
            highlights: CSS.highlights.get('objection')?.size ?? 0,
          };
        });
        const open = await state();
        assert.equal(open.expanded, 'true');
        assert.ok(open.bodyShown && open.prefillShown);
        assert.ok(open.height > 150, `an open banner with findings is tall (${open.height} px)`);

        // A page script cannot fold it.
        await p.eval(() => document.querySelector('[data-objection-banner]').shadowRoot.querySelector('[data-action="collapse"]').click());
        assert.equal((await state()).expanded, 'true', 'a synthetic click changed nothing');

        await p.clickBanner('collapse');
        const folded = await state();
        assert.equal(folded.expanded, 'false');
        assert.ok(!folded.bodyShown && !folded.prefillShown);
        assert.ok(folded.height < 80, `a folded banner is its title bar (${folded.height} px)`);
        assert.ok(folded.width < open.width, `and only as wide as its title (${folded.width} < ${open.width} px)`);
        assert.notEqual(folded.label, open.label, 'the button says what it does now');
        assert.equal(folded.highlights, open.highlights, 'the page keeps its highlights');

        // New wording on the page rebuilds the banner; it stays folded.
        await p.eval(() => {
          const extra = document.createElement('p');
          extra.textContent = 'Please provide screenshots that show your personal information in a response.';
          document.querySelector('main, body').append(extra);
        });
        assert.ok(await p.waitFor(() => document.querySelector('[data-objection-banner]')?.getAttribute('data-flags').includes('evidence-demand')),
          'the banner was rebuilt with the new finding');
        const rebuilt = await state();
        assert.equal(rebuilt.expanded, 'false');
        assert.ok(!rebuilt.bodyShown && rebuilt.height < 80, 'a rebuilt banner keeps the fold');

        await p.clickBanner('collapse');
        const reopened = await state();
        assert.equal(reopened.expanded, 'true');
        assert.ok(reopened.bodyShown && reopened.height > 150 && reopened.width === open.width);
      } finally {
        await p.close();
      }
    });

    test('the banner keeps off the form: over a card as wide as the window it takes a free corner, and the send button takes a real click', async () => {
      const p = await b.newPage();
      try {
        await p.resize(1280, 720);
        // What of the form lies under the banner, and where the banner is.
        const under = () => p.eval(() => {
          const host = document.querySelector('[data-objection-banner]');
          const r = host.getBoundingClientRect();
          const hits = [...document.querySelectorAll('form input, form select, form textarea, form button')].filter((e) => {
            const q = e.getBoundingClientRect();
            return q.right > r.left && q.left < r.right && q.bottom > r.top && q.top < r.bottom;
          }).map((e) => e.id);
          return { corner: host.getAttribute('data-corner'), hits, onScreen: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth };
        });
        await p.goto(page('fb-objection-fr-card').url);
        assert.ok(await p.waitForBanner());
        // In the top right corner the banner would sit on every box of the card.
        assert.ok(await p.waitFor(() => document.querySelector('[data-objection-banner]').getAttribute('data-corner') !== 'top-right'),
          'the banner left the corner over the form');
        await sleep(200);
        let seen = await under();
        assert.deepEqual(seen.hits, [], `nothing of the form is under the banner (${seen.corner})`);
        assert.ok(seen.onScreen);

        // The answer to the prefill makes the banner taller: it still keeps off.
        await p.clickBanner('prefill');
        assert.equal(await p.waitFor(() => document.getElementById('mail').value), PREFS.email);
        assert.ok(await p.waitFor(() => /Filled/.test(document.querySelector('[data-objection-banner]').shadowRoot.querySelector('.result').textContent)));
        await sleep(200);
        seen = await under();
        assert.deepEqual(seen.hits, [], `after the prefill too (${seen.corner})`);
        await p.clickOn('#envoyer');
        assert.ok(await p.waitFor(() => window.__submitted), 'the user\'s own click reached the send button');

        // A form that leaves the top right corner free keeps the banner there.
        await p.goto(page('fb-objection-sv-2024').url);
        assert.ok(await p.waitForBanner());
        await sleep(300);
        seen = await under();
        assert.equal(seen.corner, 'top-right');
        assert.deepEqual(seen.hits, []);

        // A notice has no form: the banner keeps off its headline, which
        // reaches under the top right corner, and off the flagged sentence.
        await p.goto(page('fb-notice-fr').url);
        assert.ok(await p.waitForBanner());
        await sleep(300);
        const notice = await p.eval(() => {
          const r = document.querySelector('[data-objection-banner]').getBoundingClientRect();
          const meets = (q) => q.right > r.left && q.left < r.right && q.bottom > r.top && q.top < r.bottom;
          const headline = document.createRange();
          headline.selectNodeContents(document.querySelector('h1'));
          const flagged = [...(CSS.highlights.get('objection-flag') || [])];
          return {
            corner: document.querySelector('[data-objection-banner]').getAttribute('data-corner'),
            headlineReachesTopRight: headline.getBoundingClientRect().right > innerWidth - 12 - r.width,
            flagged: flagged.length,
            covers: [headline, ...flagged].some((range) => [...range.getClientRects()].some(meets)),
          };
        });
        assert.ok(notice.headlineReachesTopRight, 'the fixture tests something: the headline runs under the first corner');
        assert.ok(notice.flagged >= 1);
        assert.equal(notice.covers, false, `the banner covers neither headline nor flagged sentence (${notice.corner})`);
        assert.notEqual(notice.corner, 'top-right');
      } finally {
        await p.close();
      }
    });

    test('dismissing the banner is remembered for the page during the session', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-policy-sv').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('dismiss');
        assert.equal(await p.banner(), null);
        await p.goto(page('fb-policy-sv').url);
        await sleep(SILENCE_MS);
        assert.equal(await p.banner(), null, 'still dismissed after a reload');
        if (b.name === 'chromium') {
          // A new instance of the core (after a fault, as after a new start
          // of the background) reads the closed pages back from the session.
          const ext = await b.newPage();
          await ext.goto(b.extensionUrl('popup/popup.html'));
          await ext.eval(() => chrome.runtime.sendMessage({ type: 'fault-for-test' }).catch(() => null));
          await ext.close();
          await p.goto(page('fb-policy-sv').url);
          await sleep(SILENCE_MS);
          assert.equal(await p.banner(), null, 'still dismissed once the core has started again');
        }
        await p.goto(page('fb-notice-fr').url);
        assert.ok(await p.waitForBanner(), 'other pages still get their banner');
      } finally {
        await p.close();
      }
    });

    test('the banner has no accessibility violations (axe-core), as a labelled region', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-en-2024').url);
        assert.ok(await p.waitForBanner());
        await p.clickBanner('prefill');
        await resultText(p);
        await p.eval(() => document.querySelectorAll('[data-objection-banner]')[0].shadowRoot.querySelectorAll('details').forEach((d) => { d.open = true; }));
        assert.deepEqual(await axeViolations(p, '[data-objection-banner]'), []);
        const region = await p.eval(() => {
          const s = document.querySelector('[data-objection-banner]').shadowRoot.querySelector('section');
          return { role: s.getAttribute('role'), label: s.shadowRoot ? '' : s.getRootNode().getElementById(s.getAttribute('aria-labelledby')).textContent };
        });
        assert.equal(region.role, 'region');
        assert.match(region.label, /Objection/);
      } finally {
        await p.close();
      }
    });
  });
}

export function defineChromiumOnlySuite() {
  describe('chromium: extension pages, popup, import and export', () => {
    let b;
    withBrowser(launchChromium, (browser) => { b = browser; });

    test('the options page and the popup have no accessibility violations (axe-core)', async () => {
      const o = await b.newPage();
      await o.goto(b.extensionUrl('options/options.html'));
      await o.waitFor(() => !!document.querySelector('#country option[value="PT"]'));
      await o.eval(() => { document.querySelector('details').open = true; });
      assert.deepEqual(await axeViolations(o, 'body'), []);
      const popup = await b.newPage();
      await popup.goto(b.extensionUrl('popup/popup.html'));
      await popup.waitFor(() => document.getElementById('page-status').textContent.length > 0);
      assert.deepEqual(await axeViolations(popup, 'body'), []);
      await o.close();
      await popup.close();
    });

    test('a busy unrelated Meta page sends nothing to the core until objection wording appears', async () => {
      // An extension page hears every message the content scripts send.
      const listener = await b.newPage();
      await listener.goto(b.extensionUrl('popup/popup.html'));
      await listener.eval(() => {
        window.__heard = [];
        chrome.runtime.onMessage.addListener((m, sender) => { if (sender.tab) window.__heard.push(m.type); });
      });
      const p = await b.newPage();
      await p.goto(page('fb-feed-en').url);
      // The feed talks about Meta AI and the right to object, and keeps growing.
      await p.eval(() => {
        window.__posts = setInterval(() => {
          const post = document.createElement('div');
          post.setAttribute('role', 'article');
          post.textContent = `Post at ${Date.now()}: Meta AI wrote me a poem and I object to its rhymes.`;
          document.getElementById('feed').append(post);
        }, 100);
      });
      await sleep(4000);
      assert.deepEqual(await listener.eval(() => window.__heard), [], 'no message while the page cannot be one of Meta\'s AI pages');
      assert.equal(await p.eval(() => !!document.querySelector('[data-objection-banner]')), false);

      // A post quoting Meta's notice is enough for the core to be asked; the
      // core knows a post from Meta's own words and stays silent.
      const notice = '<p>We\u2019re relying on legitimate interests to use your information to develop and improve AI at Meta.</p><p>You have the right to object to how we use your information for these purposes.</p>';
      await p.eval((html) => {
        clearInterval(window.__posts);
        const post = document.createElement('div');
        post.setAttribute('role', 'article');
        post.innerHTML = html;
        document.getElementById('feed').append(post);
      }, notice);
      assert.ok(await listener.waitFor(() => window.__heard.includes('analyse')), 'the core is asked once the wording is there');
      await sleep(1500);
      assert.equal(await p.eval(() => !!document.querySelector('[data-objection-banner]')), false, 'a post quoting the notice is not the notice');

      // Meta's own notice, in a dialog over the feed, is.
      await p.eval((html) => {
        const dialog = document.createElement('div');
        dialog.setAttribute('role', 'dialog');
        dialog.innerHTML = html;
        document.body.append(dialog);
      }, notice);
      assert.ok(await p.waitForBanner(), 'a banner once Meta\u2019s notice is there');
      await p.close();
      await listener.close();
    });

    test('after a fault in the core, the waiting page gets an answer and the next page is served', async () => {
      const ext = await b.newPage();
      await ext.goto(b.extensionUrl('popup/popup.html'));
      const answer = await ext.eval(() => Promise.race([
        chrome.runtime.sendMessage({ type: 'fault-for-test' }).catch((e) => ({ rejected: String(e) })),
        new Promise((r) => setTimeout(() => r('no answer'), 5000)),
      ]));
      assert.ok(answer && (answer.error || answer.rejected), `an error answer, got ${JSON.stringify(answer)}`);
      await ext.close();
      const p = await b.newPage();
      await p.goto(page('fb-objection-en-2024').url);
      assert.ok(await p.waitForBanner(), 'the core answers again');
      assert.equal((await p.banner()).kind, 'objection-form');
      await p.close();
    });

    test('a malformed preferences file is refused with a message and the saved details stay', async () => {
      const o = await b.newPage();
      await o.goto(b.extensionUrl('options/options.html'));
      await o.waitFor(() => !!document.querySelector('#country option[value="PT"]'));
      for (const [k, v] of Object.entries(PREFS)) {
        if (k === 'country') await o.raw.selectOption(`[name="${k}"]`, v);
        else await o.raw.fill(`[name="${k}"]`, v);
      }
      await o.raw.click('[data-action="save"]');
      await o.waitFor(() => document.getElementById('status').textContent.length > 0);
      const before = await storedPreferences(o);

      await o.raw.setInputFiles('#import', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"preferences":{"email":') });
      const alert = await o.waitFor(() => document.querySelector('[role="alert"]').textContent);
      assert.match(alert, /not an Objection preferences file/);
      assert.deepEqual(await storedPreferences(o), before, 'nothing changed');

      await o.raw.setInputFiles('#import', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, preferences: { email: 'x@', country: 'PT' } })) });
      // The file is read asynchronously: wait for the alert to change.
      const second = await o.waitFor((previous) => {
        const text = document.querySelector('[role="alert"]').textContent;
        return text !== previous && text;
      }, alert);
      assert.match(second, /not valid/);
      assert.deepEqual(await storedPreferences(o), before, 'an invalid file changes nothing either');

      // Export, then import what was exported: the same details come back.
      const [download] = await Promise.all([o.raw.waitForEvent('download'), o.raw.click('#export')]);
      const exported = readFileSync(await download.path(), 'utf8');
      assert.deepEqual(JSON.parse(exported), before);
      await o.raw.setInputFiles('#import', { name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await o.waitFor(() => document.getElementById('status').textContent.includes('Imported'));
      assert.deepEqual(await storedPreferences(o), before);

      // Erase asks first; declining keeps everything, accepting removes it all.
      o.raw.once('dialog', (d) => d.dismiss());
      await o.raw.click('#erase');
      await sleep(300);
      assert.deepEqual(await storedPreferences(o), before, 'declined: nothing erased');
      o.raw.once('dialog', (d) => d.accept());
      await o.raw.click('#erase');
      await o.waitFor(() => document.getElementById('status').textContent.includes('erased'));
      assert.deepEqual(await o.eval(async () => chrome.storage.local.get(null)), {}, 'nothing left in storage');
      assert.equal(await o.eval(() => document.getElementById('email').value), '');
      await o.close();
    });

    test('the popup says what the tab is and prefills it', async () => {
      const o = await openOptions(b);
      assert.equal((await fillOptions(o, PREFS)).alert, '', 'details saved');
      await o.close();
      const p = await b.newPage();
      await p.goto(page('fb-objection-en-2024').url);
      assert.ok(await p.waitForBanner());
      const popup = await b.newPage();
      await popup.goto(b.extensionUrl('popup/popup.html'));
      const tabId = await popup.eval(async (url) => (await chrome.tabs.query({ url }))[0].id, page('fb-objection-en-2024').url);
      await popup.goto(b.extensionUrl(`popup/popup.html?tab=${tabId}`));
      const status = await popup.waitFor(() => !document.getElementById('prefill').hidden && document.getElementById('page-status').textContent);
      assert.equal(status, 'objection form · Facebook');
      await popup.raw.click('#prefill');
      const state = await p.waitFor(() => window.__formState.email && { ...window.__formState });
      assert.equal(state.email, PREFS.email);
      assert.equal(state.country, 'PT');
      await p.close();
    });

    for (const [uiLanguage, title, article] of [
      ['de-DE', /Objection: Widerspruchsformular/, /Art\. 21 Abs\. 1 DSGVO/],
      ['cs-CZ', /Objection: formulář námitky/, /čl\. 21 odst\. 1 GDPR/],
      ['el-GR', /Objection: φόρμα εναντίωσης/, /άρθρο 21 παρ\. 1 ΓΚΠΔ/],
    ]) {
      test(`the banner speaks the browser's language (${uiLanguage}), whatever the page's`, async () => {
        const browser = await launchChromium(EXTENSION, { uiLanguage });
        try {
          const p = await browser.newPage();
          await p.goto(page('fb-objection-en-2024').url);
          assert.ok(await p.waitForBanner());
          const text = await p.eval(() => document.querySelector('[data-objection-banner]').shadowRoot.textContent);
          assert.match(text, title);
          assert.match(text, article);
        } finally {
          await browser.close();
        }
      });
    }
  });
}

export function defineRecordSuite() {
  describe('chromium: the record of objections, the checklist and the exports', () => {
    let b;
    let options;
    const readRecord = () => options.eval(async () => (await chrome.storage.local.get('record')).record || null);
    const reloadOptions = async () => {
      await options.goto(b.extensionUrl('options/options.html'));
      await options.waitFor(() => !!document.querySelector('#country option[value="PT"]') && !!document.querySelector('#record-list').childElementCount);
    };

    withBrowser(launchChromium, async (browser) => {
      b = browser;
      options = await b.newPage();
      await options.goto(b.extensionUrl('options/options.html'));
      await options.waitFor(() => !!document.querySelector('#country option[value="PT"]'));
      await options.raw.fill('[name="email"]', PREFS.email);
      await options.raw.selectOption('[name="country"]', 'PT');
      await options.raw.click('[data-action="save"]');
      await options.waitFor(() => document.getElementById('status').textContent.length > 0);
    });

    test('a sent form is recorded, then moves to the code step and the confirmation the server answers with', async () => {
      const p = await b.newPage();
      await p.goto(page('ig-flow-form-en').url);
      assert.ok(await p.waitForBanner());
      await p.clickBanner('prefill');
      await p.waitFor(() => document.getElementById('reason').value.length > 0);
      await p.clickOn('button[type="submit"]');
      await p.raw.waitForURL(page('ig-flow-code-en').url);
      assert.ok(await p.waitFor(() => document.querySelector('[data-objection-banner]')?.getAttribute('data-kind') === 'code-step'));
      let record = await options.waitFor(async () => {
        const r = (await chrome.storage.local.get('record')).record;
        return r && r.entries[0] && r.entries[0].state === 'code-step' && r;
      });
      assert.ok(record, 'the entry reached the code step');
      const entry = record.entries[0];
      assert.equal(record.version, 1);
      assert.equal(entry.platform, 'instagram');
      assert.equal(entry.kind, 'objection-form');
      assert.equal(entry.formUrl, page('ig-flow-form-en').url);
      assert.equal(entry.email, PREFS.email);
      assert.match(entry.statement, /^I object under Article 21\(1\) GDPR/);
      assert.match(entry.submittedAt, /^\d{4}-\d\d-\d\dT/);

      await p.typeInto('#code', '123456');
      await p.clickOn('button[type="submit"]');
      await p.raw.waitForURL(page('ig-flow-confirmed-en').url);
      record = await options.waitFor(async () => {
        const r = (await chrome.storage.local.get('record')).record;
        return r && r.entries[0].state === 'confirmed' && r;
      });
      assert.ok(record, 'the entry is confirmed');
      assert.equal(record.entries.length, 1, 'one objection, one entry');
      assert.equal(record.entries[0].confirmedBy, 'page');

      // Seeing the confirmation again changes nothing.
      await p.goto(page('ig-flow-confirmed-en').url);
      await p.waitForBanner();
      await sleep(800);
      assert.deepEqual(await readRecord(), record);
      await p.close();
    });

    test('the popup checklist shows each platform\'s state and opens the right form', async () => {
      const p = await b.newPage();
      await p.goto(page('fb-notice-fr').url);
      await p.waitForBanner();
      const popup = await b.newPage();
      await popup.goto(b.extensionUrl('popup/popup.html'));
      const tabId = await popup.eval(async (url) => (await chrome.tabs.query({ url }))[0].id, page('fb-notice-fr').url);
      await popup.goto(b.extensionUrl(`popup/popup.html?tab=${tabId}`));
      const lines = await popup.waitFor(() => {
        const items = [...document.querySelectorAll('#checklist li')];
        return items.length === 4 && items.map((li) => [li.dataset.line, li.querySelector('span').textContent]);
      });
      assert.deepEqual(lines, [
        ['facebook', 'Facebook: Not yet'],
        ['instagram', 'Instagram: Confirmed by Meta'],
        ['whatsapp', 'WhatsApp: Not yet'],
        ['third-party', 'Information about you from others: Not yet'],
      ]);
      const [opened] = await Promise.all([
        b.context.waitForEvent('page'),
        popup.raw.click('#checklist li[data-line="whatsapp"] [data-action="open-form"]'),
      ]);
      await opened.waitForLoadState();
      assert.equal(opened.url(), 'https://www.whatsapp.com/contact/forms/382532939919295/');
      await opened.close();
      await popup.close();
      await p.close();
    });

    test('the settings page lists the entry; notes, user confirmation and deletion work', async () => {
      await reloadOptions();
      const listed = await options.eval(() => {
        const a = document.querySelector('#record-list article');
        return { state: a.dataset.state, text: a.textContent };
      });
      assert.equal(listed.state, 'confirmed');
      assert.match(listed.text, /Instagram · Objection form/);
      assert.match(listed.text, /I object under Article 21\(1\) GDPR/);
      const id = (await readRecord()).entries[0].id;
      await options.raw.fill(`#note-${id}`, 'Confirmation email kept in my inbox.');
      await options.raw.click(`[data-action="save-note"][data-entry="${id}"]`);
      assert.equal(await options.waitFor(async () => (await chrome.storage.local.get('record')).record.entries[0].note), 'Confirmation email kept in my inbox.');

      // A second, unconfirmed entry (the third-party form, sent without reaching a confirmation) confirmed by hand.
      await options.eval(async () => {
        const { record } = await chrome.storage.local.get('record');
        record.entries.push({ ...record.entries[0], id: 'facebook-test-2', platform: 'facebook', kind: 'third-party-form', state: 'submitted', confirmedBy: undefined, note: '' });
        delete record.entries[1].confirmedBy;
        await chrome.storage.local.set({ record });
      });
      await reloadOptions();
      await options.raw.click('[data-action="confirm-entry"][data-entry="facebook-test-2"]');
      const confirmed = await options.waitFor(async () => {
        const e = (await chrome.storage.local.get('record')).record.entries.find((x) => x.id === 'facebook-test-2');
        return e.state === 'confirmed' && e.confirmedBy;
      });
      assert.equal(confirmed, 'user');
      options.raw.once('dialog', (d) => d.accept());
      await options.raw.click('[data-action="delete-entry"][data-entry="facebook-test-2"]');
      assert.equal(await options.waitFor(async () => (await chrome.storage.local.get('record')).record.entries.length === 1 && 1), 1);
    });

    test('the record exports as versioned JSON and as a printable page', async () => {
      await reloadOptions();
      const stored = await readRecord();
      const [json] = await Promise.all([options.raw.waitForEvent('download'), options.raw.click('#export-record')]);
      assert.deepEqual(JSON.parse(readFileSync(await json.path(), 'utf8')), stored);
      const [html] = await Promise.all([options.raw.waitForEvent('download'), options.raw.click('#print-record')]);
      const page2 = readFileSync(await html.path(), 'utf8');
      assert.match(page2, /<html lang="en/);
      assert.match(page2, /Record of objections under Article 21 GDPR/);
      assert.match(page2, /I object under Article 21\(1\) GDPR/);
      assert.match(page2, /Confirmed by Meta/);
      assert.match(page2, /Confirmation email kept in my inbox\./);
      assert.match(page2, /default-src 'none'/);
    });

    test('an unreadable stored record is reported and kept aside, never dropped', async () => {
      await options.eval(async () => chrome.storage.local.set({ record: { version: 99, entries: 'from a future version' } }));
      await options.goto(b.extensionUrl('options/options.html'));
      const alert = await options.waitFor(() => document.getElementById('record-alert').textContent);
      assert.match(alert, /could not be read/);
      const all = await options.eval(async () => chrome.storage.local.get(null));
      const aside = Object.keys(all).filter((k) => k.startsWith('record.unreadable.'));
      assert.equal(aside.length, 1);
      assert.deepEqual(JSON.parse(all[aside[0]]), { version: 99, entries: 'from a future version' });
      assert.deepEqual(all.record, { version: 1, entries: [] });
    });
  });
}

export function defineHostileSuite(name, launch) {
  describe(`${name}: hostile pages`, () => {
    let b;
    withBrowser(launch, (browser) => { b = browser; });

    test('a page cannot hide the banner, fill through it, or read anything from it', async () => {
      // Details saved, so a fill would have something to leak.
      const o = await openOptions(b);
      assert.equal((await fillOptions(o, PREFS)).alert, '');
      const p = await b.newPage();
      try {
        await p.goto(page('fb-objection-en-hostile').url);
        assert.ok(await p.waitForBanner());
        await sleep(1500);
        const seen = await p.eval(() => {
          const host = document.querySelector('[data-objection-banner]');
          const r = host.getBoundingClientRect();
          const cs = getComputedStyle(host);
          return { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, width: r.width, top: r.top };
        });
        assert.deepEqual({ display: seen.display, visibility: seen.visibility, opacity: seen.opacity }, { display: 'block', visibility: 'visible', opacity: '1' });
        assert.ok(seen.width > 200 && seen.top >= 0, `the banner is on screen: ${JSON.stringify(seen)}`);
        const after = await p.eval(() => ({ attempts: window.__attempts, leaked: window.__leaked.length,
          values: [...document.querySelectorAll('input, textarea, select')].map((e) => e.value).join('') }));
        assert.ok(after.attempts > 5, 'the page did try');
        assert.equal(after.values, '', 'nothing was filled');
        assert.equal(after.leaked, 0);
        // The user's own click still works.
        await p.clickBanner('prefill');
        assert.equal(await p.waitFor(() => document.getElementById('email').value), PREFS.email);
      } finally {
        await p.close();
      }
    });

    test('half an emoji in the page text does not cost the page its banner or its highlights', async () => {
      // A lone surrogate, as a truncated post leaves it or a page puts it
      // there, in front of the sentence to flag.
      const url = 'https://www.facebook.com/privacy/genai/?cut-emoji';
      route(url, `<!doctype html><html lang="en"><head><title>AI at Meta</title></head><body>
        <h1>How Meta uses information for generative AI models</h1>
        <p>We rely on legitimate interests to use your information to develop and improve AI at Meta. You have the right to object.</p>
        <p id="cut">We'll review objection requests in accordance with relevant data protection laws.</p>
        <script>document.getElementById('cut').firstChild.insertData(0, 'Posted \\ud83d ');</script>
      </body></html>`);
      const p = await b.newPage();
      try {
        await p.goto(url);
        assert.equal(await p.eval(() => document.getElementById('cut').textContent.isWellFormed()), false, 'the page holds a lone surrogate');
        assert.ok(await p.waitForBanner());
        assert.ok((await p.banner()).flags.includes('discretionary-review'));
        const highlighted = await p.waitFor(() => {
          const h = CSS.highlights.get('objection-flag');
          return h && h.size > 0 && [...h].map((r) => r.toString());
        });
        assert.ok(highlighted.some((s) => s.endsWith("We'll review objection requests in accordance with relevant data protection laws.")), `highlighted: ${JSON.stringify(highlighted)}`);
      } finally {
        await p.close();
      }
    });

    test('a page flooded with flagged sentences gets a bounded banner and bounded highlights', async () => {
      // Each finding is a line in the banner and a highlight, built on the
      // page's thread; the core keeps the first 25 of each category
      // (MAX_FINDINGS_PER_CATEGORY in src/wording.rs), and names every
      // category it found.
      const url = 'https://www.facebook.com/privacy/genai/?flood';
      const review = "We'll review objection requests in accordance with relevant data protection laws. ";
      route(url, `<!doctype html><html lang="en"><head><title>AI at Meta</title></head><body>
        <h1>How Meta uses information for generative AI models</h1>
        <p>We rely on legitimate interests to use your information to develop and improve AI at Meta. You have the right to object.</p>
        <p>${review.repeat(3000)}</p>
        <p>If your objection is honoured, it will be applied going forward.</p>
      </body></html>`);
      const p = await b.newPage();
      try {
        await p.goto(url);
        assert.ok(await p.waitForBanner());
        const shown = await p.waitFor(() => {
          const root = document.querySelector('[data-objection-banner]').shadowRoot;
          const h = CSS.highlights.get('objection-flag');
          const items = (category) => root.querySelectorAll(`details[data-category="${category}"] li`).length;
          const listed = root.querySelectorAll('details[data-category] li').length;
          return h && h.size > 0 && { review: items('discretionary-review'), honour: items('conditional-honour'), highlightsPerLine: h.size / listed, listed };
        }, undefined, 15000);
        assert.equal(shown.review, 25, 'the first 25 of the flooded category');
        assert.equal(shown.honour, 1, 'the category after the flood is still named');
        assert.equal(shown.highlightsPerLine, 1, 'one highlight for each line of the banner');
        assert.ok(shown.listed <= 5 * 25, `${shown.listed} lines`);
      } finally {
        await p.close();
      }
    });

    test('a Meta form framed by another site gets no banner and no fill', async () => {
      const p = await b.newPage();
      try {
        await p.goto(page('lookalike-frame').url);
        await sleep(SILENCE_MS);
        assert.equal(await p.banner(), null);
        const frame = p.raw.frames().find((f) => f.url().startsWith('https://www.facebook.com/'));
        assert.ok(frame, 'the framed form loaded');
        const inFrame = await frame.evaluate(() => ({
          banner: !!document.querySelector('[data-objection-banner]'),
          values: [...document.querySelectorAll('input, textarea, select')].map((e) => e.value).join(''),
        }));
        assert.deepEqual(inFrame, { banner: false, values: '' });
      } finally {
        await p.close();
      }
    });
  });
}
