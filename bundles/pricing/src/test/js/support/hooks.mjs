// Module hooks for the unit tests: the browser's view of the web folders. This bundle's till modules import the
// shared kit from /ui/pos/ (served by the pos bundle, next door in the source tree); every .js under a web/ folder
// is an ES module (the browser loads them as such; there is no package.json to say so).
const BUNDLES = new URL('../../../../../', import.meta.url);
const SHARED = new URL('pos/src/main/resources/web/shared/', BUNDLES);

export async function resolve(specifier, context, next) {
  const target = specifier.startsWith('/ui/pos/') ? new URL(specifier.slice('/ui/pos/'.length), SHARED).href : specifier;
  const resolved = await next(target, context);
  const web = resolved.url.startsWith(BUNDLES.href) && resolved.url.includes('/src/main/resources/web/');
  return web && resolved.url.endsWith('.js') ? { ...resolved, format: 'module' } : resolved;
}
