// Reading a YAML file newsdesk is configured by (pipeline/config.yaml, jobs.yaml, review.yaml,
// the glossary, front matter): through the text door, one positioned line for invalid YAML,
// and aliases bounded. A YAML alias bomb (a few lines whose aliases expand to billions of
// nodes) is refused at its first alias instead of exhausting memory or ending in the yaml
// library's stack trace ("Excessive alias count").

import { parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { Location } from '../article/location.js';
import { fail, type ErrorData, type ErrorPlace } from '../errors/index.js';
import { checkText } from '../fs/text.js';

/** Alias expansions allowed when a document is turned into data (the yaml library's own default). */
export const MAX_ALIASES = 100;

export interface YamlFile {
  doc: Document;
  /** file:line:column of a node (or of an offset in the text). */
  at(node: YamlNode | null | undefined | number): Required<ErrorPlace>;
  /** The document as plain data, aliases bounded. */
  toJS(): unknown;
}

export interface ReadYamlOptions {
  file: string;
  /** Catalogue entry of this file's problems. */
  error: ErrorData;
  /** Offset of the YAML in a larger text (front matter), for positions; with `source`. */
  offset?: number;
  /** The whole text the YAML is part of, for line and column. */
  source?: string;
  /** Words before the parser's reason: `invalid YAML in front matter`. */
  what?: string;
  /** Extra parse options (`schema: 'core'` keeps dates as written). */
  schema?: 'core' | 'yaml-1.1';
}

/** The yaml library's first line without its own position (ours is file-based). */
export function yamlReason(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

/** Parse YAML text that came through the door, or fail with one positioned line. */
export function readYaml(text: string, options: ReadYamlOptions): YamlFile {
  const { file, error } = options;
  const offset = options.offset ?? 0;
  const location = new Location(options.source ?? text);
  const at = (node: YamlNode | null | undefined | number): Required<ErrorPlace> => {
    const local = typeof node === 'number' ? node : (node?.range?.[0] ?? 0);
    const point = location.toPoint(offset + local);
    return { file, line: point.line, column: point.column };
  };
  checkText(text, { file, error, what: 'the file' });
  const doc = parseDocument(text, { uniqueKeys: true, ...(options.schema ? { schema: options.schema } : {}) });
  const first = doc.errors[0];
  if (first) fail(error, `${options.what ?? 'invalid YAML'}: ${yamlReason(first.message)}`, at(first.pos[0]));
  return {
    doc,
    at,
    toJS() {
      try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
      } catch (cause) {
        // Only alias expansion throws here; name the first alias.
        let alias: YamlNode | undefined;
        visit(doc, {
          Alias(_key, node) {
            alias = node;
            return visit.BREAK;
          },
        });
        fail(error, `too many alias expansions (a YAML alias bomb?): at most ${MAX_ALIASES} are read`, at(alias), cause);
      }
    },
  };
}
