// Helpers of the back office's core screens (capability bundles' screens use their ctx only); tables, inputs and
// forms are the shared kit's, the one contributed screens use.
import { h } from '/ui/pos/ui.js';
import { table, input, select, form, showError } from '/ui/pos/forms.js';

export { table, input, select, form, showError };

/** Organizations readable by the user (its own for a manager; all for a network admin). */
export async function organizations(ctx) {
  return (await ctx.api('/api/organizations?limit=500')).items;
}

/** The organization a screen works on: a select for a network admin, the user's own otherwise. */
export async function organizationPicker(ctx, { id, onChange, types = ['STORE', 'HUB'] }) {
  const own = ctx.user.organization;
  const orgs = (await organizations(ctx)).filter((o) => types.includes(o.type));
  if (own) {
    const mine = orgs.find((o) => o.id === own);
    return { el: h('p', { class: 'org' }, mine?.name || ''), value: () => own };
  }
  const el = select(id, orgs.map((o) => [o.id, o.name]));
  el.addEventListener('change', () => onChange?.(el.value));
  return { el: h('label', { class: 'field' }, h('span', { class: 'field-label' }, ctx.t('bo.organization')), el), value: () => el.value };
}
