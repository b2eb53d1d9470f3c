// Payment: split between methods, cash with the change due, card, and the methods bundles add
// (till.payment contributions). When nothing remains to pay the ticket is sent.
import { t, money, typed as asTyped } from '/ui/pos/i18n.js';
import { h, fill, modal } from '/ui/pos/ui.js';
import { amount, cents, normaliseAmount } from '/ui/pos/decimal.js';
import { baseContext, mount } from '/ui/pos/contributions.js';
import { paidCents } from './draft.js';
import { methodLabel } from './view.js';

/**
 * Opens the payment dialog. `finish(change)` sends the ticket and resolves to
 * { done: true } or { done: false, message } (a refusal to show here).
 */
export function openPayment({ client, draft, quoteState, contributions, snapshot, changed, finish }) {
  const total = cents(quoteState.quote.total);
  const remaining = () => total - paidCents(draft);
  const listeners = [];
  const cleanups = [];
  const { body, close } = modal(t('pay.title'), { className: 'payment-dialog', onClose: () => cleanups.forEach((f) => f()) });

  const input = h('input', { id: 'pay-amount', class: 'big-input amount-input', inputmode: 'decimal', autocomplete: 'off' });
  const error = h('p', { id: 'pay-error', class: 'error', role: 'alert' });
  const change = h('p', { id: 'change-due', class: 'change', hidden: true });
  const summary = h('div', { class: 'pay-summary' });
  const list = h('ul', { id: 'pay-list', class: 'pay-list' });
  const cash = h('button', { id: 'pay-cash', type: 'button', class: 'big primary' }, t('pay.cash'), h('kbd', {}, t('key.enter')));
  const card = h('button', { id: 'pay-card', type: 'button', class: 'big' }, t('pay.card'), h('kbd', {}, 'F8'));
  const slots = h('div', { id: 'pay-contrib', class: 'pay-contrib' });
  // Shown when nothing remains to pay on opening (a free ticket, or a ticket refused and kept open).
  const confirm = h('button', { id: 'pay-confirm', type: 'button', class: 'big primary', hidden: true }, t('pay.confirm'));
  let busy = false;

  fill(body,
    quoteState.provisional ? h('p', { class: 'flag' }, t('pay.provisional')) : null,
    summary, list,
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('pay.amount')), input),
    h('div', { class: 'pay-buttons' }, cash, card, slots, confirm), error, change);

  function render() {
    const rest = remaining();
    fill(summary,
      h('div', {}, h('span', {}, t('pay.total')), h('strong', { id: 'pay-total' }, money(amount(total)))),
      h('div', {}, h('span', {}, t('pay.paid')), h('strong', { id: 'pay-paid' }, money(amount(paidCents(draft))))),
      h('div', { class: 'rest' }, h('span', {}, rest < 0n ? t('pay.over') : t('pay.remaining')),
        h('strong', { id: 'pay-remaining' }, money(amount(rest < 0n ? -rest : rest)))));
    fill(list, draft.payments.map((p, i) => h('li', {},
      h('span', {}, p.label || methodLabel(p.method)), h('strong', {}, money(p.amount)),
      h('button', { type: 'button', class: 'small danger', 'aria-label': t('pay.removePayment'),
        onclick: () => { draft.payments.splice(i, 1); changed(); update(); } }, '×'))));
    input.value = rest > 0n ? asTyped(amount(rest)) : '';
    confirm.hidden = rest !== 0n;
    cash.disabled = rest <= 0n;
    card.disabled = rest <= 0n;
    if (rest === 0n) confirm.focus();
    else input.select();
  }

  function update() {
    render();
    listeners.forEach((f) => f(snapshot()));
  }

  async function add(method, value, label, changeDue = 0n) {
    error.textContent = '';
    draft.payments.push({ method, amount: amount(value), label });
    changed();
    update();
    if (changeDue > 0n) {
      change.hidden = false;
      change.textContent = t('pay.change', { amount: money(amount(changeDue)) });
    }
    if (remaining() === 0n) await send(changeDue);
  }

  async function send(changeDue) {
    if (busy) return;
    busy = true;
    body.classList.add('busy');
    error.textContent = t('pay.sending');
    const result = await finish(changeDue);
    busy = false;
    body.classList.remove('busy');
    if (result.done) {
      close();
      result.after?.();
    } else {
      error.textContent = result.message;
      change.hidden = true;
    }
  }

  function enteredAmount() {
    const v = normaliseAmount(input.value);
    if (v == null || cents(v) === 0n) {
      error.textContent = t('pay.invalidAmount');
      input.select();
      return null;
    }
    return cents(v);
  }

  function payCash() {
    if (busy || remaining() <= 0n) return;
    const given = enteredAmount();
    if (given == null) return;
    const rest = remaining();
    if (given >= rest) add('CASH', rest, null, given - rest);
    else add('CASH', given);
  }

  function payCard() {
    if (busy || remaining() <= 0n) return;
    const value = enteredAmount();
    if (value == null) return;
    if (value > remaining()) {
      error.textContent = t('pay.cardTooMuch');
      return;
    }
    add('CARD', value);
  }

  cash.addEventListener('click', payCash);
  card.addEventListener('click', payCard);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      payCash();
    }
  });
  body.addEventListener('keydown', (e) => {
    if (e.key === 'F8') {
      e.preventDefault();
      payCard();
    }
  });

  for (const c of contributions) {
    const el = h('div', { class: 'contrib-slot', dataset: { contribution: c.id } });
    slots.append(el);
    const ctx = baseContext(client, c, el, {
      ticket: snapshot,
      onChange: (f) => listeners.push(f),
      addPayment({ method, amount: value, label }) {
        const v = normaliseAmount(value);
        if (!method || v == null || cents(v) <= 0n) throw new Error(t('pay.invalidAmount'));
        if (cents(v) > remaining()) throw new Error(t('pay.tooMuch'));
        add(method, cents(v), label || c.title);
      },
    });
    mount(c, ctx).then((unmount) => cleanups.push(unmount));
  }
  confirm.addEventListener('click', () => send(0n));
  render();
}
