#!/usr/bin/env python3
"""Writes N valid civil-affairs person records as JSON arrays of BATCH records, one file per batch,
and the list of their citizen ID numbers, for the extranet crash test and benchmark.
Usage: extranet_records.py N BATCH DIR [FIRST]; FIRST (default 0) numbers the records, so that
sets written with different FIRST values hold different people."""
import json
import os
import sys

n, batch, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
first = int(sys.argv[4]) if len(sys.argv) > 4 else 0
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ids = []
for i in range(first, first + n):
    first17 = "430406%04d%02d%02d%03d" % (1950 + i // 10000 % 50, 1 + i // 1000 % 12, 1 + i // 100 % 10 * 2, i % 1000)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]
    ids.append(first17 + check)
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "ids.txt"), "w") as f:
    f.write("\n".join(ids) + "\n")
for b in range(0, n, batch):
    records = [{"姓名": "压测", "公民身份号码": i, "业务类型": "结婚登记", "办理日期": "2026-11-02",
                "办理机构": "雁峰区民政局"} for i in ids[b:b + batch]]
    with open(os.path.join(out, "batch-%05d.json" % (b // batch)), "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False)
