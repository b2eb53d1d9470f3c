// Prices come from POST /api/tickets/quote after each change, debounced: the line shows at once
// with its reference price, the paid price follows. Only the answer for the ticket as it is now
// counts (a slower answer to an older content is dropped). Unreachable API: reference prices,
// marked provisional.
import { ApiError, OfflineError } from '/ui/pos/api.js';
import { quoteKey, localQuote, requestLines } from './draft.js';
import { contributed } from './contributed.js';

const DEBOUNCE_MS = 180;

export function createPricer(client, net, onQuote) {
  let current = null; // { key, quote, provisional, error }
  let timer = null;
  let running = null; // { key, promise }

  function body(draft) {
    const b = { organization: draft.organization, lines: requestLines(draft) };
    if (draft.household) b.household = draft.household.id;
    return b;
  }

  async function run(draft) {
    const key = quoteKey(draft);
    if (!draft.lines.length) {
      current = { key, quote: { lines: [], total: '0.00' }, provisional: false };
      onQuote(current);
      return current;
    }
    if (running?.key === key) return running.promise;
    const promise = (async () => {
      let result;
      try {
        const quote = await client.api('/api/tickets/quote', { method: 'POST', body: body(draft) });
        net.up();
        result = { key, quote, provisional: false };
      } catch (e) {
        if (e instanceof OfflineError) {
          net.down();
          result = { key, quote: localQuote(draft, contributed), provisional: true };
        } else {
          if (!(e instanceof ApiError) || e.status !== 401) net.up();
          result = { key, quote: localQuote(draft, contributed), provisional: true, error: e };
        }
      }
      if (quoteKey(draft) === key) {
        current = result;
        onQuote(current);
      }
      return result;
    })();
    running = { key, promise };
    promise.finally(() => { if (running?.promise === promise) running = null; });
    return promise;
  }

  return {
    /** The quote for `draft` if it is the current one. */
    currentFor: (draft) => (current && current.key === quoteKey(draft) ? current : null),
    /** Asks for a quote after a short pause (a scanner sends several lines in a row). */
    schedule(draft) {
      clearTimeout(timer);
      timer = setTimeout(() => run(draft), DEBOUNCE_MS);
    },
    /** The quote for the ticket as it is now, asked at once unless already known (not provisional). */
    async ensure(draft) {
      clearTimeout(timer);
      const c = current && current.key === quoteKey(draft) ? current : null;
      if (c && !c.provisional) return c;
      return run(draft);
    },
    /** Forget a provisional quote (the API is back): the next ensure asks again. */
    invalidateProvisional(draft) {
      if (current?.provisional) this.schedule(draft);
    },
  };
}
