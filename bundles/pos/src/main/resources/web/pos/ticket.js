// The ticket room: the ticket being rung up (draft.js's plain data, saved after each change), its selected line,
// the line actions, and drawing it all again after each change (view.js). The other rooms change the ticket
// only through what this returns.
import { amount, cents, milli, quantity } from '/ui/pos/decimal.js';
import * as D from './draft.js';
import { renderLines, renderTotals, renderHousehold } from './view.js';
import { askQuantity } from './dialogs.js';

/**
 * The ticket of `store`, found again after a reload. `pricer` quotes it (pricing.js); `focus()` gives the scanner
 * its field back after an action.
 */
export function createTicket({ store, pricer, focus }) {
  let draft = D.loadDraft(store.id) || D.newDraft(store.id);
  let selected = draft.lines.at(-1)?.key ?? null;
  const listeners = [];

  function refresh(requote = true) {
    D.saveDraft(draft);
    const q = pricer.currentFor(draft);
    renderLines(draft, q, selected, lineActions);
    renderTotals(draft, q);
    renderHousehold(draft.household, () => { draft.household = null; refresh(); focus(); });
    if (requote) pricer.schedule(draft);
    const s = snapshot();
    listeners.forEach((f) => f(s));
  }

  /** The ticket as contributions see it (a copy: they cannot change the till's state behind its back). */
  function snapshot() {
    const q = pricer.currentFor(draft);
    const paid = D.paidCents(draft);
    return structuredClone({
      id: draft.id, organization: draft.organization, household: draft.household,
      lines: draft.lines.map((l) => ({ kind: l.kind, product: l.product, ref: l.ref, label: l.label,
        quantity: l.quantity, priced: q ? D.pricedLinesOf(q.quote, l) : [] })),
      total: q?.quote.total ?? null, provisional: !!q?.provisional,
      payments: draft.payments.map((p) => ({ method: p.method, amount: p.amount })),
      paid: amount(paid), remaining: q ? amount(cents(q.quote.total) - paid) : null,
    });
  }

  const lineActions = {
    select: (key) => { selected = key; refresh(false); },
    remove: (key) => { D.removeLine(draft, key); selected = draft.lines.at(-1)?.key ?? null; refresh(); focus(); },
    step(key, delta) {
      const line = draft.lines.find((l) => l.key === key);
      const next = milli(line.quantity) + BigInt(delta) * 1000n;
      if (next <= 0n) return lineActions.remove(key);
      D.setQuantity(draft, key, quantity(next));
      selected = key;
      refresh();
    },
    async editQuantity(key) {
      const line = draft.lines.find((l) => l.key === key);
      if (!line || line.kind !== 'product') return;
      const q = await askQuantity(line.product, line.quantity);
      if (q) {
        D.setQuantity(draft, key, q);
        selected = key;
        refresh();
      }
      focus();
    },
  };

  return {
    /** The draft itself (the payment dialog adds its payments to it). */
    get draft() { return draft; },
    get selected() { return selected; },
    refresh,
    snapshot,
    lineActions,
    /** Adds `qty` (already checked) of `product`, its line selected. */
    addProduct(product, qty) {
      selected = D.addProduct(draft, product, qty).key;
      refresh();
    },
    /** A line of a kind a bundle adds (draft.addOtherLine), selected. */
    addLine(line) {
      selected = D.addOtherLine(draft, line).key;
      refresh();
    },
    setHousehold(household) {
      draft.household = household;
      refresh();
    },
    /** Starts the next ticket (after a sale, or when the cashier cancels this one). */
    restart() {
      draft = D.newDraft(store.id);
      selected = null;
      refresh();
    },
    /** `f(snapshot)` after each change. */
    onChange: (f) => listeners.push(f),
  };
}
