// The bundles of the running system and their states, and the backups (GET /api/health with the admin's token).
import { h, fill } from '/ui/pos/ui.js';
import { table, showError } from './common.js';

// The newest backup, its age and size, the WAL archiving, and what the network admin must look at.
function backups(t, backup) {
  if (!backup) return null;
  const lines = [];
  if (!backup.configured) {
    lines.push(h('p', {}, t('bo.backup.notConfigured')));
  } else if (backup.last) {
    lines.push(h('p', { id: 'backup-last' }, t('bo.backup.last', {
      time: new Date(backup.last.time).toLocaleString(), age: backup.last.ageHours,
      size: (backup.last.sizeBytes / 1e6).toFixed(1),
    })));
  }
  const a = backup.archiving;
  if (a && a.mode === 'on') {
    lines.push(h('p', {}, t('bo.backup.archiving', {
      count: a.archivedCount, time: a.lastArchivedTime ? new Date(a.lastArchivedTime).toLocaleString() : '—',
    })));
  }
  const warnings = (backup.warnings || []).map((w) => h('p', { class: 'error backup-warning' },
    t(`bo.backup.warn.${w}`)));
  return [h('h2', {}, t('bo.backup.title')), h('div', { id: 'backup-status' }, lines, warnings)];
}

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
        states ? [h('h2', {}, t('bo.bundles.persistence')), states] : null,
        backups(t, health.backup));
    } catch (e) {
      showError(out, e);
    }
  }
  refresh.addEventListener('click', load);
  fill(ctx.el, refresh, out);
  load();
}
