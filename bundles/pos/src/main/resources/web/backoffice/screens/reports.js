// Reports: every report the system can print now (GET /api/reports: its title and what it asks), each with a small
// form — the store, dates, a month, a value picked by name from the list the report's owner names for it (its
// `choices`: a fund, an activity, a round…), a card or a ticket number as people read them — opened as PDF or CSV
// with the user's token. The server decides who may print what: a refusal is shown as a message. No report asks for
// an id to type, and this screen names no capability: each report says where its choices are listed.
import { h, fill } from '/ui/pos/ui.js';
import { input, select, organizationPicker } from './common.js';
import { storeDay, dateTime } from '/ui/pos/i18n.js';
import { cardInput, choiceSelect } from '/ui/pos/pickers.js';

/** A parameter not shown when the report also takes the one people know: a ticket's number, a household's card. */
const ALTERNATIVES = { id: 'number', member: 'card' };

export async function mount(ctx) {
  const { t } = ctx;
  let reports;
  try {
    reports = (await ctx.api('/api/reports')).items || [];
  } catch (e) {
    fill(ctx.el, h('p', { class: 'empty', id: 'report-list' }, e.status === 404 ? t('bo.reports.absent') : e.message));
    return;
  }
  if (!reports.length) {
    fill(ctx.el, h('p', { class: 'empty', id: 'report-list' }, t('bo.reports.none')));
    return;
  }
  // A list read once per page, whichever reports name it: [id, name] of its items, null when it cannot be read.
  const lists = new Map();
  const choices = (path) => {
    if (!lists.has(path)) {
      lists.set(path, ctx.api(path).then((d) => d.items.map((x) => [x.id, x.name])).catch(() => null));
    }
    return lists.get(path);
  };
  const organization = await organizationPicker(ctx, { id: 'report-org', onChange: () => render() });

  /** A store's closings and its tills' sessions, newest first, to pick the one to print (optional: one or the other). */
  const closings = () => ctx.api(`/api/closings?organization=${organization.value()}&limit=100`)
    .then((d) => d.items.map((c) => [c.id, `${t(`bo.closings.kind.${c.kind}`)} ${c.period}`]));
  const sessions = async () => {
    const tills = (await ctx.api(`/api/tills?organization=${organization.value()}`)).items;
    const lists = await Promise.all(tills.map((till) => ctx.api(`/api/tills/${till.id}/sessions?limit=20`)
      .then((d) => d.items.map((x) => [x.id, `${till.name} — ${dateTime(x.openedAt)}`])).catch(() => [])));
    return lists.flat();
  };

  async function control(report, parameter, parameters, listed) {
    const id = `report-${report}-${parameter}`;
    if (parameter === 'organization') return { value: organization.value };
    if (ALTERNATIVES[parameter] && parameters.includes(ALTERNATIVES[parameter])) return { value: () => '' };
    if (parameter === 'number') return field(parameter, input(id, { placeholder: t('bo.reports.numberHint') }));
    if (parameter === 'card') return field(parameter, cardInput(ctx, id, { placeholder: t('bo.reports.cardHint') }));
    if (parameter === 'closing') return field(parameter, choiceSelect(id, closings().catch(() => []), { blank: '—' }));
    if (parameter === 'session') return field(parameter, choiceSelect(id, sessions().catch(() => []), { blank: '—' }));
    const today = storeDay();
    if (parameter === 'from') return field(parameter, input(id, { type: 'date', value: `${today.slice(0, 8)}01` }));
    if (parameter === 'to') return field(parameter, input(id, { type: 'date', value: today }));
    if (parameter === 'month') return field(parameter, input(id, { type: 'month', value: today.slice(0, 7) }));
    // a donor's receipt is for last year's gifts, usually asked for in the spring
    if (parameter === 'year') {
      return field(parameter, input(id, { type: 'number', min: 2000, max: 9999, value: String(Number(today.slice(0, 4)) - 1) }));
    }
    const options = listed[parameter] ? await choices(listed[parameter]) : null;
    // a choice beside a card narrows what the household's card finds (its fund when it is a member of several): optional
    const optional = parameters.includes('card');
    return field(parameter, options
      ? select(id, optional ? [['', '—'], ...options] : options)
      : input(id, { placeholder: t('bo.reports.idHint'), size: 36 }));
  }

  function field(parameter, el) {
    const key = `bo.reports.param.${parameter}`;
    const label = t(key) === key ? parameter : t(key);
    return { value: () => el.value.trim(), el: h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), el) };
  }

  const card = async (r) => {
    const parameters = r.parameters || [];
    const controls = await Promise.all(parameters.map(async (p) => [p, await control(r.name, p, parameters, r.choices || {})]));
    const query = (format) => [`format=${format}`, ...controls.filter(([, c]) => c.value() !== '')
      .map(([p, c]) => `${p}=${encodeURIComponent(c.value())}`)].join('&');
    const open = (format) => ctx.openReport(`/api/reports/${r.name}?${query(format)}`);
    return h('div', { class: 'card report', dataset: { report: r.name } },
      h('h2', {}, r.title || r.name),
      h('div', { class: 'toolbar' }, controls.map(([, c]) => c.el).filter(Boolean),
        h('button', { type: 'button', class: 'big primary', dataset: { format: 'pdf' }, onclick: () => open('pdf') }, 'PDF'),
        h('button', { type: 'button', class: 'big', dataset: { format: 'csv' }, onclick: () => open('csv') }, 'CSV')));
  };
  const list = h('div', { id: 'report-list' });
  async function render() {
    fill(list, await Promise.all(reports.map(card)));
  }
  fill(ctx.el, organization.el, list);
  await render();
}
