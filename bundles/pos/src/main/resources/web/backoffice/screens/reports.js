// The reports the system can render now (GET /api/reports, present with the reports bundle).
import { h, fill } from '/ui/pos/ui.js';

export async function mount(ctx) {
  const { t } = ctx;
  try {
    const data = await ctx.api('/api/reports');
    const names = (data.items || []).map((r) => (typeof r === 'string' ? r : r.name));
    fill(ctx.el, names.length
      ? h('ul', { id: 'report-list', class: 'plain' }, names.map((n) => h('li', {}, h('code', {}, n))))
      : h('p', { class: 'empty' }, t('bo.reports.none')),
    h('p', { class: 'hint' }, t('bo.reports.hint')));
  } catch (e) {
    fill(ctx.el, h('p', { class: 'empty', id: 'report-list' }, e.status === 404 ? t('bo.reports.absent') : e.message));
  }
}
