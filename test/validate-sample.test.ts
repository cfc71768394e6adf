// The sample article (content/ki-stadt/index.md), as `newsdesk validate` reports it: every
// defect at its place, and nothing else. Each expected finding is a real defect:
//   18  „…„Artificial Intelligence +“…“: a quotation inside a quotation takes ‚…‘
//   22  „von 0 bis 1, von 10 bis 10 und von 10 bis 100“: 10–10 is empty, and the chain
//       0–1, ?, 10–100 needs 1–10 in the middle
//   26  „Broad Data“ is the glossary's known mistranslation of Boda Data
//   36  „Shenzhen und Shanghai … 1,0000, 0,7449 bzw. 0,6266 unter den ersten drei“: two
//       names for three values and a top three (Peking is missing)
//   36  „… technologische Innovation und Kapitalunterstützung , und politische Unterstützung“:
//       five dimensions, correctly five items, but joined by „und“ twice, and a space before
//       the comma
//   42  „…aus.“ , wurde“: space before the comma
//   46, 54  „Research Report“ after the article defined „Forschungsbericht“ (line 36)
//   60  „Dark Side of the Moon“ (Moonshot AI), „Zero-One Wanshi“ (01.AI): glossary errors;
//       „Minimax aus Shanghai , und“: space before the comma. The five start-ups are five
//       (four from Peking, Minimax from Shanghai): no ranking finding there.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { readArticle } from '../src/ingest/index.js';
import { findNameLists, gappedItems } from '../src/validate/lists.js';
import { wordsFor } from '../src/validate/lang/index.js';
import { validateArticle } from '../src/validate/index.js';
import { prepareArticle } from '../src/validate/prepare.js';
import { runCli } from './helpers/cli.js';
import { REPO } from './helpers/tmp.js';

const EXPECTED: Array<[string, number, number, number, number]> = [
  ['quote-marks', 18, 225, 18, 252],
  ['range-chain', 22, 59, 22, 68],
  ['range-order', 22, 59, 22, 68],
  ['glossary-spelling', 26, 22, 26, 32],
  ['ranking-consistency', 36, 327, 36, 434],
  ['respectively-arity', 36, 327, 36, 412],
  ['list-conjunction', 36, 548, 36, 673],
  ['space-before-punctuation', 36, 642, 36, 644],
  ['space-before-punctuation', 42, 252, 42, 254],
  ['defined-term', 46, 202, 46, 217],
  ['defined-term', 54, 133, 54, 148],
  ['glossary-spelling', 60, 291, 60, 312],
  ['glossary-spelling', 60, 350, 60, 365],
  ['space-before-punctuation', 60, 406, 60, 408],
];

describe('the sample article', () => {
  it('newsdesk validate reports its defects at their places and nothing else; exit 1', async () => {
    const before = readFileSync(join(REPO, 'content/ki-stadt/index.md'), 'utf8');
    const result = await runCli(['validate', 'ki-stadt', '--json'], { cwd: REPO });
    expect(result.code).toBe(1);
    const { messages } = JSON.parse(result.stdout) as { messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; acknowledged?: boolean }> };
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual(EXPECTED);
    expect(messages.some((m) => m.acknowledged)).toBe(false);
    expect(readFileSync(join(REPO, 'content/ki-stadt/index.md'), 'utf8')).toBe(before);
  });

  it('the findings say what was found and what was expected', () => {
    const config = loadConfig(REPO);
    const article = readArticle('content/ki-stadt/index.md', config, REPO);
    const { glossary } = prepareArticle(article, config, REPO);
    const { messages, blocking } = validateArticle(article, config, { glossary, cwd: REPO });
    expect(blocking).toBe(true);
    const text = (rule: string, line: number) => messages.find((m) => m.ruleId === rule && m.line === line);
    expect(text('respectively-arity', 36)?.message).toBe('2 named (Shenzhen, Shanghai) but 3 values given with “bzw.”');
    expect(text('ranking-consistency', 36)?.message).toBe('“unter den ersten drei” with 3 values, but only 2 named (Shenzhen, Shanghai)');
    expect(text('range-chain', 22)).toMatchObject({ actual: '0–1, 10–10, 10–100', expected: '1 bis 10' });
    expect(text('range-order', 22)?.message).toBe('the range “10 bis 10” starts and ends at 10');
    expect(text('glossary-spelling', 26)).toMatchObject({ actual: 'Broad Data', expected: 'Boda Data' });
    expect(text('list-conjunction', 36)?.expected).toBe('industrielle Größe, industrielle Vitalität, technologische Innovation, Kapitalunterstützung und politische Unterstützung');
    expect(text('quote-marks', 18)?.expected).toBe('‚Artificial Intelligence +‘');
    expect(text('defined-term', 46)?.expected).toBe('Forschungsbericht');
  });

  it('counts the five start-ups as five: four from Peking and Minimax from Shanghai', () => {
    const sentence = 'Das typischste Beispiel ist, dass unter den fünf Startups mit den höchsten Bewertungen im Bereich Großmodelle in China Dark Side of the Moon, Zhipu AI, Baichuan Intelligence und Zero-One Wanshi aus Peking stammen, Minimax aus Shanghai , und keiner von ihnen kommt aus Shenzhen.';
    const words = wordsFor('de');
    const [list, ...others] = findNameLists(sentence, words);
    expect(others).toEqual([]);
    const items = [...list!.items, ...gappedItems(sentence, list!, words)].map(([a, b]) => sentence.slice(a, b));
    expect(items).toHaveLength(5);
    expect(items.slice(1)).toEqual(['Zhipu AI', 'Baichuan Intelligence', 'Zero-One Wanshi', 'Minimax']);
    expect(items[0]).toMatch(/Dark Side of the Moon$/);
  });
});
