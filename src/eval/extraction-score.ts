// The article-extraction benchmark's scorer (evaluate.py), in TypeScript: text split into
// word tokens (\w+, Unicode), 4-token shingles counted on both sides, true and false
// positives and negatives normalised per page, precision and recall averaged over pages,
// F1 of the two means. Checked against the published figures in `npm run eval`.

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  perPage: Record<string, PageScore>;
}

const tokens = (text: string) => text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

function shingles(text: string, n = 4): Map<string, number> {
  const words = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - n + 1); i++) {
    const shingle = words.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** [tp, fp, fn] of one page, normalised to sum to 1. */
export function shingleMatch(truth: string, prediction: string): [number, number, number] {
  const expected = shingles(truth);
  const got = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...got.keys()])) {
    const t = expected.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: [number, number, number]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: [number, number, number]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function scoreExtraction(truth: Record<string, { articleBody: string }>, predictions: Record<string, { articleBody?: string }>): ExtractionScore {
  const perPage: Record<string, PageScore> = {};
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const [id, expected] of Object.entries(truth)) {
    const match = shingleMatch(expected.articleBody ?? '', predictions[id]?.articleBody ?? '');
    const [tp, fp, fn] = match;
    const precision = precisionOf(match);
    const recall = recallOf(match);
    if (tp + fp > 0) precisions.push(precision);
    if (tp + fn > 0) recalls.push(recall);
    perPage[id] = { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, precision, recall, perPage };
}
