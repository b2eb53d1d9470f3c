// Money and quantities as the API writes them: decimal strings. Arithmetic on scaled BigInts,
// never on floats, so that the till's totals are the server's to the cent.

// Spaces a French writer puts between thousands: normal, no-break, narrow no-break, thin. Only between groups of
// three digits ("1 100,00"): "12 50" is a typing slip, not twelve hundred and fifty.
const SPACE = '[\\s\\u00a0\\u202f\\u2009]';
const GROUPED = new RegExp(`^-?\\d{1,3}(?:${SPACE}\\d{3})+(?:[.,]\\d*)?$`);
const HAS_SPACE = new RegExp(SPACE);
/** The number without its thousands' spaces, comma as a dot; null when spaces are not between thousands. */
function plainNumber(text) {
  const s = String(text).trim();
  if (HAS_SPACE.test(s) && !GROUPED.test(s)) return null;
  return s.replace(new RegExp(SPACE, 'g'), '').replace(',', '.');
}

/**
 * A number as typed by a person ("1 100,00", "1 100", "12,5", "12.50") written as the API reads it ("1100.00",
 * "1100", "12.5", "12.50"); what is not a number is given back trimmed, for the server to refuse in its words.
 */
export function apiDecimal(text) {
  if (text == null) return text;
  const s = String(text).trim();
  const plain = plainNumber(s);
  return plain != null && /^-?\d*(\.\d*)?$/.test(plain) && /\d/.test(plain) ? plain : s;
}

/** Parses "12,5", "12.50", " 3 ", "1 100,00" into a BigInt scaled by 10^scale; null if not a number or too precise. */
export function parseDecimal(text, scale) {
  if (text == null) return null;
  const s = plainNumber(text);
  const m = s == null ? null : /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && !m[3])) return null;
  const frac = m[3] || '';
  if (frac.length > scale) return null;
  const v = BigInt((m[2] || '0') + frac.padEnd(scale, '0'));
  return m[1] ? -v : v;
}

/** The decimal string of a scaled BigInt: format(1250n, 2) === "12.50". */
export function format(value, scale) {
  const neg = value < 0n;
  const digits = (neg ? -value : value).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  return (neg ? '-' : '') + int + (scale ? '.' + digits.slice(digits.length - scale) : '');
}

/** An amount string to cents (a BigInt): cents('12,5') === 1250n; null if invalid or finer than the cent. */
export const cents = (s) => parseDecimal(s, 2);
/** A quantity string to thousandths (a BigInt): milli('0,5') === 500n; null if invalid or finer. */
export const milli = (s) => parseDecimal(s, 3);
/** Cents to the API's amount string: amount(1250n) === "12.50". */
export const amount = (c) => format(c, 2);
/** Thousandths to the API's quantity string: quantity(500n) === "0.500". */
export const quantity = (m) => format(m, 3);

/** unitPrice × quantity rounded half-up to the cent, as the server does (API.md). */
export function lineAmount(unitCents, qtyMilli) {
  const p = unitCents * qtyMilli;
  const a = p < 0n ? -p : p;
  const r = (a + 500n) / 1000n;
  return p < 0n ? -r : r;
}

/** amount × percent / 100 rounded half-up to the cent, as the server's Money.percentOf; null for a bad percent. */
export function percentOf(amountCents, percentText) {
  const pct = parseDecimal(percentText, 4);
  if (pct == null) return null;
  const p = amountCents * pct;
  const a = p < 0n ? -p : p;
  const r = (a + 500000n) / 1000000n;
  return p < 0n ? -r : r;
}

/** Sum of amount strings, as cents. */
export function sumCents(values) {
  return values.reduce((s, v) => s + (cents(v) ?? 0n), 0n);
}

/** Normalises a typed amount ("20", "13,4") to "20.00"; null if invalid or negative. */
export function normaliseAmount(text) {
  const c = cents(text);
  return c == null || c < 0n ? null : amount(c);
}

/** Normalises a typed quantity to "1.250"; null unless strictly positive with at most 3 decimals. */
export function normaliseQuantity(text) {
  const m = milli(text);
  return m == null || m <= 0n ? null : quantity(m);
}
