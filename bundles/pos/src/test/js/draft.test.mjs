// The till's ticket being rung up (web/pos/draft.js): lines, payments, what is sent to the API, and the
// provisional prices a till computes when the API cannot quote.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser } from './support/browser.mjs';
import {
  newDraft, saveDraft, loadDraft, addProduct, addOtherLine, setQuantity, removeLine, requestLines, quoteKey,
  ticketBody, localQuote, pricedLinesOf, paidCents,
} from '../../main/resources/web/pos/draft.js';

const STORE = '11111111-1111-4111-8111-111111111111';
const bread = { id: 'p-bread', sku: 'PAIN', name: 'Pain', uom: 'UNIT', referencePrice: '1.70', category: 'BOULANGERIE' };
const apples = { id: 'p-apples', sku: 'POM', name: 'Pommes', uom: 'KG', referencePrice: '2.99', category: 'FRUITS' };
const today = () => new Date().toLocaleDateString('sv-SE');

beforeEach(resetBrowser);

test('a new ticket has its own client id, the store, and nothing in it', () => {
  const a = newDraft(STORE);
  const b = newDraft(STORE);
  assert.notEqual(a.id, b.id);
  assert.deepEqual({ ...a, id: undefined, startedAt: undefined },
    { id: undefined, organization: STORE, household: null, lines: [], payments: [], startedAt: undefined });
});

test('the same product scanned again adds to its line; quantities keep three decimals', () => {
  const d = newDraft(STORE);
  const line = addProduct(d, bread, '1');
  addProduct(d, bread, '2');
  addProduct(d, apples, '0,5');
  assert.equal(d.lines.length, 2);
  assert.equal(line.quantity, '3.000');
  assert.equal(d.lines[1].quantity, '0.500');
  setQuantity(d, d.lines[1].key, '1.25');
  assert.equal(d.lines[1].quantity, '1.250');
  removeLine(d, line.key);
  assert.deepEqual(d.lines.map((l) => l.product.id), ['p-apples']);
});

test('a bundle’s line is added once per reference and sent under its own field', () => {
  const d = newDraft(STORE);
  addProduct(d, bread, '2');
  addOtherLine(d, { kind: 'registration', ref: 'r-1', label: 'Atelier cuisine', referencePrice: '5.00' });
  addOtherLine(d, { kind: 'registration', ref: 'r-1' });
  assert.deepEqual(requestLines(d), [{ product: 'p-bread', quantity: '2.000' }, { registration: 'r-1', quantity: '1.000' }]);
  d.payments.push({ method: 'CASH', amount: '5.00' }, { method: 'CARD', amount: '3.40' });
  assert.deepEqual(ticketBody(d, false), { id: d.id, organization: STORE, lines: requestLines(d) });
  d.household = { id: 'h-1' };
  assert.deepEqual(ticketBody(d, true), { id: d.id, organization: STORE, lines: requestLines(d), household: 'h-1',
    payments: [{ method: 'CASH', amount: '5.00' }, { method: 'CARD', amount: '3.40' }] });
  assert.equal(paidCents(d), 840n);
});

test('a bundle’s line may send an object while its quote names it by reference', () => {
  const d = newDraft(STORE);
  addProduct(d, bread, '1');
  addOtherLine(d, { kind: 'donation', ref: 'fund:f-1:roundUp', value: { fund: 'f-1', roundUp: true },
    label: 'Don — Caisse alimentaire' });
  addOtherLine(d, { kind: 'donation', ref: 'fund:f-1', value: { fund: 'f-1', amount: '2.00' } });
  assert.deepEqual(requestLines(d).slice(1), [{ donation: { fund: 'f-1', roundUp: true }, quantity: '1.000' },
    { donation: { fund: 'f-1', amount: '2.00' }, quantity: '1.000' }]);
  const quote = { lines: [{ product: 'p-bread' }, { donation: 'fund:f-1:roundUp', lineAmount: '0.30' },
    { donation: 'fund:f-1', lineAmount: '2.00' }] };
  assert.deepEqual(pricedLinesOf(quote, d.lines[1]), [quote.lines[1]]);
  assert.deepEqual(pricedLinesOf(quote, d.lines[2]), [quote.lines[2]]);
});

test('a quote is current only for the same household and lines', () => {
  const d = newDraft(STORE);
  addProduct(d, bread, '1');
  const key = quoteKey(d);
  d.payments.push({ method: 'CASH', amount: '2.00' });
  assert.equal(quoteKey(d), key);
  addProduct(d, bread, '1');
  assert.notEqual(quoteKey(d), key);
  const again = quoteKey(d);
  d.household = { id: 'h-1' };
  assert.notEqual(quoteKey(d), again);
});

test('saved after each change and found again for the same store only', () => {
  const d = newDraft(STORE);
  addProduct(d, bread, '2');
  saveDraft(d);
  assert.deepEqual(loadDraft(STORE), d);
  assert.equal(loadDraft('another-store'), null);
  localStorage.setItem('vivres.pos.draft', '{not json');
  assert.equal(loadDraft(STORE), null);
});

test('offline, lines are priced at reference prices and marked provisional', () => {
  const d = newDraft(STORE);
  addProduct(d, apples, '0.333');
  addOtherLine(d, { kind: 'registration', ref: 'r-1', referencePrice: '5.00' });
  addOtherLine(d, { kind: 'donation', ref: 'x' });
  const quote = localQuote(d);
  assert.equal(quote.provisional, true);
  assert.deepEqual(quote.lines[0], { product: 'p-apples', quantity: '0.333', referencePrice: '2.99', unitPrice: '2.99',
    lineAmount: '1.00', priceRule: 'REFERENCE' });
  assert.equal(quote.lines[1].lineAmount, '5.00');
  assert.equal(quote.lines[2].lineAmount, '0.00');
  assert.equal(quote.total, '6.00');
  assert.deepEqual(pricedLinesOf(quote, d.lines[1]), [quote.lines[1]]);
  assert.deepEqual(pricedLinesOf(null, d.lines[1]), []);
});

test('offline, a contributed rule prices the lines it claims; the others stay at their reference price', () => {
  const d = newDraft(STORE);
  addProduct(d, bread, '2');
  addProduct(d, apples, '1');
  addOtherLine(d, { kind: 'registration', ref: 'r-1', referencePrice: '5.00' });
  d.household = { id: 'h-1', tier: { code: 'X' } };
  const asked = [];
  const rules = { price(line, till) {
    asked.push([line.kind, line.referencePrice, till.household.id, till.organization, till.today === today()]);
    return line.product?.category === 'BOULANGERIE' ? { unitPrice: '0.5', priceRule: 'HALF:X' } : null;
  } };
  const quote = localQuote(d, rules);
  assert.deepEqual(quote.lines.map((l) => [l.unitPrice, l.lineAmount, l.priceRule]),
    [['0.50', '1.00', 'HALF:X'], ['2.99', '2.99', 'REFERENCE'], ['5.00', '5.00', 'REFERENCE']]);
  assert.equal(quote.total, '8.99');
  assert.deepEqual(asked, [['product', '1.70', 'h-1', STORE, true], ['product', '2.99', 'h-1', STORE, true],
    ['registration', '5.00', 'h-1', STORE, true]]);
});

test('offline, an answer without a readable price or a rule is not taken', () => {
  const d = newDraft(STORE);
  addProduct(d, bread, '1');
  for (const answer of [{ unitPrice: 'beaucoup', priceRule: 'R' }, { unitPrice: '1.00' }, {}]) {
    assert.deepEqual(localQuote(d, { price: () => answer }).lines.map((l) => [l.unitPrice, l.priceRule]),
      [['1.70', 'REFERENCE']], JSON.stringify(answer));
  }
});
