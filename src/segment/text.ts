// Sentences of one block of plain text, with their offsets into it.

import type { LanguageCode } from '../lang/codes.js';
import { sentenceBreaks } from './boundaries.js';
import { rulesFor } from './rules.js';

export interface TextSentence {
  /** The sentence, trimmed. */
  text: string;
  /** Offsets into the input: `input.slice(start, end) === text`. */
  start: number;
  end: number;
}

/**
 * Split one block of plain text into sentences. A line break always ends a segment (as in
 * list-like plain text); callers that hold soft-wrapped prose (markdown paragraphs) pass it with
 * its soft line breaks turned into spaces.
 */
export function segmentTextWithOffsets(text: string, lang: LanguageCode): TextSentence[] {
  const starts = [0, ...sentenceBreaks(text, rulesFor(lang)), text.length];
  const sentences: TextSentence[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const slice = text.slice(starts[i], starts[i + 1]);
    const trimmed = slice.trim();
    if (trimmed === '') continue;
    const start = (starts[i] ?? 0) + slice.indexOf(trimmed);
    sentences.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return sentences;
}

export function segmentText(text: string, lang: LanguageCode): string[] {
  return segmentTextWithOffsets(text, lang).map((sentence) => sentence.text);
}
