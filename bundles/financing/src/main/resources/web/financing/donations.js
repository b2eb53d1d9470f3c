// Donors and donations of a store or hub: goods (they go into stock, each line valued at the stated value or the
// product's reference price), equipment and money, with the period's totals per kind.
import { h, fill, field, tr, table, input, select, form, showError, typedAmount, typedQuantity, today, day,
  organizationPicker, periodInputs } from './common.js';
import { reportButton } from '/ui/pos/forms.js';

const DONOR_KINDS = ['COMPANY', 'FARM', 'INDIVIDUAL', 'PUBLIC_PROGRAMME', 'OTHER'];
const KINDS = ['GOODS', 'EQUIPMENT', 'MONEY'];

export async function mount(ctx) {
  const donorsEl = h('div', { id: 'donor-list' });
  const donationsEl = h('div', { id: 'donation-list' });
  const newDonationEl = h('div', { id: 'donation-new' });
  const org = await organizationPicker(ctx, 'financing-org', () => refresh());
  const products = (await ctx.api('/api/products?limit=500')).items;
  const productNames = new Map(products.map((p) => [p.id, p.name]));
  const period = periodInputs('donation');
  let donors = [];

  async function refresh() {
    await loadDonors();
    await loadDonations();
  }

  async function loadDonors() {
    try {
      donors = (await ctx.api(`/api/donors?organization=${org.value()}&limit=500`)).items;
      // the receipt for last year's gifts, the one donors ask for in the spring (shown when the reports bundle is there)
      const year = String(Number(today().slice(0, 4)) - 1);
      fill(donorsEl, table([tr(ctx, 'donor.name'), tr(ctx, 'donor.kind'), '', ''], donors.map((d) => [d.name,
        tr(ctx, `donorKind.${d.kind}`), d.organization ? '' : tr(ctx, 'donor.network'),
        reportButton(ctx, 'donation-receipt', { donor: d.id, year, organization: org.value() },
          tr(ctx, 'donor.receipt', { year }))]),
      { id: 'donor-table', empty: tr(ctx, 'common.empty') }));
      fill(newDonationEl, donors.length ? donationForm() : h('p', { class: 'empty', id: 'donation-no-donor' }, tr(ctx, 'don.noDonor')));
    } catch (e) {
      showError(donorsEl, e);
    }
  }

  async function loadDonations() {
    try {
      const q = new URLSearchParams({ organization: org.value(), limit: '500' });
      if (period.from.value) q.set('from', period.from.value);
      if (period.to.value) q.set('to', period.to.value);
      const list = await ctx.api(`/api/donations?${q}`);
      const t = list.totals;
      fill(donationsEl,
        table([tr(ctx, 'don.receivedOn'), tr(ctx, 'don.donor'), tr(ctx, 'don.kind'), tr(ctx, 'don.description'),
          tr(ctx, 'don.value'), tr(ctx, 'don.recordedBy')], list.items.map((d) => [day(ctx, d.receivedOn), d.donorName ?? '',
          tr(ctx, `kind.${d.kind}`), describe(d), ctx.money(d.value), d.recordedBy ?? '']),
        { id: 'donation-table', empty: tr(ctx, 'common.empty'), numeric: [4] }),
        h('p', { id: 'donation-totals', class: 'totals' }, tr(ctx, 'don.totals', { goods: ctx.money(t.GOODS.value),
          equipment: ctx.money(t.EQUIPMENT.value), money: ctx.money(t.MONEY.value), total: ctx.money(t.value) })));
    } catch (e) {
      showError(donationsEl, e);
    }
  }

  function describe(d) {
    const lines = d.lines.map((l) => `${productNames.get(l.product) ?? l.product} × ${ctx.qty(l.quantity)}`).join(', ');
    return [d.description, lines].filter(Boolean).join(' — ');
  }

  function donationForm() {
    const f = {
      donor: select('donation-donor', donors.map((d) => [d.id, d.name])),
      receivedOn: input('donation-received', { type: 'date', value: today(), max: today(), required: true }),
      kind: select('donation-kind', KINDS.map((k) => [k, tr(ctx, `kind.${k}`)])),
      description: input('donation-description'),
      value: input('donation-value', { inputmode: 'decimal' }),
    };
    const valueField = field(tr(ctx, 'don.value'), f.value);
    const rows = h('div', { id: 'donation-lines' });
    const addLine = () => {
      const n = rows.children.length;
      const row = h('div', { class: 'donation-line', style: 'display:grid;grid-template-columns:2fr 1fr 1fr auto;gap:.6rem;align-items:end' },
        field(tr(ctx, 'don.product'), select(`donation-product-${n}`, products.map((p) => [p.id, `${p.name} (${p.sku})`]), { class: 'line-product' })),
        field(tr(ctx, 'don.quantity'), input(`donation-quantity-${n}`, { class: 'line-quantity', inputmode: 'decimal' })),
        field(tr(ctx, 'don.unitValue'), input(`donation-unit-value-${n}`, { class: 'line-unit-value', inputmode: 'decimal' })),
        h('button', { type: 'button', class: 'small danger', title: tr(ctx, 'don.remove'), 'aria-label': tr(ctx, 'don.remove'), onclick: () => row.remove() }, '×'));
      rows.append(row);
    };
    addLine();
    const goods = h('fieldset', { class: 'donation-goods' }, h('legend', { class: 'field-label' }, tr(ctx, 'don.lines')), rows,
      h('button', { type: 'button', class: 'big', id: 'donation-add-line', onclick: addLine }, tr(ctx, 'don.addLine')));
    const showKind = () => {
      goods.hidden = f.kind.value !== 'GOODS';
      valueField.hidden = f.kind.value === 'GOODS';
    };
    f.kind.addEventListener('change', showKind);
    const el = form({
      id: 'donation-form', submit: tr(ctx, 'common.save'),
      fields: [[tr(ctx, 'don.donor'), f.donor], [tr(ctx, 'don.receivedOn'), f.receivedOn], [tr(ctx, 'don.kind'), f.kind],
        [tr(ctx, 'don.description'), f.description]],
      extra: h('div', {}, valueField, goods),
      async action() {
        const body = { organization: org.value(), donor: f.donor.value, receivedOn: f.receivedOn.value, kind: f.kind.value };
        if (f.description.value.trim()) body.description = f.description.value.trim();
        if (f.kind.value === 'GOODS') {
          body.lines = [...rows.querySelectorAll('.donation-line')].map((row) => {
            const unit = row.querySelector('.line-unit-value').value.trim();
            const line = { product: row.querySelector('.line-product').value,
              quantity: typedQuantity(ctx, row.querySelector('.line-quantity').value) };
            if (unit) line.unitValue = typedAmount(ctx, unit);
            return line;
          });
        } else {
          body.value = typedAmount(ctx, f.value.value);
        }
        const d = await ctx.api('/api/donations', { method: 'POST', body });
        ctx.notify(tr(ctx, 'don.created', { value: ctx.money(d.value) }), 'ok');
        await loadDonations();
        fill(newDonationEl, donationForm());
      },
    });
    showKind();
    return el;
  }

  const n = { name: input('donor-name', { required: true, maxlength: 200 }),
    kind: select('donor-kind', DONOR_KINDS.map((k) => [k, tr(ctx, `donorKind.${k}`)])) };
  const donorForm = form({
    id: 'donor-form', submit: tr(ctx, 'common.create'),
    fields: [[tr(ctx, 'donor.name'), n.name], [tr(ctx, 'donor.kind'), n.kind]],
    extra: h('p', { class: 'hint' }, tr(ctx, 'donor.privacy')),
    async action() {
      const d = await ctx.api('/api/donors', { method: 'POST', body: { name: n.name.value.trim(), kind: n.kind.value,
        organization: org.value() } });
      ctx.notify(tr(ctx, 'donor.created', { name: d.name }), 'ok');
      n.name.value = '';
      await loadDonors();
    },
  });
  const filter = h('div', { class: 'filters' }, field(tr(ctx, 'common.from'), period.from), field(tr(ctx, 'common.to'), period.to),
    h('button', { type: 'button', class: 'big', id: 'donation-show', onclick: () => loadDonations() }, tr(ctx, 'common.show')));
  fill(ctx.el, org.el, h('div', { class: 'columns' },
    h('div', {}, h('h2', {}, tr(ctx, 'don.title')), filter, donationsEl, h('h3', {}, tr(ctx, 'don.new')), newDonationEl),
    h('aside', {}, h('h2', {}, tr(ctx, 'donor.title')), donorsEl, h('h3', {}, tr(ctx, 'donor.new')), donorForm)));
  await refresh();
}
