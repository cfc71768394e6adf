// The stylesheet of a published page and the site index: inline (no external resources),
// small, readable in every script the product writes (CJK, Cyrillic, Greek, Devanagari).

export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #6b6b70; --rule: #e4e2dc; --accent: #8a1c1c; }
* { box-sizing: border-box; }
body { margin: 0; background: #fbfaf7; color: var(--ink); font: 18px/1.65 Georgia, "Noto Serif", "Noto Serif CJK SC", "Noto Serif Devanagari", "Times New Roman", serif; }
header { border-bottom: 1px solid var(--rule); background: #fff; }
header .home { margin: 0; padding: .6rem 1.25rem 0; font: 600 .85rem/1.4 system-ui, sans-serif; }
nav.languages ul { display: flex; flex-wrap: wrap; gap: .25rem .9rem; list-style: none; margin: 0; padding: .6rem 1.25rem; font: .85rem/1.4 system-ui, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Devanagari", sans-serif; }
nav.languages a { color: var(--muted); text-decoration: none; }
nav.languages a:hover, nav.languages a:focus { color: var(--accent); text-decoration: underline; }
nav.languages [aria-current="page"] { color: var(--ink); font-weight: 700; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.kicker { margin: 0 0 .5rem; color: var(--accent); font: 700 .8rem/1.4 system-ui, sans-serif; letter-spacing: .06em; text-transform: uppercase; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0 0 1.5rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.2rem 0 .8rem; }
p { margin: 0 0 1.1rem; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid var(--accent); color: #333; }
a { color: var(--accent); }
article > footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font: .85rem/1.5 system-ui, sans-serif; }
article > footer p { margin: 0 0 .35rem; }
ul.articles { padding-left: 1.1rem; }
ul.articles li { margin-bottom: .5rem; }
ul.articles .kicker, ul.articles time { color: var(--muted); font: .8rem system-ui, sans-serif; text-transform: none; letter-spacing: 0; }
`.trim();
