// The payment room: from F9 to the receipt — the session must be open, the ticket priced (by the API, or
// provisionally offline), paid in the payment dialog (payment.js, with the methods bundles contribute), then handed
// to the outbox and the next ticket started.
import { ApiError } from '/ui/pos/api.js';
import { t } from '/ui/pos/i18n.js';
import { toast } from '/ui/pos/ui.js';
import { amount } from '/ui/pos/decimal.js';
import * as D from './draft.js';
import { openPayment } from './payment.js';
import { showReceipt } from './receipt.js';

/**
 * Checkout of `ticket` (ticket.js). `relogin()` asks for the password again when the session expired while the
 * sale was sent; `focus()` gives the scanner its field back.
 */
export function createCheckout({ client, store, user, ticket, pricer, tills, outbox, relogin, focus }) {
  let contributions = [];
  let pdfReceipts = false;

  async function checkout() {
    if (document.querySelector('dialog[open]')) return;
    const draft = ticket.draft;
    if (!draft.lines.length) {
      toast(t('till.emptyCheckout'));
      return focus();
    }
    if (!(await tills.ensureOpen())) return focus();
    const q = await pricer.ensure(draft);
    ticket.refresh(false);
    if (q.error instanceof ApiError) {
      toast(q.error.message, 'error');
      return;
    }
    openPayment({ client, draft, quoteState: q, contributions, snapshot: ticket.snapshot,
      changed: () => ticket.refresh(false), finish: (change) => finish(draft, q, change) });
  }

  async function finish(draft, q, change) {
    const names = {};
    const units = {};
    for (const l of draft.lines) {
      const subject = l.kind === 'product' ? `product:${l.product.id}` : `${l.kind}:${l.ref}`;
      names[subject] = l.kind === 'product' ? l.product.name : l.label;
      units[subject] = l.kind === 'product' ? l.product.uom : 'UNIT';
    }
    const display = { id: draft.id, createdAt: new Date().toISOString(), names, units, household: draft.household?.reference ?? null,
      lines: q.quote.lines, total: q.quote.total, change: amount(change), provisional: q.provisional,
      payments: draft.payments.map((p) => ({ method: p.method, amount: p.amount })),
      till: tills.till(), cashier: user.username };
    const body = { ...D.ticketBody(draft, true), till: tills.till().id };
    const soldAt = Date.now();
    // Paid at the till's own prices while the server was out of reach: it records a difference, never refuses the
    // sale, as long as the till's prices then explain it.
    if (q.provisional) Object.assign(body, { soldOffline: true, soldAt: new Date(soldAt).toISOString() });
    const result = await outbox.submit({ id: draft.id, body, display, createdAt: soldAt });
    if (result.state === 'refused') {
      if (result.error.code === 'TILL_NOT_OPEN') tills.closed();
      return { done: false, message: result.error.message };
    }
    const sale = result.state === 'accepted' ? { ticket: result.ticket, display } : { display };
    ticket.restart();
    if (result.unauthorized) relogin();
    return { done: true, after: () => showReceipt({ client, store, sale, pdf: pdfReceipts && !!sale.ticket, onClose: focus }) };
  }

  return {
    checkout,
    /** The payment methods bundles contribute (place till.payment). */
    usePayments(list) { contributions = list; },
    /** Receipts as PDF once the reports bundle serves the `ticket` report. */
    usePdfReceipts(on) { pdfReceipts = on; },
  };
}
