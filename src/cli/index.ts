// The newsdesk CLI: dispatch a verb, turn operational errors into one clear line and an exit
// code (0 ok, 1 findings that block, 2 usage or input), never a stack trace for a known error.

import { NewsdeskError } from '../errors/index.js';
import { redact } from '../errors/redact.js';
import { fromSystemError } from '../errors/system.js';
import { COMMANDS } from './commands.js';
import type { CliIO } from './io.js';

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const verbs = Object.entries(COMMANDS)
    .map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`)
    .join('\n');
  return `newsdesk — multilingual news pipeline\n\nUsage: newsdesk <verb> [options]\n\nVerbs:\n${verbs}\n\nRun \`newsdesk <verb> --help\` for a verb's options.\n`;
}

export async function main(argv: string[], given: CliIO): Promise<number> {
  // Every line a command prints is redacted: an engine or CMS that echoes a key, a URL with
  // `?key=`, never reach the terminal or a log.
  const io: CliIO = { ...given, stdout: (text) => given.stdout(redact(text, given.env)), stderr: (text) => given.stderr(redact(text, given.env)) };
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(helpText());
    return verb ? 0 : 2;
  }
  if (verb === '--version') {
    io.stdout('newsdesk 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS[verb];
  if (!entry) {
    io.stderr(`newsdesk: unknown verb \`${verb}\` — run \`newsdesk --help\`\n`);
    return 2;
  }
  try {
    const { command } = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage.trim()}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    // A full or read-only disk, a busy or full state database: one line, exit 2, not a stack.
    const known = error instanceof NewsdeskError ? error : fromSystemError(error, undefined, io.cwd);
    if (known) {
      io.stderr(`newsdesk ${verb}: ${known.toLine(io.cwd)}\n`);
      return known.exitCode;
    }
    throw error;
  }
}
