// The till's registry of contributed modules (web/pos/contributed.js): the first module that answers wins, one that
// throws is passed over, and a till reloaded without the network still has the list it had.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser } from './support/browser.mjs';
import { createRegistry, tillContributions, loadTillModules } from '../../main/resources/web/pos/contributed.js';

beforeEach(resetBrowser);

const broken = { price: () => { throw new Error('bug'); }, ruleLabel: () => { throw new Error('bug'); },
  householdFacets: () => { throw new Error('bug'); } };
const tier = { price: (line) => (line.kind === 'product' ? { unitPrice: '1.00', priceRule: 'TIER:A' } : null),
  ruleLabel: (rule) => (rule.startsWith('TIER:') ? 'Solidaire' : null),
  householdFacets: (hh) => [{ id: 'household-tier', text: `Tarif ${hh.tier}` }] };
const fund = { methodLabel: (m, ctx) => (m === 'CAISSE' ? (ctx.lang === 'en' ? 'Food fund' : 'Caisse alimentaire') : null),
  ruleLabel: () => '', householdFacets: () => [{ class: 'caisse', text: 'Solde 10 €' }] };

test('the first module that answers is taken; one that throws or says nothing is passed over', () => {
  const r = createRegistry();
  assert.equal(r.price({ kind: 'product' }, {}), null);
  assert.equal(r.ruleLabel('TIER:A', {}, {}), null);
  r.register(broken, fund, tier, tier);
  assert.deepEqual(r.price({ kind: 'product' }, {}), { unitPrice: '1.00', priceRule: 'TIER:A' });
  assert.equal(r.price({ kind: 'registration' }, {}), null);
  assert.equal(r.ruleLabel('TIER:A', {}, {}), 'Solidaire');
  assert.equal(r.ruleLabel('ACTIVITY_FEE', {}, {}), null);
  assert.equal(r.methodLabel('CAISSE', { lang: 'en' }), 'Food fund');
  assert.equal(r.methodLabel('CAISSE', { lang: 'fr' }), 'Caisse alimentaire');
  assert.equal(r.methodLabel('CASH', { lang: 'fr' }), null);
  assert.deepEqual(r.householdFacets({ tier: 'P1' }, {}),
    [{ class: 'caisse', text: 'Solde 10 €' }, { id: 'household-tier', text: 'Tarif P1' }]);
  r.clear();
  assert.equal(r.methodLabel('CAISSE', { lang: 'fr' }), null);
});

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

test('each module is imported and registered; one that fails to load is left out', async () => {
  const r = createRegistry();
  const mods = await loadTillModules([{ id: 'a', module: 'tier' }, { id: 'b', module: 'missing' }], r,
    async (url) => { if (url === 'tier') return tier; throw new Error('404'); });
  assert.deepEqual(mods, [tier, null]);
  assert.equal(r.ruleLabel('TIER:A', {}, {}), 'Solidaire');
});
