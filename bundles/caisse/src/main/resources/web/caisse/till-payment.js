// "Caisse alimentaire" in the till's payment dialog: shows the member's balance and the eligible part
// of the ticket, and adds a CAISSE payment of min(eligible, balance, remaining) that the cashier may
// lower. The server decides in the end (CaissePayment.authorize); this only proposes.
import { h, fill } from '/ui/pos/ui.js';
import { cents, amount, normaliseAmount } from '/ui/pos/decimal.js';
import { OfflineError } from '/ui/pos/api.js';
import { typed } from '/ui/pos/i18n.js';
import { fundName } from '/ui/pos/names.js';
import { tr } from './texts.js';

// fund/product → eligible (a product's eligibility changes only when the committee edits the criteria).
const eligibility = new Map();

async function isEligible(ctx, fund, product) {
  const key = `${fund}/${product}`;
  if (!eligibility.has(key)) {
    const answer = await ctx.api(`/api/caisse/funds/${fund}/eligible?product=${encodeURIComponent(product)}`);
    eligibility.set(key, answer.eligible === true);
  }
  return eligibility.get(key);
}

/** The eligible value of the ticket's product lines, in cents (paid prices, as the server counts). */
async function eligibleCents(ctx, fund, ticket) {
  let total = 0n;
  for (const line of ticket.lines) {
    if (line.kind !== 'product' || !line.product) continue;
    if (!line.priced || !line.priced.length) return null;
    if (await isEligible(ctx, fund, line.product.id)) {
      for (const p of line.priced) total += cents(p.lineAmount) ?? 0n;
    }
  }
  return total < 0n ? -total : total;
}

/** The household's membership, fresh from the API when possible (the balance may have moved). */
async function membership(ctx, household) {
  try {
    const found = await ctx.api(`/api/households?reference=${encodeURIComponent(household.reference)}`);
    const fresh = found.items.find((x) => x.id === household.id);
    if (fresh) return fresh.caisseMemberships?.[0] || null;
  } catch (e) {
    if (e instanceof OfflineError) throw e;
  }
  return household.caisseMemberships?.[0] || null;
}

/** The till's name for this bundle's payment method (receipts, payments, refunds); null for others'. */
export function methodLabel(method, ctx) {
  return method === 'CAISSE' ? tr(ctx, 'till.method') : null;
}

/** The household card's lines: each fund the household is a member of, with its balance. */
export function householdFacets(household, ctx) {
  const memberships = Array.isArray(household?.caisseMemberships) ? household.caisseMemberships : [];
  return memberships.map((m) => ({ class: 'caisse',
    text: tr(ctx, 'till.householdCaisse', { fund: fundName(m.fundName), balance: ctx.money(m.balance) }) }));
}

const min = (...values) => values.reduce((a, b) => (b < a ? b : a));

export async function mount(ctx) {
  const panel = h('div', { class: 'caisse-pay', id: 'caisse-pay-panel', style: 'flex-basis:100%' });
  // The slot is a row beside the other methods; while the panel is open it takes the whole width.
  const widen = (open) => {
    ctx.el.style.flexBasis = open ? '100%' : '';
    ctx.el.style.flexWrap = open ? 'wrap' : '';
  };
  const close = () => {
    fill(panel);
    widen(false);
  };
  const button = h('button', { type: 'button', class: 'big', id: 'caisse-pay-button' }, ctx.contribution.title);

  async function open() {
    const ticket = ctx.ticket();
    if (!ticket.household) return ctx.notify(tr(ctx, 'pay.noHousehold'), 'error');
    if (ticket.provisional || ticket.total == null) return ctx.notify(tr(ctx, 'pay.provisional'), 'error');
    button.disabled = true;
    try {
      const member = await membership(ctx, ticket.household);
      if (!member) return ctx.notify(tr(ctx, 'pay.notMember'), 'error');
      const eligible = await eligibleCents(ctx, member.fund, ticket);
      if (eligible == null) return ctx.notify(tr(ctx, 'pay.provisional'), 'error');
      const already = ticket.payments.filter((p) => p.method === 'CAISSE').reduce((s, p) => s + (cents(p.amount) ?? 0n), 0n);
      const balance = (cents(member.balance) ?? 0n) - already;
      const left = eligible - already;
      const max = min(left, balance, cents(ticket.remaining) ?? 0n);
      show(member, eligible, balance, max);
    } catch (e) {
      ctx.notify(e instanceof OfflineError ? tr(ctx, 'pay.offline') : e.message, 'error');
    } finally {
      button.disabled = false;
    }
  }

  function show(member, eligible, balance, max) {
    const info = h('ul', { class: 'caisse-figures', style: 'margin:0;padding-left:1.2rem;font-size:1.1rem' },
      member.fundName ? h('li', {}, tr(ctx, 'pay.fund', { fund: member.fundName })) : null,
      h('li', { id: 'caisse-balance' }, tr(ctx, 'pay.balance', { balance: ctx.money(amount(balance)) })),
      h('li', { id: 'caisse-eligible' }, tr(ctx, 'pay.eligible', { eligible: ctx.money(amount(eligible)) })));
    if (max <= 0n) {
      widen(true);
      fill(panel, info, h('p', { class: 'error', role: 'alert' }, tr(ctx, 'pay.nothing')));
      return;
    }
    const input = h('input', { id: 'caisse-amount', class: 'big-input', inputmode: 'decimal', autocomplete: 'off', value: typed(amount(max)) });
    const error = h('p', { class: 'error', role: 'alert' });
    const pay = h('button', { type: 'submit', class: 'big primary', id: 'caisse-pay-confirm' }, tr(ctx, 'pay.confirm'));
    const form = h('form', { class: 'caisse-form', style: 'display:grid;grid-template-columns:1fr auto;gap:.4rem .6rem;align-items:end;margin-top:.4rem' },
      h('div', { style: 'grid-column:1/-1' }, info),
      h('label', { class: 'field', style: 'margin:0' }, h('span', { class: 'field-label' }, tr(ctx, 'pay.proposed')), input),
      h('div', {}, pay), h('div', { style: 'grid-column:1/-1' }, error));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      // The dialog's own Enter (cash) must not also fire.
      e.stopPropagation();
      const value = normaliseAmount(input.value);
      if (value == null || cents(value) <= 0n) {
        error.textContent = tr(ctx, 'pay.invalid');
        return;
      }
      if (cents(value) > max) {
        error.textContent = tr(ctx, 'pay.tooMuch', { max: ctx.money(amount(max)) });
        return;
      }
      try {
        ctx.addPayment({ method: 'CAISSE', amount: value, label: ctx.contribution.title });
        close();
      } catch (err) {
        error.textContent = err.message;
      }
    });
    input.addEventListener('keydown', (e) => e.stopPropagation());
    widen(true);
    fill(panel, form);
    input.focus();
    input.select();
  }

  button.addEventListener('click', open);
  ctx.onChange?.(close);
  ctx.el.append(button, panel);
  return () => {
    button.remove();
    panel.remove();
  };
}
