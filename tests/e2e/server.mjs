// Serves the fixture pages over HTTPS under the hostnames they are listed
// with in tests/fixtures/pages.json. The browsers resolve every host to this
// machine, so a page answers at its real address, e.g.
// https://www.facebook.com/help/contact/6359191084165019.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.join(here, '..', 'fixtures');
export const pages = JSON.parse(readFileSync(path.join(FIXTURES, 'pages.json'), 'utf8')).pages;
export const page = (name) => {
  const p = pages.find((x) => x.name === name);
  if (!p) throw new Error(`no fixture ${name}`);
  return p;
};

/** Extra routes tests add: `host + path` to `{ status, type, body }`. */
const extra = new Map();
export const route = (url, body, type = 'text/html; charset=utf-8') => {
  const u = new URL(url);
  extra.set(u.host + u.pathname + u.search, { body, type });
};

/** Every request that reached the server, for tests that count them. */
export const requests = [];

function certificate() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'objection-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=objection-fixtures'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startServer(port = 443) {
  // Port 0 picks a free port, for browsers that map hosts to a port themselves.
  const server = https.createServer(certificate(), (req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '');
    const url = new URL(req.url, `https://${host}`);
    requests.push({ host, path: url.pathname + url.search, method: req.method });
    const custom = extra.get(host + url.pathname + url.search);
    const fixture = pages.find((p) => {
      const u = new URL(p.url);
      return u.host === host && u.pathname === url.pathname && u.search === url.search;
    });
    if (custom) {
      res.writeHead(200, { 'content-type': custom.type });
      res.end(custom.body);
    } else if (fixture) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(path.join(FIXTURES, 'pages', fixture.file)));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a fixture');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
