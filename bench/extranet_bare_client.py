#!/usr/bin/env python3
"""Bare HTTP client for the extranet benchmark: POSTs every record of the batch files, one by one,
to the sink, and prints records per second."""
import glob
import http.client
import json
import sys
import time

port, records_dir = int(sys.argv[1]), sys.argv[2]
bodies = [json.dumps(r, ensure_ascii=False).encode("utf-8")
          for f in sorted(glob.glob(records_dir + "/batch-*.json")) for r in json.load(open(f, encoding="utf-8"))]
start = time.monotonic()
for body in bodies:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("POST", "/bare", body, {"Content-Type": "application/json; charset=UTF-8", "Idempotency-Key": "bare"})
    connection.getresponse().read()
    connection.close()
print("%.0f" % (len(bodies) / (time.monotonic() - start)))
