// Helpers of the caisse's back-office screens: tables, forms whose refusals stay in the form, the
// fund picker. Only the host's ctx and the shared /ui/pos/ modules are used.
import { h, fill, errorText } from '/ui/pos/ui.js';
import { isAdmin, table, input, select, form, showError, moneyInput, list, reportButton } from '/ui/pos/forms.js';
import { tr } from './texts.js';

export { h, fill, errorText, tr, isAdmin, table, input, select, form, showError, moneyInput, list, reportButton };

/** The current month as YYYY-MM; `shift` months later (negative: earlier). */
export function thisMonth(shift = 0) {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() + shift);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * A select of the funds the user may read; `onChange(fund)` with the chosen fund object. The choice
 * is kept in the URL-less session (sessionStorage) so that going from screen to screen keeps it.
 */
export async function fundPicker(ctx, onChange) {
  const funds = (await ctx.api('/api/caisse/funds?limit=200')).items;
  if (!funds.length) return { el: h('p', { class: 'empty', id: 'caisse-no-fund' }, tr(ctx, 'common.noFund')), funds, value: () => null };
  const el = select('caisse-fund', funds.map((f) => [f.id, f.name]));
  const kept = sessionStorage.getItem('vivres.caisse.fund');
  if (funds.some((f) => f.id === kept)) el.value = kept;
  const value = () => funds.find((f) => f.id === el.value) || null;
  el.addEventListener('change', () => {
    sessionStorage.setItem('vivres.caisse.fund', el.value);
    onChange(value());
  });
  return { el: h('label', { class: 'field' }, h('span', { class: 'field-label' }, tr(ctx, 'common.fund')), el), funds, value };
}
