// Which engine translates which language: `--engine`/`--base-url`/`--model` over the
// configuration (`translation.engine`, `translation.perLanguage`), one instance per engine
// name so the languages it serves share its concurrency limit. `memory` without settings
// means translation memory only: no engine.

import type { PipelineConfig } from '../../config/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { createEngine, engineNameFor } from '../index.js';
import type { TranslationEngine } from '../engine.js';

export function engineResolver(config: PipelineConfig, languages: readonly LanguageCode[], flags: { engine?: string | undefined; baseUrl?: string | undefined; model?: string | undefined }, env: NodeJS.ProcessEnv) {
  const overrides: Record<string, unknown> = {};
  if (flags.baseUrl !== undefined) overrides.baseUrl = flags.baseUrl;
  if (flags.model !== undefined) overrides.model = flags.model;
  const forced = flags.engine ?? (Object.keys(overrides).length > 0 ? 'openai' : undefined);
  const engines = new Map<string, TranslationEngine | undefined>();
  const byLang = new Map<LanguageCode, TranslationEngine | undefined>();
  for (const lang of languages) {
    const name = forced ?? engineNameFor(config.translation, lang);
    if (!engines.has(name)) {
      const settings = config.translation.engines[name];
      if (name === 'memory' && !settings) engines.set(name, undefined);
      else engines.set(name, createEngine(name, { ...settings, ...(name === forced ? overrides : {}) }, env));
    }
    byLang.set(lang, engines.get(name));
  }
  return (lang: LanguageCode) => byLang.get(lang);
}

