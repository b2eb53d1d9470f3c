// Procurement rounds. A hub's manager opens a round for some stores; each store's manager states
// the store's needs while it is open; the hub closes it (purchase orders per producer), records
// what arrives and allocates it to the stores with the shared costs.
import { h, fill, tr, table, input, select, field, form, showError, typedQuantity, typedAmount, directory,
  quantityOf, isAdmin, errorText, reportButton } from './common.js';
import { milli, quantity } from '/ui/pos/decimal.js';
import { confirmDialog } from '/ui/pos/ui.js';

export async function mount(ctx) {
  const dir = directory(ctx);
  const listEl = h('div', { id: 'round-list' });
  const detailEl = h('div', { id: 'round-detail' });
  const asideEl = h('aside', {});
  const me = ctx.user.organization;
  const admin = isAdmin(ctx);
  const orgs = await dir.organizations();
  const myOrg = orgs.find((o) => o.id === me);
  const date = (v) => new Date(v).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });
  let current = null;

  async function loadList() {
    try {
      const rounds = (await ctx.api('/api/procurement/rounds?limit=200')).items;
      const rows = await Promise.all(rounds.map(async (r) => [r.name, await dir.orgName(r.hub), date(r.closesAt),
        h('span', { class: `round-status status-${r.status}` }, tr(ctx, `rounds.status.${r.status}`)),
        h('button', { type: 'button', class: 'big', dataset: { round: r.id }, onclick: () => show(r.id) }, tr(ctx, 'rounds.open'))]));
      fill(listEl, table([tr(ctx, 'rounds.name'), tr(ctx, 'rounds.hub'), tr(ctx, 'rounds.closesAt'), tr(ctx, 'rounds.status'), ''],
        rows, { id: 'round-table', empty: tr(ctx, 'common.empty') }));
    } catch (e) {
      showError(listEl, e);
    }
  }

  function newRoundForm() {
    const hubs = orgs.filter((o) => o.type === 'HUB' && (admin || o.id === me));
    if (!hubs.length) return h('p', { class: 'hint', id: 'round-hub-only' }, tr(ctx, 'rounds.hubOnly'));
    const stores = orgs.filter((o) => o.type === 'STORE');
    const f = {
      name: input('round-name', { required: true }),
      hub: select('round-hub', hubs.map((o) => [o.id, o.name])),
      closesAt: input('round-closes', { type: 'datetime-local', required: true }),
    };
    const week = new Date(Date.now() + 7 * 86400000);
    week.setMinutes(week.getMinutes() - week.getTimezoneOffset());
    f.closesAt.value = week.toISOString().slice(0, 16);
    const checks = stores.map((o) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', value: o.id, name: 'round-store', dataset: { name: o.name } }), o.name));
    return form({
      id: 'round-form', submit: tr(ctx, 'common.create'),
      fields: [[tr(ctx, 'rounds.name'), f.name], [tr(ctx, 'rounds.hub'), f.hub], [tr(ctx, 'rounds.closesAt'), f.closesAt]],
      extra: h('fieldset', { class: 'field round-stores' }, h('legend', { class: 'field-label' }, tr(ctx, 'rounds.stores')),
        h('div', { class: 'checks', id: 'round-stores' }, checks)),
      async action() {
        const chosen = checks.map((c) => c.querySelector('input')).filter((c) => c.checked).map((c) => c.value);
        if (!chosen.length) throw new Error(tr(ctx, 'rounds.noStore'));
        const closes = new Date(f.closesAt.value);
        const round = await ctx.api('/api/procurement/rounds', { method: 'POST', body: { name: f.name.value.trim(),
          hub: f.hub.value, stores: chosen, closesAt: Number.isNaN(closes.getTime()) ? f.closesAt.value : closes.toISOString() } });
        ctx.notify(tr(ctx, 'rounds.created', { name: round.name }), 'ok');
        f.name.value = '';
        await loadList();
        await show(round.id);
      },
    });
  }

  async function show(id) {
    try {
      current = await ctx.api(`/api/procurement/rounds/${id}`);
      await render(current);
      detailEl.scrollIntoView({ block: 'start' });
    } catch (e) {
      showError(detailEl, e);
    }
  }

  async function render(round) {
    const hubSide = admin || round.hub === me;
    const parts = [h('h2', { id: 'round-title' }, `${round.name} — ${tr(ctx, `rounds.status.${round.status}`)}`),
      h('p', { class: 'hint' }, `${tr(ctx, 'rounds.hub')} : ${await dir.orgName(round.hub)} · ${tr(ctx, 'rounds.closesAt')} : ${date(round.closesAt)}`)];
    const myStores = round.stores.filter((s) => admin || s === me);
    if (round.status === 'OPEN' && myStores.length) parts.push(await needsEditor(round, myStores));
    if (hubSide) parts.push(await needsSummary(round));
    if (hubSide && round.status === 'OPEN') parts.push(closeSection(round));
    if (round.status !== 'OPEN') parts.push(await ordersSection(round.purchaseOrders, round.unsourced, round.id));
    if (hubSide && round.status === 'CLOSED') parts.push(await receiptsSection(round), allocationForm(round));
    else if (round.receipts.length && hubSide) parts.push(await receiptsList(round));
    if (round.status === 'ALLOCATED') parts.push(await allocationResult(round.allocations, round.costs, round.costShares, round.id));
    fill(detailEl, h('div', { class: 'card round-card' }, parts));
  }

  /** The store's needs: one quantity field per product offered (or already needed). */
  async function needsEditor(round, stores) {
    const wrap = h('section', { id: 'needs-editor' });
    const storePick = select('needs-store', await Promise.all(stores.map(async (s) => [s, await dir.orgName(s)])));
    const offers = (await ctx.api('/api/procurement/offers?limit=500')).items;
    const ids = [...new Set([...offers.map((o) => o.product), ...round.needs.map((n) => n.product)])];
    const products = (await Promise.all(ids.map((id) => dir.product(id)))).sort((a, b) => a.name.localeCompare(b.name));
    const body = h('div');
    const draw = async () => {
      const store = storePick.value;
      const had = new Map(round.needs.filter((n) => n.organization === store).map((n) => [n.product, n.quantity]));
      const error = h('p', { class: 'error', role: 'alert' });
      const inputs = products.map((p) => {
        const value = had.has(p.id) ? ctx.qty(had.get(p.id)) : '';
        return { p, before: value, el: input(`need-${p.id}`, { class: 'need-input', inputmode: 'decimal', value,
          'aria-label': `${tr(ctx, 'needs.needed')} ${p.name}`, dataset: { product: p.id, sku: p.sku || '' } }) };
      });
      const save = h('button', { type: 'submit', class: 'big primary', id: 'needs-save' }, tr(ctx, 'needs.save'));
      const f = h('form', { id: 'needs-form' },
        products.length ? table([tr(ctx, 'common.product'), tr(ctx, 'needs.needed'), ''],
          inputs.map((x) => [h('span', {}, x.p.name, ' ', h('small', { class: 'hint' }, x.p.sku || '')), x.el, tr(ctx, `uom.${x.p.uom}`)]),
          { id: 'needs-table' }) : h('p', { class: 'empty' }, tr(ctx, 'needs.noOffer')),
        error, products.length ? save : null);
      f.addEventListener('submit', async (e) => {
        e.preventDefault();
        error.textContent = '';
        const changed = inputs.filter((x) => x.el.value.trim() !== x.before);
        if (!changed.length) return ctx.notify(tr(ctx, 'needs.nothingChanged'));
        save.disabled = true;
        let count = 0;
        try {
          for (const x of changed) {
            const quantity = typedQuantity(ctx, x.el.value, { zero: true });
            try {
              await ctx.api(`/api/procurement/rounds/${round.id}/needs`, { method: 'PUT', body: { organization: store, product: x.p.id, quantity } });
            } catch (err) {
              x.el.focus();
              throw new Error(`${x.p.name} : ${errorText(err)}`);
            }
            x.before = x.el.value.trim();
            count += 1;
          }
          ctx.notify(tr(ctx, 'needs.saved', { count }), 'ok');
          await show(round.id);
        } catch (err) {
          error.textContent = err.message;
          if (count) ctx.notify(tr(ctx, 'needs.saved', { count }), 'ok');
        } finally {
          save.disabled = false;
        }
      });
      fill(body, f);
    };
    storePick.addEventListener('change', draw);
    await draw();
    return fill(wrap, h('h3', {}, tr(ctx, 'needs.title', { store: stores.length === 1 ? await dir.orgName(stores[0]) : '' })),
      stores.length > 1 ? field(tr(ctx, 'common.store'), storePick) : null, body);
  }

  /** Every store's needs, product by product, as the hub sees them. */
  async function needsSummary(round) {
    const byProduct = new Map();
    for (const n of round.needs) {
      if (!byProduct.has(n.product)) byProduct.set(n.product, []);
      byProduct.get(n.product).push(n);
    }
    const rows = [];
    for (const [product, needs] of byProduct) {
      const p = await dir.product(product);
      const per = await Promise.all(needs.map(async (n) => `${await dir.orgName(n.organization)} : ${ctx.qty(n.quantity)}`));
      const total = needs.reduce((s, n) => s + (milli(n.quantity) ?? 0n), 0n);
      rows.push([p.name, per.join(' · '), quantityOf(ctx, quantity(total), p.uom)]);
    }
    return h('section', { id: 'needs-summary' }, h('h3', {}, tr(ctx, 'needs.all')),
      table([tr(ctx, 'common.product'), tr(ctx, 'rounds.stores'), tr(ctx, 'needs.total')], rows,
        { id: 'needs-summary-table', empty: tr(ctx, 'common.empty'), numeric: [2] }));
  }

  function closeSection(round) {
    const error = h('p', { class: 'error', role: 'alert' });
    const button = h('button', { type: 'button', class: 'big primary', id: 'round-close' }, tr(ctx, 'close.button'));
    button.addEventListener('click', async () => {
      if (!window.confirm(tr(ctx, 'close.confirm'))) return;
      button.disabled = true;
      error.textContent = '';
      try {
        const closed = await ctx.api(`/api/procurement/rounds/${round.id}/close`, { method: 'POST', body: {} });
        ctx.notify(tr(ctx, 'close.done', { count: closed.purchaseOrders.length }), 'ok');
        await show(round.id);
        loadList();
      } catch (e) {
        error.textContent = errorText(e);
        button.disabled = false;
      }
    });
    return h('section', { id: 'round-closing' }, h('h3', {}, tr(ctx, 'close.title')), error, button);
  }

  async function ordersSection(orders, unsourced, roundId) {
    const blocks = [];
    for (const o of orders) {
      const supplier = await dir.supplierName(o.supplier);
      const rows = await Promise.all(o.lines.map(async (l) => {
        const p = await dir.product(l.product);
        return [p.name, String(l.packs), quantityOf(ctx, l.packSize ?? '', p.uom), quantityOf(ctx, l.quantity, p.uom), ctx.money(l.amount)];
      }));
      blocks.push(h('div', { class: 'purchase-order', dataset: { supplier: o.supplier } }, h('h4', {}, supplier),
        table([tr(ctx, 'common.product'), tr(ctx, 'orders.packs'), tr(ctx, 'offers.packSize'), tr(ctx, 'common.quantity'), tr(ctx, 'common.amount')],
          rows, { numeric: [1, 2, 3, 4] }),
        h('p', { class: 'order-total' }, h('strong', {}, tr(ctx, 'orders.total', { supplier, total: ctx.money(o.total) }))),
        reportButton(ctx, 'procurement-order', { round: roundId, supplier: o.supplier }, tr(ctx, 'orders.pdf'))));
    }
    if (unsourced?.length) {
      const rows = await Promise.all(unsourced.map(async (u) => {
        const p = await dir.product(u.product);
        return [p.name, quantityOf(ctx, u.quantity, p.uom)];
      }));
      blocks.push(h('div', { id: 'unsourced' }, h('h4', { class: 'error' }, tr(ctx, 'orders.unsourced')),
        table([tr(ctx, 'common.product'), tr(ctx, 'common.quantity')], rows, { numeric: [1] })));
    }
    return h('section', { id: 'purchase-orders' }, h('h3', {}, tr(ctx, 'orders.title')),
      blocks.length ? blocks : h('p', { class: 'empty' }, tr(ctx, 'common.empty')));
  }

  // While the round is closed and not yet allocated, a mistyped receipt can be taken back (its stock leaves the hub).
  async function receiptsList(round) {
    const correctable = round.status === 'CLOSED';
    const rows = await Promise.all(round.receipts.map(async (r) => {
      const p = await dir.product(r.product);
      const row = [p.name, quantityOf(ctx, r.quantity, p.uom), date(r.receivedAt)];
      return correctable ? [...row, h('button', { type: 'button', dataset: { receipt: r.id },
        onclick: () => cancelReceipt(round, r, p) }, tr(ctx, 'receipts.cancel'))] : row;
    }));
    const headers = [tr(ctx, 'common.product'), tr(ctx, 'common.quantity'), tr(ctx, 'receipts.at')];
    return h('div', { id: 'receipt-list' }, table(correctable ? [...headers, ''] : headers,
      rows, { id: 'receipt-table', empty: tr(ctx, 'common.empty'), numeric: [1] }));
  }

  async function cancelReceipt(round, r, p) {
    const what = { product: p.name, quantity: quantityOf(ctx, r.quantity, p.uom) };
    if (!(await confirmDialog(tr(ctx, 'receipts.cancel'), tr(ctx, 'receipts.cancelConfirm', what),
      { ok: tr(ctx, 'receipts.cancel'), id: 'receipt-cancel' }))) return;
    try {
      await ctx.api(`/api/procurement/rounds/${round.id}/receipts/${r.id}`, { method: 'DELETE' });
      ctx.notify(tr(ctx, 'receipts.cancelled', what), 'ok');
      await show(round.id);
    } catch (e) {
      ctx.notify(errorText(e), 'error');
    }
  }

  async function receiptsSection(round) {
    const ordered = [...new Set(round.purchaseOrders.flatMap((o) => o.lines.map((l) => l.product)))];
    const options = await Promise.all(ordered.map(async (id) => [id, (await dir.product(id)).name]));
    const f = { product: select('receipt-product', options), quantity: input('receipt-quantity', { inputmode: 'decimal', required: true }) };
    // What was ordered, as a starting point: the delivery is usually the order.
    const fillOrdered = () => {
      const line = round.purchaseOrders.flatMap((o) => o.lines).find((l) => l.product === f.product.value);
      f.quantity.value = line ? ctx.qty(line.quantity) : '';
    };
    f.product.addEventListener('change', fillOrdered);
    fillOrdered();
    const receive = form({
      id: 'receipt-form', submit: tr(ctx, 'receipts.record'),
      fields: [[tr(ctx, 'common.product'), f.product], [tr(ctx, 'common.quantity'), f.quantity]],
      async action() {
        const r = await ctx.api(`/api/procurement/rounds/${round.id}/receipts`, { method: 'POST',
          body: { product: f.product.value, quantity: typedQuantity(ctx, f.quantity.value) } });
        const p = await dir.product(r.product);
        ctx.notify(tr(ctx, 'receipts.recorded', { product: p.name, quantity: quantityOf(ctx, r.received, p.uom) }), 'ok');
        await show(round.id);
      },
    });
    return h('section', { id: 'round-receipts' }, h('h3', {}, tr(ctx, 'receipts.title')), await receiptsList(round),
      ordered.length ? receive : null);
  }

  function allocationForm(round) {
    const rowsEl = h('tbody', { id: 'cost-rows' });
    const addRow = (label = '', amount = '', basis = 'VALUE') => {
      const n = rowsEl.children.length;
      const tr_ = h('tr', { class: 'cost-row' },
        h('td', {}, input(`cost-label-${n}`, { class: 'cost-label', value: label, 'aria-label': tr(ctx, 'alloc.label') })),
        h('td', {}, input(`cost-amount-${n}`, { class: 'cost-amount', inputmode: 'decimal', value: amount, 'aria-label': tr(ctx, 'common.amount') })),
        h('td', {}, select(`cost-basis-${n}`, ['VALUE', 'QUANTITY', 'EQUAL'].map((b) => [b, tr(ctx, `alloc.basis.${b}`)]),
          { class: 'cost-basis', 'aria-label': tr(ctx, 'alloc.basis'), value: basis })),
        h('td', {}, h('button', { type: 'button', class: 'small danger', 'aria-label': tr(ctx, 'alloc.removeCost'), title: tr(ctx, 'alloc.removeCost'),
          onclick: () => tr_.remove() }, '×')));
      tr_.querySelector('select').value = basis;
      rowsEl.append(tr_);
    };
    const error = h('p', { class: 'error', role: 'alert' });
    const button = h('button', { type: 'submit', class: 'big primary', id: 'allocate-submit' }, tr(ctx, 'alloc.button'));
    const f = h('form', { id: 'allocate-form', class: 'bo-form' },
      h('h4', {}, tr(ctx, 'alloc.costs')),
      h('table', { class: 'data' }, h('thead', {}, h('tr', {}, h('th', {}, tr(ctx, 'alloc.label')), h('th', {}, tr(ctx, 'common.amount')),
        h('th', {}, tr(ctx, 'alloc.basis')), h('th', {}, ''))), rowsEl),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'big', id: 'cost-add', onclick: () => addRow() }, tr(ctx, 'alloc.addCost'))),
      error, button);
    f.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      button.disabled = true;
      try {
        const costs = [...rowsEl.querySelectorAll('tr')]
          .filter((r) => r.querySelector('.cost-label').value.trim() || r.querySelector('.cost-amount').value.trim())
          .map((r) => ({ label: r.querySelector('.cost-label').value.trim(), amount: typedAmount(ctx, r.querySelector('.cost-amount').value),
            basis: r.querySelector('.cost-basis').value }));
        const result = await ctx.api(`/api/procurement/rounds/${round.id}/allocate`, { method: 'POST', body: { costs } });
        ctx.notify(tr(ctx, 'alloc.done'), 'ok');
        await show(round.id);
        loadList();
        return result;
      } catch (err) {
        error.textContent = errorText(err);
      } finally {
        button.disabled = false;
      }
      return null;
    });
    addRow();
    return h('section', { id: 'round-allocation' }, h('h3', {}, tr(ctx, 'alloc.title')), f);
  }

  async function allocationResult(allocations, costs, shares, roundId) {
    const rows = await Promise.all(allocations.map(async (a) => {
      const p = await dir.product(a.product);
      return [p.name, await dir.orgName(a.organization), quantityOf(ctx, a.needed, p.uom), quantityOf(ctx, a.allocated, p.uom), ctx.money(a.amount)];
    }));
    const shareRows = await Promise.all((shares || []).map(async (s) => [await dir.orgName(s.organization), ctx.money(s.amount)]));
    return h('section', { id: 'round-allocated' },
      h('h3', {}, tr(ctx, 'alloc.allocations')),
      reportButton(ctx, 'procurement-allocation', { round: roundId }, tr(ctx, 'alloc.pdf'), { id: 'allocation-pdf' }),
      table([tr(ctx, 'common.product'), tr(ctx, 'common.store'), tr(ctx, 'alloc.needed'), tr(ctx, 'alloc.allocated'), tr(ctx, 'common.amount')],
        rows, { id: 'allocation-table', empty: tr(ctx, 'common.empty'), numeric: [2, 3, 4] }),
      (costs || []).length ? h('ul', { id: 'cost-list' }, costs.map((c) => h('li', {},
        tr(ctx, 'alloc.costLabel', { label: c.label, basis: tr(ctx, `alloc.basis.${c.basis}`), amount: ctx.money(c.amount) })))) : null,
      h('h3', {}, tr(ctx, 'alloc.shares')),
      table([tr(ctx, 'common.store'), tr(ctx, 'common.amount')], shareRows, { id: 'share-table', empty: tr(ctx, 'common.empty'), numeric: [1] }));
  }

  const canOpen = admin || myOrg?.type === 'HUB';
  fill(asideEl, canOpen ? [h('h2', {}, tr(ctx, 'rounds.new')), newRoundForm()] : null);
  fill(ctx.el, h('div', { class: canOpen ? 'columns' : '' },
    h('div', {}, h('h2', {}, tr(ctx, 'rounds.list')), listEl, detailEl), canOpen ? asideEl : null));
  await loadList();
}
