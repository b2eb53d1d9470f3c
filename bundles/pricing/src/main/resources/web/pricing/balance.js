// The store's balance of differentiated pricing for a period: what tiers below 100 % gave away,
// what tiers above collected, and the net.
import { h, fill, tr, input, showError, storePicker, reportButton } from './common.js';

export async function mount(ctx) {
  const out = h('div', { id: 'pricing-balance' });
  let picker;
  try {
    picker = await storePicker(ctx, 'balance-store');
  } catch (e) {
    showError(ctx.el, e);
    return;
  }
  const today = new Date();
  const first = new Date(today.getFullYear(), today.getMonth(), 1);
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const from = input('balance-from', { type: 'date', value: iso(first) });
  // The whole month by default: the store's date may already be tomorrow in the browser's evening.
  const last = new Date(today.getFullYear(), today.getMonth() + 1, 0);
  const to = input('balance-to', { type: 'date', value: iso(last) });

  async function load() {
    try {
      const q = new URLSearchParams({ organization: picker.value() });
      if (from.value) q.set('from', from.value);
      if (to.value) q.set('to', to.value);
      const b = await ctx.api(`/api/pricing/balance?${q}`);
      const row = (key, value, id) => h('tr', {}, h('th', { scope: 'row' }, tr(ctx, key)), h('td', { class: 'num' }, h('strong', { id }, ctx.money(value))));
      fill(out, h('table', { class: 'data', style: 'max-width:32rem' }, h('tbody', {},
        row('balance.discount', b.discountGiven, 'balance-discount'),
        row('balance.support', b.supportCollected, 'balance-support'),
        row('balance.net', b.net, 'balance-net'))));
    } catch (e) {
      showError(out, e);
    }
  }

  const field = (key, control) => h('label', { class: 'field' }, h('span', { class: 'field-label' }, tr(ctx, key)), control);
  const bar = h('form', { class: 'search-row', id: 'balance-form', onsubmit: (e) => { e.preventDefault(); load(); } },
    field('balance.store', picker.el), field('balance.from', from), field('balance.to', to),
    h('button', { type: 'submit', class: 'big', id: 'balance-submit' }, tr(ctx, 'balance.show')),
    reportButton(ctx, 'pricing-balance', () => ({ organization: picker.value(), from: from.value, to: to.value }),
      tr(ctx, 'balance.pdf'), { id: 'balance-pdf' }));
  fill(ctx.el, h('p', { class: 'hint' }, tr(ctx, 'balance.hint')), bar, out);
  load();
}
