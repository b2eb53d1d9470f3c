// The input room: what the cashier types or scans — the product search (scanner, keyboard, "3*code") and the
// household card's field — turned into changes of the ticket.
import { t } from '/ui/pos/i18n.js';
import { toast } from '/ui/pos/ui.js';
import { milli } from '/ui/pos/decimal.js';
import { bindSearch } from './search.js';
import { askQuantity } from './dialogs.js';

const $ = (id) => document.getElementById(id);

/** Binds the search and household fields to `ticket` (ticket.js); returns {focus, clear} of the search field. */
export function bindInput({ catalog, ticket }) {
  async function addProduct(product, qty) {
    const q = qty || (product.uom === 'UNIT' ? '1' : await askQuantity(product, null));
    if (!q) return search.focus();
    if (milli(q) == null || milli(q) <= 0n || (product.uom === 'UNIT' && milli(q) % 1000n !== 0n)) {
      toast(t('qty.wholeUnits'), 'error');
      return search.focus();
    }
    ticket.addProduct(product, q);
    search.focus();
  }

  async function useHousehold(reference, quiet) {
    const found = await catalog.household(reference);
    if (!found || found.erased) {
      if (!quiet) toast(t(found ? 'till.householdErased' : 'till.householdUnknown', { reference }), 'error');
      return false;
    }
    ticket.setHousehold(found);
    return true;
  }

  const search = bindSearch({ catalog, onProduct: addProduct, onHouseholdCode: (code) => useHousehold(code, true) });

  $('household-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = $('household-input');
    const reference = input.value.trim();
    if (!reference) return;
    try {
      if (await useHousehold(reference, false)) {
        input.value = '';
        search.focus();
      } else {
        input.select();
      }
    } catch (err) {
      toast(err.message, 'error');
    }
  });

  return { focus: () => search.focus(), clear: () => search.clear() };
}
