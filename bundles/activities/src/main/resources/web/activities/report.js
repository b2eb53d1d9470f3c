// The activity's report for its funders: places, registrations and attendance per session, fees
// collected, and what the activity's offers sold against the same goods at reference prices.
import { h, fill, tr, table, showError, when, storePicker, activityPicker, reportButton } from './common.js';
import { plural } from '/ui/pos/i18n.js';
import { cents, amount } from '/ui/pos/decimal.js';

export async function mount(ctx) {
  const body = h('div', { id: 'report-body' });
  const store = await storePicker(ctx, () => start());

  async function start() {
    try {
      const picker = await activityPicker(ctx, store.value(), (id) => show(id));
      fill(ctx.el, store.el, picker.el, body);
      if (picker.value()) await show(picker.value());
      else fill(body);
    } catch (e) {
      showError(body, e);
    }
  }

  async function show(id) {
    try {
      const r = await ctx.api(`/api/activities/${id}/report`);
      const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);
      const fees = amount(r.sessions.reduce((s, x) => s + (cents(x.feesCollected) ?? 0n), 0n));
      fill(body,
        h('h2', {}, r.activity.name),
        reportButton(ctx, 'activity', { activity: id }, tr(ctx, 'rep.pdf'), { id: 'report-pdf' }),
        table([tr(ctx, 'sess.startsAt'), tr(ctx, 'rep.capacity'), tr(ctx, 'rep.registrations'), tr(ctx, 'rep.attendance'), tr(ctx, 'rep.fees')],
          r.sessions.map((s) => [when(ctx, s.startsAt), String(s.capacity), String(s.registrations), String(s.attendance), ctx.money(s.feesCollected)]),
          { id: 'report-sessions', empty: tr(ctx, 'common.empty'), numeric: [1, 2, 3, 4] }),
        h('p', { id: 'report-totals' }, h('strong', {}, tr(ctx, 'rep.totals', {
          registrations: plural('rep.registered', sum(r.sessions, (s) => s.registrations), {}, (k, x) => tr(ctx, k, x)),
          attendance: plural('rep.came', sum(r.sessions, (s) => s.attendance), {}, (k, x) => tr(ctx, k, x)), fees: ctx.money(fees) }))),
        h('h3', {}, tr(ctx, 'rep.products')),
        table([tr(ctx, 'offer.product'), tr(ctx, 'rep.quantity'), tr(ctx, 'rep.amount'), tr(ctx, 'rep.reference'), tr(ctx, 'rep.given')],
          r.productsSold.map((p) => [p.name ?? p.product, ctx.qty(p.quantity), ctx.money(p.amount), ctx.money(p.referenceValue), ctx.money(p.valueGiven)]),
          { id: 'report-products', empty: tr(ctx, 'common.empty'), numeric: [1, 2, 3, 4] }));
    } catch (e) {
      showError(body, e);
    }
  }

  await start();
}
