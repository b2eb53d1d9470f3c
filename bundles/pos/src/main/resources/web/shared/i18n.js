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

/** "5.50" → "5,5 %" (fr), "5.5 %" (en): a rate as people write it. */
export function percent(value) {
  return value == null || value === '' ? '' : `${qty(value)}\u00a0%`;
}

/** A decimal string as typed in the user's language ("11,19" in French), for prefilled fields. */
export function typed(value) {
  return lang() === 'fr' ? String(value).replace('.', ',') : String(value);
}

const locale = () => (lang() === 'fr' ? 'fr-FR' : 'en-GB');

/** Reads an API date: a plain day ("2026-12-07") is the stores' day, not UTC midnight seen from another zone. */
function asDate(value) {
  const s = String(value);
  const d = /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T12:00:00`) : new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A day or an instant as people write it: « 7 déc. 2026 » (fr), "7 Dec 2026" (en); '' for none. */
export function date(value) {
  if (value == null || value === '') return '';
  const d = asDate(value);
  return d ? d.toLocaleDateString(locale(), { day: 'numeric', month: 'short', year: 'numeric' }) : String(value);
}

/** A month of the API ("2029-03") as « mars 2029 » (fr), "March 2029" (en). */
export function month(value) {
  const m = /^(\d{4})-(\d{2})$/.exec(String(value ?? ''));
  if (!m) return value == null ? '' : String(value);
  return new Date(Number(m[1]), Number(m[2]) - 1, 15).toLocaleDateString(locale(), { month: 'long', year: 'numeric' });
}

/**
 * The text of `key.one` or `key.other` as the language says `count` (French: 0 and 1 are singular), with {count}
 * and the other placeholders filled: « 1 membre crédité », « 2 membres crédités ». A bundle passes its own
 * `translate(key, params)` for its own texts.
 */
export function plural(key, count, params = {}, translate = t) {
  const form = new Intl.PluralRules(lang()).select(Number(count)) === 'one' ? 'one' : 'other';
  return translate(`${key}.${form}`, { count, ...params });
}

/** How a product is sold, in words: « à l’unité », « au kg », « au litre »; the code itself when unknown. */
export function unitWords(uom) {
  const key = `uom.${uom}`;
  const text = t(key);
  return text === key ? (uom ?? '') : text;
}

/** An instant or date as a local date-time. */
export function dateTime(value) {
  const d = value ? new Date(value) : new Date();
  return d.toLocaleString(locale(), { dateStyle: 'short', timeStyle: 'short' });
}

/** Sets document language and fills every [data-t] element's text from the catalogue. */
export function translatePage(root = document) {
  document.documentElement.lang = lang();
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll('[data-t-placeholder]')) el.placeholder = t(el.dataset.tPlaceholder);
  for (const el of root.querySelectorAll('[data-t-title]')) el.title = t(el.dataset.tTitle);
}
