// The back office's households screen (web/backoffice/screens/households.js) shows what capability bundles add to a
// household as their till modules word it, as the till's household card does: it names no tier and no fund itself.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser } from './support/browser.mjs';
import { createRegistry } from '/ui/pos/tillmodules.js';
import { facetItems } from '../../main/resources/web/backoffice/screens/households.js';

beforeEach(resetBrowser);

const tier = { householdFacets: (hh, ctx) => (hh.tier ? [{ id: 'household-tier', class: 'tier',
  text: `${ctx.lang === 'en' ? 'Tier' : 'Tarif'} : ${hh.tier.name}` }] : []) };
const fund = { householdFacets: (hh) => (hh.caisseMemberships || []).map((m) => ({ class: 'caisse', text: `${m.fundName} : ${m.balance}` })) };
const broken = { householdFacets: () => { throw new Error('bug'); } };

test('each contributed facet is a line of the card, in the modules’ order, with its id and class', () => {
  const r = createRegistry();
  r.register(tier, broken, fund);
  const household = { reference: 'C-1', size: 2, tier: { code: 'P1', name: 'Solidaire' },
    caisseMemberships: [{ fundName: 'Nord', balance: '12.00' }, { fundName: 'Sud', balance: '3.00' }] };
  const items = facetItems(r, household, { lang: 'fr' });
  assert.deepEqual(items.map((li) => li.tagName), ['LI', 'LI', 'LI']);
  assert.deepEqual(items.map((li) => li.textContent), ['Tarif : Solidaire', 'Nord : 12.00', 'Sud : 3.00']);
  assert.equal(items[0].id, 'household-tier');
  assert.deepEqual(items.map((li) => li.className), ['tier', 'caisse', 'caisse']);
  assert.equal(facetItems(r, household, { lang: 'en' })[0].textContent, 'Tier : Solidaire');
});

test('without the capability bundles a household has no line beyond its own', () => {
  assert.deepEqual(facetItems(createRegistry(), { reference: 'C-1', size: 2, tier: { name: 'Solidaire' } }, { lang: 'fr' }), []);
});
