// The session room: who is at the till and with which drawer — the till's session (opening with its float, cash in
// and out, the Z at closing), returns made by the cashier, the password asked again when the login expires, the
// language and logging out.
import { hasRole } from '/ui/pos/api.js';
import { t, lang, setLang } from '/ui/pos/i18n.js';
import { modal, toast } from '/ui/pos/ui.js';
import { loginForm } from '/ui/pos/login.js';
import { forgetStore } from './boot.js';
import { createTillSession } from './tillsession.js';
import { openCashMove, openClosing } from './drawer.js';
import { openReturns } from './returns.js';

const $ = (id) => document.getElementById(id);

/** Who may use the till: a cashier or a manager. */
export const mayUseTill = (u) => hasRole(u, 'CASHIER') || hasRole(u, 'MANAGER');

/**
 * The session of `user` at `store`. `afterLogin()` runs once the password is given again (send what waited);
 * `focus()` gives the scanner its field back.
 */
export function createSession({ client, store, user, outbox, catalog, afterLogin, focus }) {
  const tills = createTillSession({ client, store, onChange: () => { $('till-name').textContent = tills.label(); } });
  let pdfSlips = false;

  let reloginOpen = false;
  function relogin() {
    if (reloginOpen) return;
    reloginOpen = true;
    const { body, close } = modal(t('till.sessionExpired'), { onClose: () => { reloginOpen = false; } });
    loginForm(body, client, { title: t('till.sessionExpired'), accept: (u) => mayUseTill(u) && (u.organization ?? store.id) === store.id })
      .then(() => { close(); afterLogin(); });
  }
  client.onUnauthorized(relogin);

  const returns = () => openReturns({ client, outbox, catalog, organization: store.id, store, till: tills.till()?.id,
    tillInfo: tills.till(), cashier: user.username, pdf: () => pdfSlips, onClose: focus });
  const moveCash = () => openCashMove({ client, tills, onClose: focus });
  function closeTill() {
    if (!tills.isOpen()) return toast(t('tillSession.notOpen'), 'error');
    // Once the Z is made the till asks to open the next session.
    openClosing({ client, store, tills, outbox, onClose: (z) => (z ? tills.askOpening() : Promise.resolve()).then(focus) });
  }

  return {
    tills,
    relogin,
    returns,
    moveCash,
    closeTill,
    /** Return slips as PDF once the reports bundle serves the `return-slip` report. */
    usePdfSlips(on) { pdfSlips = on; },
    switchLanguage() {
      setLang(lang() === 'fr' ? 'en' : 'fr');
      location.reload();
    },
    async logout() {
      await client.logout();
      forgetStore();
      location.reload();
    },
    /** Before the first sale the till asks to open its session with the float counted in the drawer. */
    start() {
      tills.check().then(() => (tills.isOpen() ? null : tills.askOpening().then(focus)));
    },
  };
}
