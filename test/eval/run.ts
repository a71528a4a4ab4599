import { basename } from 'node:path';
import { bundledDataset } from '../../lambda/adapters/memory/bundled-data';
import { createAnswerer } from '../../lambda/core/answer';
import { DEV_SET_FILES, loadDevSet, mismatch } from './dev-set';

// npm run eval [-- FILE…]: for each file (both development sets by default), accuracy per
// category and language, then every failure
const files = process.argv.length > 2 ? process.argv.slice(2) : DEV_SET_FILES;
const answer = createAnswerer(bundledDataset());
for (const file of files) {
  const items = loadDevSet(file);
  const stats = new Map<string, { ok: number; n: number }>();
  const failures: string[] = [];
  for (const item of items) {
    const a = answer(item.q, item.now);
    const why = mismatch(item, a);
    for (const key of [`${item.category} ${item.lang}`, `all ${item.lang}`, 'all']) {
      const s = stats.get(key) ?? { ok: 0, n: 0 };
      s.n++;
      if (!why) s.ok++;
      stats.set(key, s);
    }
    if (why) failures.push(`${item.id} [${item.category}/${item.lang}] now ${item.now} "${item.q}": ${why}\n    -> ${a.text.slice(0, 200)}`);
  }
  console.log(`== ${basename(file)}`);
  for (const [k, s] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${k.padEnd(28)} ${((100 * s.ok) / s.n).toFixed(1).padStart(6)}%  ${s.ok}/${s.n}`);
  }
  console.log(`\n${failures.length} failures`);
  for (const f of failures) console.log(f);
  console.log('');
}
