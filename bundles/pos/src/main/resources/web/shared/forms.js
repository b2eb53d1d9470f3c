// Back-office building blocks for contributed screens: tables, inputs and forms whose refusals
// stay in the form. Capability bundles import them from /ui/pos/forms.js.
import { h, fill, field, errorText } from './ui.js';

/** True when the ctx's user is a network admin. */
export const isAdmin = (ctx) => (ctx.user.roles || []).includes('NETWORK_ADMIN');

/** A data table; `numeric` lists the columns aligned as numbers; `empty` is shown instead of an empty table. */
export function table(headers, rows, { id, empty, numeric = [] } = {}) {
  if (!rows.length && empty) return h('p', { class: 'empty', id }, empty);
  const cls = (i) => (numeric.includes(i) ? 'num' : null);
  return h('table', { class: 'data', id },
    h('thead', {}, h('tr', {}, headers.map((x, i) => h('th', { class: cls(i) }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => h('td', { class: cls(i) }, c))))));
}

/** An <input> whose id and name are `id`, without browser autocompletion; `props` adds attributes. */
export const input = (id, props = {}) => h('input', { id, name: id, autocomplete: 'off', ...props });
/** An input for an amount: the decimal keypad on a touch screen. */
export const moneyInput = (id, props = {}) => input(id, { inputmode: 'decimal', ...props });

/** A select of `[value, label]` options. */
export function select(id, options, props = {}) {
  return h('select', { id, name: id, ...props }, options.map(([value, label]) => h('option', { value }, label)));
}

/** A form: `action()` runs on submit; a refusal is shown in the form, which stays filled. */
export function form({ id, fields, submit, action, extra }) {
  const error = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'big primary', id: `${id}-submit` }, submit);
  const el = h('form', { class: 'bo-form', id }, fields.map(([label, control]) => field(label, control)), extra, error, button);
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

/** Replaces `el`'s content by the message of a failed call. */
export function showError(el, err) {
  fill(el, h('p', { class: 'error' }, errorText(err)));
}

let reportNames = null;

/**
 * A button that opens report `name` as PDF with `query` (an object, or a function giving it when pressed); it
 * appears once the reports bundle is known to print that report, and never when it does not.
 */
export function reportButton(ctx, name, query, label, { id } = {}) {
  const slot = h('span', { class: 'report-slot' });
  reportNames ??= ctx.api('/api/reports').then((d) => new Set((d.items || []).map((r) => r.name))).catch(() => new Set());
  reportNames.then((names) => {
    if (!names.has(name) || !ctx.openReport) return;
    fill(slot, h('button', { type: 'button', class: 'big', id, onclick: () => {
      const params = new URLSearchParams(typeof query === 'function' ? query() : query);
      params.set('format', 'pdf');
      ctx.openReport(`/api/reports/${name}?${params}`);
    } }, label));
  });
  return slot;
}
