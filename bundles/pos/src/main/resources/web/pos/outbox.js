// Tickets go into IndexedDB before they are sent, and leave it only once the API has accepted
// them (201, or 200 for a ticket it already had: POST /api/tickets is idempotent on the client
// id). While the API is unreachable they wait and are sent again every few seconds and when the
// browser is back online, marked sold offline with the moment it was sold (the server then records a price
// difference rather than refuse what was sold, within what the till could have known then); a refusal (4xx) is kept
// aside for the cashier, never retried forever.
import { ApiError, OfflineError } from '/ui/pos/api.js';
import * as db from './db.js';

const RETRY_MS = 4000;
const SENT_KEPT = 200;

export function createOutbox(client, net) {
  const inFlight = new Set();
  const listeners = [];
  let flushing = null;

  const changed = async () => {
    const s = await status();
    listeners.forEach((f) => f(s));
  };

  async function status() {
    return { online: net.online(), pending: await db.count('outbox'), rejected: await db.count('rejected') };
  }

  /** The entry's body as sold offline: when it was sold is when the till stored it, whenever it is sent. */
  const asSoldOffline = (entry) => ({ ...entry.body, soldOffline: true,
    soldAt: entry.body.soldAt || new Date(entry.createdAt || Date.now()).toISOString() });

  /** One attempt: 'accepted' | 'pending' (unreachable, or the session expired) | 'refused'. */
  async function attempt(entry) {
    inFlight.add(entry.id);
    try {
      const { status: code, data } = await client.request('/api/tickets',
        { method: 'POST', body: entry.body, timeout: 20000 });
      net.up();
      await db.move('outbox', 'sent', entry.id,
        { id: entry.id, documentNo: data.documentNo, ticket: data, display: entry.display, sentAt: Date.now() });
      trimSent();
      return { state: 'accepted', ticket: data, created: code === 201 };
    } catch (e) {
      if (e instanceof OfflineError) {
        net.down();
        await db.put('outbox', { ...entry, attempts: (entry.attempts || 0) + 1, lastError: e.message });
        return { state: 'pending' };
      }
      net.up();
      if (e instanceof ApiError && e.status === 401) return { state: 'pending', unauthorized: true };
      return { state: 'refused', error: e };
    } finally {
      inFlight.delete(entry.id);
      changed();
    }
  }

  async function trimSent() {
    const sent = await db.getAll('sent');
    if (sent.length > SENT_KEPT) {
      sent.sort((a, b) => a.sentAt - b.sentAt);
      await Promise.all(sent.slice(0, sent.length - SENT_KEPT).map((s) => db.remove('sent', s.id)));
    }
  }

  /**
   * Stores the ticket, then sends it. A refusal now is the cashier's to fix on the open ticket:
   * the entry leaves the outbox and the caller keeps the draft.
   */
  async function submit(entry) {
    await db.put('outbox', { ...entry, createdAt: entry.createdAt || Date.now(), attempts: 0 });
    changed();
    const result = await attempt(entry);
    if (result.state === 'refused') {
      await db.remove('outbox', entry.id);
      changed();
    }
    return result;
  }

  /** Sends what waits, oldest first; stops at the first sign that the API is still unreachable. */
  function flush() {
    if (!flushing) {
      flushing = (async () => {
        const waiting = (await db.getAll('outbox')).sort((a, b) => a.createdAt - b.createdAt);
        for (const entry of waiting) {
          if (inFlight.has(entry.id)) continue;
          // Still here after its first attempt: paid at the till's prices while the server was out of reach.
          const result = await attempt({ ...entry, body: asSoldOffline(entry) });
          if (result.state === 'pending') break;
          if (result.state === 'refused') {
            await db.move('outbox', 'rejected', entry.id, { ...entry, rejectedAt: Date.now(),
              error: { status: result.error.status, code: result.error.code, message: result.error.message } });
            changed();
          }
        }
      })().finally(() => { flushing = null; });
    }
    return flushing;
  }

  function start() {
    setInterval(() => flush(), RETRY_MS);
    window.addEventListener('online', () => flush());
    net.onUp(() => flush());
    flush();
    changed();
  }

  return {
    submit,
    flush,
    start,
    status,
    onChange: (f) => listeners.push(f),
    rejected: () => db.getAll('rejected'),
    dismiss: async (id) => { await db.remove('rejected', id); changed(); },
    /** A refused ticket sent again as sold offline: the server records the price difference instead of refusing. */
    async withGap(id) {
      const entry = (await db.getAll('rejected')).find((r) => r.id === id);
      if (!entry) return;
      const { error, rejectedAt, ...kept } = entry;
      await db.move('rejected', 'outbox', id, { ...kept, body: asSoldOffline(entry), attempts: 0 });
      changed();
      await flush();
    },
    sentByDocument: (no) => db.byIndex('sent', 'documentNo', no),
    changed,
  };
}

/** Connectivity as the till has last seen it; `up` after any answer, `down` after a failed call. */
export function createNet() {
  let online = navigator.onLine;
  const upListeners = [];
  const listeners = [];
  return {
    online: () => online,
    up() {
      if (!online) {
        online = true;
        upListeners.forEach((f) => f());
        listeners.forEach((f) => f(true));
      }
    },
    down() {
      if (online) {
        online = false;
        listeners.forEach((f) => f(false));
      }
    },
    onUp: (f) => upListeners.push(f),
    onChange: (f) => listeners.push(f),
  };
}
