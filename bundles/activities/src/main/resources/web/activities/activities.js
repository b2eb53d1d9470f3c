// Activities of a store: cooking workshops, shared meals, farm visits. Each has sessions (start,
// places, a fee and a fee per pricing tier) and offers (a product at a set price for the
// households registered, within some days of a session).
import { confirmDialog } from '/ui/pos/ui.js';
import { amountRows } from '/ui/pos/pickers.js';
import { h, fill, tr, table, input, select, form, showError, errorText, typedAmount, typedQuantity, when, storePicker } from './common.js';

const KINDS = ['COOKING_WORKSHOP', 'SHARED_MEAL', 'FARM_VISIT', 'OTHER'];

export async function mount(ctx) {
  const listEl = h('div', { id: 'activity-list' });
  const detailEl = h('div', { id: 'activity-detail' });
  const store = await storePicker(ctx, () => { fill(detailEl); load(); });
  const products = (await ctx.api('/api/products?limit=500')).items;
  const names = new Map(products.map((p) => [p.id, p]));
  // The tiers come from the pricing bundle's own picker module, loaded only if it is there: none without it.
  const tierChoices = (c, organization) => import('/ui/pricing/pickers.js').then((m) => m.tiers(c, organization));
  // The store's tiers (the network's and its own), by name; none without the pricing bundle.
  const tiers = () => tierChoices(ctx, store.value()).catch(() => []);
  // Tier names to show a session's fees (« Solidaire : 2,00 € »), never the codes; none without the pricing bundle.
  const tierNames = new Map(await tierChoices(ctx).catch(() => []));

  async function load() {
    try {
      const items = (await ctx.api(`/api/activities?organization=${store.value()}&limit=500`)).items;
      fill(listEl, table([tr(ctx, 'act.name'), tr(ctx, 'act.kind'), ''], items.map((a) => [a.name, tr(ctx, `kind.${a.kind}`),
        h('button', { type: 'button', class: 'big', dataset: { activity: a.id }, onclick: () => show(a.id) }, tr(ctx, 'act.open'))]),
      { id: 'activity-table', empty: tr(ctx, 'common.empty') }));
    } catch (e) {
      showError(listEl, e);
    }
  }

  async function show(id) {
    try {
      const a = await ctx.api(`/api/activities/${id}`);
      sessionStorage.setItem('vivres.activities.activity', id);
      fill(detailEl, h('div', { class: 'card' },
        h('h2', { id: 'activity-title' }, `${a.name} — ${tr(ctx, `kind.${a.kind}`)}`),
        h('h3', {}, tr(ctx, 'sess.title')),
        table([tr(ctx, 'sess.startsAt'), tr(ctx, 'sess.capacity'), tr(ctx, 'sess.fee'), tr(ctx, 'sess.tierFees'), tr(ctx, 'sess.registrations')],
          a.sessions.map((s) => [when(ctx, s.startsAt), String(s.capacity), ctx.money(s.fee),
            Object.entries(s.tierFees || {}).map(([code, fee]) => `${tierNames.get(code) || code} : ${ctx.money(fee)}`).join(' · ')
              || tr(ctx, 'sess.none'),
            String(s.registrations)]), { id: 'session-table', empty: tr(ctx, 'common.empty'), numeric: [1, 2, 4] }),
        h('details', { class: 'new-session', open: !a.sessions.length }, h('summary', { class: 'button big' }, tr(ctx, 'sess.new')), sessionForm(a)),
        h('h3', {}, tr(ctx, 'offer.title')),
        table([tr(ctx, 'offer.product'), tr(ctx, 'offer.unitPrice'), tr(ctx, 'offer.max'), tr(ctx, 'offer.days'), ''],
          a.offers.map((o) => [names.get(o.product)?.name ?? o.product, ctx.money(o.unitPrice), ctx.qty(o.maxQuantityPerHousehold),
            String(o.validDaysAroundSession), o.endedAt ? tr(ctx, 'offer.ended', { date: when(ctx, o.endedAt) }) : endButton(a, o)]),
          { id: 'offer-table', empty: tr(ctx, 'common.empty'), numeric: [1, 2, 3] }),
        h('details', { class: 'new-offer' }, h('summary', { class: 'button big' }, tr(ctx, 'offer.new')), offerForm(a))));
    } catch (e) {
      showError(detailEl, e);
    }
  }

  // Ending an offer stops its price at the till at once; what it already priced stays as sold.
  function endButton(a, o) {
    return h('button', { type: 'button', dataset: { offer: o.id }, onclick: async () => {
      const product = names.get(o.product)?.name ?? o.product;
      if (!(await confirmDialog(tr(ctx, 'offer.end'), tr(ctx, 'offer.endConfirm', { product }),
        { ok: tr(ctx, 'offer.end'), id: 'offer-end' }))) return;
      try {
        await ctx.api(`/api/activities/${a.id}/offers/${o.id}`, { method: 'DELETE' });
        ctx.notify(tr(ctx, 'offer.endedNow'), 'ok');
        show(a.id);
      } catch (e) {
        ctx.notify(errorText(e), 'error');
      }
    } }, tr(ctx, 'offer.end'));
  }

  function sessionForm(a) {
    const f = {
      startsAt: input('session-starts', { type: 'datetime-local', required: true }),
      capacity: input('session-capacity', { type: 'number', min: 1, max: 10000, value: '12', inputmode: 'numeric', required: true }),
      fee: input('session-fee', { inputmode: 'decimal', required: true }),
    };
    // A fee per tier, the tier picked from the store's list: a fee for « p1 » when the tier is P1 would never apply.
    const choices = tiers();
    const tierFees = amountRows('tier-fees', choices, { choiceLabel: tr(ctx, 'sess.tier'), amountLabel: tr(ctx, 'sess.tierFee'),
      addLabel: tr(ctx, 'sess.addTier'), removeLabel: tr(ctx, 'sess.remove') });
    const tierBox = h('fieldset', { class: 'tier-fees' }, h('legend', { class: 'field-label' }, tr(ctx, 'sess.tierFees')), tierFees);
    choices.then((list) => { tierBox.hidden = !list.length; }); // no tiers (or no pricing bundle): nothing to pick
    // Tomorrow at 18:00, local time: a date to correct rather than a blank to fill.
    const tomorrow = new Date(Date.now() + 86400000);
    tomorrow.setHours(18, 0, 0, 0);
    tomorrow.setMinutes(tomorrow.getMinutes() - tomorrow.getTimezoneOffset());
    f.startsAt.value = tomorrow.toISOString().slice(0, 16);
    return form({
      id: 'session-form', submit: tr(ctx, 'common.save'),
      fields: [[tr(ctx, 'sess.startsAt'), f.startsAt], [tr(ctx, 'sess.capacity'), f.capacity], [tr(ctx, 'sess.fee'), f.fee]],
      extra: tierBox,
      async action() {
        const fees = Object.fromEntries(Object.entries(tierFees.values()).map(([code, fee]) => [code, typedAmount(ctx, fee)]));
        const starts = new Date(f.startsAt.value);
        await ctx.api(`/api/activities/${a.id}/sessions`, { method: 'POST', body: {
          startsAt: Number.isNaN(starts.getTime()) ? f.startsAt.value : starts.toISOString(),
          capacity: Number.parseInt(f.capacity.value, 10), fee: typedAmount(ctx, f.fee.value), tierFees: fees } });
        ctx.notify(tr(ctx, 'sess.created'), 'ok');
        await show(a.id);
      },
    });
  }

  function offerForm(a) {
    const f = {
      product: select('offer-product', products.map((p) => [p.id, `${p.name} (${p.sku})`])),
      unitPrice: input('offer-price', { inputmode: 'decimal', required: true }),
      max: input('offer-max', { inputmode: 'decimal', required: true }),
      days: input('offer-days', { type: 'number', min: 0, max: 366, value: '7', inputmode: 'numeric', required: true }),
    };
    return form({
      id: 'offer-form', submit: tr(ctx, 'common.save'),
      fields: [[tr(ctx, 'offer.product'), f.product], [tr(ctx, 'offer.unitPrice'), f.unitPrice], [tr(ctx, 'offer.max'), f.max],
        [tr(ctx, 'offer.days'), f.days]],
      async action() {
        await ctx.api(`/api/activities/${a.id}/offers`, { method: 'POST', body: { product: f.product.value,
          unitPrice: typedAmount(ctx, f.unitPrice.value), maxQuantityPerHousehold: typedQuantity(ctx, f.max.value),
          validDaysAroundSession: Number.parseInt(f.days.value, 10) } });
        ctx.notify(tr(ctx, 'offer.created'), 'ok');
        await show(a.id);
      },
    });
  }

  const n = { name: input('activity-name', { required: true }), kind: select('activity-kind', KINDS.map((k) => [k, tr(ctx, `kind.${k}`)])) };
  const create = form({
    id: 'activity-form', submit: tr(ctx, 'common.create'),
    fields: [[tr(ctx, 'act.name'), n.name], [tr(ctx, 'act.kind'), n.kind]],
    async action() {
      const a = await ctx.api('/api/activities', { method: 'POST', body: { name: n.name.value.trim(), kind: n.kind.value, organization: store.value() } });
      ctx.notify(tr(ctx, 'act.created', { name: a.name }), 'ok');
      n.name.value = '';
      await load();
      await show(a.id);
    },
  });
  fill(ctx.el, store.el, h('div', { class: 'columns' },
    h('div', {}, listEl, detailEl), h('aside', {}, h('h2', {}, tr(ctx, 'act.new')), create)));
  await load();
}
