// The till's list of contributed modules (web/pos/contributed.js): each place asked once, and a till reloaded without
// the network still has the list it had. The registry itself is the kit's: tillmodules.test.mjs.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser } from './support/browser.mjs';
import { tillContributions } from '../../main/resources/web/pos/contributed.js';

beforeEach(resetBrowser);

test('the till’s contributions of each place, once each, kept for a reload without the network', async () => {
  const byPlace = {
    'till.payment': [{ id: 'c', place: 'till.payment', module: '/ui/c.js' }],
    'till.panel': [{ id: 'p', place: 'till.panel', module: '/ui/p.js' }],
    'till.priceRule': [{ id: 'a', place: 'till.priceRule', module: '/ui/a.js' }, { id: 'p', place: 'till.panel', module: '/ui/p.js' }],
  };
  const asked = [];
  const client = { api: async (path) => { asked.push(path); return { items: byPlace[decodeURIComponent(path.split('=')[1])] }; } };
  const expected = [byPlace['till.priceRule'][0], byPlace['till.priceRule'][1], byPlace['till.payment'][0]];
  assert.deepEqual(await tillContributions(client), expected);
  assert.deepEqual(asked, ['/api/ui/contributions?place=till.priceRule', '/api/ui/contributions?place=till.payment',
    '/api/ui/contributions?place=till.panel']);
  const offline = { api: async () => { throw new Error('offline'); } };
  assert.deepEqual(await tillContributions(offline), expected);
  localStorage.clear();
  assert.deepEqual(await tillContributions(offline), []);
});
