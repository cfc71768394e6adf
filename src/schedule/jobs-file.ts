// pipeline/jobs.yaml: the editors' ingestion jobs, checked against the schema with a
// line:column for every problem (from the YAML node ranges), so a typo in a schedule or a
// time zone is refused before the daemon starts rather than discovered at 3 a.m.

import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { Errors, fail, shownValue } from '../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../lang/codes.js';
import { projectFolderProblem, type PipelineConfig } from '../config/index.js';
import { isTimeZone, scheduleProblem } from './cron.js';
import type { Job, OnValidationError, Source } from './types.js';
import { readYaml } from '../config/yaml.js';
import { readTextFile } from '../fs/text.js';

export const DEFAULT_JOBS_FILE = 'pipeline/jobs.yaml';

const JOB_KEYS = ['name', 'schedule', 'timezone', 'sources', 'languages', 'lang', 'engine', 'publish', 'onValidationError', 'catchUp', 'paused', 'output', 'fetch'];
const SOURCE_KINDS = ['folder', 'feed', 'page', 'ninjs'] as const;
const ON_VALIDATION_ERROR: OnValidationError[] = ['hold', 'publish-valid-languages', 'skip'];
const NAME = /^[a-z0-9][a-z0-9-]*$/;

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

/** Read and check a jobs file (relative paths from `cwd`). */
export function loadJobs(file: string, config: PipelineConfig, cwd: string = process.cwd()): Job[] {
  const path = resolve(cwd, file);
  const shown = relative(cwd, path) || path;
  if (!existsSync(path)) fail(Errors.FileNotFound, `no jobs file at \`${file}\``, { file: shown });
  return parseJobs(readTextFile(path, { file: shown, error: Errors.InvalidJobs }), shown, config);
}

/** Check jobs YAML already in memory; `file` names it in messages. */
export function parseJobs(text: string, file: string, config: PipelineConfig): Job[] {
  const read = readYaml(text, { file, error: Errors.InvalidYaml });
  const doc = read.doc;
  const at = (node: YamlNode | null | undefined) => read.at(node);
  const problem = (node: YamlNode | null | undefined, message: string): never => fail(Errors.InvalidJobs, message, at(node));
  // Aliases bounded (an alias bomb); a job's values are read from their nodes, an alias is refused there.
  read.toJS();
  const root = doc.contents;
  if (!isMap(root)) problem(root, 'a jobs file is a mapping with a `jobs` list');
  const rootMap = root as YAMLMap;
  checkKeys(rootMap, ['jobs'], 'the jobs file', problem);
  const jobsNode = rootMap.get('jobs', true) as YamlNode | undefined;
  if (!isSeq(jobsNode)) return problem(jobsNode ?? root, '`jobs` must be a list of jobs');

  const engines = new Set(['memory', config.translation.engine, ...Object.keys(config.translation.engines)]);
  const targets = new Set(['none', 'static', config.publish.target, ...Object.keys(config.publish.targets)]);
  const seen = new Map<string, number>();
  const jobs: Job[] = [];

  for (const item of jobsNode.items as YamlNode[]) {
    if (!isMap(item)) problem(item, 'a job is a mapping with `name`, `schedule` and `sources`');
    const map = item as YAMLMap;
    checkKeys(map, JOB_KEYS, 'a job', problem);
    const node = (key: string) => map.get(key, true) as YamlNode | undefined;
    const str = (key: string, required: boolean): string | undefined => {
      const value = node(key);
      if (value === undefined || (isScalar(value) && value.value === null)) {
        if (required) problem(item, `a job needs \`${key}\``);
        return undefined;
      }
      if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') problem(value, `\`${key}\` must be a non-empty string`);
      return ((value as { value: string }).value).trim();
    };

    const name = str('name', true) as string;
    if (!NAME.test(name)) problem(node('name'), `job name \`${name}\` must be lowercase letters, digits and dashes (it names a folder)`);
    if (seen.has(name)) problem(node('name'), `a second job named \`${name}\` (the first is on line ${seen.get(name)})`);
    seen.set(name, at(node('name')).line);

    const schedule = str('schedule', true) as string;
    const cronProblem = scheduleProblem(schedule);
    if (cronProblem) problem(node('schedule'), `invalid schedule \`${schedule}\`: ${cronProblem}`);

    const timezone = str('timezone', false) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!isTimeZone(timezone)) problem(node('timezone'), `unknown time zone \`${timezone}\` (use an IANA name such as Europe/Berlin)`);

    const langOf = (value: YamlNode | undefined, what: string): LanguageCode | undefined => {
      if (value === undefined) return undefined;
      const code = isScalar(value) ? value.value : undefined;
      if (!isLanguageCode(code)) problem(value, `unknown language \`${shownValue(code ?? '')}\` in ${what}`);
      return code as LanguageCode;
    };

    const sourcesNode = node('sources');
    if (!isSeq(sourcesNode) || sourcesNode.items.length === 0) problem(sourcesNode ?? item, '`sources` must be a non-empty list (`folder:`, `feed:`, `page:` or `ninjs:`)');
    const sources = ((sourcesNode as { items: YamlNode[] }).items).map((sourceNode): Source => {
      if (!isMap(sourceNode)) problem(sourceNode, 'a source is `folder: PATH`, `feed: URL`, `page: URL` or `ninjs: URL`');
      const sourceMap = sourceNode as YAMLMap;
      checkKeys(sourceMap, [...SOURCE_KINDS, 'lang'], 'a source', problem);
      const kinds = SOURCE_KINDS.filter((kind) => sourceMap.has(kind));
      if (kinds.length !== 1) problem(sourceNode, 'a source has exactly one of `folder`, `feed`, `page`, `ninjs`');
      const kind = kinds[0] as (typeof SOURCE_KINDS)[number];
      const valueNode = sourceMap.get(kind, true) as YamlNode | undefined;
      const value = isScalar(valueNode) && typeof valueNode.value === 'string' ? valueNode.value.trim() : '';
      if (value === '') problem(valueNode ?? sourceNode, `\`${kind}\` must be a ${kind === 'folder' ? 'folder path' : 'URL'}`);
      const lang = langOf(sourceMap.get('lang', true) as YamlNode | undefined, 'the source');
      if (kind === 'folder') {
        if (lang) problem(sourceMap.get('lang', true) as YamlNode, '`lang` is for remote sources; a markdown file says its own language');
        const outside = projectFolderProblem(value);
        if (outside) problem(valueNode, `\`folder\`: ${outside}`);
        return { kind, path: value };
      }
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) problem(valueNode, `\`${value}\` is not an http(s) URL`);
      return lang ? { kind, url: value, lang } : { kind, url: value };
    });

    let languages: LanguageCode[] | undefined;
    const languagesNode = node('languages');
    if (languagesNode !== undefined) {
      if (!isSeq(languagesNode) || languagesNode.items.length === 0) problem(languagesNode, '`languages` must be a non-empty list of language codes');
      languages = (languagesNode as { items: YamlNode[] }).items.map((entry) => langOf(entry, '`languages`') as LanguageCode);
    }
    const lang = langOf(node('lang'), '`lang`');

    const engine = str('engine', false);
    if (engine !== undefined && !engines.has(engine)) problem(node('engine'), `unknown engine \`${engine}\` (configured in pipeline/config.yaml: ${[...engines].join(', ')})`);

    const publish = str('publish', false) ?? config.publish.target;
    if (!targets.has(publish)) problem(node('publish'), `unknown publish target \`${publish}\` (configured: ${[...targets].join(', ')})`);

    const onValidationError = (str('onValidationError', false) ?? 'hold') as OnValidationError;
    if (!ON_VALIDATION_ERROR.includes(onValidationError)) problem(node('onValidationError'), `\`onValidationError\` must be one of ${ON_VALIDATION_ERROR.join(', ')}`);

    const pausedNode = node('paused');
    if (pausedNode !== undefined && (!isScalar(pausedNode) || typeof pausedNode.value !== 'boolean')) problem(pausedNode, '`paused` must be true or false');
    const paused = pausedNode !== undefined && (pausedNode as { value: boolean }).value;
    let catchUp = true;
    const catchUpNode = node('catchUp');
    if (catchUpNode !== undefined) {
      if (!isScalar(catchUpNode) || typeof catchUpNode.value !== 'boolean') problem(catchUpNode, '`catchUp` must be true or false');
      catchUp = (catchUpNode as { value: boolean }).value;
    }

    const output = str('output', false) ?? `${config.paths.content}/${name}`;
    // Remote items are written there: a folder of the project, never outside it.
    const outputProblem = projectFolderProblem(output);
    if (outputProblem) problem(node('output'), `\`output\`: ${outputProblem}`);
    // Remote items written into a folder the job also reads would come back as new items.
    const reread = sources.some((source) => source.kind !== 'folder') && sources.some((source) => source.kind === 'folder' && resolve(source.path) === resolve(output));
    if (reread) problem(node('output') ?? item, `remote items would be written to \`${output}\`, a folder this job also reads; set \`output:\` to another folder`);

    const fetchLimits = { ...FETCH_DEFAULTS };
    const fetchNode = node('fetch');
    if (fetchNode !== undefined) {
      if (!isMap(fetchNode)) problem(fetchNode, '`fetch` is a mapping: `timeoutMs`, `maxBytes`');
      const fetchMap = fetchNode as YAMLMap;
      checkKeys(fetchMap, ['timeoutMs', 'maxBytes'], '`fetch`', problem);
      for (const key of ['timeoutMs', 'maxBytes'] as const) {
        const value = fetchMap.get(key, true) as YamlNode | undefined;
        if (value === undefined) continue;
        if (!isScalar(value) || typeof value.value !== 'number' || !Number.isInteger(value.value) || value.value <= 0) problem(value, `\`fetch.${key}\` must be a positive whole number`);
        fetchLimits[key] = (value as { value: number }).value;
      }
    }

    const job: Job = { name, schedule, timezone, sources, publish, onValidationError, catchUp, ...(paused ? { paused: true } : {}), output, fetch: fetchLimits, place: at(item) };
    if (languages) job.languages = languages;
    if (lang) job.lang = lang;
    if (engine !== undefined) job.engine = engine;
    jobs.push(job);
  }
  return jobs;
}

function checkKeys(map: YAMLMap, known: string[], what: string, problem: (node: YamlNode | null | undefined, message: string) => never): void {
  for (const pair of map.items) {
    const key = pair.key as YamlNode | null;
    const name = isScalar(key) ? String(key.value) : '';
    if (!known.includes(name)) problem(key, `unknown key \`${name}\` in ${what} (known: ${known.join(', ')})`);
  }
}

/** Find one job by name, or fail with the names there are. */
export function findJob(jobs: Job[], name: string, file: string): Job {
  const job = jobs.find((candidate) => candidate.name === name);
  if (!job) fail(Errors.Usage, `no job \`${name}\` in ${file} (jobs: ${jobs.map((j) => j.name).join(', ') || 'none'})`);
  return job;
}
