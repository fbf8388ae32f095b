#!/usr/bin/env python3
"""Writes assessment events in the CSV shape `onestop events import` reads.

Usage: bench/gen/events.py OUT_PREFIX --rows N --windows W [--per-file 100000]

Events are spread over January to November 2026 and windows 1..W, with the deduction and review
items of rules/assessment/wulong-monthly.yaml (not quality.overdue, which the ledger counts). `events import` takes at most 100,000 rows and
32 MB per file, so the rows are written as OUT_PREFIX-000.csv, -001.csv, ... of --per-file
rows each, and all of them once more as OUT_PREFIX-all.csv (the file the floors read).
"""
import argparse
import random

ITEMS = [
    "discipline.late_or_early", "discipline.absent", "discipline.unstaffed", "discipline.off_task",
    "conduct.violation", "attitude.complaint", "attitude.quarrel", "quality.not_accepted",
    "quality.no_coordination", "quality.wrong_reply", "review.good",
]
NOTES = ["迟到10分钟", "工作时间玩手机", "未佩戴工作牌", "午间空岗", "早退", "答复有误", ""]
HEADER = "date,window,staff,item,count,serious,note,recorded_by\n"
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("prefix")
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--windows", type=int, required=True)
    parser.add_argument("--per-file", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(15)
    whole = open(f"{args.prefix}-all.csv", "w", encoding="utf-8")
    whole.write(HEADER)
    part = None
    for i in range(args.rows):
        if i % args.per_file == 0:
            if part:
                part.close()
            part = open(f"{args.prefix}-{i // args.per_file:03d}.csv", "w", encoding="utf-8")
            part.write(HEADER)
        month = 1 + i % 11
        day = 1 + rng.randrange(DAYS[month - 1])
        window = 1 + rng.randrange(args.windows)
        line = (f"2026-{month:02d}-{day:02d},{window},学生助理{i % 7},{rng.choice(ITEMS)},{1 + rng.randrange(3)},"
                f"false,{rng.choice(NOTES)},巡查组\n")
        whole.write(line)
        part.write(line)
    part.close()
    whole.close()


if __name__ == "__main__":
    main()
