// The translators' own tools, run for real: Debian's OmegaT (console mode), translate-toolkit
// and xmllint, installed by scripts/cat-tools-install.sh (which .ci/run calls). A test that
// needs one skips when it is missing on a developer's machine, saying so, and fails in CI,
// where the project's script must have installed it.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type CatTool = 'omegat' | 'xliff2po' | 'po2xliff' | 'xmllint' | 'python-translate';

/** Debian's python3 (translate-toolkit's modules live in its dist-packages). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

function has(tool: CatTool): boolean {
  if (tool === 'python-translate') return existsSync(DEBIAN_PYTHON) && spawnSync(DEBIAN_PYTHON, ['-c', 'import translate.storage.xliff'], { encoding: 'utf8' }).status === 0;
  return spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
}

/** Whether tests needing these tools should run; in CI a missing tool is an error. */
export function catToolsAvailable(...tools: CatTool[]): boolean {
  const missing = tools.filter((t) => !has(t));
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`CI: ${missing.join(', ')} not installed — scripts/cat-tools-install.sh must run before the tests`);
  console.warn(`skipping: ${missing.join(', ')} not installed (run: bash scripts/cat-tools-install.sh)`);
  return false;
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: options.cwd, env: options.env ?? process.env, input: options.input, timeout: options.timeout ?? 120_000 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/**
 * The TMX 1.4 DTD and the TBX schema OmegaT ships inside its jar (Debian's omegat package),
 * extracted to `dir`: the files the exports are validated against with xmllint. They are
 * not shipped in this repository (their licences are not ours to pass on).
 */
export function omegatSchemas(dir: string): { tmxDtd: string; tbxXsd: string } {
  const script = `
import sys, zipfile
z = zipfile.ZipFile('/usr/share/omegat/OmegaT.jar')
for name in ['schemas/tmx14.dtd', 'schemas/tbx.xsd', 'schemas/xml.xsd']:
    open(sys.argv[1] + '/' + name.split('/')[1], 'wb').write(z.read(name))
`;
  const ran = spawnSync(DEBIAN_PYTHON, ['-c', script, dir], { encoding: 'utf8' });
  if (ran.status !== 0) throw new Error(`could not extract OmegaT's schemas: ${ran.stderr}`);
  return { tmxDtd: `${dir}/tmx14.dtd`, tbxXsd: `${dir}/tbx.xsd` };
}
