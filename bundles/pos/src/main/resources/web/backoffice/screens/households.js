// Households: created with a card number and a size only; found by card; their data exported as
// a JSON file or erased (tickets and ledgers stay, anonymous). What capability bundles add to a household (a tier, a
// fund's balance) is worded by their till modules, as on the till's household card: this screen names none of them.
import { h, fill, toast, modal, downloadJson, errorText } from '/ui/pos/ui.js';
import { table, form, input, organizationPicker, showError } from './common.js';
import { cardInput } from '/ui/pos/pickers.js';
import { plural } from '/ui/pos/i18n.js';
import { tillRegistry, words } from '/ui/pos/tillmodules.js';

/** The `li` lines of what the modules in `registry` add to `household` (householdFacets), in their order. */
export function facetItems(registry, household, ctx = words()) {
  return registry.householdFacets(household, ctx).map((f) => h('li', { id: f.id || null, class: f.class || null }, f.text));
}

export async function mount(ctx) {
  const { t } = ctx;
  const modules = await tillRegistry(ctx);
  const found = h('div', { id: 'household-found' });
  const list = h('div', { id: 'household-list' });
  const picker = await organizationPicker(ctx, { id: 'household-org', types: ['STORE'], onChange: () => load() });

  async function load() {
    try {
      const data = await ctx.api('/api/households?limit=200');
      fill(list, table([t('bo.households.reference'), t('bo.households.size')],
        data.items.filter((x) => x.organization === picker.value()).map((x) => [
          h('a', { href: '#', onclick: (e) => { e.preventDefault(); find(x.reference); } }, x.reference), x.size]),
        { id: 'household-table', empty: t('bo.empty') }));
    } catch (e) {
      showError(list, e);
    }
  }

  function details(x) {
    return h('div', { class: 'card', id: 'household-card' },
      h('h3', {}, t('till.household', { reference: x.reference || '—' })),
      h('ul', {}, h('li', {}, x.size == null ? '—' : plural('till.householdSize', x.size)), x.erased ? h('li', { class: 'error' }, t('bo.households.erased')) : null,
        facetItems(modules, x)),
      x.erased ? null : h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'big', id: 'household-export', onclick: () => exportData(x) }, t('bo.households.export')),
        h('button', { type: 'button', class: 'big danger', id: 'household-erase', onclick: () => erase(x) }, t('bo.households.erase'))));
  }

  async function find(reference) {
    try {
      const data = await ctx.api(`/api/households?reference=${encodeURIComponent(reference)}`);
      fill(found, data.items.length ? details(data.items[0]) : h('p', { class: 'error' }, t('till.householdUnknown', { reference })));
    } catch (e) {
      showError(found, e);
    }
  }

  async function exportData(x) {
    try {
      downloadJson(`foyer-${x.reference}.json`, await ctx.api(`/api/households/${x.id}/export`));
    } catch (e) {
      toast(errorText(e), 'error');
    }
  }

  function erase(x) {
    const { body, close } = modal(t('bo.households.eraseTitle'), { className: 'confirm-dialog' });
    const typed = input('confirm', { id: 'erase-confirm', placeholder: x.reference });
    const error = h('p', { class: 'error', role: 'alert' });
    const ok = h('button', { type: 'button', class: 'big danger', id: 'erase-ok' }, t('bo.households.eraseConfirm'));
    ok.addEventListener('click', async () => {
      if (typed.value.trim() !== x.reference) {
        error.textContent = t('bo.households.eraseMismatch');
        return;
      }
      try {
        await ctx.api(`/api/households/${x.id}`, { method: 'DELETE' });
        close();
        toast(t('bo.households.erasedDone'), 'ok');
        fill(found);
        load();
      } catch (e) {
        error.textContent = errorText(e);
      }
    });
    fill(body, h('p', {}, t('bo.households.eraseWarning', { reference: x.reference })),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('bo.households.eraseType')), typed), error,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'big', onclick: close }, t('common.cancel')), ok));
    typed.focus();
  }

  const card = cardInput(ctx, 'household-search', { type: 'search', placeholder: t('bo.households.find') });
  const findForm = h('form', { class: 'search-row', onsubmit: (e) => { e.preventDefault(); if (card.value.trim()) find(card.value.trim()); } },
    card, h('button', { type: 'submit', class: 'big' }, t('bo.search')));
  const f = { reference: input('reference', { id: 'new-reference', required: true }),
    size: input('size', { id: 'new-size', type: 'number', min: 1, max: 30, value: '1', required: true }) };
  const create = form({
    id: 'household-form', submit: t('bo.create'),
    fields: [[t('bo.households.reference'), f.reference], [t('bo.households.size'), f.size]],
    async action() {
      const x = await ctx.api('/api/households', { method: 'POST', body: { reference: f.reference.value.trim(),
        organization: picker.value(), size: Number.parseInt(f.size.value, 10) } });
      toast(t('bo.households.created', { reference: x.reference }), 'ok');
      f.reference.value = '';
      fill(found, details(x));
      load();
    },
  });
  fill(ctx.el, picker.el, h('div', { class: 'columns' },
    h('div', {}, findForm, found, h('h2', {}, t('bo.households.list')), list),
    h('aside', {}, h('h2', {}, t('bo.households.new')), create)));
  load();
}
