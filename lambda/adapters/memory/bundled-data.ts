import bodies from '../../../data/bodies.json';
import instruments from '../../../data/instruments.json';
import mandates from '../../../data/mandates.json';
import meetings from '../../../data/meetings.json';
import sources from '../../../data/sources.json';
import translations from '../../../data/translations.json';
import vocabulary from '../../../data/vocabulary.json';
import type { Dataset } from '../../core/model';
import { parseDataset } from '../../core/model';

/**
 * data/ compiled into the bundle (for Lambda and benchmarks, where the files are not
 * beside the code). Validated on first use, exactly like the files.
 */
let cached: Dataset | undefined;
export function bundledDataset(): Dataset {
  cached ??= parseDataset({
    'sources.json': sources,
    'meetings.json': meetings,
    'mandates.json': mandates,
    'instruments.json': instruments,
    'bodies.json': bodies,
    'translations.json': translations,
    'vocabulary.json': vocabulary,
  });
  return cached;
}
