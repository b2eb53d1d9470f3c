// Closings (Clôtures): the manager closes the store's day once its tills are closed, then the month, then the year;
// each closing keeps its totals, the total of the enclosing period to date and the perpetual total. The server says
// why a closing is refused (tills still open, already closed, period not over, smaller periods not closed).
import { h, fill, modal, confirmDialog } from '/ui/pos/ui.js';
import { dateTime, storeDay, date, month } from '/ui/pos/i18n.js';

/** A closing's period as people say it: « 7 déc. 2026 », « décembre 2026 », « 2026 ». */
const periodWords = (p) => (/^\d{4}-\d{2}-\d{2}$/.test(p) ? date(p) : /^\d{4}-\d{2}$/.test(p) ? month(p) : String(p ?? ''));
import { reportButton } from '/ui/pos/forms.js';
import { methodTable, vatTable } from '/ui/pos/zreport.js';
import { table, input, select, form, organizationPicker, showError } from './common.js';

/** The period a kind of closing names by default: today, the month before, the year before. */
function defaultPeriod(kind) {
  const today = storeDay();
  if (kind === 'DAY') return today;
  const [y, m] = today.split('-').map(Number);
  if (kind === 'MONTH') return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return String(y - 1);
}

const INPUT_TYPES = { DAY: 'date', MONTH: 'month', YEAR: 'number' };

export async function mount(ctx) {
  const { t, money } = ctx;
  const picker = await organizationPicker(ctx, { id: 'closings-org', types: ['STORE'], onChange: () => load() });
  const kind = select('closing-kind', ['DAY', 'MONTH', 'YEAR'].map((k) => [k, t(`bo.closings.kind.${k}`)]));
  const period = input('closing-period', { type: 'date', value: defaultPeriod('DAY'), required: true });
  const list = h('div', { id: 'closings' });
  const filter = select('closings-filter', [['', t('bo.closings.all')], ...['DAY', 'MONTH', 'YEAR']
    .map((k) => [k, t(`bo.closings.kind.${k}`)])]);

  kind.addEventListener('change', () => {
    period.type = INPUT_TYPES[kind.value];
    if (kind.value === 'YEAR') Object.assign(period, { min: '2000', max: '2999', step: '1' });
    period.value = defaultPeriod(kind.value);
  });

  const closeForm = form({ id: 'closing-form', submit: t('bo.closings.submit'),
    fields: [[t('bo.closings.kind'), kind], [t('bo.closings.period'), period]],
    action: async () => {
      const label = `${t(`bo.closings.kind.${kind.value}`)} ${periodWords(period.value)}`;
      if (!await confirmDialog(t('bo.closings.confirmTitle'), t('bo.closings.confirm', { period: label }),
        { ok: t('bo.closings.submit'), id: 'closing' })) return;
      const c = await ctx.api('/api/closings', { method: 'POST',
        body: { organization: picker.value(), kind: kind.value, period: period.value } });
      ctx.notify(t('bo.closings.done', { period: label, total: money(c.total) }), 'ok');
      await load();
      open(c);
    } });

  function open(c) {
    const { body } = modal(t('bo.closings.detail', { kind: t(`bo.closings.kind.${c.kind}`), period: periodWords(c.period) }),
      { className: 'z-dialog' });
    fill(body, h('article', { class: 'z-report', id: 'closing-detail' },
      h('dl', { class: 'z-figures' },
        h('dt', {}, t('bo.closings.span')), h('dd', {}, c.from === c.to ? date(c.from) : `${date(c.from)} → ${date(c.to)}`),
        h('dt', {}, t('z.tickets')), h('dd', {}, String(c.tickets)),
        h('dt', {}, t('z.returns')), h('dd', {}, String(c.returns)),
        h('dt', {}, t('z.total')), h('dd', { id: 'closing-total' }, money(c.total)),
        h('dt', {}, t(`bo.closings.periodTotal.${c.kind}`)), h('dd', { id: 'closing-period-total' }, money(c.periodTotal)),
        h('dt', {}, t('bo.closings.perpetualTotal')), h('dd', { id: 'closing-perpetual-total' }, money(c.perpetualTotal))),
      h('h4', {}, t('z.byMethod')), methodTable(c.byMethod, 'closing-methods'),
      h('h4', {}, t('z.byVatRate')), vatTable(c.byVatRate, 'closing-vat'),
      h('p', { class: 'hint' }, t('bo.closings.closedBy', { at: dateTime(c.closedAt), by: c.closedBy || '' }))),
    h('div', { class: 'actions' }, reportButton(ctx, 'closing', { closing: c.id }, t('bo.closings.pdf'), { id: 'closing-pdf' })));
  }

  async function load() {
    try {
      const query = new URLSearchParams({ organization: picker.value(), limit: '200' });
      if (filter.value) query.set('kind', filter.value);
      const items = (await ctx.api(`/api/closings?${query}`)).items;
      fill(list, table([t('bo.closings.kind'), t('bo.closings.period'), t('z.tickets'), t('z.returns'), t('z.total'),
        t('bo.closings.periodTotalShort'), t('bo.closings.perpetualTotal'), t('bo.closings.closedAt'), ''],
      items.map((c) => [t(`bo.closings.kind.${c.kind}`), periodWords(c.period), String(c.tickets), String(c.returns), money(c.total),
        money(c.periodTotal), money(c.perpetualTotal), `${dateTime(c.closedAt)} · ${c.closedBy || ''}`,
        h('button', { type: 'button', class: 'small', dataset: { closing: c.id }, onclick: () => open(c) }, t('bo.closings.open'))]),
      { id: 'closing-table', empty: t('bo.closings.none'), numeric: [2, 3, 4, 5, 6] }));
    } catch (e) {
      showError(list, e);
    }
  }

  filter.addEventListener('change', load);
  fill(ctx.el, h('div', { class: 'toolbar' }, picker.el),
    h('div', { class: 'columns' },
      h('div', {}, h('div', { class: 'toolbar' }, h('h2', {}, t('bo.closings.list')),
        h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('bo.closings.show')), filter)), list),
      h('aside', {}, h('h2', {}, t('bo.closings.closeTitle')), h('p', { class: 'hint' }, t('bo.closings.explain')), closeForm)));
  load();
}
