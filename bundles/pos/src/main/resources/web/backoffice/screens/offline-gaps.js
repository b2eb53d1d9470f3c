// The offline gaps of the store that wait for a manager (Ventes screen): a ticket sold while the till was offline was
// paid otherwise than the server prices it, by more than the network lets count at once. The manager approves the gap
// (it counts in the takings) or rejects it (it stays apart), with a comment; the ticket itself never changes.
import { h, fill, errorText } from '/ui/pos/ui.js';
import { dateTime } from '/ui/pos/i18n.js';
import { table, showError } from './common.js';

/** The panel; `organization()` says whose gaps, `changed()` reloads the journal after a decision. */
export function offlineGapsPanel(ctx, organization, changed) {
  const { t, money } = ctx;
  const el = h('div', { id: 'offline-gaps' });
  const error = h('p', { class: 'error', id: 'offline-gaps-error', role: 'alert' });
  const decides = ['MANAGER', 'NETWORK_ADMIN'].some((r) => ctx.user.roles.includes(r));

  async function decide(gap, decision, comment) {
    error.textContent = '';
    try {
      await ctx.api(`/api/tickets/${gap.ticket}/offline-gap/decision`, { method: 'POST',
        body: { decision, comment: comment.value.trim() || undefined } });
      await load();
      changed();
    } catch (e) {
      error.textContent = errorText(e);
    }
  }

  async function load() {
    if (!decides) return fill(el);
    try {
      const data = await ctx.api(`/api/tickets/offline-gaps?${new URLSearchParams({ organization: organization(), status: 'PENDING' })}`);
      fill(el, h('h2', {}, t('bo.gaps.title')), h('p', {}, t('bo.gaps.explain')), error,
        table([t('bo.sales.number'), t('bo.gaps.soldAt'), t('bo.sales.total'), t('bo.gaps.amount'), t('bo.gaps.comment'), ''],
          data.items.map((g) => {
            const comment = h('input', { type: 'text', class: 'gap-comment', maxlength: '500', dataset: { ticket: g.ticket } });
            const actions = h('div', { class: 'actions' },
              h('button', { type: 'button', class: 'small primary', dataset: { approve: g.ticket },
                onclick: () => decide(g, 'APPROVED', comment) }, t('bo.gaps.approve')),
              h('button', { type: 'button', class: 'small', dataset: { reject: g.ticket },
                onclick: () => decide(g, 'REJECTED', comment) }, t('bo.gaps.reject')));
            return [g.documentNo, dateTime(g.soldAt), money(g.total), money(g.amount), comment, actions];
          }), { id: 'offline-gaps-table', empty: t('bo.gaps.none'), numeric: [2, 3] }));
    } catch (e) {
      showError(el, e);
    }
  }

  return { el, load };
}
