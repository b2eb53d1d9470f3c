// Helpers of the activities screens: tables, forms whose refusals stay in the form, the store and
// activity pickers.
import { h, fill, field, errorText } from '/ui/pos/ui.js';
import { normaliseAmount, normaliseQuantity } from '/ui/pos/decimal.js';
import { isAdmin, table, input, select, form, showError, reportButton } from '/ui/pos/forms.js';
import { tr } from './texts.js';

export { h, fill, field, errorText, tr, isAdmin, table, input, select, form, showError, reportButton };

export function typedAmount(ctx, text) {
  const s = String(text).trim();
  const a = s === '' ? null : normaliseAmount(s);
  if (a == null) throw new Error(tr(ctx, 'common.invalidAmount', { value: s }));
  return a;
}

export function typedQuantity(ctx, text) {
  const q = normaliseQuantity(String(text).trim());
  if (q == null) throw new Error(tr(ctx, 'common.invalidQuantity', { value: text }));
  return q;
}

export function when(ctx, instant) {
  return new Date(instant).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The stores the user works for: a select for a network admin, the user's own otherwise. */
export async function storePicker(ctx, onChange) {
  const own = ctx.user.organization;
  if (own) return { el: null, value: () => own };
  const orgs = (await ctx.api('/api/organizations?limit=500')).items.filter((o) => o.type === 'STORE');
  const el = select('activity-store', orgs.map((o) => [o.id, o.name]));
  el.addEventListener('change', () => onChange?.(el.value));
  return { el: field(tr(ctx, 'common.store'), el), value: () => el.value };
}

/**
 * A select of the store's activities; the choice is kept for the session (sessionStorage) so that
 * going from screen to screen keeps it. `onChange(activity)`.
 */
export async function activityPicker(ctx, store, onChange) {
  const items = (await ctx.api(`/api/activities?organization=${store}&limit=500`)).items;
  if (!items.length) return { el: h('p', { class: 'empty', id: 'activity-none' }, tr(ctx, 'common.noActivity')), value: () => null };
  const el = select('activity-pick', items.map((a) => [a.id, `${a.name} (${tr(ctx, `kind.${a.kind}`)})`]));
  const kept = sessionStorage.getItem('vivres.activities.activity');
  if (items.some((a) => a.id === kept)) el.value = kept;
  el.addEventListener('change', () => {
    sessionStorage.setItem('vivres.activities.activity', el.value);
    onChange(el.value);
  });
  return { el: field(tr(ctx, 'common.activity'), el), value: () => el.value };
}
