import init, { optionsMain } from '../core/objection.js';

await init({ module_or_path: new URL('../core/objection_bg.wasm', import.meta.url) });
await optionsMain();
