#!/usr/bin/env python3
"""Writes a CycloneDX 1.6 JSON SBOM of about SIZE megabytes (default 50) for the evidence benchmark.

Deterministic (no clock, fixed seed): the same size gives the same bytes. Components look like a large
container image's: libraries with purls, licences, hashes and properties, a few nested, and a
vulnerabilities section at the end, so a reader has to walk the whole file.

Usage: bench/gen-sbom.py OUT [--mb SIZE]
"""
import argparse
import hashlib
import json
import random

LICENCES = ["MIT", "Apache-2.0", "BSD-3-Clause", "BSD-2-Clause", "ISC", "MPL-2.0", "LGPL-2.1-only", "GPL-2.0-only"]
TYPES = ["library"] * 12 + ["framework", "application", "file"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    target = int(args.mb * 1024 * 1024)
    rng = random.Random(50)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        head = {"bomFormat": "CycloneDX", "specVersion": "1.6", "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
                "version": 1, "metadata": {"timestamp": "2025-11-21T05:22:31Z",
                                           "tools": {"components": [{"type": "application", "name": "syft", "version": "1.16.0"}]},
                                           "component": {"type": "container", "name": "ghcr.io/hotpass-org/hotpass", "version": "0.9.1"}}}
        text = json.dumps(head, indent=2)
        f.write(text[:-2] + ',\n  "components": [\n')
        written = len(text)
        i = 0
        while written < target:
            name = f"pkg-{i:07d}"
            version = f"{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 99)}"
            purl = f"pkg:pypi/{name}@{version}"
            comp = {"type": rng.choice(TYPES), "bom-ref": purl, "name": name, "version": version, "purl": purl,
                    "description": "Generated component for the evidence reader benchmark " + "x" * rng.randint(20, 200),
                    "licenses": [{"license": {"id": rng.choice(LICENCES)}}],
                    "hashes": [{"alg": "SHA-256", "content": hashlib.sha256(purl.encode()).hexdigest()}],
                    "properties": [{"name": "syft:location:0:path", "value": f"/usr/lib/python3/site-packages/{name}"}]}
            if i % 50 == 0:
                comp["components"] = [{"type": "file", "name": f"{name}/data-{k}.bin", "version": version} for k in range(3)]
            chunk = ("" if i == 0 else ",\n") + "    " + json.dumps(comp)
            f.write(chunk)
            written += len(chunk)
            i += 1
        vulns = [{"id": f"CVE-2025-{10000 + k}", "ratings": [{"severity": ["critical", "high", "medium", "low"][k % 4]}],
                  "affects": [{"ref": f"pkg:pypi/pkg-{k * 7:07d}"}]} for k in range(40)]
        f.write('\n  ],\n  "vulnerabilities": ' + json.dumps(vulns) + "\n}\n")
    print(i)


if __name__ == "__main__":
    main()
