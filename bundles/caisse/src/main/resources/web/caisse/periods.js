// Periods: opening a month collects each active member's contribution and credits the allowance,
// once per month (409 PERIOD_ALREADY_OPEN otherwise). Asked for confirmation: it moves money.
import { confirmDialog } from '/ui/pos/ui.js';
import { month as monthName, plural } from '/ui/pos/i18n.js';
import { h, fill, tr, table, input, form, showError, fundPicker, thisMonth, isAdmin, errorText } from './common.js';

export async function mount(ctx) {
  const listEl = h('div', { id: 'caisse-periods' });
  let picker;

  async function load() {
    const fund = picker.value();
    if (!fund) return;
    try {
      const periods = await ctx.api(`/api/caisse/funds/${fund.id}/periods?limit=120`);
      fill(listEl, table([tr(ctx, 'common.month'), tr(ctx, 'funds.members'), tr(ctx, 'periods.contributions'), tr(ctx, 'periods.allowances')],
        periods.items.map((p) => [monthName(p.month), String(p.members), ctx.money(p.contributions), ctx.money(p.allowances)]),
        { id: 'caisse-period-table', empty: ctx.t('bo.empty') }));
    } catch (e) {
      showError(listEl, e);
    }
  }

  /** Resolves true when the user confirms opening `month`. */
  function confirmOpen(fund, month) {
    return confirmDialog(tr(ctx, 'periods.confirmTitle', { month: monthName(month) }),
      tr(ctx, 'periods.confirmText', { allowance: ctx.money(fund.monthlyAllowance) }),
      { ok: tr(ctx, 'periods.confirm'), id: 'period' });
  }

  const month = input('period-month', { required: true, value: thisMonth(), pattern: '\\d{4}-\\d{2}', placeholder: 'AAAA-MM' });
  const open = form({ id: 'caisse-period-form', submit: tr(ctx, 'periods.open'),
    fields: [[tr(ctx, 'common.month'), month]],
    async action() {
      const fund = picker.value();
      const m = month.value.trim();
      if (!(await confirmOpen(fund, m))) return;
      const p = await ctx.api(`/api/caisse/funds/${fund.id}/periods`, { method: 'POST', body: { month: m } });
      ctx.notify(plural('periods.opened', p.members, { month: monthName(p.month) }, (k, x) => tr(ctx, k, x)), 'ok');
      load();
    } });

  try {
    picker = await fundPicker(ctx, load);
  } catch (e) {
    fill(ctx.el, h('p', { class: 'error' }, errorText(e)));
    return;
  }
  if (!picker.value()) {
    fill(ctx.el, picker.el);
    return;
  }
  fill(ctx.el, picker.el, h('div', { class: 'columns' },
    h('div', {}, listEl),
    h('aside', {}, h('h2', {}, tr(ctx, 'periods.open')), isAdmin(ctx) ? open : h('p', { class: 'hint' }, tr(ctx, 'common.adminOnly')))));
  load();
}
