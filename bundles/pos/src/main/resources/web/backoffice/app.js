// The back office (/backoffice/): its menu is the list of `backoffice.screen` contributions the
// user may see — the core screens of this bundle and those of every capability bundle alike.
import { createClient, hasRole } from '/ui/pos/api.js';
import { t, lang, setLang, translatePage } from '/ui/pos/i18n.js';
import { h, fill, openReport } from '/ui/pos/ui.js';
import { loginForm } from '/ui/pos/login.js';
import { contributionsOf, baseContext, mount } from '/ui/pos/contributions.js';
import { nameOtherMethods } from '/ui/pos/zreport.js';
import { tillRegistry, words } from '/ui/pos/tillmodules.js';

const client = createClient('vivres.backoffice.session');
const root = document.getElementById('app');
const mayUse = (u) => ['MANAGER', 'REFERRER'].some((r) => hasRole(u, r));

async function start() {
  translatePage();
  const user = client.user() || await loginForm(root, client,
    { title: t('bo.loginTitle'), accept: mayUse, refusedKey: 'bo.roleRefused' });
  client.onUnauthorized(() => { client.forget(); location.reload(); });
  const [screens] = await Promise.all([contributionsOf(client, 'backoffice.screen'), namePaymentMethods()]);
  const nav = h('nav', { class: 'bo-nav', id: 'bo-nav' });
  const main = h('main', { class: 'bo-main', id: 'bo-main' });
  fill(root,
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, 'Vivres'), h('div', { class: 'store' }, t('bo.title')),
      h('div', { class: 'spacer' }),
      h('span', { class: 'who', id: 'user-name' }, user.username),
      h('button', { id: 'lang-button', type: 'button', onclick: () => { setLang(lang() === 'fr' ? 'en' : 'fr'); location.reload(); } },
        t('common.otherLanguage')),
      h('button', { id: 'logout-button', type: 'button', onclick: async () => { await client.logout(); location.hash = ''; location.reload(); } },
        t('common.logout'))),
    h('div', { class: 'bo-layout' }, nav, main));
  fiscalBanner(user);

  fill(nav, screens.map((s) => h('a', { href: `#/${s.id}`, class: 'nav-link', dataset: { screen: s.id } }, s.title)));
  if (!screens.length) fill(main, h('p', {}, t('bo.noScreen')));

  let unmount = () => {};
  async function show() {
    const id = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    const screen = screens.find((s) => s.id === id) || screens[0];
    if (!screen) return;
    for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.dataset.screen === screen.id);
    unmount();
    const el = h('section', { class: 'screen', id: `screen-${screen.id.replace(/\W/g, '-')}` });
    fill(main, h('h1', {}, screen.title), el);
    unmount = await mount(screen, baseContext(client, screen, el, { h, openReport: (path) => openReport(client, path) }));
  }
  window.addEventListener('hashchange', show);
  show();
}

/**
 * The payment methods bundles contribute, named as their till modules name them (`methodLabel`, see
 * docs/ui-contributions.md) on the sales, closings and Z: the back office knows none of them.
 */
async function namePaymentMethods() {
  const modules = await tillRegistry(client);
  nameOtherMethods((method) => modules.methodLabel(method, words()));
}

/**
 * A red banner above every screen when the sealed till records are no longer intact: for a network admin when
 * /api/health says so (with where), for a manager when the check of their store finds it. Checked only once
 * health says BROKEN, so that an intact system journals no check at each visit.
 */
async function fiscalBanner(user) {
  if (!hasRole(user, 'MANAGER')) return;
  let where = null;
  try {
    const health = await client.api('/api/health');
    if (health.fiscal !== 'BROKEN') return;
    if (user.roles.includes('NETWORK_ADMIN')) {
      where = health.fiscalBroken || {};
    } else if (user.organization) {
      const check = await client.api(`/api/fiscal/verify?organization=${encodeURIComponent(user.organization)}`);
      if (check.status !== 'BROKEN') return;
      where = check.firstBroken || {};
    } else {
      return;
    }
  } catch {
    return; // unreachable or not allowed: nothing to show
  }
  const banner = h('div', { class: 'fiscal-broken', id: 'fiscal-broken', role: 'alert' },
    t('bo.fiscal.broken', { who: user.roles.includes('NETWORK_ADMIN') ? t('bo.fiscal.network') : t('bo.fiscal.store'),
      chain: where.chain ?? '?', sequence: where.sequence ?? '?', reason: where.reason ?? '?' }));
  root.insertBefore(banner, root.querySelector('.bo-layout'));
}

start();
