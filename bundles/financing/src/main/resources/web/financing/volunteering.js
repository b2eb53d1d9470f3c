// Volunteer hours of a store or hub: recorded by a manager or at the till by a logged-in volunteer (a first name or
// a pseudonym is enough), and shown with their value at the network's hourly rate, per month, task and session.
import { h, fill, field, tr, table, input, select, form, showError, today, day, organizationPicker, periodInputs } from './common.js';
import { normaliseAmount } from '/ui/pos/decimal.js';

const TASKS = ['TILL', 'DISTRIBUTION', 'LOGISTICS', 'ACTIVITY', 'OTHER'];

export async function mount(ctx) {
  const listEl = h('div', { id: 'volunteering-list' });
  const formEl = h('div', { id: 'volunteering-new' });
  const org = await organizationPicker(ctx, 'financing-org', () => { load(); fillForm(); });
  const period = periodInputs('volunteering');
  const sessionNames = new Map();

  /** The organization's activity sessions, newest first; none without the activities bundle. */
  async function sessions() {
    try {
      const activities = (await ctx.api(`/api/activities?organization=${org.value()}&limit=100`)).items;
      const found = [];
      for (const a of activities) {
        for (const s of (await ctx.api(`/api/activities/${a.id}`)).sessions) {
          const label = `${a.name} — ${new Date(s.startsAt).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' })}`;
          sessionNames.set(s.id, label);
          found.push([s.id, label, s.startsAt]);
        }
      }
      return found.sort((x, y) => y[2].localeCompare(x[2]));
    } catch {
      return [];
    }
  }

  function hours(text) {
    const a = normaliseAmount(String(text).trim());
    if (a == null || a === '0.00') throw new Error(tr(ctx, 'common.invalidHours', { value: text }));
    return a;
  }

  async function fillForm() {
    const options = await sessions();
    const f = {
      volunteer: input('volunteer-name', { required: true, maxlength: 100 }),
      date: input('volunteer-date', { type: 'date', value: today(), max: today(), required: true }),
      hours: input('volunteer-hours', { inputmode: 'decimal', required: true }),
      task: select('volunteer-task', TASKS.map((t) => [t, tr(ctx, `task.${t}`)])),
      session: select('volunteer-session', options.map(([id, label]) => [id, label])),
    };
    const sessionField = options.length ? field(tr(ctx, 'vol.session'), f.session)
      : h('p', { class: 'hint', id: 'volunteer-no-session' }, tr(ctx, 'vol.noSession'));
    const showTask = () => { sessionField.hidden = f.task.value !== 'ACTIVITY'; };
    f.task.addEventListener('change', showTask);
    fill(formEl, form({
      id: 'volunteer-form', submit: tr(ctx, 'common.save'),
      fields: [[tr(ctx, 'vol.volunteer'), f.volunteer], [tr(ctx, 'vol.date'), f.date], [tr(ctx, 'vol.hours'), f.hours],
        [tr(ctx, 'vol.task'), f.task]],
      extra: sessionField,
      async action() {
        const body = { organization: org.value(), volunteer: f.volunteer.value.trim(), date: f.date.value,
          hours: hours(f.hours.value), task: f.task.value };
        if (f.task.value === 'ACTIVITY' && f.session.value) body.activitySession = f.session.value;
        const r = await ctx.api('/api/volunteering', { method: 'POST', body });
        ctx.notify(tr(ctx, 'vol.created', { hours: ctx.qty(r.hours), volunteer: r.volunteer }), 'ok');
        f.hours.value = '';
        await load();
      },
    }));
    showTask();
  }

  async function load() {
    try {
      const q = new URLSearchParams({ organization: org.value(), limit: '500' });
      if (period.from.value) q.set('from', period.from.value);
      if (period.to.value) q.set('to', period.to.value);
      const r = await ctx.api(`/api/volunteering?${q}`);
      const sums = (rows, key, label, id) => table([label, tr(ctx, 'vol.hours'), tr(ctx, 'vol.value')],
        rows.map((s) => [key(s), ctx.qty(s.hours), ctx.money(s.value)]), { id, empty: tr(ctx, 'common.empty'), numeric: [1, 2] });
      fill(listEl,
        h('p', { id: 'volunteering-rate', class: 'hint' }, tr(ctx, 'vol.rate', { rate: ctx.money(r.hourlyRate) })),
        h('p', { id: 'volunteering-totals', class: 'totals' }, tr(ctx, 'vol.totals', { hours: ctx.qty(r.totalHours), value: ctx.money(r.totalValue) })),
        table([tr(ctx, 'vol.date'), tr(ctx, 'vol.volunteer'), tr(ctx, 'vol.task'), tr(ctx, 'vol.hours'), tr(ctx, 'vol.value')],
          r.items.map((i) => [day(ctx, i.date), i.volunteer, i.activitySession ? `${tr(ctx, `task.${i.task}`)} : ${sessionNames.get(i.activitySession) ?? ''}`
            : tr(ctx, `task.${i.task}`), ctx.qty(i.hours), ctx.money(i.value)]),
          { id: 'volunteering-table', empty: tr(ctx, 'common.empty'), numeric: [3, 4] }),
        h('h3', {}, tr(ctx, 'vol.byMonth')), sums(r.byMonth, (s) => s.month, tr(ctx, 'vol.month'), 'volunteering-by-month'),
        h('h3', {}, tr(ctx, 'vol.byTask')), sums(r.byTask, (s) => tr(ctx, `task.${s.task}`), tr(ctx, 'vol.task'), 'volunteering-by-task'),
        h('h3', {}, tr(ctx, 'vol.bySession')), sums(r.byActivitySession, (s) => sessionNames.get(s.activitySession) ?? s.activitySession,
          tr(ctx, 'vol.session'), 'volunteering-by-session'));
    } catch (e) {
      showError(listEl, e);
    }
  }

  const filter = h('div', { class: 'filters' }, field(tr(ctx, 'common.from'), period.from), field(tr(ctx, 'common.to'), period.to),
    h('button', { type: 'button', class: 'big', id: 'volunteering-show', onclick: () => load() }, tr(ctx, 'common.show')));
  fill(ctx.el, org.el, h('div', { class: 'columns' },
    h('div', {}, h('h2', {}, tr(ctx, 'vol.title')), filter, listEl),
    h('aside', {}, h('h2', {}, tr(ctx, 'vol.new')), formEl)));
  await fillForm();
  await load();
}
