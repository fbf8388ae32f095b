#!/usr/bin/env python3
"""The peer for `onestop score`: one pass over the events CSV with a dict, summing `count` per
(window, item) for the events of one month, and printing the sums.

Usage: peer_score.py EVENTS.csv YYYY-MM
"""
import csv
import sys


def main():
    path, month = sys.argv[1], sys.argv[2]
    sums = {}
    with open(path, newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            if row["date"].startswith(month):
                key = (int(row["window"]), row["item"])
                sums[key] = sums.get(key, 0) + int(row["count"] or 1)
    for (window, item), total in sorted(sums.items()):
        print(f"{window}\t{item}\t{total}")


if __name__ == "__main__":
    main()
