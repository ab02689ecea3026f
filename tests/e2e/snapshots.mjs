// Golden snapshots: each fixture page described by the extension's own
// snapshot.js in Chromium, saved as JSON so that `cargo test` runs the core
// over real page descriptions. Run this file to record them again after
// changing a fixture or snapshot.js:  node tests/e2e/snapshots.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FIXTURES, pages, startServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SNAPSHOTS = path.join(FIXTURES, 'snapshots');
const SNAPSHOT_JS = readFileSync(path.join(here, '..', '..', 'extension', 'content', 'snapshot.js'), 'utf8');

/** Every fixture's snapshot, by fixture name, taken in plain Chromium. */
export async function takeSnapshots(port) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--ignore-certificate-errors', `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`],
  });
  const out = {};
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-GB' });
    for (const p of pages) {
      const page = await context.newPage();
      await page.goto(p.url.replace(/^https:\/\/([^/]+)/, `https://$1:${port}`), { waitUntil: 'load' });
      await page.waitForTimeout(700); // pages that render after load
      const snap = await page.evaluate(`(() => { ${SNAPSHOT_JS}; return ObjectionSnapshot.take().snapshot; })()`);
      snap.url = p.url;
      out[p.name] = snap;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

export const serialise = (snap) => `${JSON.stringify(snap, null, 1)}\n`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startServer(0);
  const snaps = await takeSnapshots(server.address().port);
  server.close();
  mkdirSync(SNAPSHOTS, { recursive: true });
  for (const [name, snap] of Object.entries(snaps)) writeFileSync(path.join(SNAPSHOTS, `${name}.json`), serialise(snap));
  console.log(`recorded ${Object.keys(snaps).length} snapshots in ${SNAPSHOTS}`);
}
