// /ui/pos/tillmodules.js: the registry of contributed till modules the till and the back office ask — the first
// module that answers wins, one that throws is passed over, one that fails to load is left out.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser } from './support/browser.mjs';
import { createRegistry, loadTillModules, tillContributionsOf, tillRegistry, words, TILL_PLACES } from '/ui/pos/tillmodules.js';

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

test('each module is imported and registered; one that fails to load is left out', async () => {
  const r = createRegistry();
  const mods = await loadTillModules([{ id: 'a', module: 'tier' }, { id: 'b', module: 'missing' }], r,
    async (url) => { if (url === 'tier') return tier; throw new Error('404'); });
  assert.deepEqual(mods, [tier, null]);
  assert.equal(r.ruleLabel('TIER:A', {}, {}), 'Solidaire');
});

test('the back office’s registry: the modules of every till place, each once; empty when the list is unreadable', async () => {
  const byPlace = {
    'till.priceRule': [{ id: 'a', place: 'till.priceRule', module: 'tier' }],
    'till.payment': [{ id: 'c', place: 'till.payment', module: 'fund' }],
    'till.panel': [{ id: 'c', place: 'till.payment', module: 'fund' }],
  };
  const asked = [];
  const client = { api: async (path) => { asked.push(path); return { items: byPlace[decodeURIComponent(path.split('=')[1])] }; } };
  assert.deepEqual((await tillContributionsOf(client)).map((c) => c.id), ['a', 'c']);
  assert.deepEqual(asked, TILL_PLACES.map((p) => `/api/ui/contributions?place=${p}`));
  const loaded = [];
  const load = async (url) => { loaded.push(url); return url === 'tier' ? tier : fund; };
  const r = await tillRegistry(client, load);
  assert.deepEqual(loaded, ['tier', 'fund']);
  assert.equal(r.methodLabel('CAISSE', { lang: 'fr' }), 'Caisse alimentaire');
  assert.deepEqual(r.householdFacets({ tier: 'P1' }, {}).map((f) => f.text), ['Tarif P1', 'Solde 10 €']);
  const empty = await tillRegistry({ api: async () => { throw new Error('offline'); } }, load);
  assert.deepEqual(empty.householdFacets({ tier: 'P1' }, {}), []);
  assert.equal(empty.methodLabel('CAISSE', { lang: 'fr' }), null);
});

test('the words modules are given: the user’s language and the kit’s formats', () => {
  const w = words();
  assert.equal(w.lang, 'fr');
  assert.deepEqual(Object.keys(w).sort(), ['date', 'lang', 'money', 'percent', 'qty', 't']);
  assert.match(w.money('12.50'), /^12,50\s€$/);
});
