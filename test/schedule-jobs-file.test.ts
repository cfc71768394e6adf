// pipeline/jobs.yaml: the shipped example, the contract shape, and one positioned error per
// kind of mistake (file:line:column, exit 2 through the CLI).

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { loadJobs, parseJobs } from '../src/schedule/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);

const CONTRACT = `jobs:
  - name: inbox
    schedule: "*/15 6-22 * * *"
    timezone: Europe/Berlin
    sources:
      - folder: content/inbox
    languages: [en, fr]
    publish: static
`;

function problem(yaml: string): string {
  try {
    parseJobs(yaml, 'jobs.yaml', config);
  } catch (error) {
    if (error instanceof NewsdeskError) return error.toLine();
    throw error;
  }
  throw new Error('no error');
}

describe('jobs file: valid jobs', () => {
  it('the shipped pipeline/jobs.yaml is the inbox job of the contract', () => {
    const [job, ...others] = loadJobs('pipeline/jobs.yaml', config, REPO);
    expect(others).toEqual([]);
    expect(job).toMatchObject({
      name: 'inbox',
      schedule: '*/15 6-22 * * *',
      timezone: 'Europe/Berlin',
      sources: [{ kind: 'folder', path: 'content/inbox' }],
      languages: ['en', 'fr'],
      publish: 'static',
      onValidationError: 'hold',
      catchUp: true,
      output: 'content/inbox',
    });
    const withoutPlace = ({ place: _place, ...rest }: { place: unknown }) => rest;
    expect(parseJobs(CONTRACT, 'jobs.yaml', config).map(withoutPlace)).toEqual([job].map((j) => withoutPlace(j!)));
    expect(job?.place).toMatchObject({ file: 'pipeline/jobs.yaml', column: 5 });
  });

  it('reads every kind of source and option, with defaults', () => {
    const [job] = parseJobs(
      `jobs:
  - name: wires
    schedule: "30 */5 * * * *"
    timezone: UTC
    lang: de
    sources:
      - feed: https://example.org/rss.xml
      - page: http://127.0.0.1:8080/article.html
        lang: en
      - ninjs: https://example.org/ninjs.json
    engine: memory
    publish: none
    onValidationError: publish-valid-languages
    catchUp: false
    output: content/agency
    fetch: { timeoutMs: 2000, maxBytes: 100000 }
`,
      'jobs.yaml',
      config,
    );
    expect(job).toMatchObject({
      name: 'wires',
      lang: 'de',
      sources: [
        { kind: 'feed', url: 'https://example.org/rss.xml' },
        { kind: 'page', url: 'http://127.0.0.1:8080/article.html', lang: 'en' },
        { kind: 'ninjs', url: 'https://example.org/ninjs.json' },
      ],
      engine: 'memory',
      publish: 'none',
      onValidationError: 'publish-valid-languages',
      catchUp: false,
      output: 'content/agency',
      fetch: { timeoutMs: 2000, maxBytes: 100000 },
    });
    expect(job?.languages).toBeUndefined();
  });
});

describe('jobs file: every mistake is one positioned line', () => {
  const base = (job: string) => `jobs:\n  - name: inbox\n    schedule: "*/15 * * * *"\n    timezone: Europe/Berlin\n    sources:\n      - folder: content/inbox\n${job}`;
  const cases: Array<[string, string, string]> = [
    ['a bad cron field', 'jobs:\n  - name: a\n    schedule: "61 * * * *"\n    sources: [{ folder: x }]\n', 'jobs.yaml:3:15: invalid schedule `61 * * * *`: 61 is an invalid expression for minute'],
    ['too few cron fields', 'jobs:\n  - name: a\n    schedule: "* *"\n    sources: [{ folder: x }]\n', 'jobs.yaml:3:15: invalid schedule `* *`: expected 5 or 6 fields but got 2'],
    ['an unknown time zone', base('').replace('Europe/Berlin', 'Europe/Berlim'), 'jobs.yaml:4:15: unknown time zone `Europe/Berlim`'],
    ['an unknown key', base('    publsh: static\n'), 'jobs.yaml:7:5: unknown key `publsh` in a job'],
    ['an unknown language', base('    languages: [en, klingon]\n'), 'jobs.yaml:7:21: unknown language `klingon` in `languages`'],
    ['an unknown publish target', base('    publish: wordpress\n'), 'jobs.yaml:7:14: unknown publish target `wordpress`'],
    ['an unknown engine', base('    engine: babelfish\n'), 'jobs.yaml:7:13: unknown engine `babelfish`'],
    ['a bad onValidationError', base('    onValidationError: ignore\n'), 'jobs.yaml:7:24: `onValidationError` must be one of hold, publish-valid-languages, skip'],
    ['catchUp not a boolean', base('    catchUp: yes\n'), 'jobs.yaml:7:14: `catchUp` must be true or false'],
    ['a source with two kinds', base('      - { feed: "https://a.example/x", page: "https://a.example/y" }\n').replace('    sources:', '    sources:'), 'jobs.yaml:7:9: a source has exactly one of'],
    ['a source URL that is not http', base('      - feed: ftp://example.org/rss\n'), 'jobs.yaml:7:15: `ftp://example.org/rss` is not an http(s) URL'],
    ['no sources', 'jobs:\n  - name: a\n    schedule: "* * * * *"\n    sources: []\n', 'jobs.yaml:4:14: `sources` must be a non-empty list'],
    ['a missing schedule', 'jobs:\n  - name: a\n    sources: [{ folder: x }]\n', 'jobs.yaml:2:5: a job needs `schedule`'],
    ['a duplicate name', `${base('')}  - name: inbox\n    schedule: "0 * * * *"\n    sources: [{ folder: y }]\n`, 'jobs.yaml:7:11: a second job named `inbox` (the first is on line 2)'],
    ['a name that is not a folder name', base('').replace('name: inbox', 'name: In Box'), 'jobs.yaml:2:11: job name `In Box` must be lowercase'],
    ['a bad fetch limit', base('    fetch: { timeoutMs: -1 }\n'), 'jobs.yaml:7:25: `fetch.timeoutMs` must be a positive whole number'],
    ['remote items written into a folder the job reads', base('      - feed: https://a.example/rss\n'), 'jobs.yaml:2:5: remote items would be written to `content/inbox`, a folder this job also reads'],
    ['YAML syntax', 'jobs:\n  - name: [a\n', 'jobs.yaml:3:1: invalid YAML'],
    ['not a list of jobs', 'jobs: inbox\n', 'jobs.yaml:1:7: `jobs` must be a list of jobs'],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, () => {
      expect(problem(yaml)).toContain(expected);
    });
  }

  it('through the CLI: --jobs FILE, exit 2, one line on stderr', async () => {
    const dir = tmpProject({ 'bad.yaml': base('').replace('Europe/Berlin', 'Mars/Olympus') });
    for (const argv of [['jobs', 'list', '--jobs', 'bad.yaml'], ['jobs', 'run', 'inbox', '--jobs', 'bad.yaml'], ['schedule', '--jobs', 'bad.yaml']]) {
      const result = await runCli(argv, { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('bad.yaml:4:15: unknown time zone `Mars/Olympus`');
    }
    const missing = await runCli(['jobs', 'list', '--jobs', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no jobs file at `nope.yaml`');
  });
});
