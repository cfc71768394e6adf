// `newsdesk cms check <target> [--json]`: tell, against the live CMS of a publish target,
// what it lacks for newsdesk and how to fix each gap (Strapi: locales, content type, fields,
// token permissions). Exit 0 when nothing is missing, 1 when something is, 2 when the CMS
// cannot be reached or the target is not configured.

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { HttpFailure, toNewsdeskError } from '../../publish/http.js';
import { cmsUrl, secret, str } from '../../publish/targets/settings.js';
import { checkStrapi, type CheckFinding } from '../../publish/targets/strapi-check.js';
import type { Command } from '../io.js';

export const command: Command = {
  name: 'cms',
  summary: 'check a live CMS for what newsdesk needs: locales, content type, fields, token permissions (check, --json)',
  usage: `Usage: newsdesk cms check <target> [--json]

Asks the CMS of a publish target (a name under publish.targets, or \`strapi\`) what it lacks
for newsdesk, with requests that write nothing, and prints one line per check: ✓, or ✗ with
what to do. Strapi: a locale per configured language, the content type (draft & publish,
i18n, every field and its type, localized), the unpublish route, and the API token's
permissions (find, findOne, create, update, unpublish; not delete).

  --json  the findings as JSON: [{ "ok", "check", "fix"? }]

Exit: 0 nothing missing, 1 something missing, 2 the CMS cannot be reached or usage errors.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    const [action, name] = positionals;
    if (action !== 'check' || !name || positionals.length > 2) fail(Errors.Usage, 'cms: give `check <target>` (a publish target, e.g. `cms check strapi`)');
    const config = loadConfig(io.cwd);
    const settings = (config.publish.targets[name] ?? {}) as Record<string, unknown>;
    const type = typeof settings.type === 'string' ? settings.type : name;
    if (type !== 'strapi') fail(Errors.Usage, `cms check: \`${name}\` is a ${type} target; checks exist for strapi targets`);
    const map = (settings.locales ?? {}) as Record<string, unknown>;
    const languages = config.languages as readonly LanguageCode[];
    let findings: CheckFinding[];
    try {
      findings = await checkStrapi({
        baseUrl: cmsUrl(name, settings, io.env, 'STRAPI_URL'),
        token: secret(name, settings, io.env, 'tokenEnv', 'STRAPI_TOKEN', 'API token'),
        name,
        collection: str(name, settings, 'collection') ?? 'articles',
        locales: languages.map((lang) => ({ lang, locale: typeof map[lang] === 'string' ? (map[lang] as string) : lang })),
      });
    } catch (error) {
      if (error instanceof HttpFailure) throw toNewsdeskError(error, name);
      throw error;
    }
    if (values.json) io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
    else {
      for (const f of findings) io.stdout(f.ok ? `✓ ${f.check}\n` : `✗ ${f.check} — ${f.fix ?? 'see the README'}\n`);
      const missing = findings.filter((f) => !f.ok).length;
      io.stdout(missing === 0 ? `${name}: ready for newsdesk\n` : `${name}: ${missing} thing${missing === 1 ? '' : 's'} to fix\n`);
    }
    return findings.every((f) => f.ok) ? 0 : 1;
  },
};
