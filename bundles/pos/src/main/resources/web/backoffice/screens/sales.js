// Sales: the store's journal of a day (or a few), for the closing of the till — sales, returns, what each payment
// method took in, and the tickets, each opened with its lines; printed as PDF when the reports bundle is there.
import { h, fill, modal } from '/ui/pos/ui.js';
import { dateTime, storeDay } from '/ui/pos/i18n.js';
import { table, input, organizationPicker, showError } from './common.js';
import { reportButton } from '/ui/pos/forms.js';
import { methodName } from '/ui/pos/zreport.js';
import { offlineGapsPanel } from './offline-gaps.js';

export async function mount(ctx) {
  const { t, money, qty } = ctx;
  const method = methodName;
  const picker = await organizationPicker(ctx, { id: 'sales-org', types: ['STORE'], onChange: () => load() });
  const from = input('sales-from', { type: 'date', value: storeDay() });
  const to = input('sales-to', { type: 'date', value: storeDay() });
  const summary = h('div', { id: 'sales-summary', class: 'cards' });
  const methods = h('div', { id: 'sales-methods' });
  const tickets = h('div', { id: 'sales-tickets' });
  const period = () => ({ organization: picker.value(), from: from.value, to: to.value || from.value });
  const pdf = reportButton(ctx, 'sales-journal', period, t('bo.sales.pdf'), { id: 'sales-pdf' });
  const gaps = offlineGapsPanel(ctx, () => picker.value(), () => load());

  const card = (label, value, id) => h('div', { class: 'card', id }, h('span', { class: 'card-label' }, label),
    h('strong', {}, value));

  async function open(ticket) {
    const { body } = modal(t('bo.sales.ticket', { number: ticket.documentNo }), { className: 'sales-ticket' });
    try {
      const full = await ctx.api(`/api/tickets/${ticket.id}`);
      const names = await Promise.all(full.lines.map((l) => (l.product
        ? ctx.api(`/api/products/${l.product}`).then((p) => p.name).catch(() => l.product)
        : Promise.resolve(l.label || Object.keys(l)[0]))));
      fill(body, table([t('bo.sales.item'), t('bo.sales.quantity'), t('bo.sales.unitPrice'), t('bo.sales.amount')],
        full.lines.map((l, i) => [names[i], qty(l.quantity), money(l.unitPrice), money(l.lineAmount)]),
        { id: 'sales-ticket-lines', numeric: [1, 2, 3] }),
      h('p', {}, full.payments.map((p) => `${method(p.method)} ${money(p.amount)}`).join(' · ')),
      reportButton(ctx, 'ticket', { id: ticket.id }, t('bo.sales.ticketPdf'), { id: 'sales-ticket-pdf' }));
    } catch (e) {
      showError(body, e);
    }
  }

  async function load() {
    try {
      const j = await ctx.api(`/api/tickets/journal?${new URLSearchParams(period())}`);
      fill(summary,
        card(t('bo.sales.sales', { count: j.sales.count }), money(j.sales.total), 'sales-total'),
        card(t('bo.sales.returns', { count: j.returns.count }), money(j.returns.total), 'returns-total'),
        card(t('bo.sales.net'), money(j.net), 'net-total'),
        j.offlineGapsPending?.count
          ? card(t('bo.sales.gapsPending', { count: j.offlineGapsPending.count }), money(j.offlineGapsPending.total), 'gaps-pending')
          : null);
      fill(methods, table([t('bo.sales.method'), t('bo.sales.count'), t('bo.sales.amount')],
        j.payments.map((p) => [method(p.method), String(p.tickets), money(p.amount)]),
        { id: 'sales-method-table', empty: t('bo.sales.none'), numeric: [1, 2] }));
      fill(tickets, table([t('bo.sales.number'), t('bo.sales.time'), t('bo.sales.kind'), t('bo.sales.payments'),
        t('bo.sales.total'), ''],
      j.tickets.map((x) => [x.documentNo, dateTime(x.createdAt), t(`bo.sales.kind.${x.kind}`),
        x.payments.map((p) => `${method(p.method)} ${money(p.amount)}`).join(' · '), money(x.total),
        h('button', { type: 'button', class: 'small', dataset: { ticket: x.id }, onclick: () => open(x) }, t('bo.sales.open'))]),
      { id: 'sales-ticket-table', empty: t('bo.sales.none'), numeric: [4] }));
    } catch (e) {
      fill(summary);
      showError(methods, e);
      fill(tickets);
    }
  }

  from.addEventListener('change', () => { if (!to.value || to.value < from.value) to.value = from.value; load(); });
  to.addEventListener('change', load);
  picker.el.addEventListener('change', () => gaps.load());
  fill(ctx.el, h('div', { class: 'toolbar' }, picker.el,
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('bo.sales.from')), from),
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('bo.sales.to')), to), pdf),
  summary, gaps.el, h('h2', {}, t('bo.sales.byMethod')), methods, h('h2', {}, t('bo.sales.tickets')), tickets);
  load();
  gaps.load();
}
