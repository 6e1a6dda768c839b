#!/usr/bin/env python3
"""Generates assignment-vectors.json with Python's hashlib, independently of the Java and TypeScript code.

bucket  = uint64(first 8 bytes, big-endian, of SHA-256(UTF-8(experimentId + ":" + userId))) mod 10000
variant = "control" if bucket < trafficSplit * 100 else "variant"

Strings are hashed as given (no Unicode normalisation); a lone UTF-16 surrogate is encoded as U+FFFD, as
JavaScript's TextEncoder and Node's Buffer do. Run: python3 generate_assignment_vectors.py > assignment-vectors.json
"""
import hashlib
import json
import re


def utf8(text):
    # Replace lone surrogates (which json can carry as \\udXXX escapes) by U+FFFD before encoding.
    fixed = re.sub("[\ud800-\udfff]", "\ufffd", text)
    return fixed.encode("utf-8")


def bucket(experiment_id, user_id):
    digest = hashlib.sha256(utf8(experiment_id + ":" + user_id)).digest()
    return int.from_bytes(digest[:8], "big", signed=False) % 10000


def row(experiment_id, user_id, split):
    b = bucket(experiment_id, user_id)
    return {"experimentId": experiment_id, "userId": user_id, "trafficSplit": split, "bucket": b,
            "variant": "control" if b < split * 100 else "variant"}


def first_user_with_bucket(experiment_id, wanted, prefix):
    n = 0
    while True:
        user = f"{prefix}-{n}"
        if bucket(experiment_id, user) == wanted:
            return user
        n += 1


EXPERIMENTS = ["4f1c2a6e-8b3d-4c57-9a0e-2d7b6f1e9c30", "00000000-0000-0000-0000-000000000000",
               "ffffffff-ffff-ffff-ffff-ffffffffffff", "b7e23ec2-9a41-4a8e-8f0e-6c1d2e3f4a5b"]
rows = []
for i, experiment in enumerate(EXPERIMENTS):
    for n in range(8):
        rows.append(row(experiment, f"user-{n + 8 * i}", [50, 10, 90, 33][(n + i) % 4]))

unicode_users = ["josé", "Jos\u00e9", "Jose\u0301", "用户42", "пользователь-7", "مستخدم", "🙂-emoji-user",
                 "tab\tand space", "quote\"back\\slash", "a" * 256, "anon-5f3e9c1b-0d2a-4c6e-9b8f-1a2b3c4d5e6f",
                 "lone-surrogate-\ud800", "12345", "USER-1", "user-1 "]
for n, user in enumerate(unicode_users):
    rows.append(row(EXPERIMENTS[n % 2], user, [50, 1, 99][n % 3]))

# Split edges: control is bucket < split * 100, so bucket 99 is control and 100 is not at split 1, and so on.
for experiment, split, wanted in ((EXPERIMENTS[0], 1, 99), (EXPERIMENTS[0], 1, 100), (EXPERIMENTS[0], 1, 0),
                                  (EXPERIMENTS[3], 99, 9899), (EXPERIMENTS[3], 99, 9900), (EXPERIMENTS[3], 99, 9999),
                                  (EXPERIMENTS[1], 50, 4999), (EXPERIMENTS[1], 50, 5000)):
    rows.append(row(experiment, first_user_with_bucket(experiment, wanted, f"edge{split}"), split))

for user in ("user-0", "user-1", "user-2", "user-3"):
    for split in (1, 99):
        rows.append(row(EXPERIMENTS[2], user, split))

print(json.dumps(rows, indent=1, ensure_ascii=True))
