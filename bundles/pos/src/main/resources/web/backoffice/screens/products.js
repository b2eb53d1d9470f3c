// Products: the network catalogue, searched by sku or name; created and changed by the network admin only (a change
// applies to the next tickets: those already made keep their prices). Every store's till and every caisse's criteria
// read these terms, so a store's manager sees them read-only: no button that would only be refused.
import { h, fill, toast, modal } from '/ui/pos/ui.js';
import { isAdmin } from '/ui/pos/forms.js';
import { table, form, input, select, showError } from './common.js';

export function mount(ctx) {
  const { t, money } = ctx;
  const admin = isAdmin(ctx);
  const q = input('q', { id: 'product-q', type: 'search', placeholder: t('bo.products.search') });
  const list = h('div', { id: 'product-list' });

  async function load() {
    try {
      const data = await ctx.api(`/api/products?limit=200&q=${encodeURIComponent(q.value.trim())}`);
      const headers = [t('bo.products.sku'), t('bo.products.name'), t('bo.products.category'), t('bo.products.uom'),
        t('bo.products.price'), t('bo.products.vat'), t('bo.products.labels'), t('bo.products.originKm')];
      fill(list, table(admin ? [...headers, ''] : headers,
        data.items.map((p) => [p.sku, p.name, p.category, p.uom, money(p.referencePrice), `${p.vatRate} %`,
          (p.labels || []).join(', '), p.originKm ?? '',
          ...(admin ? [h('button', { type: 'button', class: 'small', dataset: { product: p.id }, onclick: () => edit(p) },
            t('bo.products.edit'))] : [])]),
        { id: 'product-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(list, e);
    }
  }

  /** The terms a form says, as the API reads them. */
  const terms = (g) => {
    const body = { name: g.name.value.trim(), category: g.category.value.trim(),
      referencePrice: g.referencePrice.value.trim().replace(',', '.'), vatRate: g.vatRate.value.trim().replace(',', '.'),
      labels: g.labels.value.split(/[,\s]+/).map((x) => x.trim()).filter(Boolean) };
    if (g.originKm.value.trim()) body.originKm = Number.parseInt(g.originKm.value.trim(), 10);
    return body;
  };

  function edit(p) {
    const { body, dialog } = modal(t('bo.products.editTitle', { name: p.name }), { className: 'product-edit' });
    const g = {
      name: input('name', { id: 'edit-name', required: true, value: p.name }),
      category: input('category', { id: 'edit-category', required: true, value: p.category }),
      referencePrice: input('referencePrice', { id: 'edit-price', inputmode: 'decimal', required: true,
        value: String(p.referencePrice).replace('.', ',') }),
      vatRate: input('vatRate', { id: 'edit-vat', inputmode: 'decimal', value: String(p.vatRate).replace('.', ',') }),
      labels: input('labels', { id: 'edit-labels', value: (p.labels || []).join(', ') }),
      originKm: input('originKm', { id: 'edit-origin', inputmode: 'numeric', value: p.originKm ?? '' }),
    };
    body.append(h('p', { class: 'hint' }, t('bo.products.editHint', { sku: p.sku })), form({
      id: 'product-edit-form', submit: t('bo.products.save'),
      fields: [[t('bo.products.name'), g.name], [t('bo.products.category'), g.category],
        [t('bo.products.price'), g.referencePrice], [t('bo.products.vat'), g.vatRate],
        [t('bo.products.labels'), g.labels], [t('bo.products.originKm'), g.originKm]],
      async action() {
        const saved = await ctx.api(`/api/products/${p.id}`, { method: 'PUT', body: terms(g) });
        toast(t('bo.products.saved', { name: saved.name }), 'ok');
        dialog.close();
        load();
      },
    }));
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
      const body = { sku: f.sku.value.trim(), uom: f.uom.value, ...terms(f) };
      const p = await ctx.api('/api/products', { method: 'POST', body });
      toast(t('bo.products.created', { name: p.name }), 'ok');
      Object.values(f).forEach((el) => { if (el.tagName === 'INPUT' && el !== f.vatRate) el.value = ''; });
      q.value = p.sku;
      load();
    },
  });

  const searchForm = h('form', { class: 'search-row', onsubmit: (e) => { e.preventDefault(); load(); } }, q,
    h('button', { type: 'submit', class: 'big' }, t('bo.search')));
  fill(ctx.el, admin
    ? h('div', { class: 'columns' }, h('div', {}, searchForm, list), h('aside', {}, h('h2', {}, t('bo.products.new')), create))
    : h('div', {}, h('p', { class: 'hint', id: 'product-read-only' }, t('bo.products.readOnly')), searchForm, list));
  load();
}
