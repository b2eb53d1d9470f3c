// The crop plan: what the network's stores needed of a product, month by month, over past rounds,
// as a bar chart (inline SVG) and a table — what to agree on with producers before they sow.
import { h, fill, tr, table, input, select, form, showError, quantityOf } from './common.js';
import { milli, quantity } from '/ui/pos/decimal.js';
import { month } from '/ui/pos/i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text != null) el.textContent = text;
  return el;
}

/** Bars of the months' quantities; heights from scaled BigInts, only the drawing is in floats. */
export function barChart(items, { title, label }) {
  const width = 720;
  const height = 260;
  const left = 56;
  const bottom = 36;
  const top = 16;
  const values = items.map((i) => milli(i.quantity) ?? 0n);
  const max = values.reduce((m, v) => (v > m ? v : m), 0n);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: 'demand-chart', id: 'demand-chart',
    width: '100%', preserveAspectRatio: 'xMinYMin meet' });
  chart.append(svg('title', {}, title));
  const plotH = height - top - bottom;
  const slot = (width - left - 8) / Math.max(items.length, 1);
  chart.append(svg('line', { x1: left, y1: top + plotH, x2: width - 4, y2: top + plotH, stroke: '#5d6862' }));
  if (max > 0n) {
    chart.append(svg('text', { x: left - 6, y: top + 10, 'text-anchor': 'end', 'font-size': 12, fill: '#5d6862' }, label(items[values.indexOf(max)].quantity)));
  }
  items.forEach((item, i) => {
    const v = values[i];
    const barH = max > 0n ? Number((v * 1000n) / max) / 1000 * plotH : 0;
    const x = left + i * slot + slot * 0.15;
    const bar = svg('rect', { x, y: top + plotH - barH, width: slot * 0.7, height: Math.max(barH, v > 0n ? 1 : 0),
      fill: '#1f6f4a', rx: 3, class: 'demand-bar', 'data-month': item.month, 'data-quantity': item.quantity });
    bar.append(svg('title', {}, `${month(item.month)} : ${label(item.quantity)}`));
    chart.append(bar);
    chart.append(svg('text', { x: x + slot * 0.35, y: height - 14, 'text-anchor': 'middle', 'font-size': 12, fill: '#1d2521' }, `${item.month.slice(5)}/${item.month.slice(2, 4)}`));
  });
  return chart;
}

export async function mount(ctx) {
  const products = (await ctx.api('/api/products?limit=500')).items;
  const result = h('div', { id: 'demand-result' });
  const f = {
    product: select('demand-product', products.map((p) => [p.id, `${p.name} (${p.sku})`])),
    months: input('demand-months', { type: 'number', min: 1, max: 120, value: '12', inputmode: 'numeric' }),
  };
  async function show() {
    const product = products.find((p) => p.id === f.product.value);
    if (!product) return;
    try {
      const data = await ctx.api(`/api/procurement/demand?product=${product.id}&months=${encodeURIComponent(f.months.value || '12')}`);
      const label = (q) => quantityOf(ctx, q, product.uom);
      const total = data.items.reduce((s, i) => s + (milli(i.quantity) ?? 0n), 0n);
      fill(result,
        h('h2', {}, tr(ctx, 'demand.chart', { product: product.name })),
        total === 0n ? h('p', { class: 'empty', id: 'demand-none' }, tr(ctx, 'demand.none')) : null,
        h('div', { class: 'card' }, barChart(data.items, { title: tr(ctx, 'demand.chart', { product: product.name }), label })),
        h('p', { id: 'demand-total' }, tr(ctx, 'demand.total', { total: label(quantity(total)) })),
        table([tr(ctx, 'demand.month'), tr(ctx, 'common.quantity'), tr(ctx, 'demand.stores')],
          data.items.map((i) => [month(i.month), label(i.quantity), String(i.stores)]), { id: 'demand-table', numeric: [1, 2] }));
    } catch (e) {
      showError(result, e);
    }
  }
  const picker = form({ id: 'demand-form', submit: tr(ctx, 'demand.show'),
    fields: [[tr(ctx, 'demand.product'), f.product], [tr(ctx, 'demand.months'), f.months]], action: show });
  fill(ctx.el, h('div', { class: 'columns' }, h('div', {}, result), h('aside', {}, picker)));
  if (products.length) await show();
}
