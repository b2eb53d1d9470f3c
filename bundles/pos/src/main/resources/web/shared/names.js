// The names people know the network's codes by: categories and labels (the managed lists), stores and hubs. Screens
// show these names, never the codes the API stores (FRUITS, ORGANIC) nor the ids (UUIDs). Capability bundles import
// them from /ui/pos/names.js.
import { t } from './i18n.js';

let lists = null;

/** {category(code), label(code), labels(codes)}: names from /api/categories and /api/labels, read once per page. */
export function catalogueNames(api) {
  lists ??= Promise.all([api('/api/categories').catch(() => ({ items: [] })), api('/api/labels').catch(() => ({ items: [] }))])
    .then(([categories, labels]) => {
      const c = new Map(categories.items.map((x) => [x.code, x.name]));
      const l = new Map(labels.items.map((x) => [x.code, x.name]));
      const category = (code) => c.get(code) ?? code ?? '';
      const label = (code) => l.get(code) ?? code ?? '';
      return { category, label, labels: (codes) => (codes || []).map(label).join(', '),
        categories: (codes) => (codes || []).map(category).join(', '), categoryItems: categories.items, labelItems: labels.items };
    });
  return lists;
}

/**
 * The name of organization `id` among `orgs` ({id, name}); « une autre épicerie » for one the user may not read: an
 * id means nothing to people.
 */
export function organizationName(orgs, id) {
  if (!id) return '';
  const found = (orgs || []).find((o) => o.id === id);
  return found ? found.name : t('common.otherOrganization');
}

/** A caisse's name as the till says it: « Caisse alimentaire Croix-Rousse », never the words twice. */
export function fundName(name) {
  if (!name) return t('common.fund');
  return /caisse|fund/i.test(name) ? name : t('common.fundNamed', { name });
}
