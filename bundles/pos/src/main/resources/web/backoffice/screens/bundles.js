// The bundles of the running system and their states (GET /api/health with the admin's token).
import { h, fill } from '/ui/pos/ui.js';
import { table, showError } from './common.js';

export async function mount(ctx) {
  const { t } = ctx;
  const refresh = h('button', { type: 'button', class: 'big', id: 'bundles-refresh' }, t('bo.refresh'));
  const out = h('div', { id: 'bundle-list' });
  async function load() {
    try {
      const health = await ctx.api('/api/health');
      const states = health.persistence && typeof health.persistence === 'object'
        ? h('pre', { class: 'mono' }, JSON.stringify(health.persistence, null, 2)) : null;
      fill(out, h('p', { id: 'health-status' }, t('bo.bundles.status', { status: health.status })),
        table([t('bo.bundles.name'), t('bo.bundles.version'), t('bo.bundles.state')],
          (health.bundles || []).map((b) => [b.symbolicName, b.version,
            h('span', { class: `state state-${b.state}` }, b.state)]), { id: 'bundle-table' }),
        states ? [h('h2', {}, t('bo.bundles.persistence')), states] : null);
    } catch (e) {
      showError(out, e);
    }
  }
  refresh.addEventListener('click', load);
  fill(ctx.el, refresh, out);
  load();
}
