// Small dialogs of the till: quantity or weight entry, choice of store, refused tickets.
import { t, money, dateTime, typed } from '/ui/pos/i18n.js';
import { h, fill, modal, errorText } from '/ui/pos/ui.js';
import { milli, normaliseQuantity } from '/ui/pos/decimal.js';
import { methodLabel } from './view.js';

/** Asks a quantity (UNIT: whole) or a weight/volume (KG, L); resolves to "1.250" or null (Escape). */
export function askQuantity(product, current) {
  return new Promise((resolve) => {
    let value = null;
    const labelKey = product.uom === 'KG' ? 'qty.weight' : product.uom === 'L' ? 'qty.volume' : 'qty.quantity';
    const { body, close } = modal(product.name, { className: 'quantity-dialog', onClose: () => resolve(value) });
    const input = h('input', { id: 'quantity-input', class: 'big-input', inputmode: 'decimal', autocomplete: 'off',
      value: current ? typed(current.replace(/\.?0+$/, '')) : '' });
    const error = h('p', { class: 'error', role: 'alert' });
    const form = h('form', {},
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, t(labelKey)), input), error,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'big primary', id: 'quantity-ok' }, t('common.ok'), h('kbd', {}, t('key.enter')))));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const q = normaliseQuantity(input.value);
      if (q == null || (product.uom === 'UNIT' && milli(q) % 1000n !== 0n)) {
        error.textContent = t(product.uom === 'UNIT' ? 'qty.wholeUnits' : 'qty.invalid');
        input.select();
        return;
      }
      value = q;
      close();
    });
    fill(body, form);
    input.select();
  });
}

/** A network admin at the till chooses the store it sells for. */
export function chooseStore(client) {
  return new Promise((resolve) => {
    const { body } = modal(t('till.chooseStore'), { className: 'store-dialog', onClose: () => {} });
    body.closest('dialog').addEventListener('cancel', (e) => e.preventDefault());
    client.api('/api/organizations?limit=500').then((data) => {
      const stores = data.items.filter((o) => o.type === 'STORE');
      fill(body, stores.length ? h('div', { class: 'results' }, stores.map((s) => h('button', { type: 'button', class: 'result',
        onclick: () => { body.closest('dialog').close(); resolve({ id: s.id, name: s.name }); } }, s.name)))
        : h('p', {}, t('till.noStore')));
      body.querySelector('button')?.focus();
    }).catch((e) => fill(body, h('p', { class: 'error' }, errorText(e))));
  });
}

/** The tickets the API refused after they were queued offline: shown until the cashier dismisses them. */
export async function showRejected(outbox) {
  const { body } = modal(t('rejected.title'), { className: 'rejected-dialog' });
  const render = async () => {
    const items = (await outbox.rejected()).sort((a, b) => a.createdAt - b.createdAt);
    fill(body, h('p', {}, t('rejected.explain')), items.map((r) => h('div', { class: 'rejected-item' },
      h('div', {}, h('strong', {}, dateTime(r.display?.createdAt)), ' · ', money(r.display?.total), ' · ',
        (r.body.payments || []).map((p) => `${methodLabel(p.method)} ${money(p.amount)}`).join(', '),
        r.display?.household ? ` · ${t('till.household', { reference: r.display.household })}` : ''),
      h('div', { class: 'error' }, `${r.error.code} — ${r.error.message}`),
      h('div', { class: 'mono' }, r.id),
      r.error.code === 'PAYMENTS_DO_NOT_MATCH_TOTAL' && !r.body.soldOffline
        ? h('button', { type: 'button', class: 'big primary', dataset: { gap: r.id },
          onclick: async () => { await outbox.withGap(r.id); render(); } }, t('rejected.withGap')) : null,
      h('button', { type: 'button', class: 'big', onclick: async () => { await outbox.dismiss(r.id); render(); } },
        t('rejected.dismiss')))));
  };
  render();
}
