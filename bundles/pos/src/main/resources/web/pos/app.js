// The till (/pos/): login, then one ticket after another. runTill only wires the till's rooms, each a module of its
// own concern (docs/architecture.md, "The till's rooms"):
//   input.js     what is scanned or typed: products, the household card
//   ticket.js    the ticket being rung up, its lines, drawn after each change (draft.js, view.js, pricing.js)
//   checkout.js  payment: from F9 to the receipt (payment.js, receipt.js)
//   session.js   the till's session and drawer, returns, login again, language, logout
//   status.js    the outbox as the cashier sees it (outbox.js sends; catalog.js keeps what is needed offline)
//   contributed.js  what capability bundles add: payment methods, panels, offline price rules, words
// See docs/ui-contributions.md for what bundles may add.
import { createClient } from '/ui/pos/api.js';
import { t, translatePage } from '/ui/pos/i18n.js';
import { focusField } from '/ui/pos/ui.js';
import { loginForm } from '/ui/pos/login.js';
import { nameOtherMethods } from '/ui/pos/zreport.js';
import { createNet, createOutbox } from './outbox.js';
import { createCatalog } from './catalog.js';
import { createPricer } from './pricing.js';
import { skeleton, methodLabel } from './view.js';
import { storeOf, keepForOutages } from './boot.js';
import { createTicket } from './ticket.js';
import { bindInput } from './input.js';
import { createCheckout } from './checkout.js';
import { createSession, mayUseTill } from './session.js';
import { bindOutbox } from './status.js';
import { startContributions } from './contributed.js';

const client = createClient('vivres.pos.session');
const root = document.getElementById('app');
const $ = (id) => document.getElementById(id);

async function start() {
  translatePage();
  keepForOutages();
  const user = client.user() || await loginForm(root, client, { title: t('till.loginTitle'), accept: mayUseTill });
  runTill(user, await storeOf(client, user));
}

function runTill(user, store) {
  skeleton(root);
  nameOtherMethods(methodLabel);
  $('store-name').textContent = store.name;
  $('user-name').textContent = user.username;
  const focus = () => input.focus();
  const net = createNet();
  const outbox = createOutbox(client, net);
  const catalog = createCatalog(client, net);
  const pricer = createPricer(client, net, () => ticket.refresh(false));
  const ticket = createTicket({ store, pricer, focus });
  const input = bindInput({ catalog, ticket });
  const session = createSession({ client, store, user, outbox, catalog, focus,
    afterLogin: () => { outbox.flush(); pricer.schedule(ticket.draft); } });
  const checkout = createCheckout({ client, store, user, ticket, pricer, tills: session.tills, outbox,
    relogin: session.relogin, focus });

  function cancelTicket() {
    if (!ticket.draft.lines.length && !ticket.draft.household) return;
    if (!window.confirm(t('till.cancelConfirm'))) return;
    ticket.restart();
    focus();
  }

  document.addEventListener('keydown', (e) => {
    if (document.querySelector('dialog[open]')) return;
    const inField = e.target instanceof HTMLInputElement && e.target.value !== '';
    const keys = {
      F2: focus,
      F3: () => ticket.selected && ticket.lineActions.editQuantity(ticket.selected),
      F4: () => focusField($('household-input')),
      F7: session.returns,
      F9: checkout.checkout,
      F10: session.closeTill,
      Delete: () => !inField && ticket.selected && ticket.lineActions.remove(ticket.selected),
      Escape: () => { input.clear(); focus(); },
    };
    if (keys[e.key]) {
      e.preventDefault();
      keys[e.key]();
    }
  });
  $('checkout').addEventListener('click', checkout.checkout);
  $('cancel-ticket').addEventListener('click', cancelTicket);
  $('returns-button').addEventListener('click', session.returns);
  $('cash-move-button').addEventListener('click', session.moveCash);
  $('close-till-button').addEventListener('click', session.closeTill);
  $('lang-button').addEventListener('click', session.switchLanguage);
  $('logout-button').addEventListener('click', session.logout);

  bindOutbox({ outbox, net, pricer, ticket });
  catalog.preload();
  client.api('/api/reports').then((d) => {
    const names = (d.items || []).map((r) => (typeof r === 'string' ? r : r.name));
    checkout.usePdfReceipts(names.includes('ticket'));
    session.usePdfSlips(names.includes('return-slip'));
  }).catch(() => {});
  startContributions({ client, ticket, pricer, usePayments: checkout.usePayments });
  ticket.refresh();
  focus();
  session.start();
}

start();
