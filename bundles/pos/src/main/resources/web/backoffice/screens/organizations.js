// Organizations of the network: stores and hubs (network admins create them), and the legal identity of each —
// name, address, SIRET, VAT number printed on receipts, and whether it may issue donation receipts — which the
// network admin or the organization's own manager keeps.
import { h, fill, toast } from '/ui/pos/ui.js';
import { table, form, input, select, showError, organizationPicker } from './common.js';

const IDENTITY = ['legalName', 'address', 'postalCode', 'city', 'siret', 'vatNumber'];

export async function mount(ctx) {
  const { t } = ctx;
  const admin = (ctx.user.roles || []).includes('NETWORK_ADMIN');
  const list = h('div', { id: 'org-list' });
  const identity = h('div', { id: 'org-identity' });
  async function load() {
    try {
      const data = await ctx.api('/api/organizations?limit=500');
      // Names and kinds only: an organization's id means nothing to the people who read this list.
      fill(list, table([t('bo.orgs.name'), t('bo.orgs.type')],
        data.items.map((o) => [o.name, t(`bo.orgs.${o.type}`)]), { id: 'org-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(list, e);
    }
  }
  const picker = await organizationPicker(ctx, { id: 'org-identity-of', onChange: (id) => showIdentity(id) });

  /** The identity form of organization `id`, filled with what is recorded: a save replaces the whole identity. */
  async function showIdentity(id) {
    if (!id) {
      fill(identity);
      return;
    }
    let o;
    try {
      o = await ctx.api(`/api/organizations/${encodeURIComponent(id)}`);
    } catch (e) {
      showError(identity, e);
      return;
    }
    const f = Object.fromEntries(IDENTITY.map((k) => [k, input(`org-${k}`, { value: o[k] ?? '' })]));
    const receipts = h('input', { type: 'checkbox', id: 'org-receipts', name: 'org-receipts' });
    receipts.checked = !!o.mayIssueDonationReceipts;
    fill(identity, h('h2', {}, t('bo.orgs.identity', { name: o.name })), form({
      id: 'org-identity-form', submit: t('bo.orgs.saveIdentity'),
      fields: IDENTITY.map((k) => [t(`bo.orgs.${k}`), f[k]]),
      extra: h('label', { class: 'check' }, receipts, t('bo.orgs.mayIssueDonationReceipts')),
      async action() {
        const body = Object.fromEntries(IDENTITY.map((k) => [k, f[k].value.trim() || null]));
        body.mayIssueDonationReceipts = receipts.checked;
        const saved = await ctx.api(`/api/organizations/${encodeURIComponent(id)}`, { method: 'PUT', body });
        toast(t('bo.orgs.identitySaved', { name: saved.name }), 'ok');
      },
    }));
  }

  if (!admin) {
    fill(ctx.el, h('div', {}, picker.el, identity));
    await showIdentity(picker.value());
    return;
  }
  const f = { name: input('name', { id: 'new-org-name', required: true }),
    type: select('type', [['STORE', t('bo.orgs.STORE')], ['HUB', t('bo.orgs.HUB')]], { id: 'new-org-type' }) };
  const create = form({
    id: 'org-form', submit: t('bo.create'),
    fields: [[t('bo.orgs.name'), f.name], [t('bo.orgs.type'), f.type]],
    async action() {
      const o = await ctx.api('/api/organizations', { method: 'POST', body: { name: f.name.value.trim(), type: f.type.value } });
      toast(t('bo.orgs.created', { name: o.name }), 'ok');
      f.name.value = '';
      load();
    },
  });
  fill(ctx.el, h('div', { class: 'columns' }, h('div', {}, list, picker.el, identity),
    h('aside', {}, h('h2', {}, t('bo.orgs.new')), create)));
  load();
  showIdentity(picker.value());
}
