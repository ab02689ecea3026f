// The committed golden snapshots must be what snapshot.js produces today,
// or the native tests would be checking the core against stale pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { startServer } from './server.mjs';
import { SNAPSHOTS, serialise, takeSnapshots } from './snapshots.mjs';

test('golden snapshots are current (re-record with: node tests/e2e/snapshots.mjs)', async () => {
  const server = await startServer(0);
  try {
    const snaps = await takeSnapshots(server.address().port);
    for (const [name, snap] of Object.entries(snaps)) {
      const committed = readFileSync(path.join(SNAPSHOTS, `${name}.json`), 'utf8');
      assert.equal(serialise(snap), committed, `${name}.json is out of date`);
    }
  } finally {
    server.close();
  }
});
