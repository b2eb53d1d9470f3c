// The drawer during the session: cash put in or taken out with its reason (apport, retrait, dépôt en banque), and the
// closing: what each method should hold, what the cashier counted, the difference, then the Z, printed or as a PDF.
import { t, money } from '/ui/pos/i18n.js';
import { h, fill, modal, toast, errorText, openReport } from '/ui/pos/ui.js';
import { ApiError } from '/ui/pos/api.js';
import { amount, cents, normaliseAmount } from '/ui/pos/decimal.js';
import { reportButton } from '/ui/pos/forms.js';
import { zElement, methodName } from '/ui/pos/zreport.js';
import { printReceipt } from './receipt.js';

const KINDS = [
  { id: 'move-in', type: 'CASH_IN', key: 'move.in' },
  { id: 'move-out', type: 'CASH_OUT', key: 'move.out' },
  { id: 'move-bank', type: 'CASH_OUT', key: 'move.bank' },
];

function notOpen(err, tills) {
  if (err instanceof ApiError && err.code === 'TILL_NOT_OPEN') tills.closed();
}

/** Cash put in or taken out of the drawer, with its reason. */
export function openCashMove({ client, tills, onClose }) {
  const { body, close } = modal(t('move.title', { till: tills.label() }), { className: 'move-dialog', onClose });
  let kind = null;
  const buttons = KINDS.map((k) => h('button', { type: 'button', class: 'big', id: k.id, 'aria-pressed': 'false',
    onclick: () => choose(k) }, t(k.key)));
  const input = h('input', { id: 'move-amount', class: 'big-input amount-input', inputmode: 'decimal', autocomplete: 'off' });
  const note = h('input', { id: 'move-note', maxlength: '150', autocomplete: 'off' });
  const error = h('p', { id: 'move-error', class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'big primary', id: 'move-submit' }, t('move.submit'));
  const form = h('form', {}, h('div', { class: 'pay-buttons move-kinds' }, buttons),
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('move.amount')), input),
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('move.note')), note), error,
    h('div', { class: 'actions' }, submit));

  function choose(k) {
    kind = k;
    buttons.forEach((b) => { b.classList.toggle('primary', b.id === k.id); b.setAttribute('aria-pressed', String(b.id === k.id)); });
    input.focus();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    const value = normaliseAmount(input.value);
    if (!kind) return void (error.textContent = t('move.chooseKind'));
    if (value == null || cents(value) <= 0n) {
      error.textContent = t('pay.invalidAmount');
      return input.select();
    }
    const reason = note.value.trim() ? `${t(kind.key)} — ${note.value.trim()}` : t(kind.key);
    submit.disabled = true;
    try {
      await client.api(`/api/tills/${tills.till().id}/sessions/current/movements`,
        { method: 'POST', body: { type: kind.type, amount: value, reason } });
      close();
      toast(t('move.done', { kind: t(kind.key), amount: money(value) }), 'ok');
    } catch (err) {
      notOpen(err, tills);
      error.textContent = errorText(err);
      submit.disabled = false;
    }
  });
  fill(body, form);
  buttons[0].focus();
}

/** The count and the close; a till whose outbox still holds tickets is not closed (they belong to this session). */
export async function openClosing({ client, store, tills, outbox, onClose }) {
  let closedZ = null;
  const { body, close } = modal(t('closeTill.title', { till: tills.label() }), { className: 'close-dialog',
    onClose: () => onClose?.(closedZ) });
  fill(body, h('p', { class: 'loading' }, '…'));
  const blocked = async () => {
    await outbox.flush().catch(() => {});
    const { pending } = await outbox.status();
    return pending > 0 ? t('closeTill.waiting', { n: pending }) : null;
  };
  const first = await blocked();
  if (first) return fill(body, h('p', { id: 'close-blocked', class: 'error' }, first));
  let current;
  try {
    current = await client.api(`/api/tills/${tills.till().id}/sessions/current`);
  } catch (err) {
    notOpen(err, tills);
    return fill(body, h('p', { id: 'close-blocked', class: 'error' }, errorText(err)));
  }
  const expected = current.expected || {};
  const methods = ['CASH', 'CARD', ...Object.keys(expected).filter((m) => m !== 'CASH' && m !== 'CARD')];
  const rows = methods.map((m) => {
    const input = h('input', { class: 'count-input', id: `count-${m}`, inputmode: 'decimal', autocomplete: 'off',
      dataset: { method: m } });
    const diff = h('span', { class: 'difference', id: `diff-${m}` }, '—');
    input.addEventListener('input', () => {
      const v = normaliseAmount(input.value);
      const d = v == null ? null : cents(v) - cents(expected[m] ?? '0.00');
      diff.textContent = d == null ? '—' : (d > 0n ? '+' : '') + money(amount(d));
      diff.classList.toggle('off', d != null && d !== 0n);
    });
    return { m, input, row: h('tr', { dataset: { method: m } }, h('td', {}, methodName(m)),
      h('td', { class: 'num expected' }, money(expected[m] ?? '0.00')), h('td', { class: 'num' }, input), h('td', { class: 'num' }, diff)) };
  });
  const error = h('p', { id: 'close-error', class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'big danger', id: 'close-submit' }, t('closeTill.submit'));
  const form = h('form', {},
    h('p', {}, t('closeTill.summary', { tickets: current.tickets, returns: current.returns, total: money(current.total),
      float: money(current.openingFloat) })),
    h('table', { class: 'data count-table', id: 'count-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('z.method')), h('th', { class: 'num' }, t('z.expected')),
        h('th', { class: 'num' }, t('z.counted')), h('th', { class: 'num' }, t('z.difference')))),
      h('tbody', {}, rows.map((r) => r.row))),
    h('p', { class: 'hint' }, t('closeTill.hint')), error, h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    const counted = {};
    for (const r of rows) {
      if (!r.input.value.trim()) continue;
      const v = normaliseAmount(r.input.value);
      if (v == null) {
        error.textContent = t('pay.invalidAmount');
        return r.input.select();
      }
      counted[r.m] = v;
    }
    if (!counted.CASH) {
      error.textContent = t('closeTill.cashRequired');
      return rows[0].input.focus();
    }
    submit.disabled = true;
    const waiting = await blocked();
    if (waiting) {
      error.textContent = waiting;
      submit.disabled = false;
      return;
    }
    try {
      closedZ = await client.api(`/api/tills/${tills.till().id}/sessions/current/close`, { method: 'POST', body: { counted } });
      tills.closed();
      showZ(closedZ);
    } catch (err) {
      notOpen(err, tills);
      error.textContent = errorText(err);
      submit.disabled = false;
    }
  });

  function showZ(z) {
    const element = zElement({ ...z, tillName: tills.label() }, store);
    const ctx = { api: client.api, openReport: (path) => openReport(client, path) };
    const next = h('button', { type: 'button', class: 'big primary', id: 'z-next', onclick: close }, t('closeTill.next'));
    fill(body, element, h('div', { class: 'actions no-print' },
      h('button', { type: 'button', class: 'big', id: 'z-print', onclick: () => printReceipt(element) }, t('receipt.print')),
      reportButton(ctx, 'closing', { session: z.session }, 'PDF', { id: 'z-pdf' }), next));
    next.focus();
  }

  fill(body, form);
  rows[0].input.focus();
}
