// Users: of the manager's store (every user for a network admin); created with their roles.
import { h, fill, toast } from '/ui/pos/ui.js';
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
      fill(list, table([t('bo.users.username'), t('bo.users.roles'), t('bo.organization')],
        data.items.map((u) => [u.username, u.roles.map((r) => t(`role.${r}`)).join(', '), orgName(u.organization)]),
        { id: 'user-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(list, e);
    }
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
