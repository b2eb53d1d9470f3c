// Organizations of the network: stores and hubs (network admins).
import { h, fill, toast } from '/ui/pos/ui.js';
import { table, form, input, select, showError } from './common.js';

export function mount(ctx) {
  const { t } = ctx;
  const list = h('div', { id: 'org-list' });
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
  fill(ctx.el, h('div', { class: 'columns' }, h('div', {}, list), h('aside', {}, h('h2', {}, t('bo.orgs.new')), create)));
  load();
}
