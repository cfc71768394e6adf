// The glossary validation reads: the claims stage's term base (content/glossary.yaml), each
// entity's name per language and its variants, known wrong ones marked.

export type { Glossary, GlossaryEntity, Mention } from '../claims/index.js';
