// Products: the network catalogue, searched by sku or name; created by managers.
import { h, fill, toast } from '/ui/pos/ui.js';
import { table, form, input, select, showError } from './common.js';

export function mount(ctx) {
  const { t, money } = ctx;
  const q = input('q', { id: 'product-q', type: 'search', placeholder: t('bo.products.search') });
  const list = h('div', { id: 'product-list' });

  async function load() {
    try {
      const data = await ctx.api(`/api/products?limit=200&q=${encodeURIComponent(q.value.trim())}`);
      fill(list, table([t('bo.products.sku'), t('bo.products.name'), t('bo.products.category'), t('bo.products.uom'),
        t('bo.products.price'), t('bo.products.vat'), t('bo.products.labels'), t('bo.products.originKm')],
      data.items.map((p) => [p.sku, p.name, p.category, p.uom, money(p.referencePrice), `${p.vatRate} %`,
        (p.labels || []).join(', '), p.originKm ?? '']), { id: 'product-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(list, e);
    }
  }

  const f = {
    sku: input('sku', { id: 'new-sku', required: true }),
    name: input('name', { id: 'new-name', required: true }),
    category: input('category', { id: 'new-category', required: true }),
    uom: select('uom', [['UNIT', t('bo.uom.UNIT')], ['KG', t('bo.uom.KG')], ['L', t('bo.uom.L')]], { id: 'new-uom' }),
    referencePrice: input('referencePrice', { id: 'new-price', inputmode: 'decimal', required: true, placeholder: '2.50' }),
    vatRate: input('vatRate', { id: 'new-vat', inputmode: 'decimal', value: '5.5' }),
    labels: input('labels', { id: 'new-labels', placeholder: 'ORGANIC, LOCAL' }),
    originKm: input('originKm', { id: 'new-origin', inputmode: 'numeric' }),
  };
  const create = form({
    id: 'product-form', submit: t('bo.create'),
    fields: [[t('bo.products.sku'), f.sku], [t('bo.products.name'), f.name], [t('bo.products.category'), f.category],
      [t('bo.products.uom'), f.uom], [t('bo.products.price'), f.referencePrice], [t('bo.products.vat'), f.vatRate],
      [t('bo.products.labels'), f.labels], [t('bo.products.originKm'), f.originKm]],
    async action() {
      const body = { sku: f.sku.value.trim(), name: f.name.value.trim(), category: f.category.value.trim(), uom: f.uom.value,
        referencePrice: f.referencePrice.value.trim().replace(',', '.'), vatRate: f.vatRate.value.trim().replace(',', '.'),
        labels: f.labels.value.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean) };
      if (f.originKm.value.trim()) body.originKm = Number.parseInt(f.originKm.value.trim(), 10);
      const p = await ctx.api('/api/products', { method: 'POST', body });
      toast(t('bo.products.created', { name: p.name }), 'ok');
      Object.values(f).forEach((el) => { if (el.tagName === 'INPUT' && el !== f.vatRate) el.value = ''; });
      q.value = p.sku;
      load();
    },
  });

  const searchForm = h('form', { class: 'search-row', onsubmit: (e) => { e.preventDefault(); load(); } }, q,
    h('button', { type: 'submit', class: 'big' }, t('bo.search')));
  fill(ctx.el, h('div', { class: 'columns' },
    h('div', {}, searchForm, list),
    h('aside', {}, h('h2', {}, t('bo.products.new')), create)));
  load();
}
