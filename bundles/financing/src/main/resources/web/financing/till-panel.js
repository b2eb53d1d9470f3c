// At the till: a volunteer logged in records the hours he gave today (a first name or a pseudonym is enough). Folded
// by default, so that it takes no room from the ticket; the server checks the 24 hours a day and values them.
import { h, fill, tr, input, select, errorText, today } from './common.js';
import { normaliseAmount } from '/ui/pos/decimal.js';

const TASKS = ['TILL', 'DISTRIBUTION', 'LOGISTICS', 'OTHER'];

export function mount(ctx) {
  const name = input('till-volunteer-name', { maxlength: 100, placeholder: tr(ctx, 'till.volunteerHint') });
  const hours = input('till-volunteer-hours', { inputmode: 'decimal', size: 5 });
  const task = select('till-volunteer-task', TASKS.map((t) => [t, tr(ctx, `task.${t}`)]));
  const message = h('p', { class: 'error', role: 'alert', id: 'till-volunteer-error' });
  const button = h('button', { type: 'submit', class: 'big primary', id: 'till-volunteer-submit' }, tr(ctx, 'common.save'));
  const form = h('form', { id: 'till-volunteer-form', style: 'display:grid;gap:.4rem' },
    h('label', {}, tr(ctx, 'vol.volunteer'), name), h('label', {}, tr(ctx, 'vol.hours'), hours),
    h('label', {}, tr(ctx, 'vol.task'), task), message, button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fill(message);
    const amount = normaliseAmount(hours.value.trim());
    if (amount == null || amount === '0.00') {
      message.textContent = tr(ctx, 'common.invalidHours', { value: hours.value });
      return;
    }
    button.disabled = true;
    try {
      const r = await ctx.api('/api/volunteering', { method: 'POST', body: { organization: ctx.user.organization,
        volunteer: name.value.trim(), date: today(), hours: amount, task: task.value } });
      ctx.notify(tr(ctx, 'vol.created', { hours: ctx.qty(r.hours), volunteer: r.volunteer }), 'ok');
      hours.value = '';
    } catch (err) {
      message.textContent = errorText(err);
    } finally {
      button.disabled = false;
    }
  });
  const details = h('details', { id: 'till-volunteering' }, h('summary', { class: 'button' }, tr(ctx, 'till.record')), form);
  ctx.el.append(details);
  return () => details.remove();
}
