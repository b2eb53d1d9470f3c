// Stock: levels of an organization (by category then name, with their units, low levels flagged), deliveries (a
// supplier's delivery note, several lines), movements (adjustments, transfers) and the stocktake: what was counted on
// the shelves becomes the level, the differences adjustments.
import { h, fill, toast } from '/ui/pos/ui.js';
import { table, form, input, select, organizationPicker, showError } from './common.js';
import { productPicker } from '/ui/pos/pickers.js';
import { deliveries, unitText } from './deliveries.js';

export async function mount(ctx) {
  const { t, qty } = ctx;
  const levels = h('div', { id: 'stock-levels' });
  const moves = h('ul', { id: 'stock-moves', class: 'moves' });
  const picker = await organizationPicker(ctx, { id: 'stock-org', onChange: () => { load(); delivery.reload(); } });
  const categories = await ctx.api('/api/categories').then((d) => new Map(d.items.map((c) => [c.code, c.name])))
    .catch(() => new Map());

  async function load() {
    try {
      const data = await ctx.api(`/api/stock?organization=${picker.value()}&limit=500`);
      const low = data.items.filter((l) => l.low).length;
      let category = null;
      const rows = [];
      for (const l of data.items) {
        // the server sorts by category then name: a heading row each time the category changes
        if (l.category !== category) {
          category = l.category;
          rows.push(h('tr', { class: 'stock-category' }, h('th', { colspan: 3 }, categories.get(category) || category || '')));
        }
        rows.push(h('tr', { class: l.low ? 'stock-low' : null, dataset: { product: l.product } },
          h('td', {}, l.name || '', l.sku ? h('span', { class: 'muted' }, ` (${l.sku})`) : null),
          h('td', { class: 'num' }, unitText(ctx, l.onHand, l.uom)),
          h('td', {}, l.low ? h('span', { class: 'badge badge-low' }, t('bo.stock.low')) : '')));
      }
      fill(levels, low ? h('p', { id: 'stock-low-count', class: 'warning' }, t('bo.stock.lowCount', { n: low })) : null,
        data.items.length ? h('table', { class: 'data', id: 'stock-table' },
          h('thead', {}, h('tr', {}, h('th', {}, t('bo.stock.product')), h('th', { class: 'num' }, t('bo.stock.onHand')),
            h('th', {}, ''))),
          h('tbody', {}, rows)) : h('p', { class: 'empty', id: 'stock-table' }, t('bo.empty')));
    } catch (e) {
      showError(levels, e);
    }
  }
  const delivery = deliveries(ctx, { organization: () => picker.value(), onRecorded: () => load() });

  const f = {
    sku: input('sku', { id: 'move-sku', required: true }),
    quantity: input('quantity', { id: 'move-quantity', inputmode: 'decimal', required: true }),
    reason: select('reason', ['RECEIPT', 'ADJUSTMENT', 'TRANSFER_IN', 'TRANSFER_OUT'].map((r) => [r, t(`bo.stock.reason.${r}`)]),
      { id: 'move-reason' }),
  };
  const create = form({
    id: 'move-form', submit: t('bo.stock.record'),
    fields: [[t('bo.stock.sku'), f.sku], [t('bo.stock.quantity'), f.quantity], [t('bo.stock.reason'), f.reason]],
    async action() {
      const sku = f.sku.value.trim();
      const product = (await ctx.api(`/api/products?q=${encodeURIComponent(sku)}&limit=50`)).items.find((p) => p.sku === sku);
      if (!product) throw new Error(t('bo.stock.unknownSku', { sku }));
      const m = await ctx.api('/api/stock/movements', { method: 'POST', body: { organization: picker.value(),
        product: product.id, quantity: f.quantity.value.trim().replace(',', '.'), reason: f.reason.value } });
      moves.prepend(h('li', {}, `${product.name} · ${t(`bo.stock.reason.${m.reason}`)} ${qty(m.quantity)} → ${qty(m.onHand)}`));
      toast(t('bo.stock.recorded'), 'ok');
      f.quantity.value = '';
      load();
    },
  });
  fill(ctx.el, picker.el, h('div', { class: 'columns' },
    h('div', {}, levels, delivery.el, stocktake()),
    h('aside', {}, h('h2', {}, t('bo.stock.movement')), create, h('h3', {}, t('bo.stock.session')), moves)));
  load();

  /** Counted lines gathered by sku, then sent at once: each product's level becomes what was counted. */
  function stocktake() {
    const counted = new Map();
    const pending = h('div', { id: 'count-pending' });
    const result = h('div', { id: 'count-result' });
    const drawPending = () => fill(pending, table([t('bo.stock.product'), t('bo.stock.counted')],
      [...counted.values()].map((c) => [c.name, qty(c.counted)]), { id: 'count-table', empty: t('bo.stock.countEmpty') }));
    const g = {
      product: productPicker(ctx, 'count-sku'),
      counted: input('count-quantity', { id: 'count-quantity', inputmode: 'decimal', required: true }),
    };
    const add = form({
      id: 'count-form', submit: t('bo.stock.countAdd'),
      fields: [[t('bo.stock.product'), g.product], [t('bo.stock.counted'), g.counted]],
      async action() {
        // by name or code, accents aside: the product chosen in the list, or the one whose code was typed
        const product = await g.product.product();
        counted.set(product.id, { product: product.id, name: `${product.name} (${product.sku})`,
          counted: g.counted.value.trim().replace(',', '.') });
        g.product.clear();
        g.counted.value = '';
        drawPending();
        g.product.focus();
      },
    });
    const send = h('button', { type: 'button', class: 'big primary', id: 'count-submit', onclick: async () => {
      if (!counted.size) return;
      try {
        const r = await ctx.api('/api/stock/counts', { method: 'POST', body: { organization: picker.value(),
          counts: [...counted.values()].map((c) => ({ product: c.product, counted: c.counted })) } });
        const names = new Map([...counted.values()].map((c) => [c.product, c.name]));
        fill(result, table([t('bo.stock.product'), t('bo.stock.before'), t('bo.stock.counted'), t('bo.stock.difference')],
          r.items.map((i) => [names.get(i.product), qty(i.before), qty(i.counted), qty(i.difference)]),
          { id: 'count-result-table', numeric: [1, 2, 3] }));
        toast(t('bo.stock.countDone', { n: r.items.length }), 'ok');
        counted.clear();
        drawPending();
        load();
      } catch (e) {
        showError(result, e);
      }
    } }, t('bo.stock.countSubmit'));
    drawPending();
    return h('section', { id: 'stocktake' }, h('h2', {}, t('bo.stock.count')), h('p', { class: 'hint' }, t('bo.stock.countHint')),
      add, pending, send, result);
  }
}
