// Producers of the network and their offers (pack size, pack price, minimum packs). A hub closing its round picks the
// cheapest offer, so only the network admin records producers, and only the admin and the hubs' managers record
// offers; a store's manager reads both lists and is offered no form that would only be refused.
import { h, fill, tr, table, input, select, form, showError, typedQuantity, typedAmount, directory, quantityOf,
  isAdmin } from './common.js';

export async function mount(ctx) {
  const dir = directory(ctx);
  const admin = isAdmin(ctx);
  const myOrg = admin ? null : (await dir.organizations()).find((o) => o.id === ctx.user.organization);
  const keepsOffers = admin || myOrg?.type === 'HUB';
  const suppliersEl = h('div', { id: 'supplier-list' });
  const offersEl = h('div', { id: 'offer-list' });
  const products = (await ctx.api('/api/products?limit=500')).items;
  const offerForm = h('div', { id: 'offer-form-slot' });

  async function load() {
    try {
      dir.forgetSuppliers();
      const suppliers = await dir.suppliers();
      fill(suppliersEl, table([tr(ctx, 'suppliers.name'), tr(ctx, 'suppliers.distance')],
        suppliers.map((s) => [s.name, String(s.distanceKm)]), { id: 'supplier-table', empty: tr(ctx, 'common.empty'), numeric: [1] }));
      const offers = (await ctx.api('/api/procurement/offers?limit=500')).items;
      const rows = await Promise.all(offers.map(async (o) => {
        const p = await dir.product(o.product);
        return [await dir.supplierName(o.supplier), p.name, quantityOf(ctx, o.packSize, p.uom), ctx.money(o.packPrice), String(o.minPacks)];
      }));
      fill(offersEl, table([tr(ctx, 'common.supplier'), tr(ctx, 'common.product'), tr(ctx, 'offers.packSize'),
        tr(ctx, 'offers.packPrice'), tr(ctx, 'offers.minPacks')], rows, { id: 'offer-table', empty: tr(ctx, 'common.empty'), numeric: [2, 3, 4] }));
      if (keepsOffers) fill(offerForm, newOffer(suppliers));
    } catch (e) {
      showError(suppliersEl, e);
    }
  }

  const s = { name: input('supplier-name', { required: true }),
    distance: input('supplier-distance', { type: 'number', min: 0, max: 40000, required: true, inputmode: 'numeric' }) };
  const newSupplier = form({
    id: 'supplier-form', submit: tr(ctx, 'common.create'),
    fields: [[tr(ctx, 'suppliers.name'), s.name], [tr(ctx, 'suppliers.distance'), s.distance]],
    async action() {
      const created = await ctx.api('/api/suppliers', { method: 'POST',
        body: { name: s.name.value.trim(), distanceKm: Number.parseInt(s.distance.value, 10) } });
      ctx.notify(tr(ctx, 'suppliers.created', { name: created.name }), 'ok');
      s.name.value = '';
      s.distance.value = '';
      await load();
    },
  });

  function newOffer(suppliers) {
    if (!suppliers.length) return h('p', { class: 'empty' }, tr(ctx, 'offers.noSupplier'));
    const o = {
      supplier: select('offer-supplier', suppliers.map((x) => [x.id, x.name])),
      product: select('offer-product', products.map((p) => [p.id, `${p.name} (${p.sku})`])),
      packSize: input('offer-pack-size', { inputmode: 'decimal', required: true }),
      packPrice: input('offer-pack-price', { inputmode: 'decimal', required: true }),
      minPacks: input('offer-min-packs', { type: 'number', min: 1, value: '1', inputmode: 'numeric' }),
    };
    return form({
      id: 'offer-form', submit: tr(ctx, 'common.save'),
      fields: [[tr(ctx, 'common.supplier'), o.supplier], [tr(ctx, 'common.product'), o.product],
        [tr(ctx, 'offers.packSize'), o.packSize], [tr(ctx, 'offers.packPrice'), o.packPrice], [tr(ctx, 'offers.minPacks'), o.minPacks]],
      async action() {
        await ctx.api('/api/procurement/offers', { method: 'POST', body: { supplier: o.supplier.value, product: o.product.value,
          packSize: typedQuantity(ctx, o.packSize.value), packPrice: typedAmount(ctx, o.packPrice.value),
          minPacks: Number.parseInt(o.minPacks.value || '1', 10) } });
        ctx.notify(tr(ctx, 'offers.created'), 'ok');
        o.packSize.value = '';
        o.packPrice.value = '';
        await load();
      },
    });
  }

  const lists = h('div', {}, h('h2', {}, tr(ctx, 'suppliers.list')), suppliersEl, h('h2', {}, tr(ctx, 'offers.list')), offersEl);
  const forms = [...(admin ? [h('h2', {}, tr(ctx, 'suppliers.new')), newSupplier]
    : [h('p', { class: 'hint', id: 'suppliers-admin-only' }, tr(ctx, 'offers.hubSide'))]),
    ...(keepsOffers ? [h('h2', {}, tr(ctx, 'offers.new')), offerForm] : [])];
  fill(ctx.el, keepsOffers ? h('div', { class: 'columns' }, lists, h('aside', {}, forms))
    : h('div', {}, h('p', { class: 'hint', id: 'suppliers-read-only' }, tr(ctx, 'suppliers.readOnly')), lists));
  await load();
}
