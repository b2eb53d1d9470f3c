// Registrations of households to a session (found by their card), and who came.
import { confirmDialog } from '/ui/pos/ui.js';
import { h, fill, tr, table, input, select, field, form, showError, when, storePicker, activityPicker, errorText } from './common.js';
import { cardInput } from '/ui/pos/pickers.js';

export async function mount(ctx) {
  const body = h('div', { id: 'registrations-body' });
  const store = await storePicker(ctx, () => start());
  const households = new Map();

  async function reference(id) {
    if (!id) return '—';
    if (!households.has(id)) households.set(id, ctx.api(`/api/households/${id}`).then((x) => x.reference || '—').catch(() => '—'));
    return households.get(id);
  }

  async function start() {
    try {
      const picker = await activityPicker(ctx, store.value(), () => showActivity(picker.value()));
      fill(ctx.el, store.el, picker.el, body);
      if (picker.value()) await showActivity(picker.value());
      else fill(body);
    } catch (e) {
      showError(body, e);
    }
  }

  async function showActivity(id) {
    const a = await ctx.api(`/api/activities/${id}`);
    if (!a.sessions.length) return fill(body, h('p', { class: 'empty', id: 'session-none' }, tr(ctx, 'reg.noSession')));
    const sessions = select('registration-session', a.sessions.map((s) => [s.id,
      `${when(ctx, s.startsAt)} — ${tr(ctx, 'reg.places', { count: s.registrations, capacity: s.capacity })}`]));
    const upcoming = a.sessions.find((s) => new Date(s.startsAt) > new Date()) || a.sessions.at(-1);
    sessions.value = upcoming.id;
    const list = h('div', { id: 'registration-list' });
    const card = cardInput(ctx, 'registration-card', { required: true, placeholder: tr(ctx, 'reg.card') });
    const register = form({
      id: 'registration-form', submit: tr(ctx, 'reg.register'),
      fields: [[tr(ctx, 'reg.card'), card]],
      async action() {
        const ref = card.value.trim();
        const found = (await ctx.api(`/api/households?reference=${encodeURIComponent(ref)}`)).items[0];
        if (!found) throw new Error(tr(ctx, 'reg.unknown', { reference: ref }));
        const r = await ctx.api(`/api/activities/sessions/${sessions.value}/registrations`, { method: 'POST', body: { household: found.id } });
        ctx.notify(tr(ctx, 'reg.registered', { reference: found.reference, fee: ctx.money(r.fee) }), 'ok');
        card.value = '';
        card.focus();
        await load();
      },
    });

    async function load() {
      try {
        const items = (await ctx.api(`/api/activities/sessions/${sessions.value}/registrations?limit=500`)).items;
        const s = a.sessions.find((x) => x.id === sessions.value);
        sessions.selectedOptions[0].textContent = `${when(ctx, s.startsAt)} — ${tr(ctx, 'reg.places', { count: items.length, capacity: s.capacity })}`;
        const rows = await Promise.all(items.map(async (r) => [await reference(r.household), ctx.money(r.fee),
          r.paid ? tr(ctx, 'reg.yes') : tr(ctx, 'reg.no'),
          r.attended ? h('strong', { class: 'attended' }, tr(ctx, 'reg.yes'))
            : h('button', { type: 'button', class: 'big', dataset: { household: r.household }, disabled: !r.household,
              onclick: (e) => attend(e.currentTarget, r.household) }, tr(ctx, 'reg.markAttended')),
          r.paid || r.attended ? ''
            : h('button', { type: 'button', dataset: { cancel: r.id }, onclick: () => cancel(r) }, tr(ctx, 'reg.cancel'))]));
        fill(list, table([tr(ctx, 'reg.household'), tr(ctx, 'reg.fee'), tr(ctx, 'reg.paid'), tr(ctx, 'reg.attended'), ''], rows,
          { id: 'registration-table', empty: tr(ctx, 'common.empty'), numeric: [1] }));
      } catch (e) {
        showError(list, e);
      }
    }

    // A household that cannot come gives its place back (only while its fee is unpaid and it has not come).
    async function cancel(r) {
      const card = await reference(r.household);
      if (!(await confirmDialog(tr(ctx, 'reg.cancel'), tr(ctx, 'reg.cancelConfirm', { card }),
        { ok: tr(ctx, 'reg.cancel'), id: 'registration-cancel' }))) return;
      try {
        await ctx.api(`/api/activities/registrations/${r.id}`, { method: 'DELETE' });
        ctx.notify(tr(ctx, 'reg.cancelled'), 'ok');
        await load();
      } catch (e) {
        ctx.notify(errorText(e), 'error');
      }
    }

    async function attend(button, household) {
      button.disabled = true;
      try {
        await ctx.api(`/api/activities/sessions/${sessions.value}/attendance`, { method: 'POST', body: { household } });
        ctx.notify(tr(ctx, 'reg.attendedDone'), 'ok');
        await load();
      } catch (e) {
        ctx.notify(errorText(e), 'error');
        button.disabled = false;
      }
    }

    sessions.addEventListener('change', load);
    fill(body, field(tr(ctx, 'reg.session'), sessions), h('div', { class: 'columns' },
      h('div', {}, h('h2', {}, tr(ctx, 'reg.list')), list), h('aside', {}, register)));
    await load();
    return null;
  }

  await start();
}
