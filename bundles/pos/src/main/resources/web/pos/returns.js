// Returns: find the sale by its number (T00000012) or id, see for each item what was sold, already returned and left,
// choose what comes back, see the refund and the methods it goes back to (the server's own split, asked as a quote),
// then POST /api/tickets/{id}/returns with a client id (a retry never refunds twice) and hand the return slip.
// Refusals show beside the buttons, in sight whatever the dialog's scroll, and are announced.
import { t, money, qty } from '/ui/pos/i18n.js';
import { h, fill, modal, errorText } from '/ui/pos/ui.js';
import { uuid, isUuid } from '/ui/pos/ids.js';
import { milli, quantity } from '/ui/pos/decimal.js';
import { methodLabel } from './view.js';
import { slipView } from './returnslip.js';

const UNIT_TEXT = { KG: 'kg', L: 'L' };

async function findTicket(client, outbox, organization, text) {
  const wanted = text.trim().toUpperCase();
  if (isUuid(wanted)) return client.api(`/api/tickets/${wanted.toLowerCase()}`);
  const number = /^\d+$/.test(wanted) ? `T${wanted.padStart(8, '0')}` : wanted;
  const sent = await outbox.sentByDocument(number).catch(() => null);
  if (sent) return client.api(`/api/tickets/${sent.id}`);
  const found = await client.api(`/api/tickets?organization=${organization}&documentNo=${encodeURIComponent(number)}&limit=1`);
  return found.items[0] ?? null;
}

/** « 1,5 kg », « 3 » : a quantity in the item's unit. */
function amountOf(item, value) {
  const unit = UNIT_TEXT[item.uom];
  return unit ? `${qty(value)} ${unit}` : qty(value);
}

/** The refund as the cashier hands it: an offline gap's share is bookkeeping, not money given back. */
function refundText(refund) {
  return refund.filter((p) => p.method !== 'OFFLINE_GAP' && Number(p.amount) !== 0)
    .map((p) => t('returns.refundPart', { method: methodLabel(p.method), amount: money(String(p.amount).replace('-', '')) }))
    .join(' · ');
}

/** `pdf`: whether the reports bundle prints return slips (a function: known once the till asked it). */
export function openReturns({ client, outbox, organization, store, till, tillInfo, cashier, pdf, onClose }) {
  const returnId = uuid();
  const { body } = modal(t('returns.title'), { className: 'returns-dialog', onClose });
  const input = h('input', { id: 'return-ticket', class: 'big-input', autocomplete: 'off', placeholder: t('returns.placeholder'),
    'aria-label': t('returns.placeholder') });
  const message = h('p', { id: 'return-message', class: 'error', role: 'alert', 'aria-live': 'assertive', tabindex: '-1' });
  const content = h('div', { id: 'return-content', class: 'return-content' });
  const actions = h('div', { class: 'actions' });
  // The message sits with the buttons at the foot of the dialog, kept in sight (sticky) however long the sale is.
  const footer = h('div', { class: 'return-footer' }, message, actions);
  const form = h('form', { class: 'search' }, input);
  fill(body, form, content, footer);
  input.focus();

  /** Says why, beside the buttons; `focus`: where the cashier corrects it (null while typing: the field keeps it). */
  function refuse(text, focus = message) {
    message.textContent = text;
    message.scrollIntoView({ block: 'nearest' });
    if (!focus) return;
    focus.focus();
    if (focus.select) focus.select();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.textContent = '';
    fill(content);
    fill(actions);
    try {
      const ticket = await findTicket(client, outbox, organization, input.value);
      if (!ticket) {
        refuse(t('returns.notFound', { number: input.value.trim() }), input);
      } else if (ticket.kind && ticket.kind !== 'SALE') {
        refuse(t('returns.notASale', { number: ticket.documentNo }), input);
      } else {
        showSale(await client.api(`/api/tickets/${ticket.id}/returnable`));
      }
    } catch (err) {
      refuse(errorText(err), input);
    }
  });

  function showSale(sale) {
    const rows = sale.lines.map((item) => {
      const field = Object.keys(item)[0];
      const left = milli(item.left);
      const q = h('input', { class: 'return-qty', inputmode: 'decimal', value: '0', disabled: left <= 0n,
        'aria-label': t('returns.back'), dataset: { [field]: item[field], max: item.left } });
      const row = h('tr', { class: left <= 0n ? 'return-line done' : 'return-line' },
        h('td', {}, item.name || t('returns.otherLine', { kind: field })),
        h('td', { class: 'num' }, amountOf(item, item.sold)),
        h('td', { class: 'num return-returned' }, milli(item.returned) > 0n ? amountOf(item, item.returned) : '—'),
        h('td', { class: 'num return-left' }, amountOf(item, item.left)),
        h('td', { class: 'num' }, q));
      return { item, field, q, row, left };
    });
    const refund = h('div', { id: 'return-refund', class: 'return-refund', 'aria-live': 'polite' }, t('returns.refundNone'));
    const all = h('button', { type: 'button', class: 'big', id: 'return-all', onclick: () => {
      rows.forEach((r) => { if (r.left > 0n) r.q.value = qty(r.item.left); });
      requote();
    } }, t('returns.all'));
    const submit = h('button', { type: 'button', class: 'big primary', id: 'return-submit' }, t('returns.submit'));
    const earlier = sale.returns?.length ? h('p', { id: 'return-earlier', class: 'hint' },
      t('returns.earlier', { numbers: sale.returns.map((r) => r.documentNo).join(', ') })) : null;
    fill(content,
      h('p', { id: 'return-sale' }, t('returns.sale', { number: sale.documentNo, total: money(sale.total) })),
      earlier,
      h('table', { class: 'lines return-lines' },
        h('thead', {}, h('tr', {}, h('th', {}, t('till.col.product')), h('th', { class: 'num' }, t('returns.sold')),
          h('th', { class: 'num' }, t('returns.already')), h('th', { class: 'num' }, t('returns.left')),
          h('th', { class: 'num' }, t('returns.back')))),
        h('tbody', {}, rows.map((r) => r.row))),
      refund);
    fill(actions, all, submit);
    if (rows.every((r) => r.left <= 0n)) {
      submit.disabled = true;
      all.disabled = true;
      refuse(t('returns.allReturned', { number: sale.documentNo }), input);
      return;
    }
    rows.find((r) => r.left > 0n)?.q.select();

    /** The lines asked back, or null after showing why the quantities cannot be. */
    function chosen(show, focus = true) {
      const lines = [];
      for (const r of rows) {
        const m = milli(r.q.value || '0');
        if (m == null || m < 0n || (r.item.uom === 'UNIT' && m % 1000n !== 0n)) {
          if (show) refuse(t('returns.invalidQuantityOf', { name: r.item.name }), focus ? r.q : null);
          return null;
        }
        if (m > r.left) {
          if (show) refuse(t('returns.tooMuch', { name: r.item.name, number: sale.documentNo, left: amountOf(r.item, r.item.left) }), focus ? r.q : null);
          return null;
        }
        if (m > 0n) lines.push({ [r.field]: r.item[r.field], quantity: quantity(m) });
      }
      return lines;
    }

    let asked = 0;
    let timer = null;
    async function requote() {
      clearTimeout(timer);
      const ticket = ++asked;
      message.textContent = '';
      const lines = chosen(true, false);
      if (lines == null) {
        fill(refund, t('returns.refundNone'));
        return;
      }
      if (!lines.length) {
        fill(refund, t('returns.refundNone'));
        return;
      }
      try {
        const quote = await client.api(`/api/tickets/${sale.ticket}/returns/quote`, { method: 'POST', body: { lines } });
        if (ticket !== asked) return;
        fill(refund, h('strong', { id: 'return-refund-total' }, t('returns.refundTotal', { amount: money(String(quote.total).replace('-', '')) })),
          ' — ', h('span', { id: 'return-refund-methods' }, refundText(quote.refund)));
      } catch (err) {
        if (ticket === asked) refuse(errorText(err), null);
      }
    }
    rows.forEach((r) => r.q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(requote, 250); }));

    submit.addEventListener('click', async () => {
      // a quote still pending is for quantities now being returned: its answer must not land on the slip
      clearTimeout(timer);
      asked += 1;
      const lines = chosen(true);
      if (lines == null) return;
      if (!lines.length) {
        refuse(t('returns.nothing'), rows.find((r) => r.left > 0n)?.q || message);
        return;
      }
      submit.disabled = true;
      message.textContent = '';
      try {
        const ret = await client.api(`/api/tickets/${sale.ticket}/returns`, { method: 'POST', body: { id: returnId, lines, till } });
        showDone(ret, sale);
      } catch (err) {
        submit.disabled = false;
        refuse(errorText(err), message);
      }
    });
  }

  function showDone(ret, sale) {
    const { element, print, pdfLink } = slipView({ client, store, ret, sale, till: tillInfo, cashier,
      pdf: typeof pdf === 'function' ? pdf() : pdf });
    const close = h('button', { type: 'button', class: 'big', id: 'return-close',
      onclick: () => body.closest('dialog').close() }, t('common.close'));
    fill(content, h('div', { id: 'return-done', class: 'return-done' },
      h('p', {}, t('returns.done', { number: ret.documentNo })),
      // Each method the sale was paid with gets its share back (a card sale to the card).
      h('ul', {}, ret.payments.filter((p) => p.method !== 'OFFLINE_GAP').map((p) => h('li', { class: 'refund' },
        t('returns.refund', { method: methodLabel(p.method), amount: money(String(p.amount).replace('-', '')) })))),
      element));
    fill(actions, close, pdfLink, print);
    form.hidden = true;
    print.focus();
  }
}
