#!/usr/bin/env python3
"""Writes a case ledger in the CSV shape `onestop cases import` reads.

Usage: bench/gen/cases.py OUT.csv --rows N

Rows cycle through services of the shipped catalog at their windows, on the days of January to November 2026, each
with its own student number (so no row repeats another), submitted in the morning and
completed the same afternoon, by the B post on site.
"""
import argparse

SERVICES = [
    ("student-id-replacement", 1), ("dorm-repair", 11), ("transcript-stamp", 5),
    ("enrolment-certificate-stamp", 6), ("campus-card-replacement", 10), ("student-id-issue", 1),
]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, required=True)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("service,window,student,submitted,completed,name,post,channel\n")
        for i in range(args.rows):
            service, window = SERVICES[i % len(SERVICES)]
            month = 1 + (i // 7) % 11
            day = 1 + (i // 3) % DAYS[month - 1]
            minute = i % 60
            out.write(f"{service},{window},20{i:08d},2026-{month:02d}-{day:02d}T09:{minute:02d},"
                      f"2026-{month:02d}-{day:02d}T16:{minute:02d},,B,on_site\n")


if __name__ == "__main__":
    main()
