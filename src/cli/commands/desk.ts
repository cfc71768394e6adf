// `newsdesk desk [--port N] [--host H] [--users FILE] [--jobs FILE]`: the web desk for
// translators and editors, over the project's own files; `newsdesk desk user add NAME
// --role R [--lang fr,de] [--full-name "…"]` writes a user (password from stdin).

import { resolve as resolvePath } from 'node:path';
import { parseCommandArgs, listOption } from '../args.js';
import { Errors, fail } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import type { Command, CliIO } from '../io.js';

export const command: Command = {
  name: 'desk',
  summary: 'the web desk: translators review, editors decide, on the same files (--port)',
  usage: `Usage: newsdesk desk [--port N] [--host 127.0.0.1] [--users FILE] [--jobs FILE]
       newsdesk desk user add NAME --role editor|translator|reader [--lang fr,de] [--full-name "Peng Bo"] [--users FILE]

Serves the desk on http://127.0.0.1:4310 (--port 0: any free port) until SIGINT/SIGTERM.
Translators see every article × language with its keys counted by state and edit them side
by side with the source, figure values, glossary names, memory suggestions and QA as they
type; editors see why each language is held, acknowledge or fix findings, preview every
language, publish, and manage the jobs of pipeline/jobs.yaml. Everything is read from and
written to the project's files (atomically), so the CLI sees it at once.

  user add   add or replace a user in the users file (default .newsdesk/users.yaml); the
             password is read from stdin (or NEWSDESK_PASSWORD), stored as a scrypt hash.
             A translator needs --lang: the languages they may write.`,
  async run(argv, io) {
    if (argv[0] === 'user') return user(argv.slice(1), io);
    const { values, positionals } = parseCommandArgs(argv, { port: { type: 'string' }, host: { type: 'string' }, users: { type: 'string' }, jobs: { type: 'string' } });
    if (positionals.length) fail(Errors.Usage, `desk: unexpected argument \`${positionals[0]}\``);
    const port = values.port === undefined ? 4310 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(Errors.Usage, `desk: --port must be a port number, not \`${values.port}\``);
    const { startDesk } = await import('../../desk/index.js');
    const desk = await startDesk({ root: io.cwd, port, host: values.host ?? '127.0.0.1', ...(values.users ? { usersFile: values.users } : {}), ...(values.jobs ? { jobsFile: values.jobs } : {}) });
    io.stdout(`newsdesk desk on ${desk.url}\n`);
    return new Promise<number>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void desk.close().then(() => resolve(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  },
};

async function user(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { role: { type: 'string' }, lang: { type: 'string' }, 'full-name': { type: 'string' }, users: { type: 'string' } });
  const [verb, name] = positionals;
  if (verb !== 'add' || !name) fail(Errors.Usage, 'desk user: write `newsdesk desk user add NAME --role editor|translator|reader [--lang fr]`');
  const { DEFAULT_USERS_FILE, hashPassword, ROLES, writeUser } = await import('../../desk/index.js');
  const role = values.role;
  if (!role || !ROLES.includes(role as never)) fail(Errors.Usage, `desk user add: --role is one of ${ROLES.join(', ')}`);
  const languages = listOption(values.lang) ?? [];
  for (const code of languages) if (!isLanguageCode(code)) fail(Errors.UnknownLanguage, `unknown language \`${code}\` in --lang`);
  if (role === 'translator' && languages.length === 0) fail(Errors.Usage, 'desk user add: a translator needs --lang (the languages they write)');
  const password = (io.env.NEWSDESK_PASSWORD ?? (await io.readStdin())).replace(/\r?\n$/, '');
  if (password.length < 8) fail(Errors.Usage, 'desk user add: the password (stdin or NEWSDESK_PASSWORD) needs at least 8 characters');
  const file = resolvePath(io.cwd, values.users ?? DEFAULT_USERS_FILE);
  writeUser(file, {
    name,
    role: role as 'editor' | 'translator' | 'reader',
    languages: languages as LanguageCode[],
    password: await hashPassword(password),
    ...(values['full-name'] ? { fullName: values['full-name'] } : {}),
  });
  io.stdout(`${name} (${role}${languages.length ? `: ${languages.join(', ')}` : ''}) written to ${values.users ?? DEFAULT_USERS_FILE}\n`);
  return 0;
}
