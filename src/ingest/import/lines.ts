// Furniture told by a line's words, in any of the 14 languages: skip links, share and edit
// links, "read more" prompts, cookie notices, caption credits, copyright lines, taglines,
// adverts and bylines. Used by both readers (text pages, and paragraphs of HTML pages).
// Only short lines qualify: a paragraph of prose that starts with "Related" stays.

import type { DropReason, Dropped } from './explain.js';
import { BEFORE_DATE, findDate } from './meta.js';
import { furnitureWords as words, lineWords, MONTHS, type FurnitureWords } from './words.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const alternation = (key: keyof FurnitureWords) => words(key).map(escape).join('|');
const anyOf = (list: readonly string[]) => list.map(escape).join('|');
/** After a phrase: the end of the line, or punctuation that introduces a link or a name. */
const END = '(?=$|[\\s:：|»›>→•·\\-–—/(\\[.,…!?])';

/** Lines made only of such phrases (and separators): "Share | Tweet | Email", "[edit]". */
const ONLY = (keys: Array<keyof FurnitureWords>) =>
  new RegExp(`^(?:[\\s|/·•,\\[\\]()]*(?:${keys.map(alternation).join('|')})[\\s|/·•,\\[\\]():]*)+$`, 'iu');

const SKIP = ONLY(['skipLinks']);
const SHARE = ONLY(['share', 'edit']);
/** "Jaa artikkeli Twitterissä", "Share on Reddit": a share word starting a short line. */
const SHARE_START = new RegExp(`^(?:${alternation('share')})(?=[\\s:]).{0,30}$`, 'iu');
const PROMO = ONLY(['promo']);
const READ_MORE = new RegExp(`^(?:${alternation('readMore')})${END}`, 'iu');
/** The prompt's colon right after it: "Read also: …", "Lire : …". */
const PROMPT_COLON = /^[^:：]{1,40}[:：]\s*\S/u;
const COOKIES = new RegExp(`^(?:${alternation('cookies')})`, 'iu');
const COPYRIGHT = new RegExp(`^(?:${alternation('copyright')})${END}|^©`, 'iu');
const TAGLINE = new RegExp(`^(?:${alternation('taglines')})(?=$|[\\s.,:;!])`, 'iu');
const CREDIT_LABEL = alternation('imageCredit');
const CREDIT_BY = lineWords('creditBy').map((word) => `|${escape(word)}\\s`).join('');
/** "Photo: Jane Doe", "Foto: dpa", "Photo by …", "图/新华社". */
const CAPTION_START = new RegExp(`^(?:${CREDIT_LABEL})\\s*(?:[:：/|]${CREDIT_BY})`, 'iu');
/** "Image caption About 40 bodies …", "Media captionDrone footage …", "图为…": a caption word that needs no colon, glued or not. */
const CAPTION_WORD = words('captionStarts').length ? new RegExp(`^(?:${alternation('captionStarts')})`, 'u') : undefined;
/** "… 新华社记者 才扬 摄": a caption closed by a name and the word for "photographed by". */
const PHOTOGRAPHED_BY = lineWords('photographedBy').length ? new RegExp(`\\s\\S{1,12}\\s*(?:${anyOf(lineWords('photographedBy'))})[)）]?$`, 'u') : undefined;
/** Photo and news agencies of every language's press. */
const AGENCIES = anyOf(lineWords('agencies'));
/** "Penguins in Antarctica on 11 February. EFE": a short caption that ends with the agency after its sentence. */
const CAPTION_AGENCY = new RegExp(`[.。]\\s+(?:${AGENCIES})$`, 'u');
/** "Slideshow ( 15 images )", "(15 Videos)", "Galería: 12 fotos": a count of pictures or videos, the label of a gallery. */
const MEDIA_COUNT = new RegExp(`(?:^|[\\s(:：])\\d{1,3}\\s*(?:${CREDIT_LABEL})(?:s|en|er|i)?(?=$|[\\s)])`, 'iu');
/** An appeal for support after the article ("Support our journalism …", "A você que chegou até aqui, agradecemos …"), however long its paragraph. */
const APPEAL = words('appeals').length ? new RegExp(`^(?:${alternation('appeals')})(?![\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}])`, 'iu') : undefined;
/** "Miten torjut kaamosoireita? Voit keskustella aiheesta kello 23:een asti.": an invitation to the comments, anywhere in a short block. */
const COMMENT_INVITE = words('commentInvites').length ? new RegExp(`(?:^|[\\s.!?¿¡"“«])(?:${alternation('commentInvites')})(?![\\p{L}])`, 'iu') : undefined;
/** "CNN will soon launch Royal News, a weekly newsletter … Sign up here.": a newsletter's promotion, told by its last words. */
const SIGN_UP_END = words('signUpEnds').length ? new RegExp(`(?:^|[\\s.!?:])(?:${alternation('signUpEnds')})\\s*[.!:]?\\s*$`, 'iu') : undefined;
/** "4 Min Read", "Tempo di lettura: 3 minuti", "Lesezeit: 4 Min.": the reading time, a number beside the words. */
const READING_TIME = words('readingTime').length ? new RegExp(`(?:^|[\\s\\d|·•])(?:${alternation('readingTime')})(?=$|[\\s\\d:：.])`, 'iu') : undefined;
/** A caption that ends with its credit: "… in Littleton. (AP Photo/David Zalubowski)", "…Credit: EPA", "… teuer. © Ben Stansall/AFP". */
const CAPTION_END = new RegExp(`(?:[(\\[]\\s*(?:${CREDIT_LABEL}|${AGENCIES})\\b[^)\\]]{0,80}[)\\]]\\.?|(?:${CREDIT_LABEL})\\s*[:：]\\s*[^.:!?]{1,80}|\\s©\\s*[^.!?©]{1,80})\\s*$`, 'iu');
/** "(AP Photo/…)", "Getty Images", "REUTERS/Jane Doe": agency credits alone on a line. */
const AGENCY_CREDIT = new RegExp(`^(?:\\(?(?:${AGENCIES})(?:[\\s/]+[^\\s].{0,60})?\\)?)$`, 'u');
/** "Alex Wong | Getty Images", "Foto: X / dpa": a photographer and an agency. */
const CREDIT_TAIL = new RegExp(`^[^.!?]{0,60}\\s[|/]\\s*(?:${AGENCIES})\\s*$`, 'u');
// Byline words as written and in lower case ("by European Space Agency"); names stay capitalised.
const BYLINE_WORDS = [...new Set(words('byline').flatMap((word) => [word, word.charAt(0).toLowerCase() + word.slice(1)]))].map(escape).join('|');
const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const PARTICLES = lineWords('nameParticles').map((word) => `|${escape(word)}`).join('');
const JOINERS = anyOf([',', ...lineWords('nameJoiners')]);
/** "By Jane Doe", "Von Max Muster und Erika Mustermann", "Par Jean Dupont, AFP". */
const BYLINE = new RegExp(`^(?:${BYLINE_WORDS})\\s*:?\\s+(${NAME}(?:\\s+(?:${NAME}${PARTICLES})){0,4}(?:\\s*(?:${JOINERS})\\s*${NAME}(?:\\s+${NAME}){0,3})*)`, 'u');

/** "編集委員\u3000中沢克二", "记者 张三": a byline word of a language written in Han characters, a space or colon, and a name of two to four characters (perhaps in two parts). */
const CJK_BYLINE_WORDS = words('byline').filter((word) => /^\p{Script=Han}+$/u.test(word));
const CJK_BYLINE = CJK_BYLINE_WORDS.length ? new RegExp(`^(?:${anyOf(CJK_BYLINE_WORDS)})[\\s\u3000]*[:：\\s\u3000][\\s\u3000]*(\\p{Script=Han}{2,4}(?:[\\s\u3000・·]\\p{Script=Han}{1,4})?)$`, 'u') : undefined;

/** "PorRodolfo Costa": a byline word glued by the scraper to the two or more names after it. */
const GLUED_BYLINE = new RegExp(`^(?:${words('byline').filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word)).map(escape).join('|')})(?=\\p{Lu}\\p{Ll})(${NAME}(?:\\s+(?:${NAME}${PARTICLES})){0,3}\\s+${NAME})$`, 'u');

/**
 * "… en el extremo norte de la península antártica. Camila Buvinic", "… helmikuussa. Hanna Matikainen / Lehtikuva": a
 * short caption whose sentence is closed by the photographer's name (and agency), without a label.
 */
const NAME_AFTER_SENTENCE = new RegExp(`[.!?]["'”»)]?\\s+${NAME}(?:\\s+(?:${NAME}${PARTICLES})){1,3}(?:\\s*[/|]\\s*[^\\s.!?/|][^.!?/|]{0,40})?(?<![.!?])$`, 'u');
const SOCIAL = 'twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp';
/** "Follow us on Twitter", "Follow her on Instagram @name", "Folgen Sie uns auf Facebook". */
const FOLLOW = new RegExp(`^(?:${anyOf(lineWords('followVerbs'))})(?![\\p{L}]).{0,60}\\b(?:${SOCIAL})\\b`, 'iu');
/** A contact line: "Jane Doe may be reached at jane@example.com", "@jane on Twitter". */
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|\b(?:twitter\.com|@\w{2,15}\b.*\btwitter)/iu;
/** Section tags in brackets: "[VIDEO]", "[INSIGHT]", "[PICTURES]". */
const BRACKET_TAGS = /\[\p{Lu}[\p{Lu}\s]{2,20}\]/gu;
const DATE_WORDS = [...Object.keys(MONTHS), ...words('weekdays')].sort((a, b) => b.length - a.length).map(escape).join('|');
/** "Published: …", "Updated 10:48, Tue, Nov 19", "Veröffentlicht am 2. März", "Publié le lundi 3 mars". */
const PUBLISHED = new RegExp(`^(?:${alternation('published')})(?:\\s*[:：]|\\s+(?:(?:${BEFORE_DATE})\\s+)?(?=\\d|(?:${DATE_WORDS})(?![\\p{L}])))`, 'iu');

/** "CNET Japan 3/9(木) 18:45配信": a time, and the label written after it (Japanese writes "配信", "更新" there). */
const CLOCK_TIME = /(?<!\d)\d{1,2}[:：]\d{2}(?!\d)/u;
const PUBLISHED_AFTER = new RegExp(`\\d\\s*(?:${alternation('published')})\\s*$`, 'u');

export interface LineFurniture {
  reason: DropReason;
  /** A byline's names. */
  author?: string;
}

/** Classify a short line of page text as furniture, or undefined for article text. */
export function lineFurniture(line: string): LineFurniture | undefined {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (!text) return undefined;
  const length = text.length;
  if (length <= 200 && SKIP.test(text)) return { reason: 'navigation' };
  if (length <= 200 && SHARE.test(text)) return { reason: 'share' };
  if (length <= 45 && SHARE_START.test(text) && !/[.!?]$/u.test(text)) return { reason: 'share' };
  if (length <= 120 && PROMO.test(text)) return { reason: 'advert' };
  if (length <= 200 && TAGLINE.test(text)) return { reason: 'navigation' };
  if (length <= 600 && COOKIES.test(text)) return { reason: 'cookie-notice' };
  if (length <= 800 && APPEAL?.test(text)) return { reason: 'appeal' };
  if (length <= 300 && COPYRIGHT.test(text)) return { reason: 'copyright' };
  if (length <= 200 && COMMENT_INVITE?.test(text)) return { reason: 'comments' };
  if (length <= 300 && SIGN_UP_END?.test(text)) return { reason: 'newsletter' };
  // A prompt with its colon introduces a linked headline, which may be a question ("Lire : Que sont les IMSI-catchers ?").
  // (In brackets too: "(Le puede interesar: Buscan responsables …)".)
  const prompt = /^[(（]\s*(.+?)\s*[)）]$/u.exec(text)?.[1] ?? text;
  if (length <= 160 && READ_MORE.test(prompt) && (PROMPT_COLON.test(prompt) || !/(?<!\.\.)[.!?。！？]$/u.test(prompt.replace(/[”"'’»)]+$/u, '')))) return { reason: 'related' };
  const caption =
    (length <= 160 && (AGENCY_CREDIT.test(text) || CREDIT_TAIL.test(text) || CAPTION_AGENCY.test(text))) ||
    // A labelled caption may run long ("Photo: Jane Doe Archives The city's scooters made 365,000 trips …").
    (length <= 400 && (CAPTION_START.test(text) || CAPTION_WORD?.test(text) || PHOTOGRAPHED_BY?.test(text) || CAPTION_END.test(text))) ||
    (length <= 300 && NAME_AFTER_SENTENCE.test(text));
  // An agency or a source beside a date and a time is the article's date line ("AFP 30 avril 2015 à 07:19"), not a caption.
  if (length <= 40 && MEDIA_COUNT.test(text) && text.split(/\s+/u).length <= 6) return { reason: 'media' };
  if (caption) return { reason: length <= 160 && CLOCK_TIME.test(text) && findDate(text) !== undefined ? 'dateline' : 'caption' };
  // A linked headline alone in brackets between paragraphs ("( Reacción de candidatos a amenazas de muerte de Petro)"): no sentence, no date.
  if (length <= 160 && /^[(（][^()（）]{12,}[)）]$/u.test(text) && !/[.!?。！？…]\s*[)）]$/u.test(text) && findDate(text) === undefined && text.split(/\s+/u).length >= 4) return { reason: 'related' };
  if (length <= 60 && /\d/u.test(text) && READING_TIME?.test(text)) return { reason: 'reading-time' };
  if (length <= 160 && FOLLOW.test(text)) return { reason: 'share' };
  if (length <= 240 && CONTACT.test(text) && text.split(/\s+/u).length <= 30) return { reason: 'share' };
  if (length <= 300 && (text.match(BRACKET_TAGS)?.length ?? 0) >= 2) return { reason: 'related' };
  if (length <= 120 && PUBLISHED.test(text) && /\d/u.test(text)) return { reason: 'dateline' };
  if (length <= 60 && CLOCK_TIME.test(text) && PUBLISHED_AFTER.test(text)) return { reason: 'dateline' };
  if (length <= 100) {
    const cjk = CJK_BYLINE?.exec(text);
    if (cjk) return { reason: 'byline', author: cjk[1]!.replace(/\u3000/gu, ' ').trim() };
    const glued = GLUED_BYLINE.exec(text);
    if (glued) return { reason: 'byline', author: glued[1]!.trim() };
    const byline = BYLINE.exec(text);
    // The byline is the whole line, perhaps with an agency, a date or a role after a separator.
    if (byline && /^(?:$|\s*(?:[,|·•–—-]|\bfor\b|\bin\b|\bat\b).*)$/u.test(text.slice(byline[0].length)) && !/[.!?]$/u.test(text)) {
      return { reason: 'byline', author: byline[1]!.trim() };
    }
  }
  return undefined;
}

/** What follows a caption label and its colon ("動画：ナイジェリアで…" → "ナイジェリアで…"), or undefined for a line without one. */
export function afterCaptionLabel(line: string): string | undefined {
  const label = CAPTION_START.exec(line.trim());
  return label && /[:：]\s*$/u.test(label[0]) ? line.trim().slice(label[0].length).trim() : undefined;
}

const END_SECTIONS = new Set(words('endSections').map((word) => word.toLowerCase()));

/** Whether a heading opens the closing sections of a page (references, sources, external links). */
export function isEndSection(heading: string): boolean {
  return END_SECTIONS.has(heading.replace(/\s+/gu, ' ').replace(/[:：]$/u, '').trim().toLowerCase());
}

/**
 * Cut the page at the first heading that opens its closing sections, when that heading comes
 * after the article has begun (a page that opens with "Notes" is not cut to nothing).
 */
export function cutEndSections<T extends { type: string }>(blocks: T[], textOf: (block: T) => string, dropped: Dropped[]): T[] {
  const at = blocks.findIndex((block, i) => i > 0 && block.type === 'heading' && isEndSection(textOf(block)));
  if (at === -1) return blocks;
  for (const block of blocks.slice(at)) dropped.push({ reason: 'end-section', text: textOf(block) });
  return blocks.slice(0, at);
}

const EDIT_WORDS = words('edit');
/** "[edit]", "[Bearbeiten | Quelltext bearbeiten]" after a wiki heading. */
const EDIT_LINK = new RegExp(`\\s*\\[\\s*(?:${EDIT_WORDS.map(escape).join('|')})(?:\\s*\\|\\s*(?:${EDIT_WORDS.map(escape).join('|')}))*\\s*\\]`, 'giu');
/** Reference marks: "[1]", "[12]", "[a]", "[note 3]", "[Anm. 2]", "[citation needed]". */
const REFERENCE_MARK = new RegExp(`\\[(?:\\d{1,3}|[a-z]|(?:${anyOf(lineWords('noteLabels'))})\\s*\\d{1,3}|${anyOf(lineWords('wikiRemarks'))})\\]`, 'giu');

/** A paragraph without the reference marks and edit links a wiki scatters in it. */
export function withoutMarks(text: string, dropped: Dropped[], line?: number): string {
  let out = text;
  for (const [pattern, reason] of [[EDIT_LINK, 'edit-link'], [REFERENCE_MARK, 'reference-mark']] as const) {
    out = out.replace(pattern, (mark) => {
      dropped.push({ reason, text: mark.trim(), ...(line !== undefined ? { line } : {}) });
      return '';
    });
  }
  return out === text ? text : out.replace(/\s{2,}/gu, ' ').replace(/\s+([.,;:!?])/gu, '$1').trim();
}

/** Prose: a long line with sentence punctuation (the article's paragraphs, not menus or labels). */
export function isProse(text: string): boolean {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  if (cjk > 0) return cjk >= 30 && /[。！？.!?]/u.test(text);
  const count = text.split(/\s+/u).length;
  return (count >= 12 && /[.!?…:;]["'”»)\]]*(?:\s|$)/u.test(text)) || count >= 25;
}

/** A rights notice ("©RIPRODUZIONE RISERVATA", "All rights reserved", "版权所有"): a copyright phrase of words, not a bare sign or a photo credit. */
const RIGHTS_NOTICE = new RegExp(anyOf(words('copyright').filter((phrase) => /\s/u.test(phrase) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(phrase))), 'iu');

/** Whether a short line is a rights notice, which closes an article. */
export function isRightsNotice(text: string): boolean {
  return text.length <= 200 && RIGHTS_NOTICE.test(text);
}

const BARE_PROMPT = new RegExp(`^(?:${alternation('readMore')}|${alternation('share')})[\\s.:：…!]*$`, 'iu');

/** A prompt alone on its line ("Mehr zum Thema", "You may also like..."): a list of other articles follows. */
export function isBarePrompt(text: string): boolean {
  return BARE_PROMPT.test(text.trim());
}
