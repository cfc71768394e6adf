// One catalogue of operational errors (the Astro model): every failure that reaches a user
// names what happened and what to do next. Content problems are positioned messages on the
// article instead (src/article/messages.ts); these are for input that cannot be used at all,
// configuration, and services.

export interface ErrorData {
  readonly name: string;
  readonly title: string;
  /** Exit code of the CLI when this error ends a command: 2 for usage and input, 1 for findings. */
  readonly exitCode: number;
  readonly hint?: string;
}

export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
}

export class NewsdeskError extends Error {
  readonly data: ErrorData;
  readonly place: ErrorPlace;
  readonly exitCode: number;

  constructor(data: ErrorData, message: string, place: ErrorPlace = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = data.name;
    this.data = data;
    this.place = place;
    this.exitCode = data.exitCode;
  }

  /** The one line a user sees: `file:line:column: message (hint)`. */
  toLine(): string {
    const { file, line, column } = this.place;
    const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
    const hint = this.data.hint ? ` — ${this.data.hint}` : '';
    return `${where}${this.message}${hint}`;
  }
}

function define(data: ErrorData): ErrorData {
  return Object.freeze(data);
}

export const Errors = {
  Usage: define({ name: 'UsageError', title: 'Wrong command usage', exitCode: 2, hint: 'run `newsdesk --help`' }),
  FileNotFound: define({ name: 'FileNotFound', title: 'File not found', exitCode: 2 }),
  EmptyFile: define({ name: 'EmptyFile', title: 'Empty article', exitCode: 2, hint: 'an article needs front matter with `title` and `lang`' }),
  BinaryFile: define({ name: 'BinaryFile', title: 'Not a text file', exitCode: 2, hint: 'articles are UTF-8 markdown' }),
  FileTooLarge: define({ name: 'FileTooLarge', title: 'Article too large', exitCode: 2, hint: 'split the article or raise `limits.articleBytes` in pipeline/config.yaml' }),
  MissingFrontMatter: define({ name: 'MissingFrontMatter', title: 'No front matter', exitCode: 2, hint: 'start the file with `---`, `title: …`, `lang: …`, `---`' }),
  InvalidYaml: define({ name: 'InvalidYaml', title: 'Invalid YAML', exitCode: 2 }),
  InvalidFrontMatter: define({ name: 'InvalidFrontMatter', title: 'Invalid front matter', exitCode: 2 }),
  UnknownLanguage: define({ name: 'UnknownLanguage', title: 'Unknown language', exitCode: 2, hint: 'use one of zh ru en fr id sa ja de pt el es it fi la' }),
  InvalidConfig: define({ name: 'InvalidConfig', title: 'Invalid configuration', exitCode: 2 }),
  ArticleNotFound: define({ name: 'ArticleNotFound', title: 'Article not found', exitCode: 2, hint: 'give a path to a markdown file or the slug of a folder under content/' }),
  InvalidLocaleFile: define({ name: 'InvalidLocaleFile', title: 'Invalid locale file', exitCode: 2 }),
  Service: define({ name: 'ServiceError', title: 'Service failed', exitCode: 2 }),
  Auth: define({ name: 'AuthError', title: 'Service refused the credentials', exitCode: 2, hint: 'check the API key or token in the environment' }),
} as const;

export function fail(data: ErrorData, message: string, place?: ErrorPlace, cause?: unknown): never {
  throw new NewsdeskError(data, message, place, cause === undefined ? undefined : { cause });
}
