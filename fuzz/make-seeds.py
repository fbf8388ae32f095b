#!/usr/bin/env python3
"""Writes the seed corpus (fuzz/corpus/<target>/) and dictionaries (fuzz/dict/) from the shipped
hall, with structure-aware seeds that random mutation rarely reaches: a 10,000-term condition,
deep nesting, long lists, circular thesaurus words, CSVs with quotes, BOMs and CRLFs.
Usage: python3 fuzz/make-seeds.py   (rewrites the seeds; inputs the fuzzers added are kept)"""
import glob, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'fuzz', 'corpus')
# The order of CatalogFuzzing.paths: an input's first byte chooses the file it replaces.
PATHS = ['services/01-daily-affairs.yaml', 'departments.yaml', 'windows/01.yaml', 'hall.yaml',
         'facts.yaml', 'materials.yaml', 'thesaurus.yaml', 'calendars/cn-national.yaml']


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(folder, 'seed-' + name), 'wb') as f:
        f.write(data)


def read(path):
    with open(os.path.join(ROOT, 'catalog', path), 'rb') as f:
        return f.read()


def catalog_seeds():
    for i, path in enumerate(PATHS):
        text = read(path)
        write('catalog', f'{i}-shipped', bytes([i]) + text)
        write('catalog', f'{i}-truncated', bytes([i]) + text[:len(text) // 3])
        write('catalog', f'{i}-tab-indent', bytes([i]) + text.replace(b'\n  ', b'\n\t', 3))
    service = bytes([0])
    write('catalog', 'alias-bomb', service + b'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n')
    write('catalog', 'deep-nesting', service + b'version: 1\nservices: ' + b'[' * 200 + b']' * 200 + b'\n')
    write('catalog', 'duplicate-keys', service + b'version: 1\nversion: 2\nservices: []\n')
    write('catalog', 'not-utf8', service + b'version: 1\nservices:\n  - id: \xff\xfe\n')
    write('catalog', 'nul', service + b'version: 1\x00\n')
    write('catalog', 'crlf', service + read(PATHS[0]).replace(b'\n', b'\r\n'))
    write('catalog', 'line-separator', service + 'version: 1\u2028services: []\n'.encode())
    long_when = ' || '.join(f'applicant.level == "v{i}"' for i in range(10000))
    write('catalog', 'long-condition', service + read(PATHS[0]).replace(
        b'when: ', ('when: ' + long_when + ' || ').encode(), 1))
    write('catalog', 'empty', service)


def condition_seeds():
    texts = set()
    for path in glob.glob(os.path.join(ROOT, 'catalog', 'services', '*.yaml')):
        for line in open(path, encoding='utf-8'):
            m = re.match(r'\s*-?\s*when:\s*(.+)$', line)
            if m:
                texts.add(m.group(1).strip().strip("'"))
    for i, text in enumerate(sorted(texts)):
        write('condition', f'shipped-{i:02d}', text)
    write('condition', 'ten-thousand-terms', ' || '.join(f'a.b == "v{i}"' for i in range(10000)))
    write('condition', 'long-list', 'a.b in [' + ', '.join(f'"v{i}"' for i in range(5000)) + ']')
    write('condition', 'deep-parens', '(' * 5000 + 'a.b == "x"' + ')' * 5000)
    write('condition', 'many-nots', '!' * 10000 + 'a.b')
    write('condition', 'unterminated', 'a.b == "x')
    write('condition', 'escapes', 'a.b == "\\"\\\\\\u4e2d" && !(c.d in ["甲", "乙"])')
    write('condition', 'empty', '')


def thesaurus_seeds():
    text = read('thesaurus.yaml')
    write('thesaurus', 'shipped', text)
    write('thesaurus', 'circular', 'version: 1\nthesaurus:\n  synonyms:\n    - {means: 一卡通, words: [饭卡]}\n'
          '    - {means: 饭卡, words: [一卡通]}\n')
    write('thesaurus', 'duplicate', 'version: 1\nthesaurus:\n  synonyms:\n    - {means: 宿舍, words: [寝室]}\n'
          '    - {means: 学生证, words: [寝室]}\n')
    many = ', '.join(f'词{i}' for i in range(3000))
    write('thesaurus', 'many-words', f'version: 1\nthesaurus:\n  synonyms:\n    - {{means: 宿舍, words: [{many}]}}\n')
    write('thesaurus', 'empty-words', 'version: 1\nthesaurus:\n  synonyms:\n    - {means: "", words: ["", " "]}\n'
          '  ignore: [""]\n  places: [" "]\n  asking: []\n')
    write('thesaurus', 'english', 'version: 1\nthesaurus:\n  english:\n    - {means: 一卡通, words: [card, "a", "  "]}\n')
    write('thesaurus', 'self-rewrite', 'version: 1\nthesaurus:\n  typos:\n    - {means: 卡卡, words: [卡]}\n')
    write('thesaurus', 'truncated', text[:len(text) // 2])


EVENTS_HEADER = 'date,window,staff,post,item,count\n'
CASES_HEADER = 'service,window,student,submitted,completed,name\n'


def csv_seeds():
    write('events-csv', 'valid', EVENTS_HEADER + '2026-10-09,1,小王,B,discipline.late_or_early,1\n')
    write('events-csv', 'many', EVENTS_HEADER + ''.join(
        f'2026-10-{1 + i % 28:02d},{1 + i % 13},小王,B,discipline.late_or_early,1\n' for i in range(300)))
    write('events-csv', 'bom-crlf', '\ufeff' + (EVENTS_HEADER + '2026-10-09,1,小王,B,discipline.late_or_early,1\n')
          .replace('\n', '\r\n'))
    write('events-csv', 'quoted', EVENTS_HEADER + '"2026-10-09","1","小""王",B,"discipline.late_or_early",1\n')
    write('events-csv', 'bad-values', EVENTS_HEADER + '2026-13-40,99,,Z,nothing,-1\n2026-10-09,1,小王,B,x,999999999999\n')
    write('events-csv', 'unterminated-quote', EVENTS_HEADER + '2026-10-09,"1,小王,B,x,1\n')
    write('events-csv', 'header-only', EVENTS_HEADER)
    write('events-csv', 'empty', '')
    valid = ('学生证补办,1,2021040123,2026-09-28T09:30,2026-10-20T16:00,张三\n'
             'dorm-repair,11,2022010001,2026-10-01T22:15,,\n'
             '奖学金申请受理与审核,2,2023020002,2026-10-12,,李四\n')
    write('cases-csv', 'valid', CASES_HEADER + valid)
    write('cases-csv', 'repeated', CASES_HEADER + valid + valid)
    write('cases-csv', 'bom-crlf', '\ufeff' + (CASES_HEADER + valid).replace('\n', '\r\n'))
    write('cases-csv', 'bad-values', CASES_HEADER + '没有这个事项,0,abc,2026-02-30T25:61,2025-01-01,\n')
    write('cases-csv', 'completed-before-submitted', CASES_HEADER + '学生证补办,1,2021040123,2026-09-28T09:30,2026-09-01T16:00,\n')
    write('cases-csv', 'wide-row', CASES_HEADER + ','.join(['x'] * 5000) + '\n')
    write('cases-csv', 'empty', '')


def dictionaries():
    folder = os.path.join(ROOT, 'fuzz', 'dict')
    os.makedirs(folder, exist_ok=True)
    yaml_tokens = ['version: 1', 'services:', '- id: ', 'name: ', 'when: ', 'materials:', 'keywords: [',
                   '&a ', '*a', '!!str', '? ', ': ', '- ', '{', '}', '[', ']', '"', "'", '|', '>', '#',
                   '---', '...', '\n  ', 'assumed: true', 'working_days: ', 'thesaurus:', 'synonyms:']
    condition_tokens = ['==', '!=', '&&', '||', '!', '(', ')', ' in [', ']', '"', ',', 'applicant.level',
                        'card.reason', '"postgraduate"', '"lost"', '\\', '\"', '\\u4e2d']
    csv_tokens = [',', '"', '""', '\r\n', '\n', '\ufeff', '2026-10-09', 'T09:30', '学生证补办',
                  'discipline.late_or_early', 'dorm-repair']
    for name, tokens in [('yaml', yaml_tokens), ('condition', condition_tokens), ('csv', csv_tokens)]:
        with open(os.path.join(folder, name + '.dict'), 'w', encoding='utf-8') as f:
            for token in tokens:
                f.write('"' + ''.join(escape(b) for b in token.encode('utf-8')) + '"\n')


def escape(byte):
    # libFuzzer's dictionary syntax: printable ASCII as is, quotes and backslashes escaped, the rest \xNN.
    if byte in (0x22, 0x5C):
        return '\\' + chr(byte)
    return chr(byte) if 0x20 <= byte < 0x7F else f'\\x{byte:02X}'


catalog_seeds()
condition_seeds()
thesaurus_seeds()
csv_seeds()
dictionaries()
print({t: len(os.listdir(os.path.join(CORPUS, t))) for t in sorted(os.listdir(CORPUS))})
