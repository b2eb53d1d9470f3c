// /ui/pos/ui.js and /ui/pos/forms.js: the DOM helpers and form blocks contributed screens are built with.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser, FakeEvent } from './support/browser.mjs';
import {
  h, fill, modal, confirmDialog, focusField, toast, field, errorText, downloadJson, openReport,
} from '/ui/pos/ui.js';
import { isAdmin, table, input, moneyInput, select, form, list, showError, reportButton } from '/ui/pos/forms.js';
import { OfflineError, ApiError } from '/ui/pos/api.js';

beforeEach(resetBrowser);

const texts = (el) => [...el.all()].map((e) => e.textContent);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('h builds an element: class, data, listeners, properties, attributes, nested children', () => {
  let clicked = 0;
  const el = h('button', { class: 'big', dataset: { sku: 'PAIN' }, onclick: () => { clicked += 1; }, disabled: true,
    'aria-label': 'OK', hidden: false, title: null, required: true }, 'Valider', [' ', ['€', null, false]], 0);
  assert.equal(el.tagName, 'BUTTON');
  assert.equal(el.className, 'big');
  assert.equal(el.dataset.sku, 'PAIN');
  assert.equal(el.disabled, true);
  assert.equal(el.getAttribute('aria-label'), 'OK');
  assert.equal(el.hasAttribute('hidden'), false);
  assert.equal(el.hasAttribute('title'), false);
  assert.equal(el.getAttribute('required'), '');
  assert.equal(el.textContent, 'Valider €0');
  el.click();
  assert.equal(clicked, 1);
  assert.equal(fill(el, 'a', null, ['b']).textContent, 'ab');
});

test('a field labels its input; a refusal shows its message, an unreachable API says so', () => {
  const f = field('Nom', input('name', { required: true }));
  assert.equal(f.tagName, 'LABEL');
  assert.equal(f.querySelector('input').getAttribute('name'), 'name');
  assert.equal(f.querySelector('input').getAttribute('autocomplete'), 'off');
  assert.equal(moneyInput('amount').getAttribute('inputmode'), 'decimal');
  assert.equal(errorText(new ApiError(400, 'FIELD_REQUIRED', 'Champ requis : nom.')), 'Champ requis : nom.');
  assert.equal(errorText(new OfflineError('fetch failed')), 'Serveur injoignable : réessayez dans un instant.');
  assert.equal(errorText('boom'), 'boom');
  const target = h('div', {}, 'old');
  showError(target, new ApiError(409, 'CONFLICT', 'Déjà clôturée.'));
  assert.equal(target.querySelector('.error').textContent, 'Déjà clôturée.');
});

test('a modal is closed once, by its button or by the browser (Escape), and leaves the page', () => {
  let closes = 0;
  const { dialog, body, close } = modal('Titre', { className: 'wide', onClose: () => { closes += 1; } });
  assert.equal(dialog.open, true);
  assert.equal(dialog.className, 'dialog wide');
  assert.ok(document.body.querySelector('.dialog-body') === body);
  dialog.close(); // what Escape does
  close();
  assert.equal(closes, 1);
  assert.equal(document.body.querySelector('dialog'), null);
});

test('confirmDialog resolves true when confirmed, false when cancelled', async () => {
  const yes = confirmDialog('Supprimer ?', 'La ligne sera retirée.', { ok: 'Supprimer', id: 'del' });
  assert.equal(document.activeElement.id, 'del-confirm');
  document.getElementById('del-confirm').click();
  assert.equal(await yes, true);
  const no = confirmDialog('Supprimer ?', 'La ligne sera retirée.', { ok: 'Supprimer', id: 'del' });
  document.getElementById('del-cancel').click();
  assert.equal(await no, false);
  assert.equal(document.body.querySelector('dialog'), null);
});

test('focusField gives the field the keyboard even when it already had it', () => {
  const el = input('scan');
  focusField(el);
  assert.equal(document.activeElement, el);
  focusField(el);
  assert.equal(document.activeElement, el);
});

test('toasts go to one live region and leave by themselves', async () => {
  const a = toast('Ticket enregistré', 'ok', 5);
  toast('Autre');
  const area = document.getElementById('toasts');
  assert.equal(area.getAttribute('aria-live'), 'polite');
  assert.equal(a.className, 'toast toast-ok');
  assert.deepEqual(area.children.map((c) => c.textContent), ['Ticket enregistré', 'Autre']);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(area.children.map((c) => c.textContent), ['Autre']);
});

test('a table aligns its numeric columns, and says when it is empty', () => {
  const t = table(['Produit', 'Prix'], [['Pain', '1,70 €'], ['Savon', '2,40 €']], { id: 'p', numeric: [1] });
  assert.equal(t.id, 'p');
  assert.deepEqual(t.querySelectorAll('th').map((x) => x.className), ['', 'num']);
  assert.deepEqual(t.querySelectorAll('td').map((x) => x.textContent), ['Pain', '1,70 €', 'Savon', '2,40 €']);
  const empty = table(['Produit'], [], { id: 'p', empty: 'Aucun produit.' });
  assert.equal(empty.tagName, 'P');
  assert.equal(empty.textContent, 'Aucun produit.');
  const s = select('tier', [['A', 'Tarif A'], ['B', 'Tarif B']]);
  assert.deepEqual(s.querySelectorAll('option').map((o) => [o.value, o.textContent]), [['A', 'Tarif A'], ['B', 'Tarif B']]);
});

test('a form runs its action on submit and keeps a refusal in the form, filled', async () => {
  let runs = 0;
  const f = form({ id: 'new-tier', submit: 'Créer', fields: [['Code', input('code')]], action: async () => {
    runs += 1;
    throw new ApiError(409, 'DUPLICATE_CODE', 'Ce code existe déjà.');
  } });
  const event = new FakeEvent('submit');
  f.dispatchEvent(event);
  await tick();
  assert.equal(event.defaultPrevented, true);
  assert.equal(runs, 1);
  assert.equal(f.querySelector('.error').textContent, 'Ce code existe déjà.');
  assert.equal(f.querySelector('#new-tier-submit').disabled, false);
  assert.ok(f.querySelector('#code'));
});

test('lists typed with commas; network admins told apart', () => {
  assert.deepEqual(list(' BIO, ,LOCAL '), ['BIO', 'LOCAL']);
  assert.equal(list(' , '), undefined);
  assert.equal(isAdmin({ user: { roles: ['NETWORK_ADMIN'] } }), true);
  assert.equal(isAdmin({ user: { roles: ['MANAGER'] } }), false);
  assert.equal(isAdmin({ user: {} }), false);
});

test('a report button appears only for a report the reports bundle prints, and opens it as PDF', async () => {
  const opened = [];
  const ctx = { api: async () => ({ items: [{ name: 'caisse-fund' }] }), openReport: (path) => opened.push(path) };
  const shown = reportButton(ctx, 'caisse-fund', () => ({ fund: 'f-1' }), 'Imprimer', { id: 'print' });
  const hidden = reportButton(ctx, 'procurement-order', {}, 'Imprimer');
  await tick();
  assert.equal(hidden.children.length, 0);
  shown.querySelector('#print').click();
  assert.deepEqual(opened, ['/api/reports/caisse-fund?fund=f-1&format=pdf']);
});

test('openReport shows why a report could not be opened', async () => {
  await openReport({ raw: async () => new Response(JSON.stringify({ error: { message: 'Rapport inconnu.' } }),
    { status: 404 }) }, '/api/reports/nope');
  assert.deepEqual(texts(document.getElementById('toasts')), ['Rapport inconnu.']);
});

test('downloadJson offers the data as a named JSON file', async () => {
  const clicks = [];
  const create = globalThis.document.createElement;
  globalThis.document.createElement = (tag) => {
    const el = create(tag);
    if (tag === 'a') el.click = () => clicks.push([el.getAttribute('download'), el.getAttribute('href')]);
    return el;
  };
  downloadJson('gaps.json', { items: [] });
  assert.equal(clicks.length, 1);
  assert.equal(clicks[0][0], 'gaps.json');
  assert.match(clicks[0][1], /^blob:/);
});
