// The till's screen: the skeleton, the ticket's lines and totals, the household card.
import { t, money, qty, plural } from '/ui/pos/i18n.js';
import { h, fill } from '/ui/pos/ui.js';
import { amount, cents, milli, lineAmount } from '/ui/pos/decimal.js';
import { pricedLinesOf, paidCents } from './draft.js';
import { contributed } from './contributed.js';
import { words } from '/ui/pos/tillmodules.js';

export function skeleton(root) {
  fill(root,
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, 'Vivres'),
      h('div', { id: 'store-name', class: 'store' }),
      h('div', { id: 'till-name', class: 'till-label' }),
      h('div', { id: 'net-status', class: 'net', role: 'status', 'aria-live': 'polite' }),
      h('div', { class: 'spacer' }),
      h('span', { id: 'user-name', class: 'who' }),
      h('button', { id: 'returns-button', type: 'button' }, t('till.returns'), h('kbd', {}, 'F7')),
      h('button', { id: 'lang-button', type: 'button', title: t('common.language') }, t('common.otherLanguage')),
      h('button', { id: 'logout-button', type: 'button' }, t('common.logout'))),
    h('div', { id: 'rejected-banner', class: 'banner banner-error', hidden: true }),
    h('main', { class: 'till-main' },
      h('section', { class: 'left' },
        // What scrolls (search results, household, panels) scrolls in a block of its own above the drawer's actions,
        // so that nothing ever lies hidden under them.
        h('div', { class: 'left-scroll' },
          h('form', { id: 'search-form', class: 'search', autocomplete: 'off' },
            h('input', { id: 'product-search', class: 'big-input', type: 'search', enterkeyhint: 'enter',
              placeholder: t('till.searchPlaceholder'), 'aria-label': t('till.searchPlaceholder') })),
          h('div', { id: 'search-message', class: 'message', role: 'status' }),
          h('div', { id: 'search-results', class: 'results', role: 'listbox' }),
          h('section', { class: 'household-zone' },
            h('form', { id: 'household-form', class: 'search', autocomplete: 'off' },
              h('input', { id: 'household-input', class: 'big-input', type: 'search',
                placeholder: t('till.householdPlaceholder'), 'aria-label': t('till.householdPlaceholder') })),
            h('div', { id: 'household-card' })),
          h('div', { id: 'till-panels', class: 'panels' })),
        // The drawer's actions, at the foot of the column: out of the scanner's way, always in sight.
        h('div', { class: 'till-actions' },
          h('button', { id: 'cash-move-button', type: 'button', class: 'big' }, t('till.cashMove')),
          h('button', { id: 'close-till-button', type: 'button', class: 'big' }, t('till.closeTill'), h('kbd', {}, 'F10')))),
      h('section', { class: 'right' },
        h('div', { class: 'lines-wrap' },
          h('table', { id: 'lines', class: 'lines' },
            h('thead', {}, h('tr', {},
              h('th', {}, t('till.col.product')), h('th', { class: 'num' }, t('till.col.quantity')),
              h('th', { class: 'num' }, t('till.col.reference')), h('th', { class: 'num' }, t('till.col.paid')),
              h('th', {}, t('till.col.rule')), h('th', { class: 'num' }, t('till.col.amount')), h('th', {}))),
            h('tbody', { id: 'lines-body' })),
          h('p', { id: 'empty-ticket', class: 'empty' }, t('till.empty'))),
        h('div', { class: 'totals' },
          h('div', { id: 'quote-error', class: 'error', role: 'alert' }),
          h('span', { id: 'provisional-flag', class: 'flag', hidden: true }, t('till.provisional')),
          h('div', { id: 'paid-row', class: 'paid-row', hidden: true }),
          h('div', { class: 'total-row' }, h('span', {}, t('till.total')), h('strong', { id: 'ticket-total' }, money('0.00')))),
        h('div', { class: 'actions' },
          h('button', { id: 'cancel-ticket', type: 'button', class: 'big' }, t('till.cancel')),
          h('button', { id: 'checkout', type: 'button', class: 'big primary' }, t('till.checkout'), h('kbd', {}, 'F9'))))),
    h('footer', { class: 'shortcuts' }, t('till.shortcuts')));
}

/** What set a line's price, in words: « Solidaire 30 % », never `TIER:P1` (the owning bundle words its rules). */
export function ruleLabel(rule, line) {
  if (!rule || rule === 'REFERENCE') return t('rule.reference');
  return contributed.ruleLabel(rule, line, words()) ?? rule;
}

/** "Espèces" for CASH; a contributed method as its bundle names it; the code as is when nobody claims it. */
export function methodLabel(method) {
  const key = `method.${method}`;
  const text = t(key);
  return text !== key ? text : (contributed.methodLabel(method, words()) ?? method);
}

// What a line says besides its subject (`label`: what the server names a bundle's line).
const LINE_FIELDS = new Set(['quantity', 'referencePrice', 'unitPrice', 'lineAmount', 'priceRule', 'label']);

/** The key of a priced line's subject: `product:<id>` or `<kind>:<ref>` for lines bundles add. */
export function lineSubject(l) {
  const kind = Object.keys(l).find((k) => !LINE_FIELDS.has(k));
  return kind ? `${kind}:${l[kind]}` : '';
}

/** The name to print for a priced line, from `names` (subject → name). */
export function lineName(l, names) {
  return names[lineSubject(l)];
}

const unitSuffix = (uom) => (uom === 'KG' ? ' /kg' : uom === 'L' ? ' /L' : '');
const qtyText = (line) => qty(line.quantity) + (line.kind === 'product' && line.product.uom !== 'UNIT'
  ? ` ${line.product.uom === 'KG' ? 'kg' : 'L'}` : '');

/** The lines: at once with reference prices, paid prices when the quote for this content is known. */
export function renderLines(draft, quoteState, selectedKey, on) {
  const tbody = document.getElementById('lines-body');
  document.getElementById('empty-ticket').hidden = draft.lines.length > 0;
  fill(tbody, draft.lines.map((line) => {
    const priced = quoteState ? pricedLinesOf(quoteState.quote, line) : [];
    const ref = line.kind === 'product' ? line.product.referencePrice : (line.referencePrice ?? priced[0]?.referencePrice);
    const known = priced.length > 0;
    const total = known ? amount(priced.reduce((s, p) => s + cents(p.lineAmount), 0n))
      : (ref != null ? amount(lineAmount(cents(ref), milli(line.quantity))) : null);
    const unit = line.kind === 'product' ? line.product.uom : 'UNIT';
    const paid = known ? priced.map((p) => (priced.length > 1 ? `${qty(p.quantity)} × ` : '') + money(p.unitPrice) + unitSuffix(unit)) : ['…'];
    const row = h('tr', { class: `line${line.key === selectedKey ? ' selected' : ''}`, dataset: { key: line.key,
      sku: line.kind === 'product' ? line.product.sku : '' }, onclick: () => on.select(line.key) },
      // Cut to one line on the screen: the whole name in its title.
      h('td', { class: 'name', title: line.kind === 'product' ? line.product.name : line.label },
        line.kind === 'product' ? line.product.name : line.label,
        line.kind === 'product' ? h('small', {}, line.product.sku) : null),
      h('td', { class: 'num' }, h('button', { type: 'button', class: 'qty-button', title: t('till.editQuantity'),
        onclick: (e) => { e.stopPropagation(); on.editQuantity(line.key); } }, qtyText(line))),
      h('td', { class: 'num ref-price' }, ref != null ? money(ref) + unitSuffix(unit) : ''),
      h('td', { class: `num paid-price${known ? '' : ' pending'}` }, paid.map((p) => h('div', {}, p))),
      h('td', { class: 'rule' }, known ? [...new Set(priced.map((p) => ruleLabel(p.priceRule, p)))].map((r) => h('div', {}, r)) : ''),
      h('td', { class: `num amount${known ? '' : ' pending'}` }, total != null ? money(total) : '…'),
      h('td', { class: 'line-actions' },
        unit === 'UNIT' && line.kind === 'product' ? [
          h('button', { type: 'button', class: 'small', 'aria-label': t('till.less'),
            onclick: (e) => { e.stopPropagation(); on.step(line.key, -1); } }, '−'),
          h('button', { type: 'button', class: 'small', 'aria-label': t('till.more'),
            onclick: (e) => { e.stopPropagation(); on.step(line.key, 1); } }, '+')] : null,
        h('button', { type: 'button', class: 'small danger remove-line', 'aria-label': t('till.remove'),
          onclick: (e) => { e.stopPropagation(); on.remove(line.key); } }, '×')));
    return row;
  }));
  const selected = tbody.querySelector('tr.selected');
  selected?.scrollIntoView({ block: 'nearest' });
}

export function renderTotals(draft, quoteState) {
  const provisional = !!quoteState?.provisional && draft.lines.length > 0;
  document.getElementById('provisional-flag').hidden = !provisional;
  const error = quoteState?.error && !(quoteState.error.name === 'OfflineError');
  document.getElementById('quote-error').textContent = error ? quoteState.error.message : '';
  const total = !draft.lines.length ? '0.00' : quoteState ? quoteState.quote.total : null;
  document.getElementById('ticket-total').textContent = total != null ? money(total) : '…';
  const paid = paidCents(draft);
  const paidRow = document.getElementById('paid-row');
  paidRow.hidden = paid === 0n;
  paidRow.textContent = paid === 0n ? '' : t('till.alreadyPaid', { amount: money(amount(paid)) });
}

/** The household card: reference, size, and the facets contributed modules word (see contributed.js). */
export function renderHousehold(household, onClear) {
  const card = document.getElementById('household-card');
  if (!household) {
    fill(card);
    return;
  }
  fill(card, h('div', { class: 'household', id: 'household-details' },
    h('div', { class: 'household-head' },
      h('strong', {}, t('till.household', { reference: household.reference })),
      h('button', { type: 'button', class: 'small', id: 'household-clear', onclick: onClear,
        'aria-label': t('till.householdClear') }, '×')),
    h('div', {}, plural('till.householdSize', household.size)),
    contributed.householdFacets(household, words()).map((f) => h('div', { class: f.class || null, id: f.id || null }, f.text)),
    household.offline ? h('div', { class: 'flag' }, t('till.householdOffline')) : null));
}
