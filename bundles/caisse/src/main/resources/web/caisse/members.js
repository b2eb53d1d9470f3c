// Members of a fund: enrol a household by its card with the contribution it can afford; balances,
// and the ledger of one member, with the month's statement as PDF.
import { h, fill, tr, table, input, moneyInput, form, showError, errorText, fundPicker, reportButton } from './common.js';
import { storeDay, date } from '/ui/pos/i18n.js';
import { cardInput } from '/ui/pos/pickers.js';
import { apiDecimal } from '/ui/pos/decimal.js';

export async function mount(ctx) {
  const listEl = h('div', { id: 'caisse-members' });
  const ledgerEl = h('div', { id: 'caisse-ledger' });
  const hint = h('p', { class: 'hint', id: 'caisse-contribution-range' });
  let references = new Map();
  let picker;

  async function load() {
    const fund = picker.value();
    if (!fund) return;
    hint.textContent = tr(ctx, 'members.range', { min: ctx.money(fund.minContribution),
      max: fund.maxContribution == null ? '—' : ctx.money(fund.maxContribution) });
    try {
      const [members, households] = await Promise.all([
        ctx.api(`/api/caisse/funds/${fund.id}/members?limit=500`),
        ctx.api('/api/households?limit=500').catch(() => ({ items: [] }))]);
      references = new Map(households.items.map((x) => [x.id, x.reference]));
      fill(listEl, table([tr(ctx, 'members.household'), tr(ctx, 'members.contribution'), tr(ctx, 'members.balance'), tr(ctx, 'members.active')],
        members.items.map((m) => [
          h('a', { href: '#', onclick: (e) => { e.preventDefault(); ledger(m); } }, references.get(m.household) || '—'),
          ctx.money(m.contribution), h('span', { class: 'num' }, ctx.money(m.balance)), m.active ? '✓' : '—']),
        { id: 'caisse-member-table', empty: ctx.t('bo.empty') }));
    } catch (e) {
      showError(listEl, e);
    }
  }

  async function ledger(m) {
    try {
      const entries = await ctx.api(`/api/caisse/members/${m.id}/ledger?limit=200`);
      const month = storeDay().slice(0, 7);
      const statement = reportButton(ctx, 'caisse-member-statement', { member: m.id, month }, tr(ctx, 'members.statement'),
        { id: 'member-statement' });
      fill(ledgerEl, h('h2', {}, `${tr(ctx, 'members.ledger')} — ${references.get(m.household) || ''}`), statement,
        table(['', '', tr(ctx, 'members.balance')],
          entries.items.map((x) => [date(x.date), `${tr(ctx, `ledger.kind.${x.kind}`)} ${ctx.money(x.amount)}`, ctx.money(x.balanceAfter)]),
          { empty: ctx.t('bo.empty') }),
        changes(m));
    } catch (e) {
      showError(ledgerEl, e);
    }
  }

  // A household's means change, or it leaves the fund and comes back: the balance is never touched here.
  function changes(m) {
    const card = references.get(m.household) || '—';
    const amount = moneyInput('member-new-contribution', { required: true, value: String(m.contribution).replace('.', ',') });
    const change = form({ id: 'caisse-member-change', submit: tr(ctx, 'members.change'),
      fields: [[tr(ctx, 'members.contribution'), amount]],
      async action() {
        const saved = await ctx.api(`/api/caisse/members/${m.id}/contribution`, { method: 'PUT',
          body: { contribution: apiDecimal(amount.value) } });
        ctx.notify(tr(ctx, 'members.changed', { card, contribution: ctx.money(saved.contribution) }), 'ok');
        await load();
        ledger(saved);
      } });
    const toggle = h('button', { type: 'button', id: 'member-toggle-active', class: m.active ? 'danger' : '',
      onclick: async () => {
        try {
          const saved = await ctx.api(`/api/caisse/members/${m.id}/active`, { method: 'PUT', body: { active: !m.active } });
          ctx.notify(tr(ctx, saved.active ? 'members.rejoined' : 'members.left', { card }), 'ok');
          await load();
          ledger(saved);
        } catch (e) {
          ctx.notify(errorText(e), 'error');
        }
      } }, tr(ctx, m.active ? 'members.leave' : 'members.rejoin'));
    return h('div', { class: 'card' }, change, toggle);
  }

  const card = cardInput(ctx, 'member-card', { required: true });
  const contribution = moneyInput('member-contribution', { required: true });
  const enrol = form({ id: 'caisse-member-form', submit: tr(ctx, 'members.enrol'),
    fields: [[tr(ctx, 'members.card'), card], [tr(ctx, 'members.contribution'), contribution]],
    async action() {
      const reference = card.value.trim();
      const found = await ctx.api(`/api/households?reference=${encodeURIComponent(reference)}`);
      if (!found.items.length) throw new Error(tr(ctx, 'members.unknownCard', { card: reference }));
      await ctx.api(`/api/caisse/funds/${picker.value().id}/members`, { method: 'POST',
        body: { household: found.items[0].id, contribution: apiDecimal(contribution.value) } });
      ctx.notify(tr(ctx, 'members.enrolled', { card: reference }), 'ok');
      card.value = '';
      contribution.value = '';
      load();
    } });

  try {
    picker = await fundPicker(ctx, load);
  } catch (e) {
    showError(ctx.el, e);
    return;
  }
  if (!picker.value()) {
    fill(ctx.el, picker.el);
    return;
  }
  fill(ctx.el, picker.el, h('div', { class: 'columns' },
    h('div', {}, listEl, ledgerEl),
    h('aside', {}, h('h2', {}, tr(ctx, 'members.enrol')), hint, enrol)));
  load();
}
