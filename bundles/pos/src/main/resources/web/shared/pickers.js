// Choices instead of typed codes: a category, labels, a product, a household's card are picked from the lists the
// server keeps, so that « Épicerie » cannot make a second category beside EPICERIE. The server still refuses an
// unknown code (422): these pickers only spare people from typing one. Core screens and capability bundles import
// them from /ui/pos/pickers.js; a capability's own lists (the pricing tiers) are picked by the modules it serves.
import { h, fill } from './ui.js';
import { t } from './i18n.js';

/** The managed lists (categories, labels) read once per page: they change rarely, and every form offers them. */
const cache = new Map();
function items(ctx, path) {
  if (!cache.has(path)) {
    cache.set(path, ctx.api(path).then((d) => d.items || []).catch((e) => { cache.delete(path); throw e; }));
  }
  return cache.get(path);
}

/** [code, name] of the network's categories. */
export const categories = (ctx) => items(ctx, '/api/categories').then((xs) => xs.map((c) => [c.code, c.name]));
/** [code, name] of the network's labels. */
export const labels = (ctx) => items(ctx, '/api/labels').then((xs) => xs.map((l) => [l.code, l.name]));

/** A name shown for a code: the name alone, the code being what the server reads. */
const option = (value, label) => h('option', { value }, label);

/**
 * A <select> whose options come from `choices` (a promise of [value, label]); `value` is chosen once they are
 * there. A `value` not in the list (an old code) stays shown and chosen, so that editing keeps it unless changed.
 * `blank`: the label of a first empty option (optional field). `el.ready` resolves once the options are in.
 */
export function choiceSelect(id, choices, { value = '', blank, ...props } = {}) {
  const el = h('select', { id, name: id, ...props }, option('', t('common.loading')));
  el.ready = Promise.resolve(choices).then((list) => {
    const options = [...(blank != null ? [option('', blank)] : []), ...list.map(([v, label]) => option(v, label))];
    if (value && !list.some(([v]) => v === value)) options.push(option(value, value));
    fill(el, options);
    el.value = value || (blank != null ? '' : list[0]?.[0] ?? '');
    el.dispatchEvent(new Event('change'));
    return el;
  }).catch(() => {
    fill(el, option('', t('common.listUnavailable')));
    return el;
  });
  return el;
}

/**
 * Checkboxes, one per [value, label] of `choices`, the `values` given checked; `el.values()` is the list of the
 * checked values (in the list's order). Each box is `#<id>-<value>` with `data-value`.
 */
export function checkList(id, choices, { values = [] } = {}) {
  const el = h('div', { id, class: 'check-list', role: 'group' }, h('span', { class: 'hint' }, t('common.loading')));
  const boxes = () => [...el.querySelectorAll('input[type=checkbox]')];
  el.values = () => boxes().filter((b) => b.checked).map((b) => b.dataset.value);
  el.set = (chosen) => boxes().forEach((b) => { b.checked = chosen.includes(b.dataset.value); });
  el.ready = Promise.resolve(choices).then((list) => {
    const all = [...list, ...values.filter((v) => !list.some(([c]) => c === v)).map((v) => [v, v])];
    fill(el, all.map(([value, label]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', id: `${id}-${value}`, dataset: { value }, checked: values.includes(value) }),
      h('span', {}, label))));
    return el;
  }).catch(() => {
    fill(el, h('span', { class: 'error' }, t('common.listUnavailable')));
    return el;
  });
  return el;
}

/** A <select> of the network's categories, by name. */
export const categorySelect = (ctx, id, opts) => choiceSelect(id, categories(ctx), opts);
/** Checkboxes of the network's categories, by name. */
export const categoryChecks = (ctx, id, opts) => checkList(id, categories(ctx), opts);
/** Checkboxes of the network's labels, by name. */
export const labelChecks = (ctx, id, opts) => checkList(id, labels(ctx), opts);

/**
 * Rows of « a choice, an amount » (a fee per tier, a percent per category): each row a select of `choices` and a
 * decimal input, a row added by a button and removed by its ×. `el.values()` gives {choice: typed amount} of the
 * rows whose amount is filled. Ids: `#<id>-choice-<n>`, `#<id>-amount-<n>`, `#<id>-add`.
 */
export function amountRows(id, choices, { values = {}, choiceLabel, amountLabel, addLabel, removeLabel }) {
  const rows = h('div', { class: 'amount-rows', id: `${id}-rows` });
  let n = 0;
  const list = Promise.resolve(choices);
  const add = (code = '', amount = '') => {
    const i = n++;
    const row = h('div', { class: 'amount-row' },
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, choiceLabel),
        choiceSelect(`${id}-choice-${i}`, list, { value: code, class: 'amount-choice' })),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, amountLabel),
        h('input', { id: `${id}-amount-${i}`, class: 'amount-value', inputmode: 'decimal', autocomplete: 'off', value: amount })),
      h('button', { type: 'button', class: 'small danger', title: removeLabel, 'aria-label': removeLabel,
        onclick: () => row.remove() }, '×'));
    rows.append(row);
  };
  const entries = Object.entries(values);
  if (entries.length) entries.forEach(([code, amount]) => add(code, String(amount).replace('.', ',')));
  else add();
  const el = h('div', { class: 'amount-rows-box', id }, rows,
    h('button', { type: 'button', class: 'big', id: `${id}-add`, onclick: () => add() }, addLabel));
  el.values = () => {
    const out = {};
    for (const row of rows.querySelectorAll('.amount-row')) {
      const code = row.querySelector('.amount-choice').value;
      const amount = row.querySelector('.amount-value').value.trim();
      if (code && amount) out[code] = amount;
    }
    return out;
  };
  return el;
}

/**
 * A product picked by name or code: what is typed in `#<id>` is searched as the till searches (accents and capitals
 * do not matter) and the products found fill the list `#<id>-choice`. `el.product()` resolves to the product chosen
 * — or, when nothing was chosen, to the one whose code was typed exactly, or the only one found — and refuses
 * (an Error to show in the form) otherwise.
 */
export function productPicker(ctx, id, { placeholder = t('common.productSearch') } = {}) {
  const search = h('input', { id, name: id, type: 'search', autocomplete: 'off', placeholder });
  const choice = h('select', { id: `${id}-choice`, class: 'product-choice', hidden: true });
  let found = [];
  let timer = null;
  const lookup = async (text) => (await ctx.api(`/api/products?limit=20&q=${encodeURIComponent(text)}`)).items || [];
  const show = (products) => {
    found = products;
    fill(choice, products.map((p) => option(p.id, `${p.name} (${p.sku})`)));
    choice.hidden = !products.length;
    choice.size = Math.min(Math.max(products.length, 2), 6);
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    const text = search.value.trim();
    if (text.length < 2) return show([]);
    timer = setTimeout(() => lookup(text).then((ps) => { if (search.value.trim() === text) show(ps); }).catch(() => {}), 250);
  });
  const el = h('div', { class: 'product-picker' }, search, choice);
  el.product = async () => {
    const text = search.value.trim();
    const chosen = found.find((p) => p.id === choice.value && !choice.hidden);
    if (chosen) return chosen;
    if (!text) throw new Error(t('common.productChoose'));
    const products = await lookup(text);
    const exact = products.find((p) => p.sku.toUpperCase() === text.toUpperCase());
    if (exact) return exact;
    if (products.length === 1) return products[0];
    show(products);
    throw new Error(products.length ? t('common.productChoose') : t('common.productNone', { text }));
  };
  el.clear = () => { search.value = ''; show([]); };
  el.focus = () => search.focus();
  return el;
}

/**
 * An input for a household's card number, suggesting the cards of the households the user may read (a card is
 * what the household shows; no name is kept). `organization` limits them to one store.
 */
export function cardInput(ctx, id, { organization, ...props } = {}) {
  const listId = `${id}-cards`;
  document.getElementById(listId)?.remove();
  const cards = h('datalist', { id: listId });
  document.body.append(cards); // where the input's `list` finds it, wherever the caller places the input
  const query = organization ? `&organization=${encodeURIComponent(organization)}` : '';
  ctx.api(`/api/households?limit=500${query}`)
    .then((d) => fill(cards, (d.items || []).map((x) => option(x.reference, ''))))
    .catch(() => {});
  return h('input', { id, name: id, autocomplete: 'off', list: listId, ...props });
}
