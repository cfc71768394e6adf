#!/usr/bin/env python3
# cut.py ID LANG 'TITLE' DATE|null 'RANGES' : writes pages/ID/clean.txt with the blocks of
# page.txt chosen by hand (TITLE '#9' is block 9 as it stands) (ranges like "12-30,33,35-40", block numbers as add.sh printed them;
# "-17" inside a list removes block 17) and pages/ID/meta.json. Edits inside a block are made by
# hand afterwards in clean.txt.
import json, sys, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pid, lang, title, date, ranges = sys.argv[1:6]
blocks = [b for b in open(os.path.join(here, 'pages', pid, 'page.txt'), encoding='utf8').read().split('\n') if b.strip()]
keep, drop = [], set()
for part in ranges.split(','):
    part = part.strip()
    if part.startswith('-'):
        drop.add(int(part[1:])); continue
    a, _, b = part.partition('-')
    keep.extend(range(int(a), int(b or a) + 1))
if title.startswith('#'): title = blocks[int(title[1:]) - 1]
chosen = [blocks[i - 1] for i in keep if i not in drop]
open(os.path.join(here, 'pages', pid, 'clean.txt'), 'w', encoding='utf8').write('\n\n'.join(chosen) + '\n')
meta = {'lang': lang, 'title': title, 'date': None if date == 'null' else date}
open(os.path.join(here, 'pages', pid, 'meta.json'), 'w', encoding='utf8').write(json.dumps(meta, ensure_ascii=False, indent=2) + '\n')
print(f'{pid}: {len(chosen)} blocks kept')
