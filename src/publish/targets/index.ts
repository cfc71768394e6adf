// The publish targets by type, and the one chosen by name: `--target NAME`, else
// `publish.target` in pipeline/config.yaml. A target's settings live under
// `publish.targets.<name>`; `type:` says which kind it is (default: the name itself), so
// `strapi-staging: { type: strapi, urlEnv: STAGING_URL }` is a second Strapi.

import type { PipelineConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import type { PublishTarget } from '../types.js';
import { createDirectusTarget } from './directus.js';
import { createGitTarget } from './git.js';
import { createStaticTarget } from './static.js';
import { createStrapiTarget, type StrapiOptions } from './strapi.js';
import { createWordPressTarget } from './wordpress.js';

export const TARGET_TYPES = ['directus', 'git', 'static', 'strapi', 'wordpress'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export type TargetOptions = StrapiOptions;

export function createTarget(config: PipelineConfig, name: string = config.publish.target, options: TargetOptions = {}): PublishTarget {
  const raw = config.publish.targets[name];
  if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    fail(Errors.InvalidConfig, `publish.targets.${name} must be a mapping`, { file: 'pipeline/config.yaml' });
  }
  const settings: Record<string, unknown> = { ...(raw ?? {}) };
  const type = typeof settings.type === 'string' ? settings.type : name;
  switch (type) {
    case 'static':
      return createStaticTarget(name, settings, config);
    case 'strapi':
      return createStrapiTarget(name, settings, options);
    case 'git':
      return createGitTarget(name, settings, config);
    case 'directus':
      return createDirectusTarget(name, settings, options);
    case 'wordpress':
      return createWordPressTarget(name, settings, options);
    default:
      return fail(
        { ...Errors.InvalidConfig, hint: `a target's \`type\` is one of ${TARGET_TYPES.join(', ')}` },
        raw === undefined ? `no publish target \`${name}\` (publish.targets has ${Object.keys(config.publish.targets).join(', ') || 'none'})` : `publish.targets.${name}: unknown type \`${type}\``,
        { file: 'pipeline/config.yaml' },
      );
  }
}
