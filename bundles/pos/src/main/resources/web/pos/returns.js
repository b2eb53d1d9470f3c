// Returns: find the sale by its number (T00000012) or id, choose what comes back, and
// POST /api/tickets/{id}/returns with a client id (a retry never refunds twice).
import { t, money, qty } from '/ui/pos/i18n.js';
import { h, fill, modal, errorText } from '/ui/pos/ui.js';
import { uuid, isUuid } from '/ui/pos/ids.js';
import { milli, quantity } from '/ui/pos/decimal.js';
import { methodLabel, lineSubject } from './view.js';

async function findTicket(client, outbox, organization, text) {
  const wanted = text.trim().toUpperCase();
  if (isUuid(wanted)) return client.api(`/api/tickets/${wanted.toLowerCase()}`);
  const number = /^\d+$/.test(wanted) ? `T${wanted.padStart(8, '0')}` : wanted;
  const sent = await outbox.sentByDocument(number).catch(() => null);
  if (sent) return client.api(`/api/tickets/${sent.id}`);
  const found = await client.api(`/api/tickets?organization=${organization}&documentNo=${encodeURIComponent(number)}&limit=1`);
  return found.items[0] ?? null;
}

/**
 * What was sold, in the sale's order: each product once however its line was split, and each line of a bundle's kind
 * (an activity fee: {registration: id}) by its reference, asked back the same way.
 */
function soldItems(ticket) {
  const sold = new Map();
  for (const l of ticket.lines) {
    const key = lineSubject(l);
    if (!key) continue;
    const field = key.slice(0, key.indexOf(':'));
    const item = sold.get(key) ?? { field, ref: l[field], label: l.label, m: 0n };
    item.m += milli(l.quantity);
    sold.set(key, item);
  }
  return [...sold.values()].map((i) => ({ ...i, quantity: quantity(i.m) }));
}

async function itemName(catalog, item) {
  if (item.field !== 'product') return item.label || t('returns.otherLine', { kind: item.field });
  const product = await catalog.byId(item.ref).catch(() => null);
  return product?.name || item.ref;
}

export function openReturns({ client, outbox, catalog, organization, till, onClose }) {
  const returnId = uuid();
  const { body } = modal(t('returns.title'), { className: 'returns-dialog', onClose });
  const input = h('input', { id: 'return-ticket', class: 'big-input', autocomplete: 'off', placeholder: t('returns.placeholder') });
  const message = h('p', { id: 'return-message', class: 'error', role: 'alert' });
  const content = h('div', { id: 'return-content' });
  const form = h('form', { class: 'search' }, input);
  fill(body, form, message, content);
  input.focus();

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.textContent = '';
    fill(content);
    try {
      const ticket = await findTicket(client, outbox, organization, input.value);
      if (!ticket) {
        message.textContent = t('returns.notFound', { number: input.value.trim() });
      } else if (ticket.kind && ticket.kind !== 'SALE') {
        message.textContent = t('returns.notASale');
      } else {
        await showSale(ticket);
      }
    } catch (err) {
      message.textContent = errorText(err);
    }
  });

  async function showSale(ticket) {
    const rows = await Promise.all(soldItems(ticket).map(async (s) => {
      const q = h('input', { class: 'return-qty', inputmode: 'decimal', value: '0', dataset: { [s.field]: s.ref, max: s.quantity } });
      return { s, q, row: h('tr', {}, h('td', {}, await itemName(catalog, s)), h('td', { class: 'num' }, qty(s.quantity)), h('td', { class: 'num' }, q)) };
    }));
    const all = h('button', { type: 'button', class: 'big', id: 'return-all',
      onclick: () => rows.forEach((r) => { r.q.value = qty(r.s.quantity); }) }, t('returns.all'));
    const submit = h('button', { type: 'button', class: 'big primary', id: 'return-submit' }, t('returns.submit'));
    fill(content,
      h('p', {}, t('returns.sale', { number: ticket.documentNo, total: money(ticket.total) })),
      h('table', { class: 'lines' },
        h('thead', {}, h('tr', {}, h('th', {}, t('till.col.product')), h('th', { class: 'num' }, t('returns.sold')),
          h('th', { class: 'num' }, t('returns.back')))),
        h('tbody', {}, rows.map((r) => r.row))),
      h('div', { class: 'actions' }, all, submit));
    rows[0]?.q.select();
    submit.addEventListener('click', async () => {
      const lines = [];
      for (const r of rows) {
        const m = milli(r.q.value || '0');
        if (m == null || m < 0n) {
          message.textContent = t('returns.invalidQuantity');
          r.q.select();
          return;
        }
        if (m > 0n) lines.push({ [r.s.field]: r.s.ref, quantity: quantity(m) });
      }
      if (!lines.length) {
        message.textContent = t('returns.nothing');
        return;
      }
      submit.disabled = true;
      message.textContent = '';
      try {
        const ret = await client.api(`/api/tickets/${ticket.id}/returns`, { method: 'POST', body: { id: returnId, lines, till } });
        fill(content, h('div', { id: 'return-done', class: 'return-done' },
          h('p', {}, t('returns.done', { number: ret.documentNo })),
          // Each method the sale was paid with gets its share back (a card sale to the card); an offline gap's share
          // is the server's bookkeeping, not money handed back.
          h('ul', {}, ret.payments.filter((p) => p.method !== 'OFFLINE_GAP').map((p) => h('li', { class: 'refund' },
            t('returns.refund', { method: methodLabel(p.method), amount: money(String(p.amount).replace('-', '')) }))))));
      } catch (err) {
        message.textContent = errorText(err);
        submit.disabled = false;
      }
    });
  }
}
