// The login form of both apps.
import { t, translatePage } from './i18n.js';
import { h, fill, errorText } from './ui.js';

/**
 * Shows the login form in `root` until `client.login` succeeds and `accept(user)` returns true
 * (else shows `refusedKey`); resolves to the user.
 */
export function loginForm(root, client, { title, accept = () => true, refusedKey = 'login.roleRefused' }) {
  return new Promise((resolve) => {
    const username = h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true });
    const password = h('input', { id: 'login-password', name: 'password', type: 'password',
      autocomplete: 'current-password', required: true });
    const error = h('p', { class: 'error', id: 'login-error', role: 'alert' });
    const button = h('button', { class: 'big primary', type: 'submit', id: 'login-submit' }, t('login.submit'));
    const form = h('form', { class: 'login', autocomplete: 'on' },
      h('h1', {}, title),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('login.username')), username),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('login.password')), password),
      error, button);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      button.disabled = true;
      error.textContent = '';
      try {
        const user = await client.login(username.value.trim(), password.value);
        if (!accept(user)) {
          client.forget();
          error.textContent = t(refusedKey);
          return;
        }
        resolve(user);
      } catch (e) {
        error.textContent = errorText(e);
        password.select();
      } finally {
        button.disabled = false;
      }
    });
    fill(root, form);
    translatePage(root);
    username.focus();
  });
}
