// Runs `web-ext lint` on the built extension and fails on any error. The
// one expected warning is Firefox ignoring `background.service_worker`,
// which Chromium needs.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const dir = process.argv[2];
const bin = path.resolve('node_modules/.bin/web-ext');
let out;
try {
  out = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
} catch (e) {
  out = e.stdout; // web-ext exits non-zero when it finds errors; the report says which
}
const report = JSON.parse(out);
const show = (m) => `  ${m.code}: ${m.message} ${m.file || ''}`;
const expected = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']);
const warnings = report.warnings.filter((w) => !expected.has(w.code));
console.log(`web-ext lint: ${report.errors.length} errors, ${warnings.length} unexpected warnings, ${report.notices.length} notices`);
for (const m of [...report.errors, ...warnings]) console.log(show(m));
process.exit(report.errors.length ? 1 : 0);
