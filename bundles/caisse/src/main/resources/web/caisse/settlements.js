// Settlements: what a fund owes each conventioned store for a month (once per month).
import { h, fill, tr, table, input, form, fundPicker, thisMonth, errorText } from './common.js';
import { month as monthName } from '/ui/pos/i18n.js';
import { organizationName } from '/ui/pos/names.js';

export async function mount(ctx) {
  const listEl = h('div', { id: 'caisse-settlements' });
  let picker;
  let stores = new Map();

  async function load() {
    const fund = picker.value();
    if (!fund) return;
    try {
      const data = await ctx.api(`/api/caisse/funds/${fund.id}/settlements?limit=60`);
      fill(listEl, data.items.length ? data.items.map((s) => h('div', { class: 'card settlement', dataset: { month: s.month } },
        h('h3', {}, `${monthName(s.month)} — ${tr(ctx, 'settlements.total')} : ${ctx.money(s.total)}`),
        table([tr(ctx, 'funds.store'), tr(ctx, 'funds.amount'), tr(ctx, 'settlements.tickets')],
          s.items.map((x) => [stores.get(x.organization) || organizationName([], x.organization), ctx.money(x.amount), String(x.tickets)]), { empty: '—' })))
        : h('p', { class: 'empty' }, ctx.t('bo.empty')));
    } catch (e) {
      fill(listEl, h('p', { class: 'error' }, errorText(e)));
    }
  }

  // A month is settled once: the last finished month by default, never the one still selling.
  const month = input('settlement-month', { required: true, value: thisMonth(-1), placeholder: 'AAAA-MM' });
  const settle = form({ id: 'caisse-settlement-form', submit: tr(ctx, 'settlements.settle'),
    fields: [[tr(ctx, 'common.month'), month]],
    async action() {
      await ctx.api(`/api/caisse/funds/${picker.value().id}/settlements`, { method: 'POST', body: { month: month.value.trim() } });
      ctx.notify(tr(ctx, 'common.saved'), 'ok');
      load();
    } });

  try {
    picker = await fundPicker(ctx, load);
    stores = new Map((await ctx.api('/api/organizations?limit=500')).items.map((o) => [o.id, o.name]));
  } catch (e) {
    fill(ctx.el, h('p', { class: 'error' }, errorText(e)));
    return;
  }
  if (!picker.value()) {
    fill(ctx.el, picker.el);
    return;
  }
  fill(ctx.el, picker.el, h('div', { class: 'columns' }, h('div', {}, listEl),
    h('aside', {}, h('h2', {}, tr(ctx, 'settlements.settle')), settle)));
  load();
}
