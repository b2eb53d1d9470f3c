// The receipt: shown after each sale (also when it waits offline), printable with window.print(),
// and as a PDF from the reports bundle when it offers the `ticket` report.
import { t, money, qty, dateTime } from '/ui/pos/i18n.js';
import { h, modal, openReport } from '/ui/pos/ui.js';
import { ruleLabel, methodLabel, lineName, lineSubject } from './view.js';
import { printedSeal } from '/ui/pos/zreport.js';

const UNIT_TEXT = { KG: 'kg', L: 'L' };

/** A letter per VAT rate of the ticket, in ascending order of rate (A, B, ...), as the printed ticket has them. */
export function vatCodes(vat) {
  const rates = [...new Set((vat || []).map((v) => Number(v.rate)))].sort((a, b) => a - b);
  return new Map(rates.map((r, i) => [r, String.fromCharCode(65 + i)]));
}

const percent = (rate) => `${String(Number(rate)).replace('.', ',')} %`;

/** The store's legal identity, as the law asks it on a receipt. */
function identityLines(store) {
  const id = store?.identity || {};
  const place = [id.postalCode, id.city].filter(Boolean).join(' ');
  return [
    id.legalName && id.legalName !== store.name ? h('div', {}, id.legalName) : null,
    ...(id.address || '').split('\n').filter(Boolean).map((line) => h('div', {}, line)),
    place ? h('div', {}, place) : null,
    id.siret ? h('div', { id: 'receipt-siret' }, t('receipt.siret', { siret: id.siret })) : null,
    id.vatNumber ? h('div', {}, t('receipt.vatNumber', { number: id.vatNumber })) : null];
}

function vatTable(vat, codes) {
  return h('table', { class: 'receipt-vat', id: 'receipt-vat' },
    h('thead', {}, h('tr', {}, [t('receipt.vatRate'), t('receipt.vatBase'), t('receipt.vatAmount'), t('receipt.vatTotal')]
      .map((title) => h('th', { class: 'num' }, title)))),
    h('tbody', {}, vat.map((v) => h('tr', { class: 'receipt-vat-rate' },
      h('td', { class: 'num' }, `${codes.get(Number(v.rate))} ${percent(v.rate)}`),
      h('td', { class: 'num' }, money(v.base)),
      h('td', { class: 'num' }, money(v.vat)),
      h('td', { class: 'num' }, money(v.total))))));
}

/** The receipt's content: `sale` = { ticket?, display } (display: what the till knew when it sent it). */
export function receiptElement(store, sale) {
  const { ticket, display } = sale;
  const lines = ticket ? ticket.lines : display.lines;
  const payments = ticket ? ticket.payments : display.payments;
  const name = (l) => lineName(l, display.names) || t('receipt.line');
  const unit = (l) => UNIT_TEXT[display.units?.[lineSubject(l)]];
  const codes = vatCodes(ticket?.vat);
  const code = (l) => (l.vatRate != null && codes.has(Number(l.vatRate)) ? ` ${codes.get(Number(l.vatRate))}` : '');
  const quantityText = (l) => (unit(l) ? `${qty(l.quantity)} ${unit(l)} × ${money(l.unitPrice)}/${unit(l)}` : `${qty(l.quantity)} × ${money(l.unitPrice)}`);
  return h('article', { class: 'receipt', id: 'receipt' },
    h('header', {},
      h('h3', {}, store?.name || ''),
      ...identityLines(store),
      h('div', { id: 'receipt-number' }, ticket
        ? t('receipt.number', { number: ticket.documentNo })
        : t('receipt.offline', { id: display.id.slice(0, 8) })),
      h('div', {}, dateTime(ticket?.createdAt || display.createdAt)),
      display.till ? h('div', { id: 'receipt-till' }, t('receipt.till', { till: display.till.name, number: display.till.number,
        cashier: display.cashier || '' })) : null,
      display.household ? h('div', {}, t('till.household', { reference: display.household })) : null),
    h('table', {}, h('tbody', {}, lines.map((l) => [
      h('tr', { class: 'receipt-line' },
        h('td', {}, name(l)),
        h('td', { class: 'num' }, quantityText(l)),
        h('td', { class: 'num' }, money(l.lineAmount) + code(l))),
      l.unitPrice !== l.referencePrice ? h('tr', { class: 'receipt-rule' },
        h('td', { colspan: 3 }, t('receipt.instead', { price: money(l.referencePrice), rule: ruleLabel(l.priceRule, l) }))) : null]))),
    h('div', { class: 'receipt-total' }, h('span', {}, t('till.total')), h('strong', { id: 'receipt-total' }, money(ticket?.total || display.total))),
    ticket?.vat?.length ? vatTable(ticket.vat, codes) : null,
    h('ul', { class: 'receipt-payments' }, payments.map((p) => h('li', {},
      h('span', {}, methodLabel(p.method)),
      h('span', {}, money(p.amount))))),
    display.change && display.change !== '0.00'
      ? h('div', { class: 'receipt-change', id: 'receipt-change' }, t('pay.change', { amount: money(display.change) })) : null,
    !ticket ? h('p', { class: 'flag' }, t('receipt.offlineNote')) : null,
    ticket?.seal ? h('div', { class: 'receipt-seal', id: 'receipt-seal' }, t('receipt.seal', { seal: printedSeal(ticket.seal) })) : null,
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
