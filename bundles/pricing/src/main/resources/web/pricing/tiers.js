// Tiers: the list (network-wide and the store's own), creation and change of their terms. A manager
// creates and changes its store's tiers; a network admin may also create and change network-wide ones.
import { modal } from '/ui/pos/ui.js';
import { percent } from '/ui/pos/i18n.js';
import { apiDecimal } from '/ui/pos/decimal.js';
import { catalogueNames } from '/ui/pos/names.js';
import { h, fill, tr, table, input, select, form, showError, isAdmin } from './common.js';
import { amountRows, categories } from '/ui/pos/pickers.js';

/** A percent per category, each category picked from the network's list (a typed code would match no product). */
function categoryPercents(ctx, id, values) {
  return amountRows(id, categories(ctx), { values, choiceLabel: tr(ctx, 'tiers.category'),
    amountLabel: tr(ctx, 'tiers.categoryPercent'), addLabel: tr(ctx, 'tiers.addCategory'), removeLabel: tr(ctx, 'tiers.remove') });
}

/** {FRUITS: "50"} of the filled rows, percents read with a dot. */
const percents = (rows) => Object.fromEntries(Object.entries(rows.values()).map(([c, p]) => [c, p.replace(',', '.')]));

export async function mount(ctx) {
  const listEl = h('div', { id: 'pricing-tiers' });
  let stores = [];
  try {
    stores = (await ctx.api('/api/organizations?limit=500')).items.filter((o) => o.type === 'STORE');
  } catch {
    stores = [];
  }
  const storeName = (id) => (id ? stores.find((s) => s.id === id)?.name || ctx.t('common.otherOrganization') : tr(ctx, 'tiers.network'));
  const names = await catalogueNames(ctx.api);

  async function load() {
    try {
      const data = await ctx.api('/api/pricing/tiers?limit=500');
      fill(listEl, table([tr(ctx, 'tiers.name'), tr(ctx, 'tiers.code'), tr(ctx, 'tiers.scope'), '%', tr(ctx, 'tiers.col.categories'),
        tr(ctx, 'tiers.col.maxQuotient'), tr(ctx, 'tiers.col.monthlyCap'), ''],
        data.items.map((x) => [h('strong', {}, x.name), x.code, storeName(x.organization), percent(x.percentOfReference),
          Object.entries(x.categoryPercents || {}).map(([c, p]) => `${names.category(c)} ${percent(p)}`).join(', ') || '—',
          x.maxQuotient == null ? '—' : ctx.money(x.maxQuotient), x.monthlyCap == null ? '—' : ctx.money(x.monthlyCap),
          mayChange(x) ? h('button', { type: 'button', dataset: { tier: x.code }, onclick: () => edit(x) }, tr(ctx, 'tiers.change')) : '']),
        { id: 'pricing-tier-table', empty: ctx.t('bo.empty') }));
    } catch (e) {
      showError(listEl, e);
    }
  }

  // Only the tier's owner changes it: its store's manager, or a network admin (the server checks it too).
  const mayChange = (x) => isAdmin(ctx) || (x.organization && x.organization === ctx.user.organization);

  /** New terms for tier `x` in a dialog: the next tickets use them, past tickets keep their prices. */
  function edit(x) {
    const { body, close } = modal(tr(ctx, 'tiers.changeTitle', { code: x.name }));
    const e = {
      name: input('tier-edit-name', { required: true, value: x.name }),
      percent: input('tier-edit-percent', { required: true, inputmode: 'decimal', value: typed(x.percentOfReference) }),
      categories: categoryPercents(ctx, 'tier-edit-categories', x.categoryPercents || {}),
      maxQuotient: input('tier-edit-max-quotient', { inputmode: 'decimal', value: typed(x.maxQuotient) }),
      monthlyCap: input('tier-edit-monthly-cap', { inputmode: 'decimal', value: typed(x.monthlyCap) }),
    };
    fill(body, h('p', { class: 'hint' }, tr(ctx, 'tiers.changeHint')), form({ id: 'pricing-tier-edit', submit: tr(ctx, 'tiers.save'),
      fields: [[tr(ctx, 'tiers.name'), e.name], [tr(ctx, 'tiers.percent'), e.percent],
        [tr(ctx, 'tiers.categoryPercentsPicked'), e.categories], [tr(ctx, 'tiers.maxQuotient'), e.maxQuotient],
        [tr(ctx, 'tiers.monthlyCap'), e.monthlyCap]],
      async action() {
        await ctx.api(`/api/pricing/tiers/${encodeURIComponent(x.code)}`, { method: 'PUT', body: {
          name: e.name.value.trim(), percentOfReference: dec(e.percent), categoryPercents: percents(e.categories),
          maxQuotient: dec(e.maxQuotient), monthlyCap: dec(e.monthlyCap) } });
        ctx.notify(tr(ctx, 'tiers.changed', { code: x.name }), 'ok');
        close();
        load();
      } }));
  }

  const typed = (v) => (v == null ? '' : String(v).replace('.', ','));
  const own = ctx.user.organization;
  const scopes = own ? stores.filter((s) => s.id === own).map((s) => [s.id, s.name])
    : [['', tr(ctx, 'tiers.network')], ...stores.map((s) => [s.id, s.name])];
  const f = {
    code: input('tier-code', { required: true, maxlength: 32 }),
    name: input('tier-name', { required: true }),
    scope: select('tier-scope', scopes),
    percent: input('tier-percent', { required: true, inputmode: 'decimal', value: '100' }),
    categories: categoryPercents(ctx, 'tier-categories', {}),
    maxQuotient: input('tier-max-quotient', { inputmode: 'decimal' }),
    monthlyCap: input('tier-monthly-cap', { inputmode: 'decimal' }),
  };
  const dec = (el) => (el.value.trim() === '' ? undefined : apiDecimal(el.value));
  const create = form({ id: 'pricing-tier-form', submit: ctx.t('bo.create'),
    fields: [[tr(ctx, 'tiers.code'), f.code], [tr(ctx, 'tiers.name'), f.name], [tr(ctx, 'tiers.scope'), f.scope],
      [tr(ctx, 'tiers.percent'), f.percent], [tr(ctx, 'tiers.categoryPercentsPicked'), f.categories],
      [tr(ctx, 'tiers.maxQuotient'), f.maxQuotient], [tr(ctx, 'tiers.monthlyCap'), f.monthlyCap]],
    async action() {
      const x = await ctx.api('/api/pricing/tiers', { method: 'POST', body: {
        code: f.code.value.trim(), name: f.name.value.trim(), organization: f.scope.value || undefined,
        percentOfReference: dec(f.percent), categoryPercents: percents(f.categories), maxQuotient: dec(f.maxQuotient), monthlyCap: dec(f.monthlyCap) } });
      ctx.notify(tr(ctx, 'tiers.created', { code: x.name }), 'ok');
      for (const k of ['code', 'name', 'maxQuotient', 'monthlyCap']) f[k].value = '';
      f.categories.querySelectorAll('.amount-value').forEach((el) => { el.value = ''; });
      load();
    } });

  fill(ctx.el, h('div', { class: 'columns' },
    h('div', {}, h('h2', {}, tr(ctx, 'tiers.list')), listEl),
    h('aside', {}, h('h2', {}, tr(ctx, 'tiers.new')), (own || isAdmin(ctx)) ? create : null)));
  load();
}
