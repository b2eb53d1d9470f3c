// The product field: a scanner types the code then Enter — an exact sku is added at once; typing
// a name lists products (arrows and Enter to choose). "3*code" adds 3. A code that is no product
// but a household card selects the household (cards get scanned into the wrong field).
import { t, money } from '/ui/pos/i18n.js';
import { h, fill, errorText, focusField } from '/ui/pos/ui.js';

const SEARCH_DELAY_MS = 250;
const PREFIX = /^(\d+(?:[.,]\d{1,3})?)\s*[*xX×]\s*(.+)$/;

/** "3*ABC" → { qty: "3", code: "ABC" }; "ABC" → { qty: null, code: "ABC" }. */
export function parseEntry(text) {
  const s = text.trim();
  const m = PREFIX.exec(s);
  return m ? { qty: m[1].replace(',', '.'), code: m[2].trim() } : { qty: null, code: s };
}

export function bindSearch({ catalog, onProduct, onHouseholdCode }) {
  const form = document.getElementById('search-form');
  const input = document.getElementById('product-search');
  const results = document.getElementById('search-results');
  const message = document.getElementById('search-message');
  let timer = null;
  let seq = 0;

  const clear = () => {
    clearTimeout(timer);
    seq++;
    input.value = '';
    fill(results);
    message.textContent = '';
  };

  function show(items, qty, offline) {
    message.textContent = offline ? t('till.searchOffline') : '';
    fill(results, items.map((p) => h('button', { type: 'button', class: 'result', role: 'option', dataset: { sku: p.sku },
      onclick: () => { clear(); onProduct(p, qty); } },
    h('span', { class: 'result-name' }, p.name), h('small', {}, p.sku),
    h('span', { class: 'result-price' }, money(p.referencePrice) + (p.uom === 'UNIT' ? '' : ` /${p.uom === 'KG' ? 'kg' : 'L'}`)))));
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const { qty, code } = parseEntry(input.value);
    if (code.length < 2) {
      fill(results);
      return;
    }
    const mine = ++seq;
    timer = setTimeout(async () => {
      try {
        const { items, offline } = await catalog.search(code);
        if (mine === seq) show(items, qty, offline);
      } catch (e) {
        if (mine === seq) message.textContent = errorText(e);
      }
    }, SEARCH_DELAY_MS);
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const mine = ++seq;
    const { qty, code } = parseEntry(input.value);
    if (!code) return;
    let scanned;
    try {
      const exact = await catalog.bySku(code);
      if (exact) {
        clear();
        onProduct(exact, qty);
        return;
      }
      const { items, offline } = await catalog.search(code);
      if (mine !== seq) return;
      if (items.length === 1) {
        clear();
        onProduct(items[0], qty);
      } else if (items.length > 1) {
        show(items, qty, offline);
        results.querySelector('button')?.focus();
      } else if (/^2\d{12}$/.test(code) && (scanned = await catalog.scan(code))) {
        // A scale label: its product at the weight (or the price's worth) it carries.
        clear();
        onProduct(scanned.product, scanned.quantity);
      } else if (await onHouseholdCode(code)) {
        clear();
      } else {
        fill(results);
        message.textContent = t('till.noProduct', { code });
        input.select();
      }
    } catch (err) {
      message.textContent = errorText(err);
    }
  });

  // Arrows move between the field and the results; Escape goes back to the field.
  const moveFocus = (e) => {
    const buttons = [...results.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      (buttons[i + 1] || buttons[0])?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i <= 0) input.focus();
      else buttons[i - 1].focus();
    } else if (e.key === 'Escape' && i >= 0) {
      e.preventDefault();
      input.focus();
    }
  };
  input.addEventListener('keydown', (e) => e.key === 'ArrowDown' && moveFocus(e));
  results.addEventListener('keydown', moveFocus);

  return { focus: () => focusField(input), clear };
}
