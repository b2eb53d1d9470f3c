// Products: the network catalogue, searched by sku or name; created and changed by the network admin only (a change
// applies to the next tickets: those already made keep their prices). Every store's till and every caisse's criteria
// read these terms, so a store's manager sees them read-only: no button that would only be refused.
import { h, fill, toast, modal } from '/ui/pos/ui.js';
import { isAdmin } from '/ui/pos/forms.js';
import { categorySelect, labelChecks } from '/ui/pos/pickers.js';
import { unitWords, percent } from '/ui/pos/i18n.js';
import { apiDecimal } from '/ui/pos/decimal.js';
import { catalogueNames } from '/ui/pos/names.js';
import { table, form, input, select, showError } from './common.js';

export function mount(ctx) {
  const { t, money } = ctx;
  const admin = isAdmin(ctx);
  const q = input('q', { id: 'product-q', type: 'search', placeholder: t('bo.products.search') });
  const list = h('div', { id: 'product-list' });

  async function load() {
    try {
      const [data, names] = await Promise.all([ctx.api(`/api/products?limit=200&q=${encodeURIComponent(q.value.trim())}`),
        catalogueNames(ctx.api)]);
      const headers = [t('bo.products.sku'), t('bo.products.name'), t('bo.products.category'), t('bo.products.uom'),
        t('bo.products.price'), t('bo.products.vat'), t('bo.products.labels'), t('bo.products.originKm')];
      fill(list, table(admin ? [...headers, ''] : headers,
        data.items.map((p) => [p.sku, p.name, names.category(p.category), unitWords(p.uom), money(p.referencePrice),
          percent(p.vatRate), names.labels(p.labels), p.originKm ?? '',
          ...(admin ? [h('button', { type: 'button', class: 'small', dataset: { product: p.id }, onclick: () => edit(p) },
            t('bo.products.edit'))] : [])]),
        { id: 'product-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(list, e);
    }
  }

  /** The terms a form says, as the API reads them. */
  const terms = (g) => {
    const body = { name: g.name.value.trim(), category: g.category.value,
      referencePrice: apiDecimal(g.referencePrice.value), vatRate: apiDecimal(g.vatRate.value),
      labels: g.labels.values() };
    if (g.originKm.value.trim()) body.originKm = Number.parseInt(g.originKm.value.trim(), 10);
    return body;
  };

  function edit(p) {
    const { body, dialog } = modal(t('bo.products.editTitle', { name: p.name }), { className: 'product-edit' });
    const g = {
      name: input('name', { id: 'edit-name', required: true, value: p.name }),
      category: categorySelect(ctx, 'edit-category', { required: true, value: p.category }),
      referencePrice: input('referencePrice', { id: 'edit-price', inputmode: 'decimal', required: true,
        value: String(p.referencePrice).replace('.', ',') }),
      vatRate: input('vatRate', { id: 'edit-vat', inputmode: 'decimal', value: String(p.vatRate).replace('.', ',') }),
      labels: labelChecks(ctx, 'edit-labels', { values: p.labels || [] }),
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
    category: categorySelect(ctx, 'new-category', { required: true, blank: t('bo.products.categoryChoose') }),
    uom: select('uom', [['UNIT', t('bo.uom.UNIT')], ['KG', t('bo.uom.KG')], ['L', t('bo.uom.L')]], { id: 'new-uom' }),
    referencePrice: input('referencePrice', { id: 'new-price', inputmode: 'decimal', required: true, placeholder: '2,50' }),
    vatRate: input('vatRate', { id: 'new-vat', inputmode: 'decimal', value: '5.5' }),
    labels: labelChecks(ctx, 'new-labels'),
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
      f.category.value = '';
      f.labels.set([]);
      q.value = p.sku;
      load();
    },
  });

  /** « Importer un fichier »: a CSV previewed (what changes, which lines are refused), then applied on confirmation. */
  const file = h('input', { type: 'file', id: 'import-file', accept: '.csv,text/csv' });
  async function importFile() {
    const chosen = file.files[0];
    if (!chosen) return toast(t('bo.products.import.choose'), 'error');
    const text = await chosen.text();
    const send = (dryRun) => ctx.api(`/api/products/import${dryRun ? '?dryRun=true' : ''}`,
      { method: 'POST', text, contentType: 'text/csv; charset=utf-8', timeout: 120000 });
    let preview;
    try {
      preview = await send(true);
    } catch (e) {
      return toast(e.message, 'error');
    }
    const { body, dialog } = modal(t('bo.products.import.title'), { className: 'product-import' });
    body.append(h('p', { id: 'import-counts' }, t('bo.products.import.counts', preview)));
    if (preview.refused.length) {
      body.append(h('h3', {}, t('bo.products.import.refused')), table([t('bo.products.import.line'), t('bo.products.import.why')],
        preview.refused.map((r) => [r.line, r.message]), { id: 'import-refused' }));
    }
    if (preview.changes.length) {
      body.append(h('h3', {}, t('bo.products.import.changes')), table([t('bo.products.import.line'), t('bo.products.sku'),
        t('bo.products.import.field'), t('bo.products.import.from'), t('bo.products.import.to')],
      preview.changes.slice(0, 500).map((c) => [c.line, c.sku, t(`bo.products.import.fields.${c.field}`), said(c.field, c.from), said(c.field, c.to)]),
      { id: 'import-changes' }));
    }
    body.append(h('button', { type: 'button', class: 'big', id: 'import-confirm', disabled: preview.refused.length > 0,
      onclick: async () => {
        try {
          const done = await send(false);
          toast(t('bo.products.import.done', done), 'ok');
          dialog.close();
          load();
        } catch (e) {
          toast(e.message, 'error');
        }
      } }, t('bo.products.import.confirm')));
  }
  // What an imported value says, in words: a category's or label's name, a unit of sale, a rate.
  let names = null;
  catalogueNames(ctx.api).then((n) => { names = n; });
  function said(field, value) {
    if (value == null || value === '') return '';
    if (field === 'category') return names ? names.category(value) : value;
    if (field === 'labels') return names ? names.labels(String(value).split(/[,|/]/).map((x) => x.trim()).filter(Boolean)) : value;
    if (field === 'uom') return unitWords(value);
    if (field === 'vatRate') return percent(value);
    if (field === 'referencePrice') return money(value);
    return value;
  }
  // The file's first line as the import reads it: the file's own column names, given as a file to start from.
  const template = h('a', { id: 'import-template', href: URL.createObjectURL(new Blob(
    ['sku;name;category;uom;referencePrice;vatRate;labels;originKm\n'], { type: 'text/csv' })), download: 'produits-modele.csv' },
  t('bo.products.import.template'));
  const importer = h('section', { id: 'product-import' }, h('h2', {}, t('bo.products.import.title')),
    h('p', { class: 'hint' }, t('bo.products.import.hint')), h('p', {}, template), file,
    h('button', { type: 'button', class: 'big', id: 'import-preview', onclick: importFile }, t('bo.products.import.button')));

  const searchForm = h('form', { class: 'search-row', onsubmit: (e) => { e.preventDefault(); load(); } }, q,
    h('button', { type: 'submit', class: 'big' }, t('bo.search')));
  fill(ctx.el, admin
    ? h('div', { class: 'columns' }, h('div', {}, searchForm, list), h('aside', {}, h('h2', {}, t('bo.products.new')), create,
      importer))
    : h('div', {}, h('p', { class: 'hint', id: 'product-read-only' }, t('bo.products.readOnly')), searchForm, list));
  load();
}
