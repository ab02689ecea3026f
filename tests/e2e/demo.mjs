// `./build.sh demo`: the demo pages under Meta's real hostnames, with the
// extension loaded in Chromium and demo details saved. With a display the
// browser stays open for you to try; without one, screenshots of each page
// (before and after prefill) are saved to dist/demo/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browsers.mjs';
import { page, startServer } from './server.mjs';

const ext = path.resolve(process.argv[2] || 'dist/extension');
const out = path.resolve('dist/demo');
const headful = !!process.env.DISPLAY;
const DEMO = ['fb-objection-en-2024', 'ig-objection-nl-react', 'fb-notice-fr', 'fb-thirdparty-en', 'wa-objection-pt'];

const server = await startServer(443);
const b = await launchChromium(ext, { headful });
const options = await b.newPage();
await options.goto(b.extensionUrl('options/options.html'));
await options.waitFor(() => !!document.querySelector('#country option[value="PT"]'));
await options.raw.fill('[name="email"]', 'ana@example.org');
await options.raw.selectOption('[name="country"]', 'PT');
await options.raw.fill('[name="fullName"]', 'Ana Silva');
await options.raw.fill('[name="phone"]', '+351 912 345 678');
await options.raw.click('[data-action="save"]');

if (headful) {
  for (const name of DEMO) await (await b.newPage()).goto(page(name).url);
  console.log('Demo pages are open in Chromium. Press Ctrl+C to stop.');
  await new Promise(() => {});
}

mkdirSync(out, { recursive: true });
await options.raw.screenshot({ path: path.join(out, 'settings.png'), fullPage: true });
for (const name of DEMO) {
  const p = await b.newPage();
  await p.raw.setViewportSize({ width: 1280, height: 900 });
  await p.goto(page(name).url);
  await p.waitForBanner(8000);
  await p.raw.waitForTimeout(900);
  await p.raw.screenshot({ path: path.join(out, `${name}.png`) });
  if (await p.eval(() => !!document.querySelector('[data-objection-banner]')?.shadowRoot.querySelector('[data-action="prefill"]'))) {
    await p.clickBanner('prefill');
    await p.raw.waitForTimeout(1200);
    await p.raw.screenshot({ path: path.join(out, `${name}-prefilled.png`), fullPage: true });
  }
  await p.close();
}
console.log(`Screenshots saved in ${out}`);
await b.close();
server.close();
