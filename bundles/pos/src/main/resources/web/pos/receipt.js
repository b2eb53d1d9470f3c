// The receipt: shown after each sale (also when it waits offline), printable with window.print(),
// and as a PDF from the reports bundle when it offers the `ticket` report.
import { t, money, qty, dateTime } from '/ui/pos/i18n.js';
import { h, modal, openReport } from '/ui/pos/ui.js';
import { ruleLabel, methodLabel, lineName, lineSubject } from './view.js';

const UNIT_TEXT = { KG: 'kg', L: 'L' };

/** The receipt's content: `sale` = { ticket?, display } (display: what the till knew when it sent it). */
export function receiptElement(store, sale) {
  const { ticket, display } = sale;
  const lines = ticket ? ticket.lines : display.lines;
  const payments = ticket ? ticket.payments : display.payments;
  const name = (l) => lineName(l, display.names) || t('receipt.line');
  const unit = (l) => UNIT_TEXT[display.units?.[lineSubject(l)]];
  const quantityText = (l) => (unit(l) ? `${qty(l.quantity)} ${unit(l)} × ${money(l.unitPrice)}/${unit(l)}` : `${qty(l.quantity)} × ${money(l.unitPrice)}`);
  return h('article', { class: 'receipt', id: 'receipt' },
    h('header', {},
      h('h3', {}, store?.name || ''),
      h('div', { id: 'receipt-number' }, ticket
        ? t('receipt.number', { number: ticket.documentNo })
        : t('receipt.offline', { id: display.id.slice(0, 8) })),
      h('div', {}, dateTime(ticket?.createdAt || display.createdAt)),
      display.household ? h('div', {}, t('till.household', { reference: display.household })) : null),
    h('table', {}, h('tbody', {}, lines.map((l) => [
      h('tr', { class: 'receipt-line' },
        h('td', {}, name(l)),
        h('td', { class: 'num' }, quantityText(l)),
        h('td', { class: 'num' }, money(l.lineAmount))),
      l.unitPrice !== l.referencePrice ? h('tr', { class: 'receipt-rule' },
        h('td', { colspan: 3 }, t('receipt.instead', { price: money(l.referencePrice), rule: ruleLabel(l.priceRule) }))) : null]))),
    h('div', { class: 'receipt-total' }, h('span', {}, t('till.total')), h('strong', { id: 'receipt-total' }, money(ticket?.total || display.total))),
    h('ul', { class: 'receipt-payments' }, payments.map((p) => h('li', {},
      h('span', {}, methodLabel(p.method)),
      h('span', {}, money(p.amount))))),
    display.change && display.change !== '0.00'
      ? h('div', { class: 'receipt-change', id: 'receipt-change' }, t('pay.change', { amount: money(display.change) })) : null,
    !ticket ? h('p', { class: 'flag' }, t('receipt.offlineNote')) : null,
    h('footer', {}, t('receipt.thanks')));
}

/** Prints only the receipt (the print stylesheet hides everything but #print-area). */
export function printReceipt(element) {
  let area = document.getElementById('print-area');
  if (!area) {
    area = h('div', { id: 'print-area' });
    document.body.append(area);
  }
  area.replaceChildren(element.cloneNode(true));
  window.print();
}

export function showReceipt({ client, store, sale, pdf, onClose }) {
  const { body } = modal(t('receipt.title'), { className: 'receipt-dialog', onClose });
  const element = receiptElement(store, sale);
  const next = h('button', { id: 'new-ticket', type: 'button', class: 'big primary' }, t('receipt.next'), h('kbd', {}, t('key.enter')));
  const print = h('button', { id: 'print-receipt', type: 'button', class: 'big', onclick: () => printReceipt(element) }, t('receipt.print'));
  const pdfLink = pdf && sale.ticket ? h('a', { id: 'receipt-pdf', class: 'button big', href: `/api/reports/ticket?id=${sale.ticket.id}`,
    onclick: (e) => { e.preventDefault(); openReport(client, `/api/reports/ticket?id=${sale.ticket.id}&format=pdf`); } }, 'PDF') : null;
  body.append(element, h('div', { class: 'actions no-print' }, print, pdfLink, next));
  next.addEventListener('click', () => body.closest('dialog').close());
  next.focus();
}
