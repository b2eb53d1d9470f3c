// The Z of a till session (rapport de clôture) and the tables a store's closing shares with it: per method what was
// expected, counted and the difference (écart, shown as it is, never hidden), per VAT rate base / TVA / total, the cash
// put in or taken out, the tickets that arrived late. Shown by the till after closing and by the back office.
import { t, lang, money, dateTime } from './i18n.js';
import { h } from './ui.js';

// Who names the methods the kit's messages do not know (the till: the bundles that contribute them).
let otherNames = () => null;

/**
 * Names the methods the kit's messages do not know with `namer(method)` → name | null: the app that knows which
 * bundles contribute payment methods sets it once (the till asks their modules).
 */
export function nameOtherMethods(namer) {
  otherNames = typeof namer === 'function' ? namer : () => null;
}

/** "Espèces" for CASH; a contributed method as `nameOtherMethods` names it, else its code as is. */
export function methodName(method) {
  const key = `method.${method}`;
  const text = t(key);
  return text !== key ? text : (otherNames(method) ?? method);
}

/** "5,5 %" for "5.50". */
export function rateText(rate) {
  const s = String(rate).includes('.') ? String(rate).replace(/\.?0+$/, '') : String(rate);
  return `${lang() === 'fr' ? s.replace('.', ',') : s} %`;
}

const signed = (value) => (value == null ? '—' : (String(value).startsWith('-') || /^0(\.0+)?$/.test(String(value))
  ? money(value) : `+${money(value)}`));

function grid(id, headers, rows, numericFrom) {
  return h('table', { class: 'data z-table', id },
    h('thead', {}, h('tr', {}, headers.map((x, i) => h('th', { class: i >= numericFrom ? 'num' : null }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', { dataset: r.data || {} },
      r.cells.map((c, i) => h('td', { class: i >= numericFrom ? 'num' : null }, c))))));
}

/** Per VAT rate: base, VAT and total (the same table on the Z, the closings and the receipts). */
export function vatTable(rows, id) {
  return grid(id, [t('z.rate'), t('z.base'), t('z.vat'), t('z.total')],
    (rows || []).map((r) => ({ data: { rate: r.rate }, cells: [rateText(r.rate), money(r.base), money(r.vat), money(r.total)] })), 1);
}

/** Per method: expected, counted, difference (the Z's), or only its total (a store's closing). */
export function methodTable(rows, id) {
  if ((rows || []).some((r) => 'expected' in r)) {
    return grid(id, [t('z.method'), t('z.expected'), t('z.counted'), t('z.difference')],
      rows.map((r) => ({ data: { method: r.method },
        cells: [methodName(r.method), money(r.expected), r.counted == null ? t('z.notCounted') : money(r.counted),
          h('span', { class: `difference${r.difference != null && !/^-?0(\.0+)?$/.test(r.difference) ? ' off' : ''}` },
            signed(r.difference))] })), 1);
  }
  return grid(id, [t('z.method'), t('z.total')],
    (rows || []).map((r) => ({ data: { method: r.method }, cells: [methodName(r.method), money(r.total)] })), 1);
}

function movementRows(movements) {
  return (movements || []).map((m) => ({ cells: [dateTime(m.at), t(`z.move.${m.type}`), m.reason, m.by || '',
    money(m.type === 'CASH_OUT' ? `-${m.amount}` : m.amount)] }));
}

/** The whole Z, as the till prints it. */
export function zElement(z, store) {
  const late = z.lateTickets || [];
  return h('article', { class: 'z-report', id: 'z-report' },
    h('header', {},
      h('h3', {}, store?.name || ''),
      h('div', { id: 'z-number' }, t('z.heading', { number: z.number, till: z.tillName || '' })),
      h('div', {}, t('z.opened', { at: dateTime(z.openedAt), by: z.openedBy || '' })),
      h('div', {}, t('z.closed', { at: dateTime(z.closedAt), by: z.closedBy || '' }))),
    h('dl', { class: 'z-figures' },
      h('dt', {}, t('z.float')), h('dd', { id: 'z-float' }, money(z.openingFloat)),
      h('dt', {}, t('z.tickets')), h('dd', { id: 'z-tickets' }, String(z.tickets)),
      h('dt', {}, t('z.returns')), h('dd', { id: 'z-returns' }, String(z.returns)),
      h('dt', {}, t('z.total')), h('dd', { id: 'z-total' }, money(z.total))),
    h('h4', {}, t('z.byMethod')), methodTable(z.byMethod, 'z-methods'),
    h('h4', {}, t('z.byVatRate')), vatTable(z.byVatRate, 'z-vat'),
    h('h4', {}, t('z.movements')),
    (z.cashMovements || []).length
      ? grid('z-movements', [t('z.at'), t('z.kind'), t('z.reason'), t('z.by'), t('z.amount')], movementRows(z.cashMovements), 4)
      : h('p', { class: 'empty' }, t('z.noMovement')),
    late.length ? [h('h4', {}, t('z.late')), h('p', { id: 'z-late', class: 'flag' }, late.map((x) => x.documentNo).join(', '))] : null,
    z.seal ? h('p', { id: 'z-seal', class: 'seal' }, t('receipt.seal', { seal: printedSeal(z.seal) })) : null);
}

/** The short form of a record's seal printed on receipts and Z: the hash's first 8 hex digits and the sequence. */
export function printedSeal(seal) {
  return `${seal.hash.slice(0, 8)}-${seal.sequence}`;
}
