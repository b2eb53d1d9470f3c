// Helpers of the financing screens: the organization picker, a period, typed amounts and dates.
import { h, fill, field, errorText } from '/ui/pos/ui.js';
import { normaliseAmount, normaliseQuantity } from '/ui/pos/decimal.js';
import { storeDay } from '/ui/pos/i18n.js';
import { isAdmin, table, input, select, form, showError } from '/ui/pos/forms.js';
import { tr } from './texts.js';

export { h, fill, field, errorText, tr, isAdmin, table, input, select, form, showError };

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

/** Today in the stores' calendar (the server refuses a date after it), as the API writes dates. */
export function today() {
  return storeDay();
}

export function day(ctx, date) {
  return new Date(`${date}T12:00:00`).toLocaleDateString(ctx.lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium' });
}

/** The organizations the user works for: a select (stores and hubs) for a network admin, the user's own otherwise. */
export async function organizationPicker(ctx, id, onChange) {
  const own = ctx.user.organization;
  if (own) return { el: null, value: () => own };
  const orgs = (await ctx.api('/api/organizations?limit=500')).items;
  const el = select(id, orgs.map((o) => [o.id, o.name]));
  el.addEventListener('change', () => onChange?.(el.value));
  return { el: field(tr(ctx, 'common.organization'), el), value: () => el.value };
}

/** From the first of the month to today: the period a list opens on. */
export function periodInputs(prefix) {
  const to = today();
  return { from: input(`${prefix}-from`, { type: 'date', value: `${to.slice(0, 8)}01` }), to: input(`${prefix}-to`, { type: 'date', value: to }) };
}
