// What capability bundles contribute to the till besides what it mounts: offline price rules, and the words for
// their codes (price rules, payment methods) and household facets. The till names no capability: it asks the modules
// registered here, and shows a raw code only when no module claims it. See docs/ui-contributions.md.
//
// A till module (places TILL_PLACES) may export:
//   price(line, till)                → {unitPrice, priceRule} | null   (place till.priceRule: the offline price)
//   ruleLabel(rule, line, ctx)       → string | null                    (what set a line's price, in words)
//   methodLabel(method, ctx)         → string | null                    (a payment method's name)
//   householdFacets(household, ctx)  → [{id?, class?, text}]           (lines of the household card)
// ctx = {lang, t, money, date, percent, qty}; a function that throws counts as "not mine".

import { h } from '/ui/pos/ui.js';
import { baseContext, mount } from '/ui/pos/contributions.js';

const KEY = 'vivres.pos.tillContributions';

/** A registry of contributed till modules, in ranking order (the first that answers wins). */
export function createRegistry() {
  let modules = [];
  const ask = (name, ...args) => {
    for (const m of modules) {
      if (typeof m[name] !== 'function') continue;
      try {
        const answer = m[name](...args);
        if (answer != null && answer !== '') return answer;
      } catch (e) {
        console.error('till contribution failed', name, e);
      }
    }
    return null;
  };
  return {
    /** Adds the modules, in order; those already there are not added twice. */
    register(...mods) {
      for (const m of mods) if (m && !modules.includes(m)) modules = [...modules, m];
    },
    clear() { modules = []; },
    /** The offline price of `line` by the first rule that prices it, or null (the reference price then). */
    price: (line, till) => ask('price', line, till),
    ruleLabel: (rule, line, ctx) => ask('ruleLabel', rule, line, ctx),
    methodLabel: (method, ctx) => ask('methodLabel', method, ctx),
    /** Every module's facets of `household`, in order. */
    householdFacets(household, ctx) {
      return modules.flatMap((m) => {
        try {
          return typeof m.householdFacets === 'function' ? (m.householdFacets(household, ctx) || []) : [];
        } catch (e) {
          console.error('till contribution failed', 'householdFacets', e);
          return [];
        }
      });
    },
  };
}

/** The till's own registry: filled by loadTillModules, read by the draft's offline quote and the screens. */
export const contributed = createRegistry();

/** The places of the till, in the order their modules are asked (the household card's facets follow it). */
export const TILL_PLACES = ['till.priceRule', 'till.payment', 'till.panel'];

/**
 * The till's contributions (places TILL_PLACES, each once) for the logged-in user. Kept in localStorage so that a
 * till reloaded during an outage still prices and names as before (the service worker keeps the modules themselves).
 */
export async function tillContributions(client) {
  try {
    const lists = await Promise.all(TILL_PLACES.map((place) =>
      client.api(`/api/ui/contributions?place=${encodeURIComponent(place)}`)));
    const items = [];
    for (const c of lists.flatMap((d) => d.items || [])) if (!items.some((x) => x.id === c.id)) items.push(c);
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

/** Imports each contribution's module and registers it; a module that fails to load is left out. */
export async function loadTillModules(items, registry = contributed, load = (url) => import(url)) {
  const mods = await Promise.all(items.map((c) => load(c.module).catch((e) => {
    console.error('till contribution failed to load', c.id, e);
    return null;
  })));
  registry.register(...mods);
  return mods;
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
    return loadTillModules(items).then(() => {
      pricer.invalidateProvisional(ticket.draft);
      ticket.refresh(false);
    });
  });
}
