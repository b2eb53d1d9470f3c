// The network admin's bundles: readable names, versions and states (GET /api/bundles), a jar to install or update one
// and removing one (POST/DELETE /api/bundles: the server writes or deletes its jar in deploy/, which FileInstall
// then applies as for a jar copied there by hand), the tables' state and the backups (GET /api/health).
import { h, fill, toast, confirmDialog, errorText } from '/ui/pos/ui.js';
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

// FileInstall applies a jar within its poll interval (2 s): the list is read again until the change shows.
async function until(ctx, done, tries = 20) {
  for (let i = 0; i < tries; i += 1) {
    const items = await ctx.api('/api/bundles').then((r) => r.items, () => null);
    if (items && done(items)) return items;
    await new Promise((r) => { setTimeout(r, 1000); });
  }
  return null;
}

// A bundle just installed is usable once its tables are in service too: health then says UP again.
async function inService(ctx, tries = 20) {
  for (let i = 0; i < tries; i += 1) {
    if (await ctx.api('/api/health').then(() => true, () => false)) return true;
    await new Promise((r) => { setTimeout(r, 1000); });
  }
  return false;
}

// A contribution whose tables could not be created, in words (its state is "FAILED: <why>").
function failures(t, persistence) {
  const failed = Object.entries(persistence || {}).filter(([, state]) => state !== 'UP');
  if (!failed.length) return null;
  return h('div', { id: 'persistence-failures' }, failed.map(([name, state]) => h('p', { class: 'error' },
    t('bo.bundles.tablesFailed', { name, why: String(state).replace(/^FAILED:\s*/, '') }))));
}

export async function mount(ctx) {
  const { t } = ctx;
  const refresh = h('button', { type: 'button', class: 'big', id: 'bundles-refresh' }, t('bo.refresh'));
  const out = h('div', { id: 'bundle-list' });
  const file = h('input', { type: 'file', id: 'bundle-file', accept: '.jar,application/java-archive' });
  const error = h('p', { class: 'error', role: 'alert', id: 'bundle-upload-error' });

  async function upload() {
    error.textContent = '';
    const chosen = file.files[0];
    if (!chosen) { error.textContent = t('bo.bundles.choose'); return; }
    let sent;
    try {
      sent = await ctx.api('/api/bundles', { method: 'POST', text: chosen, contentType: 'application/java-archive',
        timeout: 60000 });
    } catch (e) {
      error.textContent = errorText(e);
      return;
    }
    toast(t(sent.update ? 'bo.bundles.updating' : 'bo.bundles.installing', sent), 'info');
    const seen = await until(ctx, (items) => items.some((b) => b.symbolicName === sent.symbolicName
      && b.version === sent.version && b.state === 'ACTIVE')) && await inService(ctx);
    toast(t(seen ? 'bo.bundles.installed' : 'bo.bundles.notYet', sent), seen ? 'ok' : 'error', 6000);
    file.value = '';
    load();
  }

  async function remove(bundle) {
    const ok = await confirmDialog(t('bo.bundles.removeTitle'), t('bo.bundles.removeConfirm', bundle),
      { ok: t('bo.bundles.remove'), id: 'bundle-remove' });
    if (!ok) return;
    try {
      await ctx.api(`/api/bundles/${encodeURIComponent(bundle.symbolicName)}`, { method: 'DELETE' });
    } catch (e) {
      toast(errorText(e), 'error', 6000);
      return;
    }
    const gone = await until(ctx, (items) => !items.some((b) => b.symbolicName === bundle.symbolicName));
    toast(t(gone ? 'bo.bundles.removed' : 'bo.bundles.notYet', bundle), gone ? 'ok' : 'error', 6000);
    load();
  }

  function row(b) {
    const action = b.removable
      ? h('button', { type: 'button', class: 'bundle-remove', 'data-bundle': b.symbolicName,
        onclick: () => remove(b) }, t('bo.bundles.remove'))
      : '';
    return [h('span', { class: 'bundle-name', title: b.symbolicName, 'data-bundle': b.symbolicName }, b.name),
      b.version, h('span', { class: `state state-${b.state}` }, t(`bo.bundles.states.${b.state}`)),
      t(`bo.bundles.kinds.${b.kind}`), action];
  }

  async function load() {
    try {
      // health answers 503 while a bundle just installed gets its tables (a second or so): the list still shows
      const [{ items }, health] = await Promise.all([ctx.api('/api/bundles'),
        ctx.api('/api/health').catch(() => ({ status: 'STARTING' }))]);
      fill(out, h('p', { id: 'health-status' }, t('bo.bundles.status', {
        status: t(`bo.bundles.health.${health.status}`) })),
      failures(t, health.persistence),
      table([t('bo.bundles.name'), t('bo.bundles.version'), t('bo.bundles.state'), t('bo.bundles.kind'), ''],
        items.map(row), { id: 'bundle-table' }),
      backups(t, health.backup));
    } catch (e) {
      showError(out, e);
    }
  }
  refresh.addEventListener('click', load);
  const uploader = h('section', { id: 'bundle-upload' }, h('h2', {}, t('bo.bundles.uploadTitle')),
    h('p', { class: 'hint' }, t('bo.bundles.uploadHint')), file,
    h('button', { type: 'button', class: 'big primary', id: 'bundle-upload-button', onclick: upload },
      t('bo.bundles.upload')), error);
  fill(ctx.el, refresh, uploader, out);
  load();
}
