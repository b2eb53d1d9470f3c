// Helpers of the caisse's back-office screens: tables, forms whose refusals stay in the form, the
// fund picker. Only the host's ctx and the shared /ui/pos/ modules are used.
import { h, fill, errorText } from '/ui/pos/ui.js';
import { tr } from './texts.js';

export { h, fill, errorText, tr };

export const isAdmin = (ctx) => (ctx.user.roles || []).includes('NETWORK_ADMIN');

export function table(headers, rows, { id, empty } = {}) {
  if (!rows.length && empty) return h('p', { class: 'empty', id }, empty);
  return h('table', { class: 'data', id },
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
}

export const input = (id, props = {}) => h('input', { id, name: id, autocomplete: 'off', ...props });
export const moneyInput = (id, props = {}) => input(id, { inputmode: 'decimal', ...props });

export function select(id, options, props = {}) {
  return h('select', { id, name: id, ...props }, options.map(([value, label]) => h('option', { value }, label)));
}

/** A form: `action()` runs on submit; a refusal is shown in the form, which stays filled. */
export function form({ id, fields, submit, action }) {
  const error = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'big primary', id: `${id}-submit` }, submit);
  const el = h('form', { class: 'bo-form', id }, fields.map(([label, control]) =>
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control)), error, button);
  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    button.disabled = true;
    try {
      await action();
    } catch (err) {
      error.textContent = errorText(err);
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

/** Comma-separated values to a list, or undefined when nothing is typed. */
export function list(text) {
  const values = text.split(',').map((s) => s.trim()).filter(Boolean);
  return values.length ? values : undefined;
}

export function showError(el, err) {
  fill(el, h('p', { class: 'error' }, errorText(err)));
}

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
