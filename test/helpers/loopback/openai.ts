// OpenAI-compatible chat completions on loopback: POST /v1/chat/completions. Validates what
// the real API validates for our use (Bearer key when one is configured, JSON body, known
// model, messages, strict json_schema rules: every object closed with
// `additionalProperties: false` and every property required) and answers in the chat
// completion shape. It "translates" the JSON document of the last user message: glossary
// terms replaced, then `[xx] ` prefixed, ⟦tokens⟧ untouched. `truncateAbove` makes it cut
// the answer mid-JSON with finish_reason "length" when a request has more segments.

import { applyGlossary, fakeTranslate, startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from './server.js';

export interface OpenAiLoopbackOptions {
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  models?: string[];
  /** Answers with more segments than this are cut off (finish_reason "length"). */
  truncateAbove?: number;
  /** Change each translated text before answering (drop a token, …). */
  transform?: (text: string, id: string) => string;
}

export interface ChatMessage {
  role: string;
  content: string;
}

function error(status: number, message: string, type: string, code: string | null, param: string | null = null): Reply {
  return { status, body: { error: { message, type, param, code } } };
}

export function startOpenAiServer(options: OpenAiLoopbackOptions = {}): Promise<LoopbackServer> {
  const models = new Set(options.models ?? ['newsdesk-test']);
  return startLoopback((request) => handle(request, options, models));
}

function handle(request: RecordedRequest, options: OpenAiLoopbackOptions, models: Set<string>): Reply {
  if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
    return error(404, `Invalid URL (${request.method} ${request.path})`, 'invalid_request_error', null);
  }
  if (options.apiKey !== undefined) {
    const auth = request.headers.authorization;
    if (!auth) return error(401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", 'invalid_request_error', null);
    if (auth !== `Bearer ${options.apiKey}`) return error(401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
  }
  if (!String(request.headers['content-type']).startsWith('application/json') || request.body === undefined) {
    return error(400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null);
  }
  const body = request.body as Record<string, unknown>;
  if (typeof body.model !== 'string') return error(400, "you must provide a model parameter", 'invalid_request_error', null, 'model');
  if (!models.has(body.model)) return error(404, `The model \`${body.model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found');
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) return error(400, "Invalid 'messages': empty array.", 'invalid_request_error', null, 'messages');
  for (const [i, m] of messages.entries()) {
    const message = m as Partial<ChatMessage>;
    if (!['system', 'developer', 'user', 'assistant'].includes(String(message.role)) || typeof message.content !== 'string') {
      return error(400, `Invalid 'messages[${i}]'.`, 'invalid_request_error', null, `messages[${i}]`);
    }
  }
  const schemaProblem = checkResponseFormat(body.response_format);
  if (schemaProblem) return error(400, schemaProblem, 'invalid_request_error', null, 'response_format');

  const last = [...(messages as ChatMessage[])].reverse().find((m) => m.role === 'user');
  let document: { to?: string; segments?: Array<{ id: string; text: string }>; glossary?: Array<{ source: string; target: string }> };
  try {
    document = JSON.parse(last?.content ?? '') as typeof document;
  } catch {
    return completion(body.model, JSON.stringify({ segments: [] }), 'stop');
  }
  const segments = (document.segments ?? []).map(({ id, text }) => {
    const translated = fakeTranslate(applyGlossary(text, document.glossary ?? []), document.to ?? 'xx');
    return { id, text: options.transform ? options.transform(translated, id) : translated };
  });
  const content = JSON.stringify({ segments });
  if (options.truncateAbove !== undefined && segments.length > options.truncateAbove) {
    return completion(body.model, content.slice(0, Math.floor(content.length / 2)), 'length');
  }
  return completion(body.model, content, 'stop');
}

function completion(model: string, content: string, finish: 'stop' | 'length'): Reply {
  return {
    status: 200,
    body: {
      id: `chatcmpl-loopback-${Date.now()}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finish }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    },
  };
}

/** Structured Outputs rules for `strict: true` (the subset our schema uses). */
function checkResponseFormat(format: unknown): string | undefined {
  if (format === undefined) return undefined;
  const f = format as { type?: unknown; json_schema?: { name?: unknown; strict?: unknown; schema?: unknown } };
  if (!['text', 'json_object', 'json_schema'].includes(String(f.type))) return `Invalid value: '${String(f.type)}'. Supported values are: 'text', 'json_object', and 'json_schema'.`;
  if (f.type !== 'json_schema') return undefined;
  const spec = f.json_schema;
  if (!spec || typeof spec.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) return "Invalid 'response_format.json_schema.name'.";
  if (typeof spec.schema !== 'object' || spec.schema === null) return "Missing required parameter: 'response_format.json_schema.schema'.";
  return spec.strict === true ? checkStrict(spec.schema as Record<string, unknown>, spec.name, []) : undefined;
}

function checkStrict(schema: Record<string, unknown>, name: string, path: string[]): string | undefined {
  const where = `Invalid schema for response_format '${name}': In context=(${path.map((p) => `'${p}'`).join(', ')}),`;
  if (schema.type === 'object') {
    if (schema.additionalProperties !== false) return `${where} 'additionalProperties' is required to be supplied and to be false.`;
    const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    const required = Array.isArray(schema.required) ? schema.required : [];
    const missing = Object.keys(properties).find((key) => !required.includes(key));
    if (missing) return `${where} 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
    for (const [key, child] of Object.entries(properties)) {
      const problem = checkStrict(child, name, [...path, 'properties', key]);
      if (problem) return problem;
    }
  }
  if (schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null) {
    return checkStrict(schema.items as Record<string, unknown>, name, [...path, 'items']);
  }
  return undefined;
}
