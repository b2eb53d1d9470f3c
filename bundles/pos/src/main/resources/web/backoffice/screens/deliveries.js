// Deliveries of the stock screen: a supplier (a producer of the network, or any name typed), the delivery-note number,
// the date and several lines — product picked by name or code, quantity in its unit, unit cost — recorded at once
// (POST /api/stock/deliveries: all lines or none), then listed newest first.
import { h, fill, toast } from '/ui/pos/ui.js';
import { storeDay, lang } from '/ui/pos/i18n.js';
import { table, input, showError } from './common.js';

const UNIT = { KG: 'kg', L: 'L' };

/** « 12 kg », « 1,5 L », « 30 unités », « 1 unité ». */
export function unitText(ctx, value, uom) {
  if (UNIT[uom]) return `${ctx.qty(value)} ${UNIT[uom]}`;
  const n = Number(value);
  return ctx.t(Math.abs(n) <= 1 && (lang() === 'fr' || Math.abs(n) === 1) ? 'bo.stock.unit' : 'bo.stock.units', { n: ctx.qty(value) });
}

const frenchDate = (iso) => (lang() === 'fr' ? iso.split('-').reverse().join('/') : iso);
const decimal = (text) => text.trim().replace(/\s/g, '').replace(',', '.');

export function deliveries(ctx, { organization, onRecorded }) {
  const { t } = ctx;
  const suppliers = h('datalist', { id: 'delivery-suppliers' });
  ctx.api('/api/suppliers?limit=500').then((d) => fill(suppliers, d.items.map((s) => h('option', { value: s.name }))))
    .catch(() => {}); // no procurement bundle: names are typed
  const supplier = input('delivery-supplier', { list: 'delivery-suppliers', required: true });
  const note = input('delivery-note', { required: true });
  const date = input('delivery-date', { type: 'date', value: storeDay(), max: storeDay(), required: true });
  const body = h('tbody', { id: 'delivery-lines' });
  const error = h('p', { class: 'error', role: 'alert', id: 'delivery-error', tabindex: '-1' });
  const list = h('div', { id: 'delivery-list' });
  let count = 0;

  function addLine() {
    count += 1;
    const n = count;
    const options = h('datalist', { id: `delivery-products-${n}` });
    const product = input(`delivery-line-${n}-product`, { list: options.id, class: 'delivery-product',
      placeholder: t('bo.delivery.productHint'), 'aria-label': t('bo.stock.product') });
    const unit = h('span', { class: 'unit' });
    const quantity = input(`delivery-line-${n}-quantity`, { inputmode: 'decimal', class: 'delivery-quantity',
      'aria-label': t('bo.stock.quantity') });
    const cost = input(`delivery-line-${n}-cost`, { inputmode: 'decimal', class: 'delivery-cost',
      'aria-label': t('bo.delivery.unitCost') });
    const row = h('tr', { class: 'delivery-line' }, h('td', {}, product, options), h('td', { class: 'num' }, quantity, ' ', unit),
      h('td', { class: 'num' }, cost),
      h('td', {}, h('button', { type: 'button', class: 'link', 'aria-label': t('bo.delivery.removeLine'),
        onclick: () => row.remove() }, '×')));
    const line = { row, product, quantity, cost, found: [] };
    row.line = line;
    let timer = null;
    product.addEventListener('input', () => {
      delete product.dataset.product;
      unit.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = product.value.trim();
        if (q.length < 2) return;
        line.found = (await ctx.api(`/api/products?q=${encodeURIComponent(q)}&limit=20`).catch(() => ({ items: [] }))).items;
        fill(options, line.found.map((p) => h('option', { value: `${p.name} (${p.sku})` })));
        const chosen = pick(line);
        if (chosen) unit.textContent = UNIT[chosen.uom] || t('bo.delivery.unitWord');
      }, 200);
    });
    body.append(row);
    return line;
  }

  /** The product the line names: chosen in the list, typed by its exact code or name, or the only one found. */
  function pick(line) {
    const text = line.product.value.trim().toLowerCase();
    const p = line.found.find((x) => `${x.name} (${x.sku})`.toLowerCase() === text || x.sku.toLowerCase() === text
      || x.name.toLowerCase() === text) || (line.found.length === 1 ? line.found[0] : null);
    if (p) line.product.dataset.product = p.id;
    return p;
  }

  async function resolve(line, n) {
    if (line.product.dataset.product) return line.product.dataset.product;
    const q = line.product.value.trim();
    if (q) line.found = (await ctx.api(`/api/products?q=${encodeURIComponent(q)}&limit=20`)).items;
    const p = q ? pick(line) : null;
    if (!p) throw new Error(t('bo.delivery.pickProduct', { n }));
    return p.id;
  }

  const add = h('button', { type: 'button', class: 'big', id: 'delivery-add-line', onclick: () => addLine().product.focus() },
    t('bo.delivery.addLine'));
  const submit = h('button', { type: 'submit', class: 'big primary', id: 'delivery-submit' }, t('bo.delivery.record'));
  const el = h('form', { class: 'bo-form delivery-form', id: 'delivery-form' },
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('bo.delivery.supplier')), supplier, suppliers),
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('bo.delivery.note')), note),
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('bo.delivery.date')), date),
    h('table', { class: 'data delivery-table' }, h('thead', {}, h('tr', {}, h('th', {}, t('bo.stock.product')),
      h('th', { class: 'num' }, t('bo.stock.quantity')), h('th', { class: 'num' }, t('bo.delivery.unitCost')), h('th', {}))), body),
    add, error, submit);
  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    try {
      const rows = [...body.querySelectorAll('tr.delivery-line')].map((r) => r.line)
        .filter((l) => l.product.value.trim() || l.quantity.value.trim() || l.cost.value.trim());
      const lines = [];
      for (const [i, l] of rows.entries()) {
        lines.push({ product: await resolve(l, i + 1), quantity: decimal(l.quantity.value) || null,
          unitCost: decimal(l.cost.value) || null });
      }
      const d = await ctx.api('/api/stock/deliveries', { method: 'POST', body: { organization: organization(),
        supplier: supplier.value, noteNumber: note.value, date: date.value || undefined, lines } });
      toast(t('bo.delivery.recorded', { note: d.noteNumber, n: d.lines.length }), 'ok');
      note.value = '';
      fill(body);
      count = 0;
      addLine();
      reload();
      onRecorded?.();
    } catch (err) {
      error.textContent = err?.message || String(err);
      error.focus();
    } finally {
      submit.disabled = false;
    }
  });
  addLine();

  async function reload() {
    try {
      const d = await ctx.api(`/api/stock/deliveries?organization=${organization()}&limit=50`);
      fill(list, table([t('bo.delivery.date'), t('bo.delivery.supplier'), t('bo.delivery.note'), t('bo.delivery.lines'),
        t('bo.delivery.cost')], d.items.map((x) => [frenchDate(x.date), x.supplier, x.noteNumber, String(x.lineCount),
        ctx.money(x.totalCost)]), { id: 'delivery-table', empty: t('bo.delivery.none'), numeric: [3, 4] }));
    } catch (err) {
      showError(list, err);
    }
  }
  reload();
  return { el: h('section', { id: 'deliveries' }, h('h2', {}, t('bo.delivery.title')),
    h('p', { class: 'hint' }, t('bo.delivery.hint')), el, h('h3', {}, t('bo.delivery.recent')), list), reload };
}
