// Funds: figures, funders (secured / pending), conventioned stores, eligibility criteria. Creating
// and editing is for network admins (as the API says); managers and referrers read.
import { h, fill, tr, table, input, moneyInput, select, form, showError, errorText, isAdmin, fundPicker } from './common.js';
import { categoryChecks, labelChecks } from '/ui/pos/pickers.js';
import { date } from '/ui/pos/i18n.js';
import { apiDecimal } from '/ui/pos/decimal.js';
import { catalogueNames, organizationName } from '/ui/pos/names.js';

export async function mount(ctx) {
  const admin = isAdmin(ctx);
  const detail = h('div', { id: 'caisse-fund-detail' });
  const picker = h('div', {});
  const money = (v) => (v == null ? '—' : ctx.money(v));
  // Stores by name (a manager reads its own; another store of the convention is « une autre épicerie »).
  let stores = [];
  try {
    stores = (await ctx.api('/api/organizations?limit=500')).items.filter((o) => o.type === 'STORE');
  } catch {
    stores = [];
  }
  const names = await catalogueNames(ctx.api);

  async function load(chosen) {
    try {
      const p = await fundPicker(ctx, (f) => show(f.id));
      fill(picker, p.el);
      const fund = chosen ? p.funds.find((f) => f.id === chosen) : p.value();
      if (chosen) p.el.querySelector('select').value = chosen;
      if (fund) show(fund.id);
      else fill(detail);
    } catch (e) {
      showError(picker, e);
    }
  }

  async function show(id) {
    try {
      render(await ctx.api(`/api/caisse/funds/${id}`));
    } catch (e) {
      showError(detail, e);
    }
  }

  function render(f) {
    const storeName = (id) => organizationName(stores, id);
    const figures = [['funds.allowance', f.monthlyAllowance], ['funds.secured', f.secured], ['funds.pending', f.pending],
      ['funds.collected', f.contributionsCollected], ['funds.credited', f.allowancesCredited], ['funds.spent', f.spent],
      ['funds.available', f.available], ['funds.monthlyNet', f.monthlyNet]];
    fill(detail,
      h('div', { class: 'card', id: 'caisse-fund-figures' }, h('h3', {}, f.name),
        h('ul', {}, figures.map(([k, v]) => h('li', {}, `${tr(ctx, k)} : `, h('strong', {}, money(v)))),
          h('li', {}, `${tr(ctx, 'funds.members')} : `, h('strong', {}, String(f.members))))),
      h('h2', {}, tr(ctx, 'funds.sources')),
      table([tr(ctx, 'funds.funder'), tr(ctx, 'funds.kind'), tr(ctx, 'funds.amount'), tr(ctx, 'funds.status'), ''],
        (f.sources || []).map((s) => [s.funder, tr(ctx, `funds.kind.${s.kind}`), money(s.amount), tr(ctx, `funds.status.${s.status}`),
          admin && s.status === 'PENDING' ? secureButton(f, s) : '']),
        { id: 'caisse-sources', empty: '—' }),
      admin ? sourceForm(f) : null,
      h('h2', {}, tr(ctx, 'funds.conventions')),
      table([tr(ctx, 'funds.store'), tr(ctx, 'funds.validFrom'), tr(ctx, 'funds.validTo')],
        (f.conventions || []).map((c) => [storeName(c.organization), date(c.validFrom), c.validTo ? date(c.validTo) : '—']),
        { id: 'caisse-conventions', empty: '—' }),
      admin ? conventionForm(f) : null,
      h('h2', {}, tr(ctx, 'funds.criteria')),
      table([tr(ctx, 'funds.categories'), tr(ctx, 'funds.labels'), tr(ctx, 'funds.maxKm'), tr(ctx, 'funds.excluded')],
        (f.criteria || []).map((c) => [names.categories(c.categories) || '—', names.labels(c.labels) || '—',
          c.maxOriginKm ?? '—', names.categories(c.excludedCategories) || '—']),
        { id: 'caisse-criteria', empty: tr(ctx, 'funds.everyProduct') }),
      admin ? criterionForm(f) : null);
  }

  // A pledge signed by its funder: the same source, now secured (its money becomes available).
  function secureButton(f, s) {
    return h('button', { type: 'button', 'data-source': s.id, onclick: async () => {
      try {
        await ctx.api(`/api/caisse/funds/${f.id}/sources/${s.id}`, { method: 'PUT',
          body: { funder: s.funder, kind: s.kind, amount: s.amount, status: 'SECURED' } });
        ctx.notify(tr(ctx, 'funds.secured.done', { funder: s.funder }), 'ok');
        show(f.id);
      } catch (e) {
        ctx.notify(errorText(e), 'error');
      }
    } }, tr(ctx, 'funds.secure'));
  }

  function sourceForm(f) {
    const funder = input('source-funder', { required: true });
    const kind = select('source-kind', ['PUBLIC', 'PRIVATE', 'CITIZEN'].map((k) => [k, tr(ctx, `funds.kind.${k}`)]));
    const amount = moneyInput('source-amount', { required: true });
    const status = select('source-status', ['SECURED', 'PENDING'].map((k) => [k, tr(ctx, `funds.status.${k}`)]));
    return form({ id: 'caisse-source-form', submit: tr(ctx, 'funds.addSource'),
      fields: [[tr(ctx, 'funds.funder'), funder], [tr(ctx, 'funds.kind'), kind], [tr(ctx, 'funds.amount'), amount], [tr(ctx, 'funds.status'), status]],
      async action() {
        await ctx.api(`/api/caisse/funds/${f.id}/sources`, { method: 'POST',
          body: { funder: funder.value.trim(), kind: kind.value, amount: apiDecimal(amount.value), status: status.value } });
        ctx.notify(tr(ctx, 'common.saved'), 'ok');
        show(f.id);
      } });
  }

  function conventionForm(f) {
    const store = select('convention-store', stores.map((s) => [s.id, s.name]));
    const from = input('convention-from', { type: 'date', required: true, value: new Date().toISOString().slice(0, 10) });
    const to = input('convention-to', { type: 'date' });
    return form({ id: 'caisse-convention-form', submit: tr(ctx, 'funds.addConvention'),
      fields: [[tr(ctx, 'funds.store'), store], [tr(ctx, 'funds.validFrom'), from], [tr(ctx, 'funds.validTo'), to]],
      async action() {
        await ctx.api(`/api/caisse/funds/${f.id}/conventions`, { method: 'POST',
          body: { organization: store.value, validFrom: from.value, validTo: to.value || undefined } });
        ctx.notify(tr(ctx, 'common.saved'), 'ok');
        show(f.id);
      } });
  }

  function criterionForm(f) {
    // Picked from the network's managed lists: a label typed « BIO » beside ORGANIC would match no product.
    const categories = categoryChecks(ctx, 'criterion-categories');
    const labels = labelChecks(ctx, 'criterion-labels');
    const km = input('criterion-km', { type: 'number', min: 0 });
    const excluded = categoryChecks(ctx, 'criterion-excluded');
    const list = (checks) => (checks.values().length ? checks.values() : undefined);
    return form({ id: 'caisse-criterion-form', submit: tr(ctx, 'funds.addCriterion'),
      fields: [[tr(ctx, 'funds.categories'), categories], [tr(ctx, 'funds.labels'), labels], [tr(ctx, 'funds.maxKm'), km],
        [tr(ctx, 'funds.excluded'), excluded]],
      async action() {
        await ctx.api(`/api/caisse/funds/${f.id}/criteria`, { method: 'POST', body: {
          categories: list(categories), labels: list(labels),
          maxOriginKm: km.value === '' ? undefined : Number.parseInt(km.value, 10), excludedCategories: list(excluded) } });
        ctx.notify(tr(ctx, 'common.saved'), 'ok');
        show(f.id);
      } });
  }

  function newFund() {
    const name = input('fund-name', { required: true });
    const allowance = moneyInput('fund-allowance', { required: true });
    const minC = moneyInput('fund-min', { required: true, value: '0' });
    const maxC = moneyInput('fund-max');
    const dec = (el) => (el.value.trim() === '' ? undefined : apiDecimal(el.value));
    return form({ id: 'caisse-fund-form', submit: tr(ctx, 'funds.new'),
      fields: [[tr(ctx, 'funds.name'), name], [tr(ctx, 'funds.allowance'), allowance],
        [tr(ctx, 'funds.minContribution'), minC], [tr(ctx, 'funds.maxContribution'), maxC]],
      async action() {
        const f = await ctx.api('/api/caisse/funds', { method: 'POST', body: { name: name.value.trim(),
          monthlyAllowance: dec(allowance), minContribution: dec(minC), maxContribution: dec(maxC) } });
        ctx.notify(tr(ctx, 'funds.created', { name: f.name }), 'ok');
        sessionStorage.setItem('vivres.caisse.fund', f.id);
        name.value = '';
        load(f.id);
      } });
  }

  fill(ctx.el, h('div', { class: 'columns' },
    h('div', {}, picker, detail),
    h('aside', {}, admin ? [h('h2', {}, tr(ctx, 'funds.new')), newFund()] : h('p', { class: 'hint' }, tr(ctx, 'common.adminOnly')))));
  await load();
}
