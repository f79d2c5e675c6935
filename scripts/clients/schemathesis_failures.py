"""Summarises the failures in a schemathesis NDJSON report: one line per (operation, check, status), with a count
and one example request and response, so a run's mismatches can be read at a glance.

    python schemathesis_failures.py REPORT.ndjson
"""

import base64
import collections
import json
import sys


def text(body):
    if isinstance(body, dict) and "$base64" in body:
        return base64.b64decode(body["$base64"]).decode("utf-8", "replace")
    return "" if body is None else str(body)


failures = collections.OrderedDict()
for line in open(sys.argv[1]):
    try:
        event = json.loads(line)
    except ValueError:
        continue  # the line being written when the run was cut short
    finished = event.get("ScenarioFinished")
    if not finished:
        continue
    recorder = finished["recorder"]
    interactions = recorder.get("interactions") or {}
    for case_id, checks in (recorder.get("checks") or {}).items():
        for check in checks:
            if check.get("status") == "success":
                continue
            case = (recorder.get("cases") or {}).get(case_id, {}).get("value", {})
            exchange = interactions.get(case_id) or {}
            request, response = exchange.get("request") or {}, exchange.get("response") or {}
            label = f"{case.get('method', '?')} {case.get('path', recorder['label'])}"
            key = (label, check["name"], response.get("status_code"))
            if key in failures:
                failures[key][0] += 1
                continue
            failures[key] = [1, {
                "phase": finished.get("phase"),
                "uri": request.get("uri"),
                "headers": {k: v for k, v in (request.get("headers") or {}).items()
                            if k in ("If-Match", "Idempotency-Key", "Content-Type")},
                "body": text(request.get("body"))[:300],
                "response": text(response.get("content"))[:300],
            }]

for (label, check, status), (count, detail) in failures.items():
    print(f"{count:4} × {label} — {check} — {status}")
    print(f"       {json.dumps(detail, ensure_ascii=True)[:1000]}")
print(f"{sum(c for c, _ in failures.values())} failing checks, {len(failures)} distinct")
