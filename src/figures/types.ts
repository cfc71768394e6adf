// Shared shapes of the figure reader. The reader works on any text in any of the 14
// languages (QA reads translations back with it); the article stage maps its offsets to
// file positions and gives each figure an id (src/article/types.ts `Figure`).

import type { FigureValueFields } from '../article/types.js';

/** One figure as a native reader of `lang` reads it, with offsets into the text given. */
export interface FigureReading extends FigureValueFields {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** The qualifier as written ("bis zu", "überschritten", "equal to"), when there is one. */
  qualifierText?: string;
  /** The qualifier's words may not bound the figure ("ganze 20 Prozent", "hingga 40 tahun"): see `uncertainQualifiers`. */
  qualifierUncertain?: boolean;
  /** Set when the written form is ambiguous in this language ("1.000" in English): the reason. */
  ambiguous?: string;
  /** The value itself without the qualifier's words ("12.40 Uhr" of "gegen 12.40 Uhr"), when they differ. */
  core?: { start: number; end: number };
  /**
   * A range of years read from a decade ("1980s", "años 80", "1980-luvulla", "80年代"): only its
   * first year or its tens are written, so QA looks for them where the decade seems lost.
   */
  decade?: boolean;
  /**
   * The reader is not sure this is a figure (src/figures/confidence.ts): `name`, a number after a
   * name ("Windows 7", "Hannover 96", "iPhone 12"); `label`, a number after a label word that says
   * which one ("Bundesstraße 51", "Artikel 11"); `code`, digits of a code, a version or a telephone
   * number ("F-16", "5G", "2.4.1"); `idiom`, number words of a fixed phrase ("с одной стороны",
   * "quarti di finale"). QA grades a difference on it by the doubt (src/qa/certainty.ts).
   */
  uncertain?: 'name' | 'label' | 'code' | 'idiom';
}

/** A number written with digits (any script), as the localize stage turns it into a placeholder. */
export interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Decimal places as written. */
  decimals: number;
  /** Whether the writer used a group separator (15.000) or not (15000). */
  grouped: boolean;
  /** A year-like integer written without grouping (1900–2100): formatted without separators. */
  year: boolean;
  /** A directly attached percent sign ("26 %", "26%") is part of the token. */
  percent: boolean;
  ambiguous?: string;
}

export interface ReadOptions {
  /** ISO date the text was published: the year of "26. Juli" is inferred from it. */
  referenceDate?: string;
  /**
   * Also read a month named alone ("6月", "7 月下旬") as a date of its month: no figure of the
   * article, but QA compares the months each side names (as `monthsNamed` does for "im Juli").
   */
  monthsAlone?: boolean;
}
