import { it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { readArticle } from '../../src/ingest/index.js';
import { segmentArticle } from '../../src/segment/index.js';
import { extractArticleFigures } from '../../src/figures/index.js';
import { extractClaims, loadGlossary } from '../../src/claims/index.js';
it('x', () => {
  const config = loadConfig('.');
  const g = loadGlossary(config);
  for (const f of ['test/fixtures/claims-de/index.md', 'test/fixtures/claims-en/index.md']) {
  const a = readArticle(f, config);
  segmentArticle(a);
  extractArticleFigures(a);
  console.log('segments', a.segments.map((s) => s.text).join(' || '));
  console.log('figures', a.figures.map((f) => `${f.id}=${f.text}`).join(' | '));
  for (const c of extractClaims(a, g)) console.log(JSON.stringify({ id: c.id, l: `${c.line}:${c.column}`, t: c.text.slice(0, 50), f: c.figures, e: c.entities, a: c.attribution, r: c.ranking }));
  }
});
