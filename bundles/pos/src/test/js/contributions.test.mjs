// /ui/pos/contributions.js and /ui/pos/login.js: what a bundle's screen is given, and that a broken one stops nothing.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { resetBrowser, FakeEvent } from './support/browser.mjs';
import { contributionsOf, baseContext, mount } from '/ui/pos/contributions.js';
import { loginForm } from '/ui/pos/login.js';
import { h } from '/ui/pos/ui.js';
import { ApiError } from '/ui/pos/api.js';

beforeEach(resetBrowser);

const moduleOf = (source) => `data:text/javascript,${encodeURIComponent(source)}`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('the contributions of a place, none when the list cannot be read', async () => {
  const asked = [];
  const client = { api: async (path) => { asked.push(path); return { items: [{ id: 'dons' }] }; } };
  assert.deepEqual(await contributionsOf(client, 'till.panel'), [{ id: 'dons' }]);
  assert.deepEqual(asked, ['/api/ui/contributions?place=till.panel']);
  assert.deepEqual(await contributionsOf({ api: async () => { throw new Error('offline'); } }, 'x'), []);
});

test('a module gets a frozen ctx with the host’s texts, formats, user, API and the place’s own functions', async () => {
  const calls = [];
  const client = { user: () => ({ username: 'marie' }), api: async (path, options) => { calls.push([path, options]); return 'ok'; } };
  const el = h('div');
  const ctx = baseContext(client, { id: 'dons', title: 'Dons' }, el, { addPayment: () => 'added' });
  assert.ok(Object.isFrozen(ctx) && Object.isFrozen(ctx.contribution));
  assert.equal(ctx.el, el);
  assert.equal(ctx.lang, 'fr');
  assert.deepEqual(ctx.user, { username: 'marie' });
  assert.equal(ctx.t('common.close'), 'Fermer');
  assert.equal(ctx.money('2.5'), '2,50\u00a0€');
  assert.equal(ctx.qty('1.500'), '1,5');
  assert.equal(ctx.addPayment(), 'added');
  assert.equal(await ctx.api('/api/x', { method: 'POST' }), 'ok');
  assert.deepEqual(calls, [['/api/x', { method: 'POST' }]]);
  ctx.notify('Merci', 'ok');
  assert.equal(document.getElementById('toasts').textContent, 'Merci');
});

test('mount calls the module’s mount(ctx) and gives back how to unmount it', async () => {
  const el = h('div');
  const unmount = await mount({ id: 'a', module: moduleOf(`export function mount(ctx) { ctx.el.textContent = 'monté';
    return () => { ctx.el.textContent = 'démonté'; }; }`) }, { el });
  assert.equal(el.textContent, 'monté');
  unmount();
  assert.equal(el.textContent, 'démonté');
  const withObject = await mount({ id: 'b', module: moduleOf(`export const mount = (ctx) => ({ unmount() { ctx.el.textContent = 'fini'; } });`) }, { el });
  withObject();
  assert.equal(el.textContent, 'fini');
});

test('a module that fails to load, lacks mount or throws shows a short error in its own place only', async (t) => {
  t.mock.method(console, 'error', () => {});
  for (const module of ['/nowhere/missing.js', moduleOf('export const x = 1;'), moduleOf('export function mount() { throw new Error(); }')]) {
    const el = h('div', {}, 'avant');
    const unmount = await mount({ id: 'c', title: 'Dons', module }, { el });
    assert.equal(el.querySelector('.error').textContent, '« Dons » n’a pas pu être chargé.', module);
    assert.equal(typeof unmount, 'function');
  }
});

test('the login form resolves with the user once accepted, and says why it was not', async () => {
  const root = h('div');
  const tries = [];
  const client = {
    login: async (username, password) => {
      tries.push(username);
      if (password !== 'secret') throw new ApiError(401, 'BAD_CREDENTIALS', 'Identifiant ou mot de passe incorrect.');
      return { username, roles: username === 'paul' ? ['MANAGER'] : ['CASHIER'] };
    },
    forget: () => tries.push('forgotten'),
  };
  const done = loginForm(root, client, { title: 'Caisse', accept: (u) => u.roles.includes('CASHIER') });
  const submit = async (username, password) => {
    root.querySelector('#login-username').value = username;
    root.querySelector('#login-password').value = password;
    root.querySelector('form').dispatchEvent(new FakeEvent('submit'));
    await tick();
  };
  assert.equal(document.activeElement.id, 'login-username');
  await submit(' marie ', 'wrong');
  assert.equal(root.querySelector('#login-error').textContent, 'Identifiant ou mot de passe incorrect.');
  await submit('paul', 'secret');
  assert.equal(root.querySelector('#login-error').textContent, 'Ce compte n’a pas accès à la caisse.');
  await submit('marie', 'secret');
  assert.deepEqual(await done, { username: 'marie', roles: ['CASHIER'] });
  assert.deepEqual(tries, ['marie', 'paul', 'forgotten', 'marie']);
});
