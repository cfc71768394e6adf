// Secrets never leave in a message. A provider that echoes the API key in its error ("Incorrect
// API key provided: sk-…"), a URL with `?key=…`, an Authorization header quoted in a
// diagnostic: every line the CLI prints, every error of the catalogue and every reason the
// scheduler records goes through `redact`. Two nets: the values of the environment's secret
// variables (whatever their shape), and the shapes of credentials (whatever their source).

/** Environment variables whose values are secrets: names with KEY, TOKEN, SECRET, PASSWORD, AUTH, CREDENTIAL. */
const SECRET_NAME = /(?:^|_)(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|AUTH|CREDENTIALS?|APIKEY)(?:_|$)/i;
/** Shorter values are not masked: they would hide ordinary words. */
const MIN_SECRET = 8;

const SHAPES: readonly RegExp[] = [
  // Authorization headers (Basic only with a credential-looking value: it is also a word).
  /\b(Bearer|DeepL-Auth-Key)\s+[A-Za-z0-9._~+/=:-]{6,}/g,
  /\b(Basic)\s+[A-Za-z0-9+/]{16,}={0,2}/g,
  // OpenAI-style keys, GitHub and Slack tokens, Google API keys.
  /\bsk-[A-Za-z0-9_-]{8,}/g,
  /\b(?:gh[pousr]|github_pat)_[A-Za-z0-9_]{16,}/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  // Credentials in URLs: query parameters and user:password@.
  /([?&](?:key|api[_-]?key|access[_-]?token|token|auth|password|secret|signature)=)[^&\s"'<>]+/gi,
  /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^@\s/]+(@)/gi,
];

const MASK = '[redacted]';

function secretValues(env: NodeJS.ProcessEnv | undefined): string[] {
  if (!env) return [];
  const values: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= MIN_SECRET && SECRET_NAME.test(name)) values.push(value);
  }
  // Longest first: a key that contains another is masked whole.
  return values.sort((a, b) => b.length - a.length);
}

/** `text` with every secret it may carry masked. `env`: the environment the command ran with (process.env too). */
export function redact(text: string, env?: NodeJS.ProcessEnv): string {
  let out = text;
  const values = new Set([...secretValues(env), ...(env === process.env ? [] : secretValues(process.env))]);
  for (const value of values) if (out.includes(value)) out = out.split(value).join(MASK);
  for (const shape of SHAPES) {
    out = out.replace(shape, (whole: string, ...groups: unknown[]) => {
      const prefix = typeof groups[0] === 'string' ? groups[0] : '';
      const suffix = typeof groups[1] === 'string' && groups[1] === '@' ? '@' : '';
      // `Bearer xyz`: keep the scheme word, mask the credential.
      if (/^(Bearer|Basic|DeepL-Auth-Key)$/.test(prefix)) return `${prefix} ${MASK}`;
      return `${prefix}${MASK}${suffix}`;
    });
  }
  return out;
}
