// Reading a target's settings (`publish.targets.<name>` in pipeline/config.yaml) and its
// address and credentials from the environment, with one positioned line for each mistake.
// Credentials are never read from the configuration file.

import { Errors, fail } from '../../errors/index.js';
import type { Clock, RetryPolicy } from '../../net/retry.js';
import { createJsonClient, type JsonClient } from '../http.js';

const FILE = { file: 'pipeline/config.yaml' };

export function str(name: string, settings: Record<string, unknown>, key: string): string | undefined {
  const value = settings[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value === '') fail(Errors.InvalidConfig, `publish.targets.${name}: \`${key}\` must be a non-empty string`, FILE);
  return value;
}

export function num(name: string, settings: Record<string, unknown>, key: string): number | undefined {
  const value = settings[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(Errors.InvalidConfig, `publish.targets.${name}: \`${key}\` must be a number ≥ 0`, FILE);
  return value;
}

/** Settings no target of this type knows are an error (a typo must not pass). */
export function checkKeys(name: string, settings: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(settings)) {
    if (key !== 'type' && !known.includes(key)) fail({ ...Errors.InvalidConfig, hint: `known: ${known.join(', ')}` }, `publish.targets.${name}: unknown setting \`${key}\``, FILE);
  }
}

/** The CMS's base URL: the environment variable `urlEnv` (default given), else `url`. */
export function cmsUrl(name: string, settings: Record<string, unknown>, env: NodeJS.ProcessEnv, defaultEnv: string): string {
  const urlEnv = str(name, settings, 'urlEnv') ?? defaultEnv;
  const raw = env[urlEnv] || str(name, settings, 'url');
  if (!raw) fail(Errors.InvalidConfig, `${name}: no CMS address — set ${urlEnv} (or \`url\` under publish.targets.${name})`);
  let base: URL;
  try {
    base = new URL(raw);
  } catch {
    fail(Errors.InvalidConfig, `${name}: ${urlEnv} is not a URL`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') fail(Errors.InvalidConfig, `${name}: ${urlEnv} must be an http(s) URL`);
  return base.href.replace(/\/+$/, '');
}

/** A secret from the environment variable `key` names (default given), with what it must be. */
export function secret(name: string, settings: Record<string, unknown>, env: NodeJS.ProcessEnv, key: string, defaultEnv: string, what: string, why?: string): string {
  const variable = str(name, settings, key) ?? defaultEnv;
  const value = env[variable];
  if (!value) fail(Errors.InvalidConfig, `${name}: no ${what} — set ${variable}${why ? ` (${why})` : ''}`);
  return value;
}

/** `retries`, `retryDelayMs`: the shared retry policy of a CMS target. */
export function retryPolicy(name: string, settings: Record<string, unknown>, override: Partial<RetryPolicy> = {}): RetryPolicy {
  return { retries: num(name, settings, 'retries') ?? 4, baseDelayMs: num(name, settings, 'retryDelayMs') ?? 500, maxDelayMs: 15_000, maxRetryAfterMs: 60_000, ...override };
}

/** What tests give a CMS target instead of the real clock, randomness and fetch. */
export interface CmsTargetOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  random?: () => number;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
}

/**
 * The JSON client of a CMS target: its timeout and retry settings, and one log line per
 * retry (`log()` is read at each retry: the publish context sets it per run).
 */
export function cmsClient(name: string, settings: Record<string, unknown>, baseUrl: string, auth: { token: string } | { authorization: string }, options: CmsTargetOptions, log: () => (line: string) => void): JsonClient {
  const timeoutMs = num(name, settings, 'timeoutMs');
  return createJsonClient({
    baseUrl,
    ...auth,
    service: name,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    retry: retryPolicy(name, settings, options.retry),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onRetry: ({ attempt, delayMs, failure, method, path }) => log()(`${name}: ${method} ${path} failed (${failure.status ?? failure.kind}), retry ${attempt} in ${delayMs} ms`),
  });
}
