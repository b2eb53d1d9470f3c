// At the till: when a household is on the ticket, its unpaid registration fees, each added to the
// ticket as a {"registration": id, "quantity": "1"} line in one touch. The server prices it
// (ACTIVITY_FEE) and marks the registration paid when the ticket is recorded.
import { h, fill, tr, when } from './common.js';
import { OfflineError } from '/ui/pos/api.js';

export async function mount(ctx) {
  const list = h('div', { class: 'activity-fees', id: 'activity-fees' });
  ctx.el.append(list);
  let household = null;
  let items = [];
  let seq = 0;

  function render(ticket) {
    if (!ticket.household) return fill(list, h('p', { class: 'hint' }, tr(ctx, 'till.noHousehold')));
    const onTicket = new Set(ticket.lines.filter((l) => l.kind === 'registration').map((l) => l.ref));
    if (!items.length) return fill(list, h('p', { class: 'empty', id: 'activity-fees-none' }, tr(ctx, 'till.none')));
    return fill(list, h('ul', { class: 'plain fee-list', style: 'list-style:none;padding:0;margin:0' }, items.map((r) => {
      const label = `${r.activityName} ${when(ctx, r.startsAt)}`;
      const added = onTicket.has(r.id);
      return h('li', { class: 'fee-item', dataset: { registration: r.id },
        style: 'display:flex;align-items:center;justify-content:space-between;gap:.6rem;padding:.3rem 0' },
        h('span', { class: 'fee-label' }, label, ' — ', h('strong', {}, ctx.money(r.fee))),
        added ? h('span', { class: 'flag' }, tr(ctx, 'till.inTicket'))
          : h('button', { type: 'button', class: 'big primary', dataset: { registration: r.id },
            onclick: () => {
              ctx.addLine({ kind: 'registration', ref: r.id, quantity: '1', label, referencePrice: r.fee });
              ctx.notify(tr(ctx, 'till.added'), 'ok');
            } }, tr(ctx, 'till.add')));
    })));
  }

  async function load(ticket) {
    const id = ticket.household?.id ?? null;
    if (id === household) return render(ticket);
    household = id;
    items = [];
    const mine = ++seq;
    if (!id) return render(ticket);
    try {
      const data = await ctx.api(`/api/activities/registrations?household=${id}&unpaid=true&limit=100`);
      if (mine !== seq) return null;
      items = data.items;
      return render(ctx.ticket());
    } catch (e) {
      if (mine !== seq) return null;
      household = null; // try again at the next change
      return fill(list, h('p', { class: 'hint' }, e instanceof OfflineError ? tr(ctx, 'till.offline') : (e?.message || String(e))));
    }
  }

  ctx.onChange((ticket) => load(ticket));
  await load(ctx.ticket());
  return () => list.remove();
}

/** The till's words for this bundle's price rules (an activity's offer, a registration's fee); null for others'. */
export function ruleLabel(rule, line, ctx) {
  if (String(rule).startsWith('ACTIVITY:')) return tr(ctx, 'rule.activity');
  if (rule === 'ACTIVITY_FEE') return tr(ctx, 'rule.activityFee');
  return null;
}
