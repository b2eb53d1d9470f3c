// Stock: levels of an organization, movements (receipts, adjustments, transfers) and the stocktake: what was
// counted on the shelves becomes the level, the differences adjustments.
import { h, fill, toast } from '/ui/pos/ui.js';
import { table, form, input, select, organizationPicker, showError } from './common.js';
import { productPicker } from '/ui/pos/pickers.js';

export async function mount(ctx) {
  const { t, qty } = ctx;
  const levels = h('div', { id: 'stock-levels' });
  const moves = h('ul', { id: 'stock-moves', class: 'moves' });
  const names = new Map();
  const picker = await organizationPicker(ctx, { id: 'stock-org', onChange: () => load() });

  async function productName(id) {
    if (!names.has(id)) names.set(id, await ctx.api(`/api/products/${id}`).then((p) => `${p.name} (${p.sku})`).catch(() => id));
    return names.get(id);
  }

  async function load() {
    try {
      const data = await ctx.api(`/api/stock?organization=${picker.value()}&limit=500`);
      const rows = await Promise.all(data.items.map(async (l) => [await productName(l.product), qty(l.onHand)]));
      fill(levels, table([t('bo.stock.product'), t('bo.stock.onHand')], rows, { id: 'stock-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(levels, e);
    }
  }

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
    h('div', {}, levels, stocktake()),
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
