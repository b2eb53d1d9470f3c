// Products and households, from the API when it answers, from what the till has seen when it
// does not. A scanned code already seen is added without waiting for the network.
import { OfflineError } from '/ui/pos/api.js';
import * as db from './db.js';

const PRELOAD_PAGES = 4;
const PAGE = 500;

export function createCatalog(client, net) {
  async function call(path) {
    try {
      const data = await client.api(path);
      net.up();
      return data;
    } catch (e) {
      if (e instanceof OfflineError) net.down();
      throw e;
    }
  }

  const remember = (items) => db.putAll('products', items).catch(() => {});

  // Folded like the server's search (SearchText): « oeuf » finds « Œufs » offline too.
  const fold = (s) => s.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/\p{M}+/gu, '');

  async function searchCache(q) {
    const needle = fold(q);
    return (await db.getAll('products'))
      .filter((p) => p.sku === q || fold(p.name).includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name)).slice(0, 30);
  }

  return {
    /** { items, offline } for `q` (sku or part of a name). */
    async search(q) {
      try {
        const data = await call(`/api/products?q=${encodeURIComponent(q)}&limit=30`);
        remember(data.items);
        return { items: data.items, offline: false };
      } catch (e) {
        if (e instanceof OfflineError) return { items: await searchCache(q), offline: true };
        throw e;
      }
    },

    /** The product whose sku is exactly `code`: from the cache at once (refreshed behind), else the API. */
    async bySku(code) {
      const cached = await db.byIndex('products', 'sku', code).catch(() => null);
      if (cached) {
        call(`/api/products?q=${encodeURIComponent(code)}&limit=5`).then((d) => remember(d.items)).catch(() => {});
        return cached;
      }
      try {
        const data = await call(`/api/products?q=${encodeURIComponent(code)}&limit=30`);
        remember(data.items);
        return data.items.find((p) => p.sku === code) || null;
      } catch (e) {
        if (e instanceof OfflineError) return null;
        throw e;
      }
    },

    /** A scale label (EAN-13 starting with 2): { product, quantity } from the server, or null when unknown. */
    async scan(code) {
      try {
        const found = await call(`/api/products/scan?code=${encodeURIComponent(code)}`);
        remember([found.product]);
        return found;
      } catch (e) {
        if (e.status === 404 || e instanceof OfflineError) return null;
        throw e;
      }
    },

    async byId(id) {
      const cached = await db.get('products', id).catch(() => null);
      if (cached) return cached;
      const p = await call(`/api/products/${id}`);
      remember([p]);
      return p;
    },

    /** The household of card `reference`, or null; from the cache when offline (then `offline` is set). */
    async household(reference) {
      try {
        const data = await call(`/api/households?reference=${encodeURIComponent(reference)}`);
        const found = data.items[0] || null;
        if (found) db.put('households', found).catch(() => {});
        return found;
      } catch (e) {
        if (e instanceof OfflineError) {
          const cached = await db.get('households', reference).catch(() => null);
          return cached ? { ...cached, offline: true } : null;
        }
        throw e;
      }
    },

    /** Fills the cache with the catalogue so that the till can sell offline from its first minute. */
    async preload() {
      try {
        for (let page = 0; page < PRELOAD_PAGES; page++) {
          const data = await call(`/api/products?limit=${PAGE}&offset=${page * PAGE}`);
          await remember(data.items);
          if (data.items.length < PAGE) break;
        }
      } catch {
        // Offline at start: the cache keeps what earlier sessions saw.
      }
    },
  };
}
