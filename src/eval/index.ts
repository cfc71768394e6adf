// `npm run eval`: accuracy of newsdesk's stages on public evaluation data in ../shared/eval.
// Sections run in order; a stage adds its own by appending to SECTIONS. Nothing is copied from
// the evaluation data into the project; when the folder is absent the run is skipped.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresSection } from './figures.js';
import { segmentationSection } from './segmentation.js';

export interface EvalSection {
  name: string;
  /** `sharedDir` is the evaluation folder (`<root>/../shared/eval`). Sets `process.exitCode = 1` when a target is missed. */
  run(sharedDir: string, options: EvalOptions): Promise<void>;
}

export interface EvalOptions {
  /** Print every failing case (`--verbose`). */
  verbose: boolean;
}

export const SECTIONS: EvalSection[] = [segmentationSection, figuresSection];

/** The project root: dist/eval/index.js and src/eval/index.ts both sit two folders below it. */
export function projectRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../..');
}

export async function runEval(argv: string[] = process.argv.slice(2)): Promise<void> {
  const sharedDir = resolve(projectRoot(), '../shared/eval');
  if (!existsSync(sharedDir)) {
    process.stdout.write(`eval: ${sharedDir} not found — skipped\n`);
    return;
  }
  const options: EvalOptions = { verbose: argv.includes('--verbose') };
  for (const section of SECTIONS) {
    process.stdout.write(`\n== ${section.name}\n`);
    await section.run(sharedDir, options);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runEval();
}
