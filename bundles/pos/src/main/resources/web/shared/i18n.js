// French first, English on request. The language is remembered per browser; the API is asked in
// the same language (Accept-Language) so that its error messages match the screen.
import fr from './messages/fr.js';
import en from './messages/en.js';

const KEY = 'vivres.lang';
const catalogs = { fr, en };

/** The user's language: 'en' when chosen on this browser, else 'fr'. */
export function lang() {
  const l = localStorage.getItem(KEY);
  return l === 'en' ? 'en' : 'fr';
}

/** Remembers the language on this browser: 'en', anything else means 'fr'. */
export function setLang(l) {
  localStorage.setItem(KEY, l === 'en' ? 'en' : 'fr');
}

/** The text of `key` with {name} placeholders filled; the key itself when missing (visible in tests). */
export function t(key, params = {}) {
  const text = catalogs[lang()][key] ?? catalogs.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, p) => (params[p] ?? `{${p}}`));
}

/** "12.50" → "12,50 €" (fr) or "€12.50" (en). */
export function money(value) {
  if (value == null || value === '') return '';
  const s = String(value);
  const neg = s.startsWith('-');
  const [int, frac = '00'] = (neg ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang() === 'fr' ? '\u202f' : ',');
  const body = lang() === 'fr' ? `${grouped},${frac.padEnd(2, '0')}\u00a0€` : `€${grouped}.${frac.padEnd(2, '0')}`;
  return (neg ? '−' : '') + body;
}

/** The stores' date today, YYYY-MM-DD in Europe/Paris, whatever the browser's own zone (the API's dates are theirs). */
export function storeDay() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** "1.250" → "1,25" (fr); trailing zeros of the decimals dropped. */
export function qty(value) {
  if (value == null) return '';
  let s = String(value);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return lang() === 'fr' ? s.replace('.', ',') : s;
}

/** A decimal string as typed in the user's language ("11,19" in French), for prefilled fields. */
export function typed(value) {
  return lang() === 'fr' ? String(value).replace('.', ',') : String(value);
}

/** An instant or date as a local date-time. */
export function dateTime(value) {
  const d = value ? new Date(value) : new Date();
  return d.toLocaleString(lang() === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** Sets document language and fills every [data-t] element's text from the catalogue. */
export function translatePage(root = document) {
  document.documentElement.lang = lang();
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll('[data-t-placeholder]')) el.placeholder = t(el.dataset.tPlaceholder);
  for (const el of root.querySelectorAll('[data-t-title]')) el.title = t(el.dataset.tTitle);
}
