// Stage `segment`: sentences of plain text and of an article's blocks, with stable keys.
// segmentText / segmentTextWithOffsets split one block of plain text; segmentArticle walks an
// article's mdast tree and fills `article.segments`; segmentKey names a sentence in locale files.

export { segmentText, segmentTextWithOffsets, type TextSentence } from './text.js';
export { articleBlocks, segmentArticle, type BlockText } from './article.js';
export { normaliseSentence, segmentKey, segmentKeys } from './key.js';
