// The till this device is ("Caisse 1": chosen once, remembered in localStorage) and whether its session is open. The
// till asks to open it with the float counted in the drawer before the first sale. What the server last said is
// remembered too, so that a till reloaded during an outage keeps selling in its open session.
// `document.documentElement.dataset.tillState` says where it stands: checking | choosing | closed | open.
import { t } from '/ui/pos/i18n.js';
import { h, fill, modal, errorText } from '/ui/pos/ui.js';
import { ApiError, OfflineError } from '/ui/pos/api.js';
import { normaliseAmount } from '/ui/pos/decimal.js';

const TILL_KEY = 'vivres.pos.till';
const SESSION_KEY = 'vivres.pos.tillSession';

const read = (key, organization) => {
  try {
    const v = JSON.parse(localStorage.getItem(key) || 'null');
    return v && v.organization === organization ? v : null;
  } catch {
    return null;
  }
};

export function createTillSession({ client, store, onChange }) {
  let till = read(TILL_KEY, store.id);
  let session = read(SESSION_KEY, store.id);
  let asking = null;

  function state(s) {
    document.documentElement.dataset.tillState = s;
    onChange?.();
  }

  function remember(s) {
    session = s ? { organization: store.id, till: till.id, id: s.id, openedAt: s.openedAt, open: true } : null;
    if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_KEY);
    state(session ? 'open' : 'closed');
  }

  function bindTo(chosen) {
    till = { organization: store.id, id: chosen.id, name: chosen.name, number: chosen.number };
    localStorage.setItem(TILL_KEY, JSON.stringify(till));
    if (session?.till !== till.id) session = null;
  }

  /** The store's tills with a drawer (till 0 is the API's); one alone is taken, several are chosen from. */
  async function choose() {
    state('choosing');
    for (;;) {
      let tills;
      try {
        tills = (await client.api(`/api/tills?organization=${store.id}`)).items.filter((x) => x.number > 0);
      } catch (e) {
        await notice(t('tillSession.chooseTitle'), errorText(e));
        continue;
      }
      if (tills.length === 1) return bindTo(tills[0]);
      if (!tills.length) {
        await notice(t('tillSession.chooseTitle'), t('tillSession.noTill'));
        continue;
      }
      const chosen = await pick(tills);
      if (chosen) return bindTo(chosen);
    }
  }

  /** A message with one button to try again (the dialog cannot be dismissed: the till needs an answer). */
  function notice(title, text) {
    return new Promise((resolve) => {
      const { body, dialog, close } = modal(title, { className: 'till-notice', onClose: resolve });
      dialog.addEventListener('cancel', (e) => e.preventDefault());
      fill(body, h('p', { id: 'till-notice' }, text), h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'big primary', id: 'till-retry', onclick: close }, t('tillSession.retry'))));
    });
  }

  function pick(tills) {
    return new Promise((resolve) => {
      // Closed without a choice (its × button): asked again.
      const { body, dialog } = modal(t('tillSession.chooseTitle'), { className: 'till-choice', onClose: () => resolve(null) });
      dialog.addEventListener('cancel', (e) => e.preventDefault());
      fill(body, h('p', {}, t('tillSession.chooseExplain')), h('div', { class: 'results' }, tills.map((x) => h('button', {
        type: 'button', class: 'result', dataset: { till: x.number },
        onclick: () => { resolve(x); dialog.close(); } }, h('span', { class: 'result-name' }, x.name)))));
      body.querySelector('button')?.focus();
    });
  }

  /** Asks the server whether the till is open; offline, what it said last stands. */
  async function check() {
    state('checking');
    if (!till) await choose();
    try {
      remember(await client.api(`/api/tills/${till.id}/sessions/current`));
    } catch (e) {
      if (e instanceof OfflineError) return state(session?.open ? 'open' : 'closed');
      if (e instanceof ApiError && e.code === 'TILL_NOT_OPEN') return remember(null);
      if (e instanceof ApiError && e.status === 404) {
        // The till is no longer this store's (or no longer exists): choose again.
        localStorage.removeItem(TILL_KEY);
        till = null;
        session = null;
        return check();
      }
      state(session?.open ? 'open' : 'closed');
    }
  }

  /** The opening dialog: the float counted in the drawer. Resolves true once the session is open. */
  function askOpening() {
    if (session?.open) return Promise.resolve(true);
    asking ??= new Promise((resolve) => {
      let opened = false;
      const { body, close } = modal(t('tillSession.openTitle', { till: till.name }), { className: 'open-dialog',
        onClose: () => { asking = null; resolve(opened); } });
      const input = h('input', { id: 'open-float', class: 'big-input amount-input', inputmode: 'decimal', autocomplete: 'off' });
      const error = h('p', { id: 'open-error', class: 'error', role: 'alert' });
      const submit = h('button', { type: 'submit', class: 'big primary', id: 'open-submit' }, t('tillSession.open'),
        h('kbd', {}, t('key.enter')));
      const form = h('form', {}, h('p', {}, t('tillSession.openExplain')),
        h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('tillSession.float')), input), error,
        h('div', { class: 'actions' }, submit));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const value = normaliseAmount(input.value);
        if (value == null) {
          error.textContent = t('pay.invalidAmount');
          return input.select();
        }
        submit.disabled = true;
        try {
          remember(await client.api(`/api/tills/${till.id}/sessions`, { method: 'POST', body: { openingFloat: value } }));
          opened = true;
          close();
        } catch (err) {
          if (err instanceof ApiError && err.code === 'TILL_ALREADY_OPEN') {
            await check();
            opened = !!session?.open;
            if (opened) return close();
          }
          error.textContent = errorText(err);
          submit.disabled = false;
        }
      });
      fill(body, form);
      input.focus();
    });
    return asking;
  }

  return {
    till: () => till,
    session: () => session,
    isOpen: () => !!session?.open,
    check,
    askOpening,
    /** Before a sale or a refund: open, or asked to be. */
    ensureOpen: () => (session?.open ? Promise.resolve(true) : askOpening()),
    /** The server said the till is not open (closed elsewhere): the next sale asks to open it. */
    closed: () => remember(null),
    label: () => (till ? till.name : ''),
  };
}
