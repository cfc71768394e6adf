// `npm run eval`: accuracy of newsdesk's stages on evaluation data. Two places: the public suites
// in ../shared/eval (read in place, never copied), and the project's own sets in eval/<set>/ (built
// from public data by scripts/eval-sets, versioned here with their sources and licences, so they
// cannot be lost with a machine). A section whose data is in neither place says so and is skipped.
// Sections run in order; a stage adds its own by appending to SECTIONS. Sections that return a
// result add it to .newsdesk/eval/summary.json (to diff before and after a change) and write their
// details files next to it.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsdeskError } from '../errors/index.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { extractionSection } from './extraction.js';
import { figuresSection } from './figures.js';
import { importPagesSection } from './import-pages.js';
import { gold2Section, gold3Section, goldCheckSection, goldSection } from './gold.js';
import { pairsCheckSection, pairsFreshSection, pairsNewsSection, pairsSection, type SectionResult } from './pairs.js';
import { segmentationSection } from './segmentation.js';
import { validationSection } from './validation.js';

export interface EvalSection {
  name: string;
  /** The project's own set this section reads (`eval/<set>/`); absent: a public suite of ../shared/eval. */
  set?: string;
  /** `sharedDir` is the evaluation folder: `<root>/eval` for a section whose set is there, else `<root>/../shared/eval`. Sets `process.exitCode = 1` when a target is missed. */
  run(sharedDir: string, options: EvalOptions): Promise<SectionResult | undefined | void>;
}

export interface EvalOptions {
  /** Print every failing case (`--verbose`). */
  verbose: boolean;
  /** The project root (config, glossary, where .newsdesk/eval goes). */
  root: string;
  /** `--lang=xx` (or `--lang=de-en` for pairs): only that language in the real-material sections. */
  lang?: string | undefined;
}

export const SECTIONS: Array<EvalSection & { key?: string }> = [
  segmentationSection,
  figuresSection,
  { ...pairsSection, key: 'pairs' },
  { ...pairsNewsSection, key: 'pairs-news' },
  { ...pairsFreshSection, key: 'pairs-fresh' },
  { ...pairsCheckSection, key: 'pairs-check' },
  { ...goldSection, key: 'gold' },
  { ...gold2Section, key: 'gold-2' },
  { ...gold3Section, key: 'gold-3' },
  { ...goldCheckSection, key: 'gold-check' },
  { ...validationSection, key: 'validation' },
  { ...extractionSection, key: 'extraction' },
  { ...importPagesSection, key: 'import-pages' },
];

/** `--only NAME`: run the sections whose key is NAME or whose name starts with it (`--only pairs`, `--only article`). */
export function selected(argv: string[]): Array<EvalSection & { key?: string }> {
  const at = argv.indexOf('--only');
  const name = at === -1 ? undefined : argv[at + 1]?.toLowerCase();
  return name ? SECTIONS.filter((section) => section.key === name || section.name.toLowerCase().startsWith(name)) : SECTIONS;
}

/** The project root: dist/eval/index.js and src/eval/index.ts both sit two folders below it. */
export function projectRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../..');
}

export async function runEval(argv: string[] = process.argv.slice(2)): Promise<void> {
  const root = projectRoot();
  // ../shared/eval beside the clone (CI, /work/main) or two folders up (a worktree in wt/<name>).
  const candidates = [process.env.NEWSDESK_EVAL_DIR, resolve(root, '../shared/eval'), resolve(root, '../../shared/eval')].filter((d): d is string => Boolean(d));
  const sharedDir = candidates.find((dir) => existsSync(dir));
  const ownDir = join(root, 'eval');
  if (!sharedDir) process.stdout.write(`eval: none of ${candidates.join(', ')} found — the public suites are skipped\n`);
  const lang = argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const options: EvalOptions = { verbose: argv.includes('--verbose'), root, lang };
  const outDir = join(root, '.newsdesk', 'eval');
  const summary: Record<string, unknown> = { generatedAt: new Date().toISOString(), ...(lang ? { lang } : {}) };
  for (const section of selected(argv)) {
    process.stdout.write(`\n== ${section.name}\n`);
    let result;
    try {
      const dir = section.set && existsSync(join(ownDir, section.set)) ? ownDir : sharedDir;
      if (!dir) {
        process.stdout.write('  skipped (no ../shared/eval)\n');
        continue;
      }
      result = await section.run(dir, options);
    } catch (error) {
      // bad evaluation data (a gold span not in its text, a broken line): one line, next section
      if (!(error instanceof Error)) throw error;
      process.stdout.write(`  cannot run this section: ${error instanceof NewsdeskError ? error.toLine() : error.message}\n`);
      process.exitCode = 2;
      continue;
    }
    if (!result || !section.key) continue;
    summary[section.key] = result.summary;
    for (const [file, data] of Object.entries(result.details ?? {})) writeFileAtomic(join(outDir, file), `${JSON.stringify(data, null, 2)}\n`);
  }
  writeFileAtomic(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`\nsummary: ${join(outDir, 'summary.json')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runEval();
}
