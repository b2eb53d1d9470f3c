// The UI contribution registry, browser side: GET /api/ui/contributions lists what bundles add
// (payment buttons, till panels, back-office screens); each is an ES module imported on demand
// and given a small API through mount(ctx). See docs/ui-contributions.md.
import { t, lang, money, qty } from './i18n.js';
import { h, toast } from './ui.js';

/** The contributions of `place` for the logged-in user, [] when the list cannot be read. */
export async function contributionsOf(client, place) {
  try {
    const data = await client.api(`/api/ui/contributions?place=${encodeURIComponent(place)}`);
    return data.items;
  } catch {
    return [];
  }
}

/**
 * The ctx every module receives; `extra` adds the place's own functions (ticket, addPayment, ...).
 */
export function baseContext(client, contribution, el, extra = {}) {
  return Object.freeze({
    el,
    contribution: Object.freeze({ ...contribution }),
    lang: lang(),
    user: client.user(),
    t,
    money,
    qty,
    notify: (message, kind = 'info') => toast(message, kind),
    api: (path, options = {}) => client.api(path, options),
    ...extra,
  });
}

/**
 * Imports `contribution.module` and calls its mount(ctx). Returns a function that unmounts it.
 * A module that fails to load or throws shows a short error in its own container and nothing else
 * breaks: a broken bundle must not stop the till.
 */
export async function mount(contribution, ctx) {
  try {
    const mod = await import(contribution.module);
    if (typeof mod.mount !== 'function') throw new Error('mount(ctx) is not exported');
    const result = await mod.mount(ctx);
    if (typeof result === 'function') return result;
    if (result && typeof result.unmount === 'function') return () => result.unmount();
    return () => {};
  } catch (e) {
    console.error('UI contribution failed', contribution.id, e);
    ctx.el.replaceChildren(h('p', { class: 'error' }, t('contrib.failed', { title: contribution.title })));
    return () => {};
  }
}
