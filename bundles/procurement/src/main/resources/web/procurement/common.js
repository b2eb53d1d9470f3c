// Helpers of the procurement screens: tables, forms whose refusals stay in the form, and the
// names of organizations, products and producers (the API gives ids).
import { h, fill, field, errorText } from '/ui/pos/ui.js';
import { normaliseQuantity, normaliseAmount, milli } from '/ui/pos/decimal.js';
import { isAdmin, table, input, select, form, showError, reportButton } from '/ui/pos/forms.js';
import { tr } from './texts.js';

export { h, fill, field, errorText, tr, isAdmin, table, input, select, form, showError, reportButton };

/** A typed quantity ("12,5") as the API writes it, or an Error to show. `zero` lets 0 through. */
export function typedQuantity(ctx, text, { zero = false } = {}) {
  const s = String(text).trim();
  if (zero && (s === '' || milli(s) === 0n)) return '0';
  const q = normaliseQuantity(s);
  if (q == null) throw new Error(tr(ctx, 'common.invalidQuantity', { value: s }));
  return q;
}

export function typedAmount(ctx, text) {
  const a = normaliseAmount(String(text).trim());
  if (a == null || String(text).trim() === '') throw new Error(tr(ctx, 'common.invalidAmount', { value: text }));
  return a;
}

/** Names by id, fetched once per screen. */
export function directory(ctx) {
  const products = new Map();
  let orgs = null;
  let suppliers = null;
  return {
    async organizations() {
      if (!orgs) orgs = (await ctx.api('/api/procurement/organizations?limit=500')).items;
      return orgs;
    },
    async orgName(id) {
      return (await this.organizations()).find((o) => o.id === id)?.name ?? id;
    },
    async suppliers() {
      if (!suppliers) suppliers = (await ctx.api('/api/suppliers?limit=500')).items;
      return suppliers;
    },
    forgetSuppliers() { suppliers = null; },
    async supplierName(id) {
      return (await this.suppliers()).find((s) => s.id === id)?.name ?? id;
    },
    async product(id) {
      if (!products.has(id)) products.set(id, ctx.api(`/api/products/${id}`).catch(() => ({ id, name: id, uom: 'UNIT' })));
      return products.get(id);
    },
    async productName(id) {
      return (await this.product(id)).name;
    },
  };
}

/** "12,5 kg" / "3 unité(s)". */
export function quantityOf(ctx, value, uom) {
  return `${ctx.qty(value)} ${tr(ctx, `uom.${uom || 'UNIT'}`)}`;
}
