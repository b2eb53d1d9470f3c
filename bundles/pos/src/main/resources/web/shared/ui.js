// Tiny DOM helpers: no framework, no build.
import { t } from './i18n.js';
import { OfflineError } from './api.js';

/** h('button', {class: 'big', onclick: f}, 'OK') */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'value' || k === 'checked' || k === 'disabled') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** Replaces the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  for (const c of children.flat(Infinity)) {
    if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/**
 * A modal <dialog>: Escape closes it (the browser's own handling), `onClose` runs once.
 * Returns { dialog, body, close }.
 */
export function modal(title, { className = '', onClose } = {}) {
  const body = h('div', { class: 'dialog-body' });
  const closeButton = h('button', { class: 'dialog-close', type: 'button', 'aria-label': t('common.close') }, '×');
  const dialog = h('dialog', { class: `dialog ${className}` },
    h('header', { class: 'dialog-head' }, h('h2', {}, title), closeButton), body);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    onClose?.();
  };
  closeButton.addEventListener('click', close);
  dialog.addEventListener('close', close);
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, close };
}

/**
 * Asks to confirm an action in a modal dialog: resolves true when `ok` is pressed, false when cancelled or closed.
 * Its buttons are `#<id>-confirm` and `#<id>-cancel`.
 */
export function confirmDialog(title, text, { ok, id }) {
  return new Promise((resolve) => {
    let answered = false;
    const { body, close } = modal(title, { className: 'confirm-dialog', onClose: () => { if (!answered) resolve(false); } });
    const yes = h('button', { type: 'button', class: 'big primary', id: `${id}-confirm` }, ok);
    yes.addEventListener('click', () => { answered = true; resolve(true); close(); });
    fill(body, h('p', {}, text), h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'big', id: `${id}-cancel`, onclick: close }, t('common.cancel')), yes));
    yes.focus();
  });
}

/**
 * Gives `input` the keyboard. Chromium, once a modal dialog has given the focus back to the field,
 * reports it focused but drops typed text until it is focused anew: a scanner's code would be lost.
 */
export function focusField(input) {
  if (document.activeElement === input) input.blur();
  input.focus();
}

/** A short message at the bottom of the screen. kind: info | ok | error. */
export function toast(message, kind = 'info', ms = 4000) {
  let area = document.getElementById('toasts');
  if (!area) {
    area = h('div', { id: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(area);
  }
  const el = h('div', { class: `toast toast-${kind}` }, message);
  area.append(el);
  setTimeout(() => el.remove(), ms);
  return el;
}

const SINGLE_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * A labelled form field. A group of controls (checkboxes, rows, a search with its list) is named by a group rather
 * than a <label>: a click on a label anywhere in it would otherwise tick its first box.
 */
export function field(label, input) {
  if (SINGLE_CONTROLS.has(input?.tagName)) {
    return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), input);
  }
  return h('div', { class: 'field', role: 'group', 'aria-label': typeof label === 'string' ? label : null },
    h('span', { class: 'field-label' }, label), input);
}

/** The message to show for a failed call. */
export function errorText(e) {
  if (e instanceof OfflineError) return t('common.offline');
  return e?.message || String(e);
}

/** Saves `data` as a JSON file download. */
export function downloadJson(filename, data) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const a = h('a', { href: URL.createObjectURL(blob), download: filename });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

/** Fetches a report with the user's token (a plain link cannot send it) and opens it in a new tab. */
export async function openReport(client, path) {
  try {
    const resp = await client.raw(path);
    if (!resp.ok) throw new Error((await resp.json().catch(() => null))?.error?.message || resp.statusText);
    const url = URL.createObjectURL(await resp.blob());
    window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  } catch (e) {
    toast(errorText(e), 'error');
  }
}
