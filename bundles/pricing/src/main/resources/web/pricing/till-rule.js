// What differentiated pricing gives the till (place till.priceRule, docs/ui-contributions.md): the tier's offline
// price — the same inputs and rounding as TierPricing.unitPrice on the server (reference × percent / 100, half-up to
// the cent; a category's own percent first) — the words of its price rule, and the household card's tier line.
// Pure functions: the till calls them, and node tests them (src/test/js/till-rule.test.mjs).
import { amount, cents, percentOf } from '/ui/pos/decimal.js';
import { tr } from './texts.js';

/** The prefix of the price rule of every tier-priced line (TierPricing.RULE_PREFIX). */
export const RULE_PREFIX = 'TIER:';

/**
 * The household's tier when it prices this store's lines on `today` (YYYY-MM-DD), as this bundle describes it on the
 * household (`tier.percentOfReference`, `categoryPercents`, `organization`, validity). Its monthly cap stays with the
 * server: a ticket beyond it is recorded when sent, the difference as an offline gap. Null without such a tier.
 */
export function tierOf(household, organization, today) {
  const tier = household?.tier;
  if (!tier || tier.percentOfReference == null) return null;
  if (tier.organization && tier.organization !== organization) return null;
  if ((tier.validFrom && today < tier.validFrom) || (tier.validTo && today > tier.validTo)) return null;
  return tier;
}

/** The tier's unit price of `product` whose reference price is `referencePrice`, null when it cannot be read. */
export function unitPrice(tier, product, referencePrice) {
  const percent = tier.categoryPercents?.[product?.category] ?? tier.percentOfReference;
  const ref = cents(referencePrice);
  const c = ref == null ? null : percentOf(ref, percent);
  return c == null ? null : amount(c);
}

/** The offline price of a product line for the ticket's household: {unitPrice, priceRule: TIER:<code>} or null. */
export function price(line, till) {
  if (line.kind !== 'product' || !line.product) return null;
  const tier = tierOf(till.household, till.organization, till.today);
  if (!tier) return null;
  const unit = unitPrice(tier, line.product, line.referencePrice);
  return unit == null ? null : { unitPrice: unit, priceRule: RULE_PREFIX + tier.code };
}

// Tier names the till has read on household cards (code → name): a line's rule names its tier by them.
const names = new Map();

/** The percent of the reference a line was paid at ("30 %"), '' when unknown. */
function paidPercent(line, ctx) {
  const ref = Number(line?.referencePrice);
  const paid = Number(line?.unitPrice);
  if (!(ref > 0) || Number.isNaN(paid)) return '';
  return ctx.percent(String(Math.round((paid / ref) * 1000) / 10));
}

/** « Solidaire 30 % », never `TIER:P1`; null for a rule of another bundle. */
export function ruleLabel(rule, line, ctx) {
  if (!String(rule).startsWith(RULE_PREFIX)) return null;
  const name = names.get(rule.slice(RULE_PREFIX.length));
  const pct = paidPercent(line, ctx);
  return (name ? tr(ctx, 'till.tierNamed', { name, percent: pct }) : tr(ctx, 'till.tierUnnamed', { percent: pct })).trim();
}

/** The household card's line: its tier and until when. */
export function householdFacets(household, ctx) {
  const tier = household?.tier;
  if (!tier) return [];
  if (tier.code && tier.name) names.set(tier.code, tier.name);
  return [{ id: 'household-tier', class: 'tier',
    text: tr(ctx, 'till.householdTier', { name: tier.name || tier.code, until: ctx.date(tier.validTo) }) }];
}
