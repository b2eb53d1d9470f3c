// The modules capability bundles contribute to the till's places, asked for behaviour and words: offline price rules,
// the names of their codes (price rules, payment methods), the lines they add to a household card. The till prices and
// names with them; the back office names payment methods and shows households with the same modules, so that neither
// app names a capability. See docs/ui-contributions.md, « What a till module may export ».
//
// A module may export:
//   price(line, till)                → {unitPrice, priceRule} | null   (place till.priceRule: the offline price)
//   ruleLabel(rule, line, ctx)       → string | null                    (what set a line's price, in words)
//   methodLabel(method, ctx)         → string | null                    (a payment method's name)
//   householdFacets(household, ctx)  → [{id?, class?, text}]           (lines of the household card)
// ctx = words(); a function that throws counts as "not mine".
import { t, lang, money, qty, date, percent } from './i18n.js';

/** The till's places, in the order their modules are asked (a household card's facets follow it). */
export const TILL_PLACES = ['till.priceRule', 'till.payment', 'till.panel'];

/** The `ctx` the modules' functions receive: `{lang, t, money, date, percent, qty}` in the user's language. */
export function words() {
  return { lang: lang(), t, money, date, percent, qty };
}

/** A registry of contributed modules, in ranking order (the first that answers wins). */
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

/** The user's contributions to TILL_PLACES, each once, in place order; rejects when a list cannot be read. */
export async function tillContributionsOf(client) {
  const lists = await Promise.all(TILL_PLACES.map((place) =>
    client.api(`/api/ui/contributions?place=${encodeURIComponent(place)}`)));
  const items = [];
  for (const c of lists.flatMap((d) => d.items || [])) if (!items.some((x) => x.id === c.id)) items.push(c);
  return items;
}

/** Imports each contribution's module and registers it in `registry`; a module that fails to load is left out. */
export async function loadTillModules(items, registry, load = (url) => import(url)) {
  const mods = await Promise.all(items.map((c) => load(c.module).catch((e) => {
    console.error('till contribution failed to load', c.id, e);
    return null;
  })));
  registry.register(...mods);
  return mods;
}

/**
 * A registry of the user's till modules, for an app that only reads them (the back office); empty when the list
 * cannot be read. `client` is anything with `api(path)` (the API client, or a screen's ctx).
 */
export async function tillRegistry(client, load = (url) => import(url)) {
  const registry = createRegistry();
  try {
    await loadTillModules(await tillContributionsOf(client), registry, load);
  } catch (e) {
    console.error('till contributions unreadable', e);
  }
  return registry;
}
