// The one traversal every rule shares (textlint's kernel in small): build blocks and
// sentences with their figures and claims, call each rule's visitor in document order,
// and turn reports into positioned messages.

import { Location } from '../article/location.js';
import { indexAt } from '../article/spans.js';
import type { Article, Claim, Figure, Message, Span } from '../article/types.js';
import type { Glossary } from './glossary.js';
import { wordsFor } from './lang/index.js';
import { textBlocks, viewOfSpan, TextView } from './text.js';
import type { BlockNode, PlacedFigure, ReportDescriptor, RuleContext, RuleSetup, SegmentNode, Visitor } from './types.js';

export interface Traversal {
  blocks: BlockNode[];
  segments: SegmentNode[];
  bySegmentId: Map<string, SegmentNode>;
}

/** The block holding an offset (blocks come in document order and do not overlap). */
function containing(nodes: { view: TextView }[], offset: number): number {
  return indexAt(nodes, offset, (node) => node.view.span);
}

/** Blocks and sentences of the article, with figures and claims placed in their sentence. */
export function buildTraversal(article: Article): Traversal {
  const blocks: BlockNode[] = textBlocks(article.tree, article.source).map((block, index) => ({
    index,
    type: block.type,
    view: block.view,
    ...(block.node.type === 'heading' ? { depth: block.node.depth } : {}),
    segments: [],
  }));
  const segments: SegmentNode[] = [];
  if (article.segments.length > 0) {
    const titleBlocks: BlockNode[] = [];
    for (const segment of article.segments) {
      const view = viewOfSpan(segment.text, article.source, segment.span);
      let block: BlockNode | undefined;
      if (segment.blockType === 'title' || segment.span.start < article.bodyOffset) {
        block = titleBlocks.find((b) => b.view.span.start <= segment.span.start && segment.span.start < b.view.span.end);
        if (!block) {
          block = { index: -1 - titleBlocks.length, type: 'title', view, segments: [] };
          titleBlocks.push(block);
        }
      } else {
        block = blocks[containing(blocks, segment.span.start)];
      }
      if (!block) continue;
      const node: SegmentNode = { segment, view, text: view.text, block, figures: [], claims: [] };
      block.segments.push(node);
      segments.push(node);
    }
    blocks.unshift(...titleBlocks);
  } else {
    // No segmenter output: every block is one sentence, so text rules still run.
    for (const block of blocks) {
      const span = block.view.span;
      const segment = {
        id: `block-${block.index}`,
        block: block.index,
        index: 0,
        blockType: block.type,
        text: block.view.text,
        span,
        position: { line: 0, column: 0, endLine: 0, endColumn: 0 },
      };
      const node: SegmentNode = { segment, view: block.view, text: block.view.text, block, figures: [], claims: [] };
      block.segments.push(node);
      segments.push(node);
    }
  }
  const bySegmentId = new Map(segments.map((node) => [node.segment.id, node]));
  // Sentences in document order (the title's first), for figures without a known segment.
  const ordered = [...segments].sort((a, b) => a.view.span.start - b.view.span.start);
  const segmentAt = (offset: number) => {
    const node = ordered[indexAt(ordered, offset, (n) => n.view.span)];
    return node && offset < node.view.span.end ? node : undefined;
  };
  for (const figure of article.figures) {
    const node = bySegmentId.get(figure.segment) ?? segmentAt(figure.span.start);
    if (!node) continue;
    const placed: PlacedFigure = { figure, start: node.view.toText(figure.span.start), end: node.view.toText(figure.span.end) };
    node.figures.push(placed);
  }
  for (const node of segments) node.figures.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const claim of article.claims) bySegmentId.get(claim.segment)?.claims.push(claim);
  return { blocks, segments, bySegmentId };
}

export interface RunOptions {
  glossary?: Glossary | undefined;
}

function fill(template: string, data: Record<string, string | number>, ruleId: string, messageId: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = data[key];
    // i18next would leave `{{key}}` in the text silently; a rule bug must not reach an editor.
    if (value === undefined) throw new Error(`rule ${ruleId}: message \`${messageId}\` needs data \`${key}\``);
    return String(value);
  });
}

/** Run the rules over the article; returns their messages sorted by position. */
export function runRules(article: Article, setups: RuleSetup[], options: RunOptions = {}): Message[] {
  const traversal = buildTraversal(article);
  const location = new Location(article.source);
  const words = wordsFor(article.frontmatter.lang);
  const messages: Message[] = [];
  const seen = new Set<string>();

  const spanOf = (descriptor: ReportDescriptor, ruleId: string): Span => {
    const target = descriptor.segment ?? descriptor.block;
    if (descriptor.span) return descriptor.span;
    if (target) {
      const [start, end] = descriptor.range ?? [0, target.view.text.length];
      return target.view.spanOf(start, end);
    }
    if (descriptor.figure) return descriptor.figure.span;
    throw new Error(`rule ${ruleId}: a report needs a span, segment, block or figure`);
  };

  const visitors: Array<{ setup: RuleSetup; visitor: Visitor }> = [];
  for (const setup of setups) {
    const { rule, severity } = setup;
    const id = rule.meta.id;
    const context: RuleContext = {
      id,
      options: setup.options,
      article,
      lang: article.frontmatter.lang,
      words,
      glossary: options.glossary,
      upstream: article.messages,
      segments: traversal.segments,
      segmentOf: (figure: Figure) => traversal.bySegmentId.get(figure.segment) ?? traversal.segments.find((node) => node.figures.some((placed) => placed.figure === figure)),
      report(descriptor) {
        const template = rule.meta.messages[descriptor.messageId];
        if (template === undefined) throw new Error(`rule ${id}: unknown message id \`${descriptor.messageId}\``);
        const span = spanOf(descriptor, id);
        const text = fill(template, descriptor.data ?? {}, id, descriptor.messageId);
        const key = `${id}\u0000${span.start}\u0000${span.end}\u0000${text}`;
        if (seen.has(key)) return;
        seen.add(key);
        const start = location.toPoint(span.start);
        const end = location.toPoint(span.end);
        const segment = descriptor.segment?.segment.id ?? traversal.segments.find((node) => node.view.span.start <= span.start && span.start < node.view.span.end)?.segment.id;
        const message: Message = {
          ruleId: id,
          severity,
          message: text,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          source: 'validate',
          file: article.path,
        };
        if (descriptor.actual !== undefined) message.actual = descriptor.actual;
        if (descriptor.expected !== undefined) message.expected = descriptor.expected;
        if (segment !== undefined) message.segment = segment;
        if (descriptor.fix) {
          if (rule.meta.fixable !== true) throw new Error(`rule ${id}: reports a fix but meta.fixable is not set`);
          message.fix = { range: [descriptor.fix.range[0], descriptor.fix.range[1]], text: descriptor.fix.text };
        }
        messages.push(message);
      },
    };
    visitors.push({ setup, visitor: rule.create(context) });
  }

  const each = (call: (visitor: Visitor) => void) => {
    for (const { visitor } of visitors) call(visitor);
  };
  each((v) => v.article?.(article));
  for (const block of traversal.blocks) {
    each((v) => v.block?.(block));
    for (const node of block.segments) {
      each((v) => v.segment?.(node));
      for (const placed of node.figures) each((v) => v.figure?.(placed.figure, node));
      for (const claim of node.claims) each((v) => v.claim?.(claim, node));
    }
  }
  const placedFigures = new Set(traversal.segments.flatMap((node) => node.figures.map((placed) => placed.figure)));
  for (const figure of article.figures) if (!placedFigures.has(figure)) each((v) => v.figure?.(figure, undefined));
  const placedClaims = new Set(traversal.segments.flatMap((node) => node.claims));
  for (const claim of article.claims) if (!placedClaims.has(claim as Claim)) each((v) => v.claim?.(claim, undefined));
  each((v) => v.end?.());

  return messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
