// A household's tier: find it by card, assign a tier with dates, or assess it from its income. The
// income is sent once and never kept: not in storage, not in the form after sending (success or not),
// no autocomplete.
import { h, fill, tr, input, select, form, showError } from './common.js';
import { cardInput } from '/ui/pos/pickers.js';
import { date } from '/ui/pos/i18n.js';
import { apiDecimal } from '/ui/pos/decimal.js';

export async function mount(ctx) {
  const found = h('div', { id: 'pricing-household' });
  let tiers = [];
  try {
    tiers = (await ctx.api('/api/pricing/tiers?limit=500')).items;
  } catch (e) {
    showError(ctx.el, e);
    return;
  }
  // Tiers by their names: the code is what the API keeps, not what people call them.
  const tierName = (code) => tiers.find((t) => t.code === code)?.name || code;
  const currentText = (tier) => tr(ctx, 'household.current', { tier: tier.name || tierName(tier.code),
    from: tier.validFrom ? date(tier.validFrom) : '—', to: tier.validTo ? date(tier.validTo) : '—' });
  const today = new Date().toISOString().slice(0, 10);
  const inAYear = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);

  async function find(reference) {
    try {
      const data = await ctx.api(`/api/households?reference=${encodeURIComponent(reference)}`);
      if (!data.items.length) {
        fill(found, h('p', { class: 'error' }, tr(ctx, 'household.unknown', { card: reference })));
        return;
      }
      show(data.items[0]);
    } catch (e) {
      showError(found, e);
    }
  }

  function show(x) {
    const current = x.tier
      ? h('p', { id: 'pricing-current-tier' }, currentText(x.tier))
      : h('p', { id: 'pricing-current-tier' }, tr(ctx, 'household.none'));
    const remove = h('button', { type: 'button', class: 'big danger', id: 'pricing-remove-tier', hidden: !x.tier, onclick: async () => {
      try {
        await ctx.api(`/api/households/${x.id}/tier`, { method: 'DELETE' });
        ctx.notify(tr(ctx, 'household.removed'), 'ok');
        find(x.reference);
      } catch (e) {
        showError(found, e);
      }
    } }, tr(ctx, 'household.remove'));

    const tier = select('assign-tier', tiers.filter((t) => !t.organization || t.organization === x.organization)
      .map((t) => [t.code, t.name]));
    const from = input('assign-from', { type: 'date', required: true, value: today });
    const to = input('assign-to', { type: 'date', required: true, value: inAYear });
    const assign = form({ id: 'pricing-assign-form', submit: tr(ctx, 'household.assign'),
      fields: [[tr(ctx, 'household.tier'), tier], [tr(ctx, 'household.from'), from], [tr(ctx, 'household.to'), to]],
      async action() {
        const a = await ctx.api(`/api/households/${x.id}/tier`, { method: 'PUT', body: { tier: tier.value, validFrom: from.value, validTo: to.value } });
        ctx.notify(tr(ctx, 'household.assigned', { tier: tierName(a.tier) }), 'ok');
        find(x.reference);
      } });

    const income = input('assess-income', { required: true, inputmode: 'decimal', autocomplete: 'off' });
    const parts = input('assess-parts', { required: true, inputmode: 'decimal', value: String(x.size ?? 1) });
    const validTo = input('assess-valid-to', { type: 'date', required: true, value: inAYear });
    const result = h('p', { id: 'assess-result', role: 'status' });
    const assess = form({ id: 'pricing-assess-form', submit: tr(ctx, 'assess.submit'),
      fields: [[tr(ctx, 'assess.income'), income], [tr(ctx, 'assess.parts'), parts], [tr(ctx, 'assess.validTo'), validTo]],
      async action() {
        const monthlyIncome = apiDecimal(income.value);
        // Cleared before the answer: whatever happens, the figure does not stay on screen.
        income.value = '';
        const a = await ctx.api('/api/pricing/assessments', { method: 'POST', body: { household: x.id, monthlyIncome,
          householdParts: apiDecimal(parts.value), validTo: validTo.value } });
        result.textContent = a.tier ? tr(ctx, 'assess.result', { quotient: ctx.money(a.quotient), tier: tierName(a.tier) })
          : tr(ctx, 'assess.noTier', { quotient: ctx.money(a.quotient) });
        await refresh(x.reference);
      } });
    // An autofill or the back button must not bring the income back.
    assess.setAttribute('autocomplete', 'off');

    async function refresh(reference) {
      const data = await ctx.api(`/api/households?reference=${encodeURIComponent(reference)}`);
      const fresh = data.items[0];
      if (!fresh) return;
      remove.hidden = !fresh.tier;
      current.textContent = fresh.tier
        ? currentText(fresh.tier)
        : tr(ctx, 'household.none');
    }

    fill(found, h('div', { class: 'card', id: 'pricing-household-card' },
      h('h3', {}, ctx.t('till.household', { reference: x.reference })), current, remove),
    h('div', { class: 'columns' },
      h('div', {}, h('h2', {}, tr(ctx, 'household.assign')), assign),
      h('aside', {}, h('h2', {}, tr(ctx, 'assess.title')), assess, result)));
  }

  const card = cardInput(ctx, 'pricing-card', { type: 'search', required: true });
  const search = h('form', { class: 'search-row', onsubmit: (e) => { e.preventDefault(); if (card.value.trim()) find(card.value.trim()); } },
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, tr(ctx, 'household.card')), card),
    h('button', { type: 'submit', class: 'big', id: 'pricing-find' }, tr(ctx, 'household.find')));
  fill(ctx.el, search, found);
  card.focus();
}
