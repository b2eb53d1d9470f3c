// /ui/pos/ids.js: the client ids of tickets and returns (the idempotency keys of POST /api/tickets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uuid, isUuid } from '/ui/pos/ids.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('gives random version 4 UUIDs, all different', () => {
  const ids = new Set(Array.from({ length: 200 }, uuid));
  assert.equal(ids.size, 200);
  for (const id of ids) assert.match(id, V4);
});

test('gives them too where crypto.randomUUID is missing (a till on plain http)', () => {
  const original = crypto.randomUUID;
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    const ids = new Set(Array.from({ length: 200 }, uuid));
    assert.equal(ids.size, 200);
    for (const id of ids) assert.match(id, V4);
  } finally {
    Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
  }
});

test('tells a UUID from anything else', () => {
  assert.ok(isUuid('3f2b8c1e-9d4a-4f6b-8e2d-1a2b3c4d5e6f'));
  assert.ok(isUuid(' 3F2B8C1E-9D4A-4F6B-8E2D-1A2B3C4D5E6F '));
  for (const bad of ['', '12', '3f2b8c1e9d4a4f6b8e2d1a2b3c4d5e6f', '3f2b8c1e-9d4a-4f6b-8e2d-1a2b3c4d5e6', null]) {
    assert.equal(isUuid(bad), false, `${bad}`);
  }
});
