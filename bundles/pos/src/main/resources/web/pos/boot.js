// What the till needs before its first ticket: the store it sells for (a network admin chooses it) and its files kept
// for outages.
import { chooseStore } from './dialogs.js';

const STORE_KEY = 'vivres.pos.store';

/** The store of the logged-in user, remembered for a reload while offline. */
export async function storeOf(client, user) {
  const saved = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
  if (user.organization) {
    if (saved?.id === user.organization && saved.identity) return saved;
    const org = await client.api(`/api/organizations/${user.organization}`).catch(() => null);
    if (!org && saved?.id === user.organization) return saved;
    const store = org ? withIdentity(org) : { id: user.organization, name: '' };
    localStorage.setItem(STORE_KEY, JSON.stringify(store));
    return store;
  }
  if (saved) return saved;
  const chosen = await chooseStore(client);
  const store = withIdentity(await client.api(`/api/organizations/${chosen.id}`).catch(() => chosen));
  localStorage.setItem(STORE_KEY, JSON.stringify(store));
  return store;
}

/** What the receipt prints of the store: the law asks for its name, address, SIRET and VAT number. */
function withIdentity(org) {
  const { legalName = null, address = null, postalCode = null, city = null, siret = null, vatNumber = null } = org;
  return { id: org.id, name: org.name, identity: { legalName, address, postalCode, city, siret, vatNumber } };
}

/**
 * Keeps the till's files for a reload during an outage (see sw.js): registers the worker, hands it what this page
 * already loaded, and marks the page `data-offline-ready` once it is all kept. Without a secure context (https,
 * or the till on this machine) browsers have no service worker: the till then works as before, online or not,
 * but cannot be reloaded while the server is unreachable.
 */
export async function keepForOutages() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/pos/sw.js', { scope: '/pos/' });
    const { active } = await navigator.serviceWorker.ready;
    const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      active.postMessage({ type: 'keep', urls }, [channel.port2]);
    });
    document.documentElement.dataset.offlineReady = 'true';
  } catch (e) {
    console.warn('the till cannot be kept for outages', e);
  }
}

/** Forgets the store on logout (a network admin may choose another). */
export function forgetStore() {
  localStorage.removeItem(STORE_KEY);
}
