// A live ticker beside the article ("Direct", "Live", "En vivo"): entries that each begin with
// a clock time ("14:44 Accusations de viols : …", or "14:10" alone on its line above a kicker
// and a paragraph), newest first or oldest first. Scrapers keep it in the page's text, where its
// paragraphs can outweigh a short article. Told by its shape, not by words: it reads the same
// in every language.

/** A line that begins with a clock time: "14:44 …", "9h05 …", "14:10" alone. */
const STAMP = /^(\d{1,2})[:：h](\d{2})(?!\d)(?=\s|$)/u;
/** Entries a ticker must have. */
const MIN_ENTRIES = 4;
/** Lines an entry may have after its stamp line (a kicker, a paragraph, an embedded post of three lines, a caption). */
const MAX_ENTRY = 8;

const minutesOf = (text: string): number | undefined => {
  const stamp = STAMP.exec(text);
  if (!stamp) return undefined;
  const hours = Number(stamp[1]);
  const minutes = Number(stamp[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
};

/**
 * The lines of live tickers: runs of four or more lines stamped with clock times that go one
 * way only (all earlier or all later than the one before), at most eight lines apart, with
 * each entry's own lines. The last entry ends with its stamp line when the stamp has text
 * beside it, else after the first sentence-ending line below it.
 */
export function tickerLines(texts: readonly string[], skip: readonly boolean[]): Set<number> {
  const lines = new Set<number>();
  const stamps = texts.map((text, i) => (skip[i] ? undefined : minutesOf(text)));
  let i = 0;
  while (i < texts.length) {
    if (stamps[i] === undefined) {
      i++;
      continue;
    }
    const entries = [i];
    let direction = 0;
    for (let j = i + 1; j < texts.length && j - entries[entries.length - 1]! <= MAX_ENTRY + 1; j++) {
      const time = stamps[j];
      if (time === undefined) continue;
      const previous = stamps[entries[entries.length - 1]!]!;
      const step = Math.sign(time - previous);
      if (step !== 0 && direction !== 0 && step !== direction) break;
      if (step !== 0) direction = step;
      entries.push(j);
    }
    const lastStamp = entries[entries.length - 1]!;
    if (entries.length < MIN_ENTRIES) {
      i = lastStamp + 1;
      continue;
    }
    let last = lastStamp;
    if (texts[lastStamp]!.trim().length <= 5) {
      for (let k = lastStamp + 1; k < texts.length && k <= lastStamp + MAX_ENTRY; k++) {
        if (skip[k]) continue;
        last = k;
        if (/[.!?。！？]["'”»)）]*$/u.test(texts[k]!) && k > lastStamp + 1) break;
      }
    }
    for (let k = entries[0]!; k <= last; k++) lines.add(k);
    i = last + 1;
  }
  return lines;
}
