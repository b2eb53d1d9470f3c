// Users: of the manager's store (every user for a network admin); created with their roles, deactivated when they
// leave (their open sessions end) and brought back, given a new password when they forgot theirs.
import { h, fill, toast, modal, confirmDialog, errorText } from '/ui/pos/ui.js';
import { table, form, input, select, organizations, showError } from './common.js';

export async function mount(ctx) {
  const { t } = ctx;
  const admin = ctx.user.roles.includes('NETWORK_ADMIN');
  const orgs = await organizations(ctx).catch(() => []);
  const orgName = (id) => (id ? orgs.find((o) => o.id === id)?.name || id : t('bo.users.network'));
  const list = h('div', { id: 'user-list' });

  async function load() {
    try {
      const data = await ctx.api('/api/users?limit=500');
      fill(list, table([t('bo.users.username'), t('bo.users.roles'), t('bo.organization'), t('bo.users.state'), ''],
        data.items.map((u) => [u.username, u.roles.map((r) => t(`role.${r}`)).join(', '), orgName(u.organization),
          t(u.active ? 'bo.users.active' : 'bo.users.inactive'), actions(u)]),
        { id: 'user-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(list, e);
    }
  }

  function actions(u) {
    const self = u.username === ctx.user.username;
    const toggle = self ? null : h('button', { type: 'button', class: `small${u.active ? ' danger' : ''}`,
      dataset: { toggle: u.id }, onclick: async () => {
        if (u.active && !await confirmDialog(t('bo.users.deactivate'), t('bo.users.deactivateText', { username: u.username }),
          { ok: t('bo.users.deactivate'), id: 'user-deactivate' })) return;
        try {
          await ctx.api(`/api/users/${u.id}/active`, { method: 'PUT', body: { active: !u.active } });
          toast(t(u.active ? 'bo.users.deactivated' : 'bo.users.reactivated', { username: u.username }), 'ok');
          load();
        } catch (e) {
          toast(errorText(e), 'error');
        }
      } }, t(u.active ? 'bo.users.deactivate' : 'bo.users.reactivate'));
    const reset = self ? null : h('button', { type: 'button', class: 'small', dataset: { password: u.id },
      onclick: () => resetPassword(u) }, t('bo.users.resetPassword'));
    return h('span', { class: 'row-actions' }, toggle, reset);
  }

  function resetPassword(u) {
    const { dialog, body } = modal(t('bo.users.resetTitle', { username: u.username }));
    const password = input('password', { id: 'reset-password', type: 'password', required: true, autocomplete: 'new-password' });
    body.append(h('p', { class: 'hint' }, t('bo.users.resetHint')), form({
      id: 'reset-form', submit: t('bo.users.resetPassword'), fields: [[t('bo.users.password'), password]],
      async action() {
        await ctx.api(`/api/users/${u.id}/password`, { method: 'PUT', body: { password: password.value } });
        toast(t('bo.users.passwordReset', { username: u.username }), 'ok');
        dialog.close();
      },
    }));
  }

  const roles = ['CASHIER', 'MANAGER', 'REFERRER', ...(admin ? ['NETWORK_ADMIN'] : [])];
  const boxes = roles.map((r) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: r, name: 'roles' }), t(`role.${r}`)));
  const f = {
    username: input('username', { id: 'new-username', required: true }),
    password: input('password', { id: 'new-password', type: 'password', required: true, autocomplete: 'new-password' }),
    organization: admin ? select('organization', [['', t('bo.users.network')], ...orgs.map((o) => [o.id, o.name])], { id: 'new-user-org' }) : null,
  };
  const create = form({
    id: 'user-form', submit: t('bo.create'),
    fields: [[t('bo.users.username'), f.username], [t('bo.users.password'), f.password],
      [t('bo.users.roles'), h('div', { class: 'checks' }, boxes)], ...(admin ? [[t('bo.organization'), f.organization]] : [])],
    async action() {
      const body = { username: f.username.value.trim(), password: f.password.value,
        roles: boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value) };
      const org = admin ? f.organization.value : ctx.user.organization;
      if (org) body.organization = org;
      const u = await ctx.api('/api/users', { method: 'POST', body });
      toast(t('bo.users.created', { username: u.username }), 'ok');
      f.username.value = '';
      f.password.value = '';
      load();
    },
  });
  fill(ctx.el, h('div', { class: 'columns' }, h('div', {}, list), h('aside', {}, h('h2', {}, t('bo.users.new')), create)));
  load();
}
