// /ui/pos/zreport.js: the Z of a till session and the tables a store's closing shares with it.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser } from './support/browser.mjs';
import { methodName, nameOtherMethods, rateText, vatTable, methodTable, zElement, printedSeal } from '/ui/pos/zreport.js';
import { setLang } from '/ui/pos/i18n.js';

const NBSP = '\u00a0';
beforeEach(resetBrowser);

const cells = (table) => table.querySelectorAll('tr').map((r) => r.children.map((c) => c.textContent));

test('payment methods in French; a contributed method as its bundle names it, else its code', () => {
  assert.equal(methodName('CASH'), 'Espèces');
  assert.equal(methodName('CAISSE'), 'CAISSE');
  nameOtherMethods((m) => (m === 'CAISSE' ? 'Caisse alimentaire' : null));
  assert.equal(methodName('CAISSE'), 'Caisse alimentaire');
  assert.equal(methodName('CASH'), 'Espèces');
  assert.equal(methodName('TICKET_RESTO'), 'TICKET_RESTO');
  nameOtherMethods(null);
  assert.equal(methodName('CAISSE'), 'CAISSE');
  assert.equal(rateText('5.50'), '5,5 %');
  assert.equal(rateText('20.00'), '20 %');
  assert.equal(rateText('0'), '0 %');
  setLang('en');
  assert.equal(methodName('CASH'), 'Cash');
  assert.equal(rateText('5.50'), '5.5 %');
});

test('per method: expected, counted and the difference shown as it is, never hidden', () => {
  nameOtherMethods((m) => (m === 'CAISSE' ? 'Caisse alimentaire' : null));
  const table = methodTable([
    { method: 'CASH', expected: '120.00', counted: '118.50', difference: '-1.50' },
    { method: 'CARD', expected: '80.00', counted: null, difference: null },
    { method: 'CAISSE', expected: '10.00', counted: '10.00', difference: '0.00' },
  ], 'z-methods');
  nameOtherMethods(null);
  assert.deepEqual(cells(table), [
    ['Moyen', 'Attendu', 'Compté', 'Écart'],
    ['Espèces', `120,00${NBSP}€`, `118,50${NBSP}€`, `−1,50${NBSP}€`],
    ['Carte', `80,00${NBSP}€`, 'non compté', '—'],
    ['Caisse alimentaire', `10,00${NBSP}€`, `10,00${NBSP}€`, `0,00${NBSP}€`],
  ]);
  assert.deepEqual(table.querySelectorAll('.difference').map((d) => d.className),
    ['difference off', 'difference', 'difference']);
  assert.deepEqual(cells(methodTable([{ method: 'CASH', total: '7.00' }], 'm')), [['Moyen', 'Total TTC'], ['Espèces', `7,00${NBSP}€`]]);
});

test('per VAT rate: base, VAT and total', () => {
  assert.deepEqual(cells(vatTable([{ rate: '5.50', base: '10.00', vat: '0.55', total: '10.55' }], 'v')),
    [['Taux', 'Base HT', 'TVA', 'Total TTC'], ['5,5 %', `10,00${NBSP}€`, `0,55${NBSP}€`, `10,55${NBSP}€`]]);
  assert.deepEqual(cells(vatTable(null, 'v')), [['Taux', 'Base HT', 'TVA', 'Total TTC']]);
});

test('the whole Z: figures, movements, late tickets and the printed seal', () => {
  const z = zElement({ number: 12, tillName: 'Caisse 1', openedAt: '2026-12-01T08:00:00Z', openedBy: 'marie',
    closedAt: '2026-12-01T18:00:00Z', closedBy: 'paul', openingFloat: '50.00', tickets: 31, returns: 1, total: '412.30',
    byMethod: [{ method: 'CASH', total: '412.30' }], byVatRate: [],
    cashMovements: [{ at: '2026-12-01T12:00:00Z', type: 'CASH_OUT', reason: 'Dépôt banque', by: 'paul', amount: '100.00' }],
    lateTickets: [{ documentNo: 'T-0042' }], seal: { hash: 'a1b2c3d4e5f6', sequence: 77 } }, { name: 'Épicerie du Canal' });
  assert.equal(z.querySelector('h3').textContent, 'Épicerie du Canal');
  assert.equal(z.querySelector('#z-number').textContent, 'Z n° 12 — Caisse 1');
  assert.equal(z.querySelector('#z-total').textContent, `412,30${NBSP}€`);
  assert.equal(z.querySelector('#z-tickets').textContent, '31');
  assert.deepEqual(cells(z.querySelector('#z-movements'))[1].slice(1), ['Sortie', 'Dépôt banque', 'paul', `−100,00${NBSP}€`]);
  assert.equal(z.querySelector('#z-late').textContent, 'T-0042');
  assert.equal(z.querySelector('#z-seal').textContent, 'Scellé a1b2c3d4-77');
  assert.equal(printedSeal({ hash: 'ffffffff00', sequence: 1 }), 'ffffffff-1');
  const quiet = zElement({ number: 1, tickets: 0, returns: 0, total: '0.00', openingFloat: '0.00' }, null);
  assert.equal(quiet.querySelector('#z-late'), null);
  assert.equal(quiet.querySelector('#z-seal'), null);
  assert.ok(quiet.querySelector('.empty').textContent.startsWith('Aucun mouvement'));
});
