// The outbox room, as the cashier sees it: whether the till is online, how many sales wait to be sent, the banner of
// those the server refused; and what coming back online does (send what waited, price again what was provisional).
import { t } from '/ui/pos/i18n.js';
import { h, fill } from '/ui/pos/ui.js';
import { showRejected } from './dialogs.js';

const $ = (id) => document.getElementById(id);

/** Shows `outbox`'s state (outbox.js) and starts sending; a provisional quote of `ticket` is asked again once `net` is up. */
export function bindOutbox({ outbox, net, pricer, ticket }) {
  function renderStatus(s) {
    const el = $('net-status');
    el.className = `net ${s.online ? (s.pending ? 'net-sync' : 'net-ok') : 'net-off'}`;
    el.textContent = s.online ? (s.pending ? t('net.sending', { n: s.pending }) : t('net.online')) : t('net.offline', { n: s.pending });
    const banner = $('rejected-banner');
    banner.hidden = s.rejected === 0;
    fill(banner, t('rejected.banner', { n: s.rejected }), ' ',
      h('button', { type: 'button', id: 'rejected-show', onclick: () => showRejected(outbox) }, t('rejected.show')));
  }
  outbox.onChange(renderStatus);
  net.onChange(() => outbox.changed());
  net.onUp(() => pricer.invalidateProvisional(ticket.draft));
  outbox.start();
}
