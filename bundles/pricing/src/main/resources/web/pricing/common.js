// Helpers of the pricing back-office screens: tables, forms whose refusals stay in the form, the
// store picker. Only the host's ctx and the shared /ui/pos/ modules are used.
import { h, fill, errorText } from '/ui/pos/ui.js';
import { isAdmin, table, input, select, form, showError, moneyInput, list, reportButton } from '/ui/pos/forms.js';
import { tr } from './texts.js';

export { h, fill, errorText, tr, isAdmin, table, input, select, form, showError, moneyInput, list, reportButton };

/** The current month as YYYY-MM. */
export function thisMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The stores the user may work on: its own for a manager, a select for a network admin. */
export async function storePicker(ctx, id, onChange) {
  const stores = (await ctx.api('/api/organizations?limit=500')).items.filter((o) => o.type === 'STORE');
  const own = ctx.user.organization;
  if (own) {
    const mine = stores.find((o) => o.id === own);
    return { el: h('p', { class: 'org' }, mine?.name || ''), stores, value: () => own };
  }
  const el = select(id, stores.map((o) => [o.id, o.name]));
  if (onChange) el.addEventListener('change', () => onChange(el.value));
  return { el, stores, value: () => el.value };
}
