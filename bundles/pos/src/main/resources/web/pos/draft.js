// The ticket being rung up: its client id (given when it starts: the idempotency key of
// POST /api/tickets), household, lines and payments. Plain data, saved in localStorage after each
// change so that a reload or a crash of the browser loses nothing.
import { uuid } from '/ui/pos/ids.js';
import { amount, cents, milli, quantity, lineAmount } from '/ui/pos/decimal.js';

const KEY = 'vivres.pos.draft';

export function newDraft(organization) {
  return { id: uuid(), organization, household: null, lines: [], payments: [], startedAt: new Date().toISOString() };
}

export function saveDraft(draft) {
  localStorage.setItem(KEY, JSON.stringify(draft));
}

export function loadDraft(organization) {
  try {
    const d = JSON.parse(localStorage.getItem(KEY) || 'null');
    return d && d.organization === organization ? d : null;
  } catch {
    return null;
  }
}

/** Adds `qty` of a product; the same product scanned again adds to its line. Returns the line. */
export function addProduct(draft, product, qty) {
  const p = { id: product.id, sku: product.sku, name: product.name, uom: product.uom,
    referencePrice: product.referencePrice, category: product.category };
  let line = draft.lines.find((l) => l.kind === 'product' && l.product.id === p.id);
  if (line) {
    line.quantity = quantity(milli(line.quantity) + milli(qty));
    line.product = p;
  } else {
    line = { key: uuid(), kind: 'product', product: p, quantity: quantity(milli(qty)) };
    draft.lines.push(line);
  }
  return line;
}

/**
 * A line of a kind a bundle adds ({@code {registration: id}} for an activity fee): `kind` is the
 * field name, `ref` its value; `referencePrice` (optional) prices it while offline. `value` (optional): what the
 * request sends under the field instead of `ref` when the kind takes an object (`{donation: {fund, amount}}`); `ref`
 * is then the reference the server answers for the line (its quote's `donation` field), which matches the two.
 */
export function addOtherLine(draft, { kind, ref, value, quantity: q = '1', label, referencePrice }) {
  let line = draft.lines.find((l) => l.kind === kind && l.ref === ref);
  if (!line) {
    line = { key: uuid(), kind, ref, label: label || kind, quantity: quantity(milli(q)),
      referencePrice: referencePrice ?? null };
    if (value !== undefined) line.value = value;
    draft.lines.push(line);
  }
  return line;
}

export function setQuantity(draft, key, qty) {
  const line = draft.lines.find((l) => l.key === key);
  if (line) line.quantity = quantity(milli(qty));
}

export function removeLine(draft, key) {
  draft.lines = draft.lines.filter((l) => l.key !== key);
}

/** The lines as POST /api/tickets wants them. */
export function requestLines(draft) {
  return draft.lines.map((l) => (l.kind === 'product'
    ? { product: l.product.id, quantity: l.quantity }
    : { [l.kind]: l.value ?? l.ref, quantity: l.quantity }));
}

/** What the price depends on: a quote is current only for the same key. */
export function quoteKey(draft) {
  return JSON.stringify({ h: draft.household?.id ?? null, l: requestLines(draft) });
}

/** The request body of the quote and of the ticket (payments only for the ticket). */
export function ticketBody(draft, withPayments) {
  const body = { id: draft.id, organization: draft.organization, lines: requestLines(draft) };
  if (draft.household) body.household = draft.household.id;
  if (withPayments) body.payments = draft.payments.map((p) => ({ method: p.method, amount: p.amount }));
  return body;
}

/**
 * The quote of a ticket that cannot be priced by the API ("prix provisoires"): each line at the price of the first
 * contributed rule that prices it (`rules.price(line, till)`, see contributed.js: a capability's offline price rule,
 * the same as its server-side rule), else at its reference price.
 */
export function localQuote(draft, rules = null) {
  const till = { household: draft.household, organization: draft.organization,
    today: new Date().toLocaleDateString('sv-SE') }; // YYYY-MM-DD, local time, as the store's day
  const lines = draft.lines.map((l) => {
    const ref = l.kind === 'product' ? l.product.referencePrice : (l.referencePrice ?? '0.00');
    const answer = rules?.price({ kind: l.kind, product: l.product ?? null, ref: l.ref ?? null, quantity: l.quantity,
      referencePrice: ref }, till) ?? null;
    // A rule's answer counts only with a price the till can read and a rule to name it.
    const offered = answer?.priceRule && cents(answer.unitPrice) != null ? answer : null;
    const unit = offered ? amount(cents(offered.unitPrice)) : ref;
    const line = { quantity: l.quantity, referencePrice: ref, unitPrice: unit,
      lineAmount: amount(lineAmount(cents(unit), milli(l.quantity))),
      priceRule: offered ? offered.priceRule : 'REFERENCE' };
    return l.kind === 'product' ? { product: l.product.id, ...line } : { [l.kind]: l.ref, ...line };
  });
  const total = lines.reduce((s, l) => s + cents(l.lineAmount), 0n);
  return { lines, total: amount(total), provisional: true };
}

/** The quote's lines of one draft line (a rule may split a product into two priced lines). */
export function pricedLinesOf(quote, line) {
  if (!quote) return [];
  return quote.lines.filter((q) => (line.kind === 'product' ? q.product === line.product.id : q[line.kind] === line.ref));
}

export function paidCents(draft) {
  return draft.payments.reduce((s, p) => s + cents(p.amount), 0n);
}
