// The shared UI kit's contract: every module of web/shared exports exactly what docs/ui-kit.md lists for it, and each
// export carries a JSDoc comment. Bundles import these names from /ui/pos/: one renamed or dropped breaks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const SHARED = new URL('../../main/resources/web/shared/', import.meta.url);
const DOC = readFileSync(new URL('../../../../../docs/ui-kit.md', import.meta.url), 'utf8');

/** module file → the export names its section of docs/ui-kit.md lists (first cell of each table row). */
function documented() {
  const modules = {};
  let current = null;
  for (const line of DOC.split('\n')) {
    const heading = /^### `\/ui\/pos\/([\w-]+\.js)`/.exec(line);
    if (heading) {
      current = modules[heading[1]] = [];
    } else if (current && line.startsWith('| `')) {
      const cell = line.split('|')[1];
      for (const m of cell.matchAll(/`([A-Za-z_$][\w$]*)/g)) current.push(m[1]);
    }
  }
  return modules;
}

const files = readdirSync(SHARED).filter((f) => f.endsWith('.js')).sort();

test('docs/ui-kit.md documents every module of the kit', () => {
  assert.deepEqual(Object.keys(documented()).sort(), files);
});

for (const file of files) {
  test(`${file} exports exactly what docs/ui-kit.md lists`, async () => {
    const module = await import(`/ui/pos/${file}`);
    assert.deepEqual(Object.keys(module).sort(), (documented()[file] || []).sort());
  });

  test(`${file}: each export has a JSDoc comment`, () => {
    const lines = readFileSync(new URL(file, SHARED), 'utf8').split('\n');
    const undocumented = [];
    lines.forEach((line, i) => {
      const m = /^export (?:async )?(?:function|const|class|let) ([\w$]+)/.exec(line);
      if (m && !lines[i - 1]?.trimEnd().endsWith('*/')) undocumented.push(m[1]);
    });
    assert.deepEqual(undocumented, []);
  });
}
