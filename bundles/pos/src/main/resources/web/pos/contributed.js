// What capability bundles contribute to the till besides what it mounts: offline price rules, and the words for
// their codes (price rules, payment methods) and household facets. The till names no capability: it asks the modules
// registered here, and shows a raw code only when no module claims it. The registry and what a module may export are
// the kit's (/ui/pos/tillmodules.js, shared with the back office); this keeps the till's own registry and its list
// for a reload without the network. See docs/ui-contributions.md.

import { h } from '/ui/pos/ui.js';
import { baseContext, mount } from '/ui/pos/contributions.js';
import { createRegistry, tillContributionsOf, loadTillModules } from '/ui/pos/tillmodules.js';

const KEY = 'vivres.pos.tillContributions';

/** The till's own registry: filled by loadTillModules, read by the draft's offline quote and the screens. */
export const contributed = createRegistry();

/**
 * The till's contributions (places TILL_PLACES, each once) for the logged-in user. Kept in localStorage so that a
 * till reloaded during an outage still prices and names as before (the service worker keeps the modules themselves).
 */
export async function tillContributions(client) {
  try {
    const items = await tillContributionsOf(client);
    localStorage.setItem(KEY, JSON.stringify(items));
    return items;
  } catch {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '[]');
    } catch {
      return [];
    }
  }
}

/**
 * The till's contributions started: payment methods handed to checkout (`usePayments`), panels mounted beside the
 * ticket with its snapshot and a way to add a line, and every module registered for its price rules and words —
 * then the ticket is drawn again (and a provisional quote asked again) with them.
 */
export function startContributions({ client, ticket, pricer, usePayments }) {
  return tillContributions(client).then((items) => {
    const at = (place) => items.filter((c) => c.place === place);
    usePayments(at('till.payment'));
    at('till.panel').forEach((c) => {
      const el = h('section', { class: 'panel', dataset: { contribution: c.id } }, h('h3', {}, c.title));
      const slot = h('div');
      el.append(slot);
      document.getElementById('till-panels').append(el);
      mount(c, baseContext(client, c, slot, { ticket: ticket.snapshot, onChange: ticket.onChange, addLine: ticket.addLine }));
    });
    return loadTillModules(items, contributed).then(() => {
      pricer.invalidateProvisional(ticket.draft);
      ticket.refresh(false);
    });
  });
}
