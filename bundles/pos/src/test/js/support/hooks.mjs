// Module hooks for the unit tests: the browser's view of the web folder. The shared kit is served at /ui/pos/
// (WebApps.java), so the till's modules import '/ui/pos/decimal.js'; and every .js under web/ is an ES module
// (the browser loads them with type="module"; there is no package.json to say so).
const WEB = new URL('../../../main/resources/web/', import.meta.url);
const SHARED = new URL('shared/', WEB);

export async function resolve(specifier, context, next) {
  const target = specifier.startsWith('/ui/pos/') ? new URL(specifier.slice('/ui/pos/'.length), SHARED).href : specifier;
  const resolved = await next(target, context);
  return resolved.url.startsWith(WEB.href) && resolved.url.endsWith('.js') ? { ...resolved, format: 'module' } : resolved;
}
