// The till's service worker. The till's own files (its page, modules, styles, and the modules bundles contribute)
// come from the network when it answers — a new version reaches the till at once — and from this cache when it
// does not, so that a till reloaded during an outage still opens, with its queued tickets and its catalogue.
// The API is never cached here: the outbox and the catalogue deal with it.
const CACHE = 'vivres-till-v1';

const isOwnFile = (url) => {
  const u = new URL(url, self.location.origin);
  return u.origin === self.location.origin && !u.pathname.startsWith('/api/');
};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add('/pos/')).catch(() => {}).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// The page lists what it loaded before this worker controlled it; the answer says when all of it is kept.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep') return;
  const urls = [...new Set(event.data.urls)].filter(isOwnFile);
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(urls.map((url) => cache.add(url).catch(() => null))))
    .then((kept) => event.ports[0]?.postMessage({ kept: kept.length })));
});

self.addEventListener('fetch', (event) => {
  if (event.request.method === 'GET' && isOwnFile(event.request.url)) {
    event.respondWith(networkThenCache(event.request));
  }
});

async function networkThenCache(request) {
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (unreachable) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw unreachable;
  }
  if (response.ok) {
    await cache.put(request, response.clone());
    return response;
  }
  // A bundle being restarted answers 404 or 503 for a moment: the kept copy is better than nothing.
  return (await cache.match(request)) || response;
}
