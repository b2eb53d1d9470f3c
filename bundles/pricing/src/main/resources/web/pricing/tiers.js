// Tiers: the list (network-wide and the store's own) and creation. A manager creates its store's
// tiers; a network admin may also create network-wide ones.
import { h, fill, tr, table, input, select, form, showError, isAdmin } from './common.js';

/** "FRUITS=50, EPICERIE=70" → {FRUITS: "50", EPICERIE: "70"}; null if malformed. */
export function parsePercents(text) {
  const out = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^=]+)=\s*(\d+(?:[.,]\d+)?)$/.exec(part);
    if (!m) return null;
    out[m[1].trim().toUpperCase()] = m[2].replace(',', '.');
  }
  return out;
}

export async function mount(ctx) {
  const listEl = h('div', { id: 'pricing-tiers' });
  let stores = [];
  try {
    stores = (await ctx.api('/api/organizations?limit=500')).items.filter((o) => o.type === 'STORE');
  } catch {
    stores = [];
  }
  const storeName = (id) => (id ? stores.find((s) => s.id === id)?.name || id : tr(ctx, 'tiers.network'));

  async function load() {
    try {
      const data = await ctx.api('/api/pricing/tiers?limit=500');
      fill(listEl, table([tr(ctx, 'tiers.code'), tr(ctx, 'tiers.name'), tr(ctx, 'tiers.scope'), '%', tr(ctx, 'tiers.col.categories'),
        tr(ctx, 'tiers.col.maxQuotient'), tr(ctx, 'tiers.col.monthlyCap')],
        data.items.map((x) => [h('strong', {}, x.code), x.name, storeName(x.organization), `${x.percentOfReference} %`,
          Object.entries(x.categoryPercents || {}).map(([c, p]) => `${c} ${p} %`).join(', ') || '—',
          x.maxQuotient == null ? '—' : ctx.money(x.maxQuotient), x.monthlyCap == null ? '—' : ctx.money(x.monthlyCap)]),
        { id: 'pricing-tier-table', empty: ctx.t('bo.empty') }));
    } catch (e) {
      showError(listEl, e);
    }
  }

  const own = ctx.user.organization;
  const scopes = own ? stores.filter((s) => s.id === own).map((s) => [s.id, s.name])
    : [['', tr(ctx, 'tiers.network')], ...stores.map((s) => [s.id, s.name])];
  const f = {
    code: input('tier-code', { required: true, maxlength: 32 }),
    name: input('tier-name', { required: true }),
    scope: select('tier-scope', scopes),
    percent: input('tier-percent', { required: true, inputmode: 'decimal', value: '100' }),
    categories: input('tier-categories'),
    maxQuotient: input('tier-max-quotient', { inputmode: 'decimal' }),
    monthlyCap: input('tier-monthly-cap', { inputmode: 'decimal' }),
  };
  const dec = (el) => (el.value.trim() === '' ? undefined : el.value.trim().replace(',', '.'));
  const create = form({ id: 'pricing-tier-form', submit: ctx.t('bo.create'),
    fields: [[tr(ctx, 'tiers.code'), f.code], [tr(ctx, 'tiers.name'), f.name], [tr(ctx, 'tiers.scope'), f.scope],
      [tr(ctx, 'tiers.percent'), f.percent], [tr(ctx, 'tiers.categoryPercents'), f.categories],
      [tr(ctx, 'tiers.maxQuotient'), f.maxQuotient], [tr(ctx, 'tiers.monthlyCap'), f.monthlyCap]],
    async action() {
      const categoryPercents = parsePercents(f.categories.value);
      if (categoryPercents == null) throw new Error(tr(ctx, 'tiers.badPercents'));
      const x = await ctx.api('/api/pricing/tiers', { method: 'POST', body: {
        code: f.code.value.trim(), name: f.name.value.trim(), organization: f.scope.value || undefined,
        percentOfReference: dec(f.percent), categoryPercents, maxQuotient: dec(f.maxQuotient), monthlyCap: dec(f.monthlyCap) } });
      ctx.notify(tr(ctx, 'tiers.created', { code: x.code }), 'ok');
      for (const k of ['code', 'name', 'categories', 'maxQuotient', 'monthlyCap']) f[k].value = '';
      load();
    } });

  fill(ctx.el, h('div', { class: 'columns' },
    h('div', {}, h('h2', {}, tr(ctx, 'tiers.list')), listEl),
    h('aside', {}, h('h2', {}, tr(ctx, 'tiers.new')), (own || isAdmin(ctx)) ? create : null)));
  load();
}
