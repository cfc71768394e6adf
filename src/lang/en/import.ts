// What the importer knows about English pages: the names a language switcher gives the
// language, frequent short words that tell a page in it, and the words of page furniture
// (skip, share and edit links, "read more" prompts, captions, bylines, date labels).
// Also: the labels of credit and source lines, category words, short month names, and the
// small words of date, byline and caption lines (src/lang/pack.ts, ImportLanguage).

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['English', 'Englisch', 'Anglais', 'Inglés', 'Inglese', 'Inglês', 'Englanti', 'Английский', '英语', '英語'],
  stopwords: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'as', 'are', 'was', 'on', 'by', 'it', 'this', 'from', 'has', 'have', 'which', 'be', 'at', 'an'],
  furniture: {
    skipLinks: ['Skip to content', 'Skip to main content', 'Skip to navigation', 'Jump to content', 'Jump to navigation', 'Jump to search', 'Skip to search', 'Skip navigation', 'Back to top', 'Back to overview', 'Back to home', 'Go to top', 'Scroll to top'],
    share: ['Share', 'Share this', 'Share this article', 'Share this story', 'Share on Facebook', 'Share on Twitter', 'Share on LinkedIn', 'Share via email', 'Tweet', 'Email', 'Print', 'Print this page', 'Follow us', 'Follow us on', 'Like us on Facebook', 'Copy link', 'Comments', 'Leave a comment', 'Save', 'Post a comment', 'Add a comment', 'Share this on WhatsApp', 'Share on WhatsApp', 'Whatsapp', 'WhatsApp', 'Facebook', 'Twitter', 'Pinterest', 'Pin', 'Pint', 'LinkedIn', 'Telegram', 'E-mail', 'Reddit', 'Tumblr', 'Flipboard', 'Pocket', 'Xing', 'Messenger', 'Viber', 'VK', 'ВКонтакте', 'Одноклассники', '微信', '微博', 'LINE', 'はてブ', 'RSS'],
    edit: ['edit', 'edit source', 'view history', 'view source'],
    readMore: ['Read more', 'Read More:', 'See more', 'More stories', 'Don’t miss', "Don't miss", 'Must read', 'Editor’s picks', "Editor's picks", 'Top stories', 'Latest news', 'Watch more', 'Just watched', 'Must watch', 'More videos', 'Read also', 'Also read', 'Related', 'Related:', 'Related articles', 'Related stories', 'Related news', 'See also', 'More:', 'More on this', 'More from', 'Read next', 'Recommended', 'You may also like', 'You might also like', 'Most read', 'Most popular', 'Trending', 'Further reading', 'Continue reading', 'Click here', 'Read the full story', 'Read the full article', 'Sponsored', "Explore further", "About the author", "Citation:", "More from this author", "You might like", "Recommended for you", 'Latest videos', 'Latest stories'],
    cookies: ['We use cookies', 'This website uses cookies', 'This site uses cookies', 'By continuing to use', 'By using this site', 'Accept cookies', 'Cookie settings', 'Cookie policy'],
    captionStarts: ['Image caption', 'Media caption', 'Image copyright'],
    readingTime: ['min read', 'minute read', 'minutes read', 'Min Read', 'Reading time', 'read time'],
    imageCredit: ['Photo', 'Photos', 'Photograph', 'Image', 'Images', 'Picture', 'Credit', 'Credits', 'Illustration', 'Image credit', 'Photo credit', 'Image source', 'Video', 'Graphic', 'File photo', 'Caption'],
    published: ['Published', 'Published on', 'Published at', 'Updated', 'Last updated', 'Updated on', 'Posted', 'Posted on', 'Posted at', 'First published', 'Date', 'Last modified', 'Created'],
    copyright: ['©', 'Copyright', '(c)', 'All rights reserved', 'This material may not be published', 'This document is subject to copyright'],
    taglines: ['Our Standards', 'From Wikipedia, the free encyclopedia', 'From Wikinews, the free news source', 'From Wikinews, the free news source you can write!', 'This article is more than', 'This article was originally published', 'Sign up for', 'Subscribe to'],
    byline: ['By', 'Written by', 'Posted by', 'Reported by', 'Words by', 'Story by'],
    promo: ['Advertisement', 'Advertisement - Continue Reading Below', 'Story continues below', 'Article continues below', 'Continue reading below', 'Sponsored content', 'Subscribe', 'Sign up', 'Sign in', 'Log in', 'Newsletter', 'Get the latest', 'Download the app', 'Watch:', 'Listen:', 'Listen to this article', 'Media playback is unsupported on your device'],
    appeals: ['This article is for subscribers only', 'This content is for subscribers only', 'Subscribe to continue reading', 'Support our journalism', 'Support independent journalism', 'Support us', 'Support our work', 'Become a member', 'Become a supporter', 'Become a subscriber', 'Make a donation', 'Donate now', 'Donate today', 'If you value our journalism', 'If you value our work', 'If you like our work', "If you've read this far", 'If you have read this far', 'Subscribe now', 'Subscribe today', 'We need your support', 'Please consider supporting'],
    commentInvites: ['Join the conversation', 'Have your say', 'Tell us in the comments', 'Let us know in the comments'],
    signUpEnds: ['Sign up here', 'Sign up now', 'Subscribe here'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    endSections: ['References', 'Notes', 'External links', 'See also', 'Sources', 'Further reading', 'Bibliography', 'Footnotes'],
  },
  creditLabels: {
    editor: ['Editor', 'Edited by', 'Editing', 'Editing by', 'Editor in charge'],
    proofreading: ['Proofreading', 'Proofread by', 'Proofreader'],
    author: ['Author', 'Written by'],
    reporter: ['Reporter', 'Reporting by', 'Additional reporting by'],
    translator: ['Translation', 'Translated by', 'Translator'],
    photo: ['Photo', 'Photos', 'Photograph'],
  },
  sourceLabels: ['Source', 'Sources'],
  sourcePhrases: ['From official ', 'From the official ', 'Via official ', 'Via the official ', 'Reprinted from ', 'Republished from ', 'Adapted from ', 'Originally published in ', 'Originally published by ', 'Originally published on '],
  categoryWords: ['News', 'Report', 'Opinion', 'Analysis', 'Feature', 'Commentary', 'Breaking', 'Interview'],
  monthAbbreviations: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  lineWords: {
    beforeDate: ['on', 'at'],
    dayEndings: ['st', 'nd', 'rd', 'th'],
    beforeTime: ['at'],
    afterTime: ['am', 'pm', 'a.m.', 'p.m.', 'EST', 'EDT', 'PST', 'PDT', 'BST', 'CET', 'CEST'],
    creditBy: ['by'],
    nameJoiners: ['and', '&'],
    followVerbs: ['follow', 'like', 'join'],
    noteLabels: ['note'],
    wikiRemarks: ['citation needed', 'who?', 'when?', 'clarification needed'],
    agencies: ['AP', 'Reuters', 'REUTERS', 'Getty Images', 'Getty', 'EPA', 'Shutterstock', 'iStock'],
  },
};
