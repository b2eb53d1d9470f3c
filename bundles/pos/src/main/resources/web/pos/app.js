// The till (/pos/): login, then one ticket after another. See docs/ui-contributions.md for what
// bundles may add (payment methods, panels).
import { createClient, hasRole, ApiError } from '/ui/pos/api.js';
import { t, lang, setLang, translatePage } from '/ui/pos/i18n.js';
import { h, fill, modal, toast, focusField } from '/ui/pos/ui.js';
import { loginForm } from '/ui/pos/login.js';
import { baseContext, mount } from '/ui/pos/contributions.js';
import { amount, cents, milli, quantity } from '/ui/pos/decimal.js';
import { createNet, createOutbox } from './outbox.js';
import { createCatalog } from './catalog.js';
import { createPricer } from './pricing.js';
import * as D from './draft.js';
import { skeleton, renderLines, renderTotals, renderHousehold, methodLabel } from './view.js';
import { nameOtherMethods } from '/ui/pos/zreport.js';
import { bindSearch } from './search.js';
import { askQuantity, showRejected } from './dialogs.js';
import { openPayment } from './payment.js';
import { showReceipt } from './receipt.js';
import { openReturns } from './returns.js';
import { storeOf, keepForOutages, forgetStore } from './boot.js';
import { createTillSession } from './tillsession.js';
import { tillContributions, loadTillModules } from './contributed.js';
import { openCashMove, openClosing } from './drawer.js';

const client = createClient('vivres.pos.session');
const root = document.getElementById('app');
const mayUseTill = (u) => hasRole(u, 'CASHIER') || hasRole(u, 'MANAGER');
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
  const net = createNet();
  const outbox = createOutbox(client, net);
  const catalog = createCatalog(client, net);
  const pricer = createPricer(client, net, () => refresh(false));
  const tills = createTillSession({ client, store, onChange: () => { $('till-name').textContent = tills.label(); } });
  const panelListeners = [];
  let draft = D.loadDraft(store.id) || D.newDraft(store.id);
  let selected = draft.lines.at(-1)?.key ?? null;
  let paymentContributions = [];
  let pdfReceipts = false;
  let pdfSlips = false;

  function refresh(requote = true) {
    D.saveDraft(draft);
    const q = pricer.currentFor(draft);
    renderLines(draft, q, selected, lineActions);
    renderTotals(draft, q);
    renderHousehold(draft.household, () => { draft.household = null; refresh(); search.focus(); });
    if (requote) pricer.schedule(draft);
    const s = snapshot();
    panelListeners.forEach((f) => f(s));
  }

  /** The ticket as contributions see it (a copy: they cannot change the till's state behind its back). */
  function snapshot() {
    const q = pricer.currentFor(draft);
    const paid = D.paidCents(draft);
    return structuredClone({
      id: draft.id, organization: draft.organization, household: draft.household,
      lines: draft.lines.map((l) => ({ kind: l.kind, product: l.product, ref: l.ref, label: l.label,
        quantity: l.quantity, priced: q ? D.pricedLinesOf(q.quote, l) : [] })),
      total: q?.quote.total ?? null, provisional: !!q?.provisional,
      payments: draft.payments.map((p) => ({ method: p.method, amount: p.amount })),
      paid: amount(paid), remaining: q ? amount(cents(q.quote.total) - paid) : null,
    });
  }

  async function addProduct(product, qty) {
    let q = qty || (product.uom === 'UNIT' ? '1' : await askQuantity(product, null));
    if (!q) return search.focus();
    if (milli(q) == null || milli(q) <= 0n || (product.uom === 'UNIT' && milli(q) % 1000n !== 0n)) {
      toast(t('qty.wholeUnits'), 'error');
      return search.focus();
    }
    selected = D.addProduct(draft, product, q).key;
    refresh();
    search.focus();
  }

  const lineActions = {
    select: (key) => { selected = key; refresh(false); },
    remove: (key) => { D.removeLine(draft, key); selected = draft.lines.at(-1)?.key ?? null; refresh(); search.focus(); },
    step(key, delta) {
      const line = draft.lines.find((l) => l.key === key);
      const next = milli(line.quantity) + BigInt(delta) * 1000n;
      if (next <= 0n) return lineActions.remove(key);
      D.setQuantity(draft, key, quantity(next));
      selected = key;
      refresh();
    },
    async editQuantity(key) {
      const line = draft.lines.find((l) => l.key === key);
      if (!line || line.kind !== 'product') return;
      const q = await askQuantity(line.product, line.quantity);
      if (q) {
        D.setQuantity(draft, key, q);
        selected = key;
        refresh();
      }
      search.focus();
    },
  };

  async function useHousehold(reference, quiet) {
    const found = await catalog.household(reference);
    if (!found || found.erased) {
      if (!quiet) toast(t(found ? 'till.householdErased' : 'till.householdUnknown', { reference }), 'error');
      return false;
    }
    draft.household = found;
    refresh();
    return true;
  }

  const search = bindSearch({ catalog, onProduct: addProduct, onHouseholdCode: (code) => useHousehold(code, true) });

  $('household-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = $('household-input');
    const reference = input.value.trim();
    if (!reference) return;
    try {
      if (await useHousehold(reference, false)) {
        input.value = '';
        search.focus();
      } else {
        input.select();
      }
    } catch (err) {
      toast(err.message, 'error');
    }
  });

  async function checkout() {
    if (document.querySelector('dialog[open]')) return;
    if (!draft.lines.length) {
      toast(t('till.emptyCheckout'));
      return search.focus();
    }
    if (!(await tills.ensureOpen())) return search.focus();
    const q = await pricer.ensure(draft);
    refresh(false);
    if (q.error instanceof ApiError) {
      toast(q.error.message, 'error');
      return;
    }
    openPayment({ client, draft, quoteState: q, contributions: paymentContributions, snapshot,
      changed: () => refresh(false), finish: (change) => finish(q, change) });
  }

  async function finish(q, change) {
    const names = {};
    const units = {};
    for (const l of draft.lines) {
      const subject = l.kind === 'product' ? `product:${l.product.id}` : `${l.kind}:${l.ref}`;
      names[subject] = l.kind === 'product' ? l.product.name : l.label;
      units[subject] = l.kind === 'product' ? l.product.uom : 'UNIT';
    }
    const display = { id: draft.id, createdAt: new Date().toISOString(), names, units, household: draft.household?.reference ?? null,
      lines: q.quote.lines, total: q.quote.total, change: amount(change), provisional: q.provisional,
      payments: draft.payments.map((p) => ({ method: p.method, amount: p.amount })),
      till: tills.till(), cashier: user.username };
    const body = { ...D.ticketBody(draft, true), till: tills.till().id };
    const soldAt = Date.now();
    // Paid at the till's own prices while the server was out of reach: it records a difference, never refuses the
    // sale, as long as the till's prices then explain it.
    if (q.provisional) Object.assign(body, { soldOffline: true, soldAt: new Date(soldAt).toISOString() });
    const result = await outbox.submit({ id: draft.id, body, display, createdAt: soldAt });
    if (result.state === 'refused') {
      if (result.error.code === 'TILL_NOT_OPEN') tills.closed();
      return { done: false, message: result.error.message };
    }
    const sale = result.state === 'accepted' ? { ticket: result.ticket, display } : { display };
    draft = D.newDraft(store.id);
    selected = null;
    refresh();
    if (result.unauthorized) relogin();
    return { done: true, after: () => showReceipt({ client, store, sale, pdf: pdfReceipts && !!sale.ticket, onClose: () => search.focus() }) };
  }

  function cancelTicket() {
    if (!draft.lines.length && !draft.household) return;
    if (!window.confirm(t('till.cancelConfirm'))) return;
    draft = D.newDraft(store.id);
    selected = null;
    refresh();
    search.focus();
  }

  function renderStatus(s) {
    const el = $('net-status');
    el.className = `net ${s.online ? (s.pending ? 'net-sync' : 'net-ok') : 'net-off'}`;
    el.textContent = s.online ? (s.pending ? t('net.sending', { n: s.pending }) : t('net.online')) : t('net.offline', { n: s.pending });
    const banner = $('rejected-banner');
    banner.hidden = s.rejected === 0;
    fill(banner, t('rejected.banner', { n: s.rejected }), ' ',
      h('button', { type: 'button', id: 'rejected-show', onclick: () => showRejected(outbox) }, t('rejected.show')));
  }

  let reloginOpen = false;
  function relogin() {
    if (reloginOpen) return;
    reloginOpen = true;
    const { body, close } = modal(t('till.sessionExpired'), { onClose: () => { reloginOpen = false; } });
    loginForm(body, client, { title: t('till.sessionExpired'), accept: (u) => mayUseTill(u) && (u.organization ?? store.id) === store.id })
      .then(() => { close(); outbox.flush(); pricer.schedule(draft); });
  }
  client.onUnauthorized(relogin);

  const returns = () => openReturns({ client, outbox, catalog, organization: store.id, store, till: tills.till()?.id,
    tillInfo: tills.till(), cashier: user.username, pdf: () => pdfSlips, onClose: () => search.focus() });
  const moveCash = () => openCashMove({ client, tills, onClose: () => search.focus() });
  function closeTill() {
    if (!tills.isOpen()) return toast(t('tillSession.notOpen'), 'error');
    // Once the Z is made the till asks to open the next session.
    openClosing({ client, store, tills, outbox, onClose: (z) => (z ? tills.askOpening() : Promise.resolve()).then(() => search.focus()) });
  }

  document.addEventListener('keydown', (e) => {
    if (document.querySelector('dialog[open]')) return;
    const inField = e.target instanceof HTMLInputElement && e.target.value !== '';
    const keys = {
      F2: () => search.focus(),
      F3: () => selected && lineActions.editQuantity(selected),
      F4: () => focusField($('household-input')),
      F7: returns,
      F9: checkout,
      F10: closeTill,
      Delete: () => !inField && selected && lineActions.remove(selected),
      Escape: () => { search.clear(); search.focus(); },
    };
    if (keys[e.key]) {
      e.preventDefault();
      keys[e.key]();
    }
  });
  $('checkout').addEventListener('click', checkout);
  $('cancel-ticket').addEventListener('click', cancelTicket);
  $('returns-button').addEventListener('click', returns);
  $('cash-move-button').addEventListener('click', moveCash);
  $('close-till-button').addEventListener('click', closeTill);
  $('lang-button').addEventListener('click', () => { setLang(lang() === 'fr' ? 'en' : 'fr'); location.reload(); });
  $('logout-button').addEventListener('click', async () => {
    await client.logout();
    forgetStore();
    location.reload();
  });

  outbox.onChange(renderStatus);
  net.onChange(() => outbox.changed());
  net.onUp(() => pricer.invalidateProvisional(draft));
  outbox.start();
  catalog.preload();
  client.api('/api/reports').then((d) => {
    const names = (d.items || []).map((r) => (typeof r === 'string' ? r : r.name));
    pdfReceipts = names.includes('ticket');
    pdfSlips = names.includes('return-slip');
  }).catch(() => {});
  tillContributions(client).then((items) => {
    const at = (place) => items.filter((c) => c.place === place);
    paymentContributions = at('till.payment');
    at('till.panel').forEach((c) => {
      const el = h('section', { class: 'panel', dataset: { contribution: c.id } }, h('h3', {}, c.title));
      const slot = h('div');
      el.append(slot);
      $('till-panels').append(el);
      mount(c, baseContext(client, c, slot, {
        ticket: snapshot,
        onChange: (f) => panelListeners.push(f),
        addLine: (line) => { selected = D.addOtherLine(draft, line).key; refresh(); },
      }));
    });
    // Their price rules and words: the lines, the household card and a provisional quote are drawn again with them.
    return loadTillModules(items).then(() => { pricer.invalidateProvisional(draft); refresh(false); });
  });
  refresh();
  search.focus();
  // Before the first sale the till asks to open its session with the float counted in the drawer.
  tills.check().then(() => (tills.isOpen() ? null : tills.askOpening().then(() => search.focus())));
}

start();
