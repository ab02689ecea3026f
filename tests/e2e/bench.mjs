// `./build.sh bench`, browser half: sizes, the WebAssembly core against a
// plain-JavaScript matcher, the banner's latency, and the cost on a busy
// unrelated Meta page. Prints a table; asserts nothing.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browsers.mjs';
import { page, startServer } from './server.mjs';

const ext = path.resolve(process.argv[2] || 'dist/extension');
const FEED_SECONDS = Number(process.env.BENCH_FEED_SECONDS || 60);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

function dirSize(dir) {
  return readdirSync(dir).reduce((sum, f) => {
    const p = path.join(dir, f);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
}

// ---- Sizes -----------------------------------------------------------------
const wasm = readFileSync(path.join(ext, 'core', 'objection_bg.wasm'));
const zip = readdirSync('dist').find((f) => f.endsWith('.zip'));
console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium (Debian), Node ${process.version}\n`);
console.log('| size | |');
console.log('|---|---|');
console.log(`| objection_bg.wasm after wasm-opt -Oz | ${kb(wasm.length)} |`);
console.log(`| the same, gzipped | ${kb(gzipSync(wasm, { level: 9 }).length)} |`);
console.log(`| unpacked extension | ${kb(dirSize(ext))} |`);
if (zip) console.log(`| store zip | ${kb(statSync(path.join('dist', zip)).size)} |`);

// Every phrase of every rule file, for the JavaScript matcher.
const phrases = [];
for (const f of readdirSync('rules/lang')) {
  const walk = (v, key) => {
    if (['examples', 'near_misses', 'statement', 'stopwords', 'id', 'category', 'severity', 'lang', 'name', 'aliases', 'message'].includes(key)) return;
    if (typeof v === 'string') phrases.push(v.replace(/\*$/, ''));
    else if (Array.isArray(v)) v.forEach((x) => walk(x, ''));
    else if (v && typeof v === 'object') {
      if ('text' in v && 'source' in v) phrases.push(v.text.replace(/\*$/, ''));
      else for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(JSON.parse(readFileSync(path.join('rules/lang', f), 'utf8')), '');
}

const server = await startServer(443);
const b = await launchChromium(ext);
try {
  // ---- Core speed: WebAssembly in an extension page vs plain JavaScript ---
  // A document of the extension's own origin that runs none of its
  // scripts, so the core is loaded here once, as the background loads it.
  const p = await b.newPage();
  await p.goto(b.extensionUrl('_locales/en/messages.json'));
  const results = await p.eval(async ({ phrases, sizes }) => {
    const t = performance.now();
    const core = await import(chrome.runtime.getURL('core/objection.js'));
    await core.default({ module_or_path: chrome.runtime.getURL('core/objection_bg.wasm') });
    const instantiate = performance.now() - t;
    // The first message after a start also builds the phrase index, as the
    // first page after each wake of the service worker does.
    const firstAt = performance.now();
    await core.handleMessage({ type: 'analyse', snapshot: JSON.stringify({ url: 'https://www.facebook.com/privacy/genai', lang: 'en', blocks: [{ text: 'We will review objection requests.', tag: 'p' }], controls: [] }) }, { url: 'https://www.facebook.com/privacy/genai', frameId: 0 });
    const firstMessage = performance.now() - firstAt;
    const prose = "Information you've shared on our Products and services could be things like posts, photos and their captions. ";
    const flagged = "We'll review objection requests in accordance with relevant data protection laws. ";
    const snapshotOf = (bytes, blockBytes = 500) => {
      const blocks = [];
      let total = 0;
      let i = 0;
      while (total < bytes) {
        let text = '';
        while (text.length < blockBytes) text += i++ % 40 === 0 ? flagged : prose;
        total += text.length;
        blocks.push({ text, tag: 'p' });
      }
      return { url: 'https://www.facebook.com/privacy/genai', lang: 'en', blocks, controls: [] };
    };
    // The best plain-JavaScript approach: one combined case-insensitive
    // expression over the normalised text.
    const escape = (s) => s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const combined = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const jsAnalyse = (snap) => {
      const text = snap.blocks.map((b) => b.text).join('\u0001').normalize('NFKC')
        .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').toLowerCase();
      let n = 0;
      for (const _ of text.matchAll(combined)) n++;
      return n;
    };
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (f) => {
      await f();
      const runs = [];
      const start = performance.now();
      while (runs.length < 5 || performance.now() - start < 500) {
        const s = performance.now();
        await f();
        runs.push(performance.now() - s);
      }
      runs.sort((a, b) => a - b);
      return runs[Math.floor(runs.length / 2)];
    };
    const sender = { url: 'https://www.facebook.com/privacy/genai', frameId: 0 };
    const rows = [];
    for (const [bytes, label, blockBytes] of [...sizes, [2 ** 20, '1 MB in one block', 2 ** 20]]) {
      const snap = snapshotOf(bytes, blockBytes);
      // One message as the background answers it: the snapshot's JSON text
      // into the module, analysis, whether the page's banner was closed
      // (read from session storage once per start of the core, then kept),
      // the answer out. Each run gets a message of its own, as each page's
      // does.
      const text = JSON.stringify(snap);
      const wasmMs = await time(() => core.handleMessage({ type: 'analyse', snapshot: text.slice() }, sender));
      // What the content script spends writing that text, on the page's
      // side, each time of a snapshot just taken (V8 writes the same object
      // again much faster).
      const copies = Array.from({ length: bytes > 2 ** 20 ? 4 : 12 }, () => structuredClone(snap));
      const stringifyMs = median(copies.map((c) => { const s = performance.now(); JSON.stringify(c); return performance.now() - s; }));
      const jsMs = await time(() => jsAnalyse(snap));
      rows.push({ label, wasmMs, stringifyMs, jsMs });
    }
    return { instantiate, firstMessage, rows };
  }, { phrases, sizes: JSON.parse(process.env.BENCH_SIZES || '[[10240,"10 KB"],[102400,"100 KB"],[1048576,"1 MB"],[5242880,"5 MB"]]') });
  // The same messages natively, from the native half of `./build.sh bench`.
  let native = {};
  try {
    native = JSON.parse(readFileSync('target/bench-native.json', 'utf8'));
  } catch {
    console.log('(no native figures: run `cargo bench --bench core` first for the WASM / native column)');
  }
  const nativeCell = (r) => (native[r.label] ? `${native[r.label].toFixed(2)} ms | ${(r.wasmMs / native[r.label]).toFixed(2)}×` : '– | –');
  console.log(`\n| page text | WebAssembly core (message in, analysis, answer out) | the same natively | WASM / native | the snapshot's JSON.stringify in the content script | plain JS, one combined regex | JS / WASM |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results.rows) console.log(`| ${r.label} | ${r.wasmMs.toFixed(2)} ms | ${nativeCell(r)} | ${r.stringifyMs.toFixed(2)} ms | ${r.jsMs.toFixed(2)} ms | ${(r.jsMs / r.wasmMs).toFixed(2)}× |`);
  console.log('(the native figures come from the native half, run just before: a drift in the machine\'s speed between the two shows in WASM / native)');
  console.log(`\ncore load and instantiate in an extension context: ${results.instantiate.toFixed(1)} ms; then the first message (builds the phrase index): ${results.firstMessage.toFixed(1)} ms`);

  // ---- Banner latency ------------------------------------------------------
  // Installed on these pages only: a page script of the benchmark's own
  // must not count in the script time measured on the feed below.
  const watchBanner = () => {
    new MutationObserver((_, o) => {
      if (document.querySelector('[data-objection-banner]')) {
        window.__bannerAt = performance.now();
        o.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  };
  const latencies = [];
  for (let i = 0; i < 10; i++) {
    const q = await b.newPage();
    await q.raw.addInitScript(watchBanner);
    await q.goto(page('fb-objection-en-2024').url);
    await q.waitForBanner();
    latencies.push(await q.eval(() => window.__bannerAt - performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
    await q.close();
  }
  console.log(`banner after DOMContentLoaded (objection form, median of 10): ${median(latencies).toFixed(0)} ms (min ${Math.min(...latencies).toFixed(0)}, max ${Math.max(...latencies).toFixed(0)})`);

  // ---- An unrelated, busy Meta page ----------------------------------------
  // An extension page listening on runtime messages sees every message the
  // content script sends.
  await p.eval(() => {
    window.__messages = 0;
    chrome.runtime.onMessage.addListener(() => { window.__messages++; });
  });
  // The baseline is the same browser, started the same way, without the
  // extension.
  const bare = await launchChromium(null);
  /** Main-thread script time of the unrelated feed page in `ctx`, loaded and then kept while `during(page)` runs. */
  const scriptTime = async (ctx, during) => {
    const q = await ctx.newPage();
    const cdp = await ctx.newCDPSession(q);
    await cdp.send('Performance.enable');
    await q.goto(page('fb-feed-en').url);
    await during(q);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await q.close();
    return metrics.ScriptDuration * 1000;
  };
  const feedCost = (ctx) => scriptTime(ctx, async (q) => {
    await q.evaluate(() => {
      // Keep the feed changing for the whole measurement: a new post every
      // 100 ms, and the class and style of every post changing every 50 ms,
      // as hover effects, animations and lazy loading do on a real feed.
      const feed = document.getElementById('feed');
      setInterval(() => {
        const post = document.createElement('div');
        post.setAttribute('role', 'article');
        post.textContent = `A new post at ${Date.now()} about the weekend.`;
        feed.append(post);
      }, 100);
      let tick = 0;
      setInterval(() => {
        tick += 1;
        for (const post of feed.children) {
          post.className = tick % 2 ? 'post seen' : 'post';
          post.style.opacity = String(0.9 + (tick % 2) / 10);
        }
      }, 50);
    });
    await q.waitForTimeout(FEED_SECONDS * 1000);
  });
  const before = await p.eval(() => window.__messages);
  const withExt = await feedCost(b.context);
  const messages = (await p.eval(() => window.__messages)) - before;
  const without = await feedCost(bare.context);
  console.log(`busy unrelated feed page for ${FEED_SECONDS} s (a post added every 100 ms, every post's class and style changed every 50 ms): messages to the core ${messages}; page script time ${withExt.toFixed(0)} ms with the extension, ${without.toFixed(0)} ms without`);

  // Main-thread script time of one load of the unrelated page: with the
  // extension, without it, and with a stand-in whose content script only
  // reads what any gate must read (the path, the title and the page's
  // text). The stand-in is the floor for a content script that looks at the
  // page at all: in a fresh isolated world, the first touch of each DOM
  // interface costs the script its bindings. Loads take turns between the
  // three browsers, so a slow spell of the machine falls on all of them.
  const floorDir = mkdtempSync(path.join(os.tmpdir(), 'objection-floor-'));
  cpSync(ext, floorDir, { recursive: true });
  const floorManifest = JSON.parse(readFileSync(path.join(floorDir, 'manifest.json'), 'utf8'));
  floorManifest.content_scripts[0].js = ['content/floor.js'];
  writeFileSync(path.join(floorDir, 'manifest.json'), JSON.stringify(floorManifest));
  writeFileSync(path.join(floorDir, 'content/floor.js'), `(() => {
    let text = document.title + location.pathname;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text += n.data;
    window.__objectionFloor = text.length;
  })();\n`);
  const floor = await launchChromium(floorDir);
  // The content script runs at document_idle.
  const loadTime = (ctx) => scriptTime(ctx, (q) => q.waitForTimeout(300));
  const LOADS = 25;
  const turns = [b, bare, floor];
  const loads = turns.map(() => []);
  for (let i = 0; i < LOADS + 2; i++) {
    for (const [k, browser] of turns.entries()) {
      const ms = await loadTime(browser.context);
      if (i >= 2) loads[k].push(ms); // the first loads of each browser warm its caches
    }
  }
  await bare.close();
  await floor.close();
  rmSync(floorDir, { recursive: true, force: true });
  const [loadWith, loadWithout, loadFloor] = loads.map(median);
  console.log(`one load of the unrelated feed page (median of ${LOADS}, taking turns): script time ${loadWith.toFixed(2)} ms with the extension, ${loadWithout.toFixed(2)} ms without, difference ${(loadWith - loadWithout).toFixed(2)} ms`);
  console.log(`  floor, a content script that only reads the path, title and text: ${loadFloor.toFixed(2)} ms, ${(loadFloor - loadWithout).toFixed(2)} ms over none; Objection's content script is ${(loadWith - loadFloor).toFixed(2)} ms over the floor`);
} finally {
  await b.close();
  server.close();
}
