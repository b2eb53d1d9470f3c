// The tier's offline price at the till (web/pricing/till-rule.js): the same inputs and rounding as TierPricing on
// the server, the words of its rule and the household card's tier line. (Checked against the Java arithmetic in a
// real browser by tests/browser TierRuleAgainstServerWithCapabilitiesIT.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { price, unitPrice, tierOf, ruleLabel, householdFacets, RULE_PREFIX } from '../../main/resources/web/pricing/till-rule.js';

const STORE = '11111111-1111-4111-8111-111111111111';
const TODAY = '2026-12-07';
const bread = { id: 'p-bread', category: 'BOULANGERIE' };
const apples = { id: 'p-apples', category: 'FRUITS' };
const tier = { code: 'SOLIDAIRE', name: 'Solidaire', percentOfReference: '30', categoryPercents: { FRUITS: '10' },
  organization: STORE, validFrom: '2000-01-01', validTo: null };
const till = (t) => ({ household: { id: 'h-1', tier: t }, organization: STORE, today: TODAY });
const line = (product, referencePrice) => ({ kind: 'product', product, quantity: '1.000', referencePrice });
const ctx = (lang) => ({ lang, percent: (v) => `${v} %`, date: (v) => (v ? `le ${v}` : ''), money: (v) => `${v} €` });

test('a household’s tier of this store prices a product at its percent, its category’s first, half-up to the cent', () => {
  assert.deepEqual(price(line(bread, '1.70'), till(tier)), { unitPrice: '0.51', priceRule: 'TIER:SOLIDAIRE' });
  assert.deepEqual(price(line(apples, '2.99'), till(tier)), { unitPrice: '0.30', priceRule: 'TIER:SOLIDAIRE' });
  // 2.45 × 30 % = 0.735 → 0.74; 1.99 × 125 % = 2.4875 → 2.49 (Money.percentOf)
  assert.equal(unitPrice(tier, bread, '2.45'), '0.74');
  assert.equal(unitPrice({ percentOfReference: '125' }, bread, '1.99'), '2.49');
  assert.equal(RULE_PREFIX, 'TIER:');
});

test('no tier, a tier of another store or outside its dates, a line not a product: not priced here', () => {
  assert.equal(price(line(bread, '1.70'), { household: null, organization: STORE, today: TODAY }), null);
  for (const other of [{ organization: 'elsewhere' }, { validFrom: '2999-01-01' }, { validTo: '2000-01-01' },
    { percentOfReference: null }]) {
    assert.equal(price(line(bread, '1.70'), till({ ...tier, ...other })), null, JSON.stringify(other));
  }
  assert.equal(tierOf({ tier: { ...tier, validFrom: TODAY, validTo: TODAY } }, STORE, TODAY).code, 'SOLIDAIRE');
  assert.equal(tierOf({ tier: { ...tier, organization: null } }, STORE, TODAY).code, 'SOLIDAIRE');
  assert.equal(price({ kind: 'registration', product: null, referencePrice: '5.00' }, till(tier)), null);
  assert.equal(price(line(bread, 'beaucoup'), till(tier)), null);
});

test('its rule in words, by the tier’s name once the household card is read; others’ rules are not its own', () => {
  const paid = { referencePrice: '2.00', unitPrice: '0.60' };
  assert.equal(ruleLabel('TIER:ANON', paid, ctx('fr')), 'Tarif différencié 30 %');
  assert.equal(ruleLabel('TIER:ANON', paid, ctx('en')), 'Differentiated price 30 %');
  assert.deepEqual(householdFacets({ tier: { ...tier, code: 'ANON', name: 'Coup de pouce', validTo: '2027-01-31' } }, ctx('fr')),
    [{ id: 'household-tier', class: 'tier', text: 'Tarif : Coup de pouce jusqu’au le 2027-01-31' }]);
  assert.equal(ruleLabel('TIER:ANON', paid, ctx('fr')), 'Coup de pouce 30 %');
  assert.equal(ruleLabel('ACTIVITY_FEE', paid, ctx('fr')), null);
  assert.equal(ruleLabel('REFERENCE', paid, ctx('fr')), null);
  assert.deepEqual(householdFacets({ tier: null }, ctx('fr')), []);
  assert.deepEqual(householdFacets({ tier: { code: 'X', validTo: null } }, ctx('en')),
    [{ id: 'household-tier', class: 'tier', text: 'Tier: X until ' }]);
});
