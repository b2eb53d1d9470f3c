// /ui/pos/decimal.js: the till's money and quantities, to the cent as the server computes them (API.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseDecimal, apiDecimal, format, cents, milli, amount, quantity, lineAmount, percentOf, sumCents, normaliseAmount,
  normaliseQuantity,
} from '/ui/pos/decimal.js';

test('parses what a cashier types, with a comma or a point, to a scaled integer', () => {
  assert.equal(parseDecimal('12,5', 2), 1250n);
  assert.equal(parseDecimal(' 12.50 ', 2), 1250n);
  assert.equal(parseDecimal('3', 3), 3000n);
  assert.equal(parseDecimal('-0,4', 2), -40n);
  assert.equal(parseDecimal('.5', 2), 50n);
  assert.equal(parseDecimal('7.', 2), 700n);
});

test('refuses what is not a number or is more precise than the scale', () => {
  for (const bad of [null, undefined, '', '-', '.', 'abc', '1,2,3', '1.234', '1e3', '12 50']) {
    assert.equal(parseDecimal(bad, 2), null, `"${bad}"`);
  }
});

test('formats scaled integers as the API writes decimals', () => {
  assert.equal(format(1250n, 2), '12.50');
  assert.equal(format(5n, 2), '0.05');
  assert.equal(format(-5n, 2), '-0.05');
  assert.equal(format(1250n, 3), '1.250');
  assert.equal(format(42n, 0), '42');
  assert.equal(amount(cents('19.9')), '19.90');
  assert.equal(quantity(milli('0,5')), '0.500');
});

test('a line is unit price × quantity rounded half-up to the cent, negatives too', () => {
  assert.equal(lineAmount(cents('1.99'), milli('0.333')), 66n); // 0.66267
  assert.equal(lineAmount(cents('0.10'), milli('0.005')), 0n); // 0.0005 -> 0.00
  assert.equal(lineAmount(cents('1.00'), milli('0.005')), 1n); // 0.005 -> 0.01 (half up)
  assert.equal(lineAmount(cents('2.50'), milli('-1')), -250n);
  assert.equal(lineAmount(cents('1.00'), milli('-0.005')), -1n); // half away from zero, like BigDecimal HALF_UP
});

test('a percentage of an amount is rounded half-up to the cent, like Money.percentOf', () => {
  assert.equal(percentOf(cents('3.10'), '50'), 155n);
  assert.equal(percentOf(cents('0.05'), '50'), 3n); // 0.025 -> 0.03
  assert.equal(percentOf(cents('10.00'), '33.3333'), 333n);
  assert.equal(percentOf(cents('-0.05'), '50'), -3n);
  assert.equal(percentOf(cents('10.00'), 'moitié'), null);
  assert.equal(percentOf(cents('10.00'), '12.34567'), null);
});

test('sums amount strings, skipping what is not one', () => {
  assert.equal(sumCents(['1.10', '2.20', '-0.30']), 300n);
  assert.equal(sumCents(['1.10', null, 'x']), 110n);
  assert.equal(sumCents([]), 0n);
});

test('normalises a typed amount and a typed quantity, refusing what a ticket cannot take', () => {
  assert.equal(normaliseAmount('20'), '20.00');
  assert.equal(normaliseAmount('13,4'), '13.40');
  assert.equal(normaliseAmount('0'), '0.00');
  assert.equal(normaliseAmount('-1'), null);
  assert.equal(normaliseAmount('1.234'), null);
  assert.equal(normaliseQuantity('1,25'), '1.250');
  assert.equal(normaliseQuantity('0'), null);
  assert.equal(normaliseQuantity('-2'), null);
  assert.equal(normaliseQuantity('0.0005'), null);
});

test('reads amounts written the French way, spaces only between thousands', () => {
  assert.equal(parseDecimal('1 100,00', 2), 110000n);
  assert.equal(parseDecimal('1\u202f100', 2), 110000n);
  assert.equal(parseDecimal('-1 234,5', 2), -123450n);
  assert.equal(parseDecimal('12 50', 2), null);
  assert.equal(apiDecimal('1 100,00'), '1100.00');
  assert.equal(apiDecimal('12,5'), '12.5');
  assert.equal(apiDecimal('12 50'), '12 50', 'given back as typed, for the server to refuse');
});
