// Helpers of the back office's core screens (capability bundles' screens use their ctx only).
import { h, fill, errorText } from '/ui/pos/ui.js';

/** A table from headers and rows of cells. */
export function table(headers, rows, { id, empty } = {}) {
  if (!rows.length && empty) return h('p', { class: 'empty', id }, empty);
  return h('table', { class: 'data', id },
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
}

/** A form whose submit runs `action(values)`; refusals are shown in the form, the form stays filled. */
export function form(ctx, { id, fields, submit, action }) {
  const error = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'big primary' }, submit);
  const el = h('form', { class: 'bo-form', id }, fields.map(([label, input]) =>
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), input)), error, button);
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

export const input = (name, props = {}) => h('input', { name, id: props.id || name, autocomplete: 'off', ...props });

export function select(name, options, props = {}) {
  return h('select', { name, id: props.id || name, ...props },
    options.map(([value, label]) => h('option', { value }, label)));
}

/** Organizations readable by the user (its own for a manager; all for a network admin). */
export async function organizations(ctx) {
  return (await ctx.api('/api/organizations?limit=500')).items;
}

/** The organization a screen works on: a select for a network admin, the user's own otherwise. */
export async function organizationPicker(ctx, { id, onChange, types = ['STORE', 'HUB'] }) {
  const own = ctx.user.organization;
  const orgs = (await organizations(ctx)).filter((o) => types.includes(o.type));
  if (own) {
    const mine = orgs.find((o) => o.id === own);
    return { el: h('p', { class: 'org' }, mine?.name || ''), value: () => own };
  }
  const el = select(id, orgs.map((o) => [o.id, o.name]));
  el.addEventListener('change', () => onChange?.(el.value));
  return { el: h('label', { class: 'field' }, h('span', { class: 'field-label' }, ctx.t('bo.organization')), el), value: () => el.value };
}

export function showError(el, err) {
  fill(el, h('p', { class: 'error' }, errorText(err)));
}
