import { describe, expect, it } from 'vitest';
import { NewsdeskError } from '../src/errors/index.js';
import { createEngine, DeepLEngine, engineNameFor, GoogleEngine, LibreTranslateEngine, OpenAiEngine } from '../src/translate/index.js';

function failure(run: () => unknown): NewsdeskError {
  try {
    run();
  } catch (error) {
    if (error instanceof NewsdeskError) return error;
    throw error;
  }
  throw new Error('expected a NewsdeskError');
}

describe('engines from pipeline/config.yaml', () => {
  it('builds each type, keys from the environment only', () => {
    const deepl = createEngine('deepl', { limits: { concurrency: 2 } }, { DEEPL_AUTH_KEY: 'k:fx' });
    expect(deepl).toBeInstanceOf(DeepLEngine);
    expect(deepl.limits).toEqual({ maxSegmentsPerRequest: 50, maxBytesPerRequest: 127 * 1024, concurrency: 2 });
    expect(createEngine('local', { type: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:14b' }, {})).toBeInstanceOf(OpenAiEngine);
    expect(createEngine('google', {}, { GOOGLE_TRANSLATE_API_KEY: 'AIza' })).toBeInstanceOf(GoogleEngine);
    expect(createEngine('lt', { type: 'libretranslate', languages: ['de', 'fr'] }, {}).supports('de', 'fr')).toBe(true);
    expect(createEngine('lt', { type: 'libretranslate' }, {})).toBeInstanceOf(LibreTranslateEngine);
  });

  it('a provider limit cannot be raised by configuration', () => {
    const engine = createEngine('deepl', { limits: { maxSegmentsPerRequest: 500 } }, { DEEPL_AUTH_KEY: 'k' });
    expect(engine.limits.maxSegmentsPerRequest).toBe(50);
  });

  it('routes languages with perLanguage', () => {
    const translation = { engine: 'deepl', perLanguage: { la: 'local', sa: 'local' } };
    expect(engineNameFor(translation, 'fr')).toBe('deepl');
    expect(engineNameFor(translation, 'la')).toBe('local');
  });

  it('says what is wrong, in one line with a hint', () => {
    const missing = failure(() => createEngine('deepl', {}, {}));
    expect(missing.toLine()).toBe('engine `deepl` needs DEEPL_AUTH_KEY — export the key in the environment variable named in the message (keys never go into pipeline/config.yaml)');
    expect(missing.exitCode).toBe(2);
    expect(failure(() => createEngine('x', { type: 'babelfish' }, {})).message).toBe('engine `x` has unknown type `babelfish`');
    expect(failure(() => createEngine('local', { type: 'openai', baseUrl: 'http://h/v1' }, {})).message).toBe('engine `local` needs a `model`');
    expect(failure(() => createEngine('openai', { model: 'gpt-4o-mini' }, {})).message).toBe('engine `openai` calls api.openai.com and needs OPENAI_API_KEY');
    expect(failure(() => createEngine('deepl', { apiKey: 'inline' }, { DEEPL_AUTH_KEY: 'k' })).toLine()).toBe('pipeline/config.yaml: unknown key `translation.engines.deepl.apiKey`');
    expect(failure(() => createEngine('deepl', { limits: { concurrency: 'many' } }, { DEEPL_AUTH_KEY: 'k' })).message).toBe('translation.engines.deepl.limits.concurrency must be a non-negative number');
    expect(failure(() => createEngine('google', { baseUrl: 'translation.googleapis.com' }, { GOOGLE_TRANSLATE_API_KEY: 'k' })).message).toBe('translation.engines.google.baseUrl must be an http(s) URL');
  });
});
