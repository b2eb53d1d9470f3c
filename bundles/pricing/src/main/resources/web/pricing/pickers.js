// The pricing bundle's lists for other bundles' screens: the tiers a store may use, picked by name, sent by code (a
// fee for « p1 » when the tier is P1 would never apply). Served under /ui/pricing/ only while pricing runs: a caller
// imports this module dynamically (`import('/ui/pricing/pickers.js')`) and does without tiers when it is absent.
import { choiceSelect } from '/ui/pos/pickers.js';

/** [code, name] of the tiers a store may use (the network's and its own), or every readable tier. */
export async function tiers(ctx, organization) {
  const query = organization ? `&organization=${encodeURIComponent(organization)}` : '';
  const data = await ctx.api(`/api/pricing/tiers?limit=500${query}`);
  return (data.items || []).map((x) => [x.code, x.name]);
}

/** A <select> of the tiers a store may use (`organization`), by name. */
export const tierSelect = (ctx, id, { organization, ...opts } = {}) => choiceSelect(id, tiers(ctx, organization), opts);
