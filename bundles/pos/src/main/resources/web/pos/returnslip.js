// The return slip (bon de retour, avoir): the return ticket printed like the receipt — the store's identity, the sale
// it answers, the lines given back at the price paid, the VAT table of the return, the refund per method, its seal —
// and as a PDF from the reports bundle when it offers the `return-slip` report.
import { t } from '/ui/pos/i18n.js';
import { h, openReport } from '/ui/pos/ui.js';
import { receiptElement, printReceipt } from './receipt.js';

/**
 * `ret`: the return as POST /api/tickets/{id}/returns answered it; `sale`: the returnable view of the sale (names and
 * units of its items); `till`, `cashier`: who gave the refund.
 */
export function slipElement(store, ret, sale, { till, cashier } = {}) {
  const names = {};
  const units = {};
  for (const item of sale.lines) {
    const field = Object.keys(item)[0];
    names[`${field}:${item[field]}`] = item.name;
    units[`${field}:${item[field]}`] = item.uom;
  }
  const el = receiptElement(store, { ticket: ret, display: { id: ret.id, createdAt: ret.createdAt, names, units,
    payments: ret.payments, till, cashier } });
  el.id = 'return-slip';
  el.classList.add('return-slip');
  const header = el.querySelector('header');
  header.querySelector('h3').after(h('div', { class: 'slip-title', id: 'return-slip-title' }, t('returns.slip.title')));
  header.querySelector('#receipt-number').after(h('div', { id: 'return-slip-sale' },
    t('returns.slip.sale', { number: sale.documentNo })));
  el.querySelector('footer').textContent = t('returns.slip.keep');
  return el;
}

/** The slip with its buttons: print (the till's printer) and PDF (when the reports bundle can make it). */
export function slipView({ client, store, ret, sale, till, cashier, pdf }) {
  const element = slipElement(store, ret, sale, { till, cashier });
  const print = h('button', { id: 'print-return-slip', type: 'button', class: 'big primary',
    onclick: () => printReceipt(element) }, t('receipt.print'));
  const pdfLink = pdf ? h('a', { id: 'return-slip-pdf', class: 'button big', href: `/api/reports/return-slip?id=${ret.id}`,
    onclick: (e) => { e.preventDefault(); openReport(client, `/api/reports/return-slip?id=${ret.id}&format=pdf`); } }, 'PDF')
    : null;
  return { element, print, pdfLink };
}
