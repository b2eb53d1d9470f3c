// At the till: the cagnotte. The cashier adds a gift to the ticket, to the caisse alimentaire (a fund conventioned with
// the store) or to the store's own cagnotte: a chosen amount (« Don »), or the cents up to the next euro (« Arrondi »,
// one key). The line is priced by the server (the financing bundle's `donation` line kind), outside VAT, and paid with
// the rest of the ticket; the caisse never pays it.
import { h, fill, tr, input, select, errorText } from './common.js';
import { normaliseAmount, cents, amount } from '/ui/pos/decimal.js';

const KIND = 'donation';

/** « Don — Caisse alimentaire »: as the server labels the line on the receipt and the PDF ticket. */
const labelOf = (ctx, choice) => tr(ctx, choice.startsWith('fund:') ? 'cag.lineFund' : 'cag.lineStore');

export async function mount(ctx) {
  const store = ctx.user.organization;
  const choices = [[`organization:${store}`, tr(ctx, 'cag.store')]];
  try {
    const funds = await ctx.api(`/api/cagnotte/funds?organization=${store}`);
    // The caisse alimentaire first: it is what the cashier proposes most.
    funds.items.forEach((f) => choices.unshift([`fund:${f.id}`, tr(ctx, 'cag.fund', { name: f.name })]));
  } catch (err) {
    // Offline or without the caisse: the store's cagnotte stays.
  }
  const to = select('till-donation-to', choices);
  const value = input('till-donation-amount', { inputmode: 'decimal', size: 6, placeholder: '2,00' });
  const message = h('p', { class: 'error', role: 'alert', id: 'till-donation-error' });
  const give = h('button', { type: 'submit', class: 'big primary', id: 'till-donation-give' }, tr(ctx, 'cag.give'));
  const round = h('button', { type: 'button', class: 'big', id: 'till-donation-roundup' }, tr(ctx, 'cag.roundUp'));

  /** Adds the line unless the same gift is already on the ticket (one line per fund and way of giving). */
  function add(ref, request, referencePrice) {
    fill(message);
    if (ctx.ticket().lines.some((l) => l.kind === KIND && l.ref === ref)) {
      message.textContent = tr(ctx, 'cag.already');
      return false;
    }
    ctx.addLine({ kind: KIND, ref, value: request, quantity: '1', label: labelOf(ctx, ref), referencePrice });
    return true;
  }

  function target() {
    const [kind, id] = to.value.split(':');
    return { ref: to.value, request: { [kind === 'fund' ? 'fund' : 'organization']: id } };
  }

  const form = h('form', { id: 'till-donation-form', style: 'display:grid;gap:.4rem' },
    h('label', {}, tr(ctx, 'cag.to'), to), h('label', {}, tr(ctx, 'cag.amount'), value), message,
    h('div', { style: 'display:flex;gap:.4rem' }, give, round));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const a = normaliseAmount(value.value.trim());
    if (a == null || a === '0.00') {
      message.textContent = tr(ctx, 'common.invalidAmount', { value: value.value });
      return;
    }
    const { ref, request } = target();
    if (add(ref, { ...request, amount: a }, a)) {
      value.value = '';
      ctx.notify(tr(ctx, 'cag.added', { amount: ctx.money(a) }), 'ok');
    }
  });
  round.addEventListener('click', () => {
    const total = ctx.ticket().total;
    // The server computes the round-up on the lines before it; offline, the till's own total prices it meanwhile.
    const left = total == null ? null : (100n - (cents(total) % 100n)) % 100n;
    if (left === 0n) {
      fill(message, tr(ctx, 'cag.alreadyRound'));
      return;
    }
    const { ref, request } = target();
    add(`${ref}:roundUp`, { ...request, roundUp: true }, left == null ? undefined : amount(left));
  });
  ctx.el.append(form);
  return () => form.remove();
}
