// Stock: levels of an organization and movements (receipts, adjustments, transfers).
import { h, fill, toast } from '/ui/pos/ui.js';
import { table, form, input, select, organizationPicker, showError } from './common.js';

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
    h('div', {}, levels),
    h('aside', {}, h('h2', {}, t('bo.stock.movement')), create, h('h3', {}, t('bo.stock.session')), moves)));
  load();
}
