// Russian: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'версия', 'версии', 'верси*', 'трасс*', 'шоссе', 'маршрут*', 'лини*', 'рейс*', 'платформ*',
    'канал*', 'стать*', 'ст', 'пункт*', 'п', 'глава', 'главе', 'страниц*', 'стр', 'тел', 'телефон*',
    'факс',
  ],
  idioms: [
    'с одной стороны', 'ни один', 'ни одна', 'ни одно', 'ни одного', 'ни одной', 'ни одним',
    'ни одному', 'ни одну', 'одним словом', 'один на один', 'одна за другой', 'один за другим',
    'одно за другим', 'на все сто', 'в два счёта', 'в два счета', 'семь пятниц', 'четвертьфинал*',
    'полуфинал*', 'номер один',
  ],
};
