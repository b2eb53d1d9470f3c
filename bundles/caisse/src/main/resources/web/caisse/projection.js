// Projection: month by month, the fund's money from available + pending, members' contributions in,
// allowances out; the runway the funders ask about. Chart in inline SVG (numbers only for drawing;
// the amounts shown are the API's strings).
import { h, fill, tr, table, input, fundPicker, errorText } from './common.js';
import { month as monthName } from '/ui/pos/i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** Bars of the closing balance per month, a zero line, red below zero. */
export function chart(months, title, money, lang = 'fr') {
  const width = 720;
  const height = 240;
  const pad = { left: 16, right: 16, top: 30, bottom: 34 };
  const values = months.map((m) => Number(m.closing));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom || 1;
  const y = (v) => pad.top + ((top - v) / span) * (height - pad.top - pad.bottom);
  const slot = (width - pad.left - pad.right) / Math.max(months.length, 1);
  const el = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, id: 'caisse-projection-chart',
    class: 'caisse-chart', width: '100%', style: 'max-width:720px;height:auto' }, svg('title', {}, title));
  months.forEach((m, i) => {
    const v = values[i];
    const x = pad.left + i * slot + slot * 0.15;
    const y0 = y(Math.max(v, 0));
    const bar = svg('rect', { x, y: y0, width: slot * 0.7, height: Math.max(1, Math.abs(y(v) - y(0))),
      fill: v < 0 ? '#c0392b' : '#2e7d32' }, svg('title', {}, `${monthName(m.month)} : ${money(m.closing)}`));
    const label = svg('text', { x: x + slot * 0.35, y: height - 12, 'text-anchor': 'middle', 'font-size': 12, fill: '#333' });
    const [year, month] = m.month.split('-').map(Number);
    label.textContent = new Date(year, month - 1, 1).toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { month: 'short', year: '2-digit' });
    el.append(bar, label);
    // The first and last closing in words: enough to read the slope without a scale.
    if (i === 0 || i === months.length - 1) {
      const value = svg('text', { x: x + slot * 0.35, y: Math.max(12, Math.min(y(v), y(0)) - 6), 'text-anchor': 'middle', 'font-size': 12,
        'font-weight': 700, fill: '#222', class: 'caisse-chart-value' });
      value.textContent = money(m.closing);
      el.append(value);
    }
  });
  el.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(0), y2: y(0), stroke: '#555', 'stroke-width': 1 }));
  return el;
}

export async function mount(ctx) {
  const out = h('div', { id: 'caisse-projection' });
  const count = input('projection-months', { type: 'number', min: 1, max: 60, value: '12' });
  let picker;

  async function load() {
    const fund = picker.value();
    if (!fund) return;
    try {
      const months = Math.min(60, Math.max(1, Number.parseInt(count.value, 10) || 12));
      const p = await ctx.api(`/api/caisse/funds/${fund.id}/projection?months=${months}`);
      const runway = p.runwayMonths == null
        ? h('p', { id: 'caisse-runway' }, tr(ctx, 'projection.noRunway'))
        : h('div', { id: 'caisse-runway' },
          h('p', {}, h('strong', {}, tr(ctx, 'projection.runway', { months: p.runwayMonths }))),
          h('p', {}, tr(ctx, 'projection.runwaySecured', { months: p.runwayMonthsSecuredOnly })));
      fill(out, runway,
        h('figure', {}, chart(p.months, tr(ctx, 'projection.chart'), ctx.money, ctx.lang), h('figcaption', {}, tr(ctx, 'projection.chart'))),
        table([tr(ctx, 'common.month'), tr(ctx, 'projection.opening'), tr(ctx, 'periods.contributions'), tr(ctx, 'periods.allowances'), tr(ctx, 'projection.closing')],
          p.months.map((m) => [monthName(m.month), ctx.money(m.opening), ctx.money(m.contributions), ctx.money(m.allowances), ctx.money(m.closing)]),
          { id: 'caisse-projection-table' }));
    } catch (e) {
      fill(out, h('p', { class: 'error' }, errorText(e)));
    }
  }

  try {
    picker = await fundPicker(ctx, load);
  } catch (e) {
    fill(ctx.el, h('p', { class: 'error' }, errorText(e)));
    return;
  }
  if (!picker.value()) {
    fill(ctx.el, picker.el);
    return;
  }
  const again = h('form', { class: 'search-row', onsubmit: (e) => { e.preventDefault(); load(); } },
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, tr(ctx, 'projection.months')), count),
    h('button', { type: 'submit', class: 'big', id: 'projection-submit' }, tr(ctx, 'projection.show')));
  fill(ctx.el, picker.el, again, out);
  load();
}
