// Editors' acknowledgements: content/<slug>/review.yaml lists findings they accept.
//   - rule: respectively-arity
//     line: 36            # or  text: "1,0000, 0,7449 bzw. 0,6266"
//     reason: the source report gives three values; the third city is named in the next sentence
//     by: Peng Bo
// An acknowledged message is kept and marked, and no longer blocks. An entry that matches
// nothing is reported (a stale acknowledgement must not hide the next real finding).

import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { Location } from '../article/location.js';
import type { Article, Message } from '../article/types.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { Errors, fail } from '../errors/index.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { readYaml } from '../config/yaml.js';
import { readTextFile } from '../fs/text.js';

export interface ReviewEntry {
  rule: string;
  line?: number;
  text?: string;
  reason: string;
  by?: string;
  /** Where the entry is written (review.yaml, 1-based), for messages about it. */
  at: { file: string; line: number; column: number };
}

/** The review file of an article: beside its index.md, else content/<slug>/review.yaml. */
export function reviewPath(article: Article, config: PipelineConfig, cwd: string): string | undefined {
  const candidates = [join(dirname(resolve(cwd, article.path)), 'review.yaml'), projectPath(config, config.paths.content, article.slug, 'review.yaml')];
  return candidates.find((path) => existsSync(path));
}

export function parseReview(text: string, file: string): ReviewEntry[] {
  const location = new Location(text);
  const at = (node: YamlNode | undefined) => {
    const point = location.toPoint(node?.range?.[0] ?? 0);
    return { file, line: point.line, column: point.column };
  };
  const read = readYaml(text, { file, error: Errors.InvalidReview, what: 'invalid YAML in review file', schema: 'core' });
  const doc = read.doc;
  if (doc.contents === null) return [];
  read.toJS(); // aliases bounded before entries are read
  if (!isSeq(doc.contents)) fail(Errors.InvalidReview, 'a review file is a list of `- rule: …` entries', at(doc.contents as YamlNode));
  return doc.contents.items.map((item) => {
    const node = item as YamlNode;
    if (!isMap(node)) fail(Errors.InvalidReview, 'each acknowledgement is a mapping with `rule`, `line` or `text`, and `reason`', at(node));
    const data = node.toJS(doc) as Record<string, unknown>;
    for (const key of Object.keys(data)) {
      if (!['rule', 'line', 'text', 'reason', 'by'].includes(key)) fail(Errors.InvalidReview, `unknown key \`${key}\` in acknowledgement (known: rule, line, text, reason, by)`, at(node));
    }
    if (typeof data.rule !== 'string' || data.rule === '') fail(Errors.InvalidReview, 'an acknowledgement needs `rule` (the rule id)', at(node));
    if (data.line === undefined && data.text === undefined) fail(Errors.InvalidReview, `the acknowledgement of \`${data.rule}\` needs \`line\` or \`text\` to say which finding it accepts`, at(node));
    if (data.line !== undefined && (!Number.isInteger(data.line) || (data.line as number) < 1)) fail(Errors.InvalidReview, '`line` must be a line number', at(node));
    if (data.text !== undefined && (typeof data.text !== 'string' || data.text === '')) fail(Errors.InvalidReview, '`text` must be a non-empty string', at(node));
    if (typeof data.reason !== 'string' || data.reason.trim() === '') fail(Errors.InvalidReview, `the acknowledgement of \`${data.rule}\` needs a \`reason\``, at(node));
    const entry: ReviewEntry = { rule: data.rule, reason: data.reason, at: at(node) };
    if (data.line !== undefined) entry.line = data.line as number;
    if (typeof data.text === 'string') entry.text = data.text;
    if (typeof data.by === 'string') entry.by = data.by;
    return entry;
  });
}

export function loadReview(path: string, cwd: string): ReviewEntry[] {
  const shown = relative(cwd, path) || path;
  return parseReview(readTextFile(path, { file: shown, error: Errors.InvalidReview }), shown);
}

export interface Acknowledgement {
  entry: ReviewEntry;
  messages: Message[];
}

/**
 * Mark the messages the entries accept (`acknowledged: true`) and return which entry took
 * which messages, plus a warning for each entry that matched nothing.
 */
export function acknowledge(article: Article, messages: Message[], entries: ReviewEntry[]): { acknowledgements: Acknowledgement[]; unused: Message[] } {
  const location = new Location(article.source);
  const flagged = (message: Message) => {
    const start = location.toOffset(message.line, message.column);
    const end = location.toOffset(message.endLine, message.endColumn);
    // The whole lines of the finding: an editor quotes what they see around it.
    const lineStart = location.toOffset(message.line, 1);
    const lineEnd = location.toOffset(message.endLine + 1, 1);
    return [article.source.slice(start, end), article.source.slice(lineStart, lineEnd), message.actual ?? ''];
  };
  const acknowledgements: Acknowledgement[] = [];
  const unused: Message[] = [];
  for (const entry of entries) {
    const matched = messages.filter((message) => {
      if (message.ruleId !== entry.rule) return false;
      if (entry.line !== undefined && (entry.line < message.line || entry.line > message.endLine)) return false;
      if (entry.text !== undefined && !flagged(message).some((text) => text.includes(entry.text!))) return false;
      return true;
    });
    for (const message of matched) message.acknowledged = true;
    acknowledgements.push({ entry, messages: matched });
    if (matched.length === 0) {
      const where = entry.line !== undefined ? `line ${entry.line}` : `“${entry.text}”`;
      unused.push({
        ruleId: 'review/unused-acknowledgement',
        severity: 'warning',
        message: `acknowledgement of \`${entry.rule}\` at ${where} matches no finding; remove it`,
        line: entry.at.line,
        column: entry.at.column,
        endLine: entry.at.line,
        endColumn: entry.at.column,
        source: 'validate',
        file: entry.at.file,
      });
    }
  }
  return { acknowledgements, unused };
}

/**
 * Append an acknowledgement to a review file (created when absent), keeping its comments
 * and entries as written; the result is checked as `validate` reads it before it replaces
 * the file (atomically).
 */
export function addAcknowledgement(path: string, entry: { rule: string; line?: number; text?: string; reason: string; by?: string }, shown: string = path): void {
  const text = existsSync(path) ? readTextFile(path, { file: shown, error: Errors.InvalidReview }) : '# Findings the editors accept (newsdesk validate): rule, line or text, reason, by.\n';
  parseReview(text, shown);
  const doc = parseDocument(text);
  if (!isSeq(doc.contents)) doc.contents = doc.createNode([]) as typeof doc.contents;
  const list = doc.contents as unknown;
  if (!isSeq(list)) fail(Errors.InvalidReview, 'a review file is a list of `- rule: …` entries', { file: shown });
  list.flow = false;
  list.items.push(
    doc.createNode({
      rule: entry.rule,
      ...(entry.line !== undefined ? { line: entry.line } : {}),
      ...(entry.text !== undefined ? { text: entry.text } : {}),
      reason: entry.reason,
      ...(entry.by !== undefined ? { by: entry.by } : {}),
    }),
  );
  const next = doc.toString();
  parseReview(next, shown);
  writeFileAtomic(path, next);
}
