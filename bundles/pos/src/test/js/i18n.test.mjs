// /ui/pos/i18n.js: French first, English on request; amounts, quantities and dates as each language writes them.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser } from './support/browser.mjs';
import { lang, setLang, t, money, storeDay, qty, typed, dateTime, translatePage } from '/ui/pos/i18n.js';
import { h } from '/ui/pos/ui.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

beforeEach(resetBrowser);

test('French unless English was chosen, remembered by the browser', () => {
  assert.equal(lang(), 'fr');
  setLang('en');
  assert.equal(lang(), 'en');
  assert.equal(localStorage.getItem('vivres.lang'), 'en');
  setLang('de');
  assert.equal(lang(), 'fr');
});

test('texts with their placeholders, French when English lacks one, the key when both do', () => {
  assert.equal(t('common.close'), 'Fermer');
  assert.equal(t('contrib.failed', { title: 'Dons' }), '« Dons » n’a pas pu être chargé.');
  assert.equal(t('contrib.failed'), '« {title} » n’a pas pu être chargé.');
  setLang('en');
  assert.equal(t('common.close'), 'Close');
  assert.equal(t('no.such.key'), 'no.such.key');
});

test('money as each language writes it', () => {
  assert.equal(money('1234.5'), `1${NNBSP}234,50${NBSP}€`);
  assert.equal(money('-3.40'), `−3,40${NBSP}€`);
  assert.equal(money('7'), `7,00${NBSP}€`);
  assert.equal(money(null), '');
  assert.equal(money(''), '');
  setLang('en');
  assert.equal(money('1234567.89'), '€1,234,567.89');
  assert.equal(money('-0.05'), '−€0.05');
});

test('quantities without trailing zeros, and typed values in the user’s language', () => {
  assert.equal(qty('1.250'), '1,25');
  assert.equal(qty('2.000'), '2');
  assert.equal(qty(null), '');
  assert.equal(typed('11.19'), '11,19');
  setLang('en');
  assert.equal(qty('1.250'), '1.25');
  assert.equal(typed('11.19'), '11.19');
});

test('the stores’ day is a YYYY-MM-DD date, and dates read in the user’s language', () => {
  assert.match(storeDay(), /^\d{4}-\d{2}-\d{2}$/);
  assert.match(dateTime('2026-12-01T09:05:00Z'), /^0?1\/12\/2026/);
  setLang('en');
  assert.match(dateTime('2026-12-01T09:05:00Z'), /^0?1\/12\/2026/);
});

test('translatePage fills the marked elements and the page language', () => {
  const root = h('div', {}, h('span', { id: 'a', 'data-t': 'common.cancel' }),
    h('input', { id: 'b', 'data-t-placeholder': 'login.username' }));
  setLang('en');
  translatePage(root);
  assert.equal(document.documentElement.lang, 'en');
  assert.equal(root.querySelector('#a').textContent, 'Cancel');
  assert.equal(root.querySelector('#b').placeholder, 'Username');
});
