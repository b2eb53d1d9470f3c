// /ui/pos/api.js against a real HTTP server: a refusal (ApiError) and an unreachable API (OfflineError) are
// told apart, the session survives a reload, the language and the token are sent.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { resetBrowser } from './support/browser.mjs';
import { ApiError, OfflineError, createClient, hasRole } from '/ui/pos/api.js';
import { setLang } from '/ui/pos/i18n.js';

let server;
let base;
const seen = [];
const realFetch = globalThis.fetch;

function answer(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

before(async () => {
  server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method, url: req.url, headers: req.headers, body });
    if (req.url === '/api/session' && req.method === 'POST') {
      const { username, password } = JSON.parse(body);
      return password === 'secret'
        ? answer(res, 200, { token: 'tok-1', user: { username, roles: ['CASHIER'] } })
        : answer(res, 401, { error: { code: 'BAD_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' } });
    }
    if (req.url === '/api/session' && req.method === 'DELETE') return answer(res, 204, '');
    if (req.url === '/api/products') return answer(res, 200, { items: [{ sku: 'PAIN' }] });
    if (req.url === '/api/refused') return answer(res, 400, { error: { code: 'FIELD_REQUIRED', message: 'Champ requis : name.' } });
    if (req.url === '/api/expired') return answer(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Session expirée.' } });
    if (req.url === '/api/restarting') return answer(res, 404, 'Not Found', 'text/html');
    if (req.url === '/api/unknown') return answer(res, 404, { error: { code: 'NOT_FOUND', message: 'Introuvable.' } });
    if (req.url === '/api/busy') return answer(res, 503, '');
    if (req.url === '/api/broken') return answer(res, 500, { error: { code: 'INTERNAL', message: 'Erreur interne.' } });
    return answer(res, 404, { error: { code: 'NOT_FOUND', message: req.url } });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  // the page's origin: the kit calls fetch('/api/...') as a page served by Vivres does
  globalThis.fetch = (path, options) => realFetch(new URL(path, base), options);
});

after(() => {
  globalThis.fetch = realFetch;
  server.close();
});

beforeEach(() => {
  resetBrowser();
  seen.length = 0;
});

test('logs in, keeps the session across a reload, sends the token and the language', async () => {
  const client = createClient('vivres.pos.session');
  assert.equal(client.user(), null);
  const user = await client.login('marie', 'secret');
  assert.deepEqual(user, { username: 'marie', roles: ['CASHIER'] });
  const reloaded = createClient('vivres.pos.session');
  assert.equal(reloaded.token(), 'tok-1');
  assert.deepEqual(await reloaded.api('/api/products'), { items: [{ sku: 'PAIN' }] });
  const last = seen.at(-1);
  assert.equal(last.headers.authorization, 'Bearer tok-1');
  assert.equal(last.headers['accept-language'], 'fr');
  setLang('en');
  await reloaded.request('/api/products');
  assert.equal(seen.at(-1).headers['accept-language'], 'en');
  await reloaded.logout();
  assert.equal(seen.at(-1).method, 'DELETE');
  assert.equal(reloaded.session(), null);
  assert.equal(localStorage.getItem('vivres.pos.session'), null);
});

test('a refusal is an ApiError with the status, code and message of the API', async () => {
  const client = createClient('s');
  await assert.rejects(client.login('marie', 'wrong'), (e) => e instanceof ApiError && e.status === 401
    && e.code === 'BAD_CREDENTIALS' && e.message === 'Identifiant ou mot de passe incorrect.');
  await assert.rejects(client.api('/api/refused', { method: 'POST', body: { name: '' } }),
    (e) => e instanceof ApiError && e.status === 400 && e.code === 'FIELD_REQUIRED');
  assert.equal(seen.at(-1).headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(seen.at(-1).body, '{"name":""}');
  await assert.rejects(client.api('/api/unknown'), (e) => e instanceof ApiError && e.code === 'NOT_FOUND');
});

test('an API that cannot answer is an OfflineError: nothing is known to be written', async () => {
  const client = createClient('s');
  await assert.rejects(client.api('/api/busy'), (e) => e instanceof OfflineError && e.code === 'HTTP_503');
  await assert.rejects(client.api('/api/broken'), (e) => e instanceof OfflineError && e.code === 'INTERNAL');
  await assert.rejects(client.api('/api/restarting'), (e) => e instanceof OfflineError && e.code === 'HTTP_404');
  globalThis.fetch = (path, options) => realFetch(new URL(path, 'http://127.0.0.1:9'), options);
  try {
    await assert.rejects(client.api('/api/products'), (e) => e instanceof OfflineError && e.code === 'OFFLINE');
  } finally {
    globalThis.fetch = (path, options) => realFetch(new URL(path, base), options);
  }
});

test('a session refused by the API tells the listeners, once logged in only', async () => {
  const client = createClient('s');
  let told = 0;
  client.onUnauthorized(() => { told += 1; });
  await assert.rejects(client.api('/api/expired'), ApiError);
  assert.equal(told, 0);
  await client.login('marie', 'secret');
  await assert.rejects(client.api('/api/expired'), (e) => e.status === 401);
  assert.equal(told, 1);
  client.forget();
  assert.equal(client.token(), null);
});

test('text bodies are sent as they are, with their type; raw gives the Response', async () => {
  const client = createClient('s');
  await assert.rejects(client.request('/api/refused', { method: 'POST', text: 'sku;name', contentType: 'text/csv' }));
  assert.equal(seen.at(-1).headers['content-type'], 'text/csv');
  assert.equal(seen.at(-1).body, 'sku;name');
  const resp = await client.raw('/api/products');
  assert.equal(resp.status, 200);
});

test('a network admin has every role', () => {
  assert.equal(hasRole({ roles: ['NETWORK_ADMIN'] }, 'MANAGER'), true);
  assert.equal(hasRole({ roles: ['CASHIER'] }, 'CASHIER'), true);
  assert.equal(hasRole({ roles: ['CASHIER'] }, 'MANAGER'), false);
  assert.equal(hasRole(null, 'CASHIER'), false);
});
