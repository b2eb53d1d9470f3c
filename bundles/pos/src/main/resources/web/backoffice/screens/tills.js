// Tills (Caisses): the manager declares the store's tills ("Caisse 1", "Caisse 2", numbered by the server), lists
// their sessions, open and closed, opens each Z, and sees each cashier's differences over time.
import { h, fill, modal } from '/ui/pos/ui.js';
import { dateTime } from '/ui/pos/i18n.js';
import { reportButton } from '/ui/pos/forms.js';
import { zElement } from '/ui/pos/zreport.js';
import { amount, cents } from '/ui/pos/decimal.js';
import { table, input, form, organizationPicker, showError } from './common.js';

const isZero = (v) => v == null || /^-?0(\.0+)?$/.test(String(v));

/** The cash difference of a Z (null while open), from its methods. */
const cashDifference = (z) => z?.byMethod?.find((m) => m.method === 'CASH')?.difference ?? null;

export async function mount(ctx) {
  const { t, money } = ctx;
  const picker = await organizationPicker(ctx, { id: 'tills-org', types: ['STORE'], onChange: () => load() });
  const name = input('till-new-name', { maxlength: '100', placeholder: t('bo.tills.namePlaceholder') });
  const tillList = h('div', { id: 'tills' });
  const sessionList = h('div', { id: 'sessions' });
  const cashierList = h('div', { id: 'cashiers' });
  const declare = form({ id: 'till-form', submit: t('bo.tills.declare'), fields: [[t('bo.tills.name'), name]],
    action: async () => {
      await ctx.api('/api/tills', { method: 'POST', body: { organization: picker.value(), name: name.value.trim() } });
      name.value = '';
      await load();
    } });
  const signed = (v) => (isZero(v) ? money(v ?? '0.00') : (String(v).startsWith('-') ? money(v) : `+${money(v)}`));

  function openZ(till, session) {
    const { body } = modal(t('bo.tills.zTitle', { number: session.z.number, till: till.name }), { className: 'z-dialog' });
    fill(body, zElement({ ...session.z, tillName: till.name }),
      h('div', { class: 'actions' }, reportButton(ctx, 'closing', { session: session.id }, t('bo.tills.zPdf'), { id: 'z-pdf' })));
  }

  function sessionRow({ till, session }) {
    const z = session.z;
    const diff = cashDifference(z);
    return [till.name, dateTime(session.openedAt), session.openedBy || '',
      z ? dateTime(z.closedAt) : h('strong', { class: 'state-ACTIVE' }, t('bo.tills.open')), z?.closedBy || '',
      z ? String(z.tickets) : '', z ? money(z.total) : '',
      z ? h('span', { class: `difference${isZero(diff) ? '' : ' off'}` }, signed(diff)) : '',
      z ? h('button', { type: 'button', class: 'small', dataset: { session: session.id }, onclick: () => openZ(till, session) },
        t('bo.tills.seeZ')) : ''];
  }

  /** Per cashier who closed: how many Z, the sum of their cash differences, and each one by date. */
  function cashierRows(sessions) {
    const by = new Map();
    for (const { session } of sessions) {
      if (!session.z) continue;
      const who = session.z.closedBy || '?';
      const entry = by.get(who) ?? { count: 0, sum: 0n, each: [] };
      const diff = cashDifference(session.z);
      entry.count += 1;
      entry.sum += cents(diff ?? '0.00') ?? 0n;
      entry.each.push(`${dateTime(session.z.closedAt)} ${signed(diff)}`);
      by.set(who, entry);
    }
    return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([who, e]) => [who, String(e.count),
      h('span', { class: `difference${e.sum === 0n ? '' : ' off'}` }, signed(amount(e.sum))),
      h('span', { class: 'hint' }, e.each.join(' · '))]);
  }

  async function load() {
    try {
      const tills = (await ctx.api(`/api/tills?organization=${picker.value()}`)).items;
      fill(tillList, table([t('bo.tills.number'), t('bo.tills.name')],
        tills.map((x) => [String(x.number), x.number === 0 ? `${x.name} — ${t('bo.tills.apiTill')}` : x.name]),
        { id: 'till-table', numeric: [0] }));
      const lists = await Promise.all(tills.filter((x) => x.number > 0).map((till) =>
        ctx.api(`/api/tills/${till.id}/sessions?limit=200`).then((d) => d.items.map((session) => ({ till, session })))));
      const sessions = lists.flat().sort((a, b) => String(b.session.openedAt).localeCompare(String(a.session.openedAt)));
      fill(sessionList, table([t('bo.tills.till'), t('bo.tills.openedAt'), t('bo.tills.openedBy'), t('bo.tills.closedAt'),
        t('bo.tills.closedBy'), t('bo.tills.tickets'), t('bo.tills.total'), t('bo.tills.cashDifference'), ''],
      sessions.map(sessionRow), { id: 'session-table', empty: t('bo.tills.noSession'), numeric: [5, 6, 7] }));
      fill(cashierList, table([t('bo.tills.cashier'), t('bo.tills.zCount'), t('bo.tills.cashDifference'), t('bo.tills.each')],
        cashierRows(sessions), { id: 'cashier-table', empty: t('bo.tills.noSession'), numeric: [1, 2] }));
    } catch (e) {
      showError(tillList, e);
      fill(sessionList);
      fill(cashierList);
    }
  }

  fill(ctx.el, h('div', { class: 'toolbar' }, picker.el),
    h('div', { class: 'columns' },
      h('div', {}, h('h2', {}, t('bo.tills.tills')), tillList),
      h('aside', {}, h('h2', {}, t('bo.tills.declareTitle')), declare)),
    h('h2', {}, t('bo.tills.sessions')), sessionList,
    h('h2', {}, t('bo.tills.cashiers')), cashierList);
  load();
}
