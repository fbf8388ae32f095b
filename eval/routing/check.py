#!/usr/bin/env python3
"""Validate tune.yaml / fresh.yaml against hall-services.md and print counts."""
import re, sys, collections, os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = {'plain', 'colloquial', 'typo', 'short', 'long', 'pinyin', 'english',
          'outside', 'fact', 'distractor'}
ids = re.findall(r'^- `([a-z0-9-]+)`', open(os.path.join(HERE, 'hall-services.md'), encoding='utf-8').read(), re.M)
IDS = set(ids)
assert len(IDS) == 56, len(IDS)

errors = []
seen = {}
data = {}
for name in ('tune.yaml', 'fresh.yaml'):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        errors.append(f'{name}: missing'); continue
    items = yaml.safe_load(open(path, encoding='utf-8'))
    if not isinstance(items, list):
        errors.append(f'{name}: not a list'); continue
    data[name] = items
    for i, e in enumerate(items):
        where = f'{name}[{i}]'
        if not isinstance(e, dict):
            errors.append(f'{where}: not a mapping'); continue
        extra = set(e) - {'text', 'expect', 'also', 'office', 'style'}
        if extra: errors.append(f'{where}: unknown keys {extra}')
        t = e.get('text')
        if not isinstance(t, str) or not t.strip():
            errors.append(f'{where}: bad text'); continue
        key = t.strip()
        if key in seen: errors.append(f'{where}: duplicate text {t!r} (also {seen[key]})')
        seen[key] = where
        x = e.get('expect')
        if x != 'outside' and x not in IDS: errors.append(f'{where}: bad expect {x!r}')
        for a in e.get('also', []) or []:
            if a not in IDS: errors.append(f'{where}: bad also id {a!r}')
            if a == x: errors.append(f'{where}: also repeats expect')
        if x == 'outside':
            if not e.get('office'): errors.append(f'{where}: outside without office')
            if e.get('also'): errors.append(f'{where}: outside with also')
        elif 'office' in e:
            errors.append(f'{where}: office on a hall service')
        if e.get('style') not in STYLES: errors.append(f'{where}: bad style {e.get("style")!r}')

for name, items in data.items():
    print(f'== {name}: {len(items)} questions')
    st = collections.Counter(e['style'] for e in items)
    print('  per style:', ', '.join(f'{k}={st[k]}' for k in sorted(STYLES)))
    ex = collections.Counter(e['expect'] for e in items)
    offices = collections.Counter(e['office'] for e in items if e['expect'] == 'outside')
    print(f'  outside: {ex["outside"]} ({100*ex["outside"]/len(items):.0f}%), offices: {len(offices)}')
    print('  per expect:')
    for i in ids:
        print(f'    {i:40s} {ex[i]}')
    missing = [i for i in ids if ex[i] == 0]
    print('  services never expected:', missing or 'none')
    print('  offices:', dict(offices))

if 'tune.yaml' in data:
    t = data['tune.yaml']
    ex = collections.Counter(e['expect'] for e in t)
    st = collections.Counter(e['style'] for e in t)
    offices = {e['office'] for e in t if e['expect'] == 'outside'}
    req = [(len(t) >= 330, 'tune >= 330'), (ex['outside'] >= 65, 'outside >= 65'),
           (len(offices) >= 15, 'offices >= 15'), (st['pinyin'] >= 25, 'pinyin >= 25'),
           (st['english'] >= 25, 'english >= 25'), (st['fact'] >= 25, 'fact >= 25'),
           (st['distractor'] >= 20, 'distractor >= 20'), (st['typo'] >= 20, 'typo >= 20'),
           (all(ex[i] >= 3 for i in ids), 'every service >= 3')]
    for ok, what in req:
        if not ok: errors.append(f'tune.yaml requirement failed: {what}')
if 'fresh.yaml' in data and len(data['fresh.yaml']) < 130:
    errors.append('fresh.yaml: fewer than 130 questions')

if errors:
    print('\nERRORS:'); [print(' ', e) for e in errors]; sys.exit(1)
print('\nOK')
