#!/usr/bin/env python3
"""Writes the shipped Hotpass evidence set into evidence/.

Deterministic: no clock, no network, a fixed random seed, so running it again gives the same bytes.
The files are committed; this script is how they were made and how to remake them after a change.
The dates sit around the shipped as_of (2025-11-23T00:00:00Z in hotpass-docs.yml) so that most
controls are fresh and the monthly secrets scan (last run 2025-10-27) is in the last fifth of its
cadence, i.e. due.

Usage: python3 tools/generate-evidence.py [--out evidence]
"""

import argparse
import base64
import csv
import hashlib
import io
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = "hotpass-org/hotpass"
RNG = random.Random(20251123)
UTC = timezone.utc


def at(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(moment, micro=False):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S" + (".%f" if micro else "") + "Z")


def sha(seed, length=40):
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def write(out, path, text):
    target = out / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")


# --- SBOMs -----------------------------------------------------------------------------------

PIPELINE_DEPS = [
    ("prefect", "3.1.4", "Apache-2.0"), ("pydantic", "2.9.2", "MIT"), ("pydantic-core", "2.23.4", "MIT"),
    ("pandas", "2.2.3", "BSD-3-Clause"), ("numpy", "2.1.3", "BSD-3-Clause"), ("pyarrow", "18.0.0", "Apache-2.0"),
    ("duckdb", "1.1.3", "MIT"), ("httpx", "0.27.2", "BSD-3-Clause"), ("httpcore", "1.0.7", "BSD-3-Clause"),
    ("h11", "0.14.0", "MIT"), ("anyio", "4.6.2.post1", "MIT"), ("sniffio", "1.3.1", "MIT"),
    ("sqlalchemy", "2.0.36", "MIT"), ("structlog", "24.4.0", "MIT"), ("opentelemetry-api", "1.28.2", "Apache-2.0"),
    ("opentelemetry-sdk", "1.28.2", "Apache-2.0"), ("opentelemetry-exporter-otlp-proto-http", "1.28.2", "Apache-2.0"),
    ("hvac", "2.3.0", "Apache-2.0"), ("typer", "0.13.0", "MIT"), ("rich", "13.9.4", "MIT"), ("click", "8.1.7", "BSD-3-Clause"),
    ("jinja2", None, "BSD-3-Clause"), ("markupsafe", "3.0.2", "BSD-3-Clause"), ("pyyaml", "6.0.2", "MIT"),
    ("python-dateutil", "2.9.0.post0", "Apache-2.0"), ("pytz", "2024.2", "MIT"), ("tzdata", "2024.2", "Apache-2.0"),
    ("six", "1.16.0", "MIT"), ("certifi", "2024.8.30", "MPL-2.0"), ("idna", "3.10", "BSD-3-Clause"),
    ("cryptography", "43.0.3", "Apache-2.0 OR BSD-3-Clause"), ("cffi", "1.17.1", "MIT"), ("pycparser", "2.22", "BSD-3-Clause"),
    ("rapidfuzz", "3.10.1", "MIT"), ("orjson", "3.10.11", "Apache-2.0 OR MIT"), ("cloudpickle", "3.1.0", "BSD-3-Clause"),
    ("fsspec", "2024.10.0", "BSD-3-Clause"), ("packaging", "24.2", "Apache-2.0 OR BSD-2-Clause"),
    ("typing-extensions", "4.12.2", "PSF-2.0"), ("annotated-types", "0.7.0", "MIT"), ("jsonschema", "4.23.0", "MIT"),
    ("referencing", "0.35.1", "MIT"), ("rpds-py", "0.21.0", "MIT"), ("attrs", "24.2.0", "MIT"),
]

DASHBOARD_DEPS = [
    ("streamlit", "1.40.1", "Apache-2.0"), ("altair", "5.4.1", "BSD-3-Clause"), ("narwhals", "1.14.1", "MIT"),
    ("pandas", "2.2.3", "BSD-3-Clause"), ("numpy", "2.1.3", "BSD-3-Clause"), ("pyarrow", "18.0.0", "Apache-2.0"),
    ("protobuf", "5.28.3", "BSD-3-Clause"), ("tornado", "6.4.2", "Apache-2.0"), ("pillow", "11.0.0", "MIT-CMU"),
    ("requests", "2.32.3", "Apache-2.0"), ("urllib3", "2.2.3", "MIT"), ("charset-normalizer", "3.4.0", "MIT"),
    ("certifi", "2024.8.30", "MPL-2.0"), ("idna", "3.10", "BSD-3-Clause"), ("blinker", "1.9.0", "MIT"),
    ("cachetools", "5.5.0", "MIT"), ("click", "8.1.7", "BSD-3-Clause"), ("rich", "13.9.4", "MIT"),
    ("tenacity", "9.0.0", "Apache-2.0"), ("toml", "0.10.2", "MIT"), ("typing-extensions", "4.12.2", "PSF-2.0"),
    ("pydeck", "0.9.1", "Apache-2.0"), ("gitpython", "3.1.43", "BSD-3-Clause"), ("gitdb", "4.0.11", "BSD-3-Clause"),
    ("smmap", "5.0.1", "BSD-3-Clause"), ("jinja2", None, "BSD-3-Clause"), ("markupsafe", "3.0.2", "BSD-3-Clause"),
    ("jsonschema", "4.23.0", "MIT"), ("packaging", "24.2", "Apache-2.0 OR BSD-2-Clause"), ("hvac", "2.3.0", "Apache-2.0"),
    ("python-dateutil", "2.9.0.post0", "Apache-2.0"), ("pytz", "2024.2", "MIT"), ("tzdata", "2024.2", "Apache-2.0"),
    ("six", "1.16.0", "MIT"),
]

JINJA_ADVISORIES = [
    ("CVE-2024-56201", "GHSA-gmj6-6f8f-6699", "medium", 5.4, "Jinja has a sandbox breakout through malicious filenames", "3.1.5"),
    ("CVE-2024-56326", "GHSA-q2x7-8rv6-6q7h", "medium", 5.4, "Jinja has a sandbox breakout through indirect reference to format method", "3.1.5"),
    ("CVE-2025-27516", "GHSA-cpwx-vrp4-4pq7", "medium", 5.4, "Jinja sandbox breakout through attr filter selecting format method", "3.1.6"),
]


def component(name, version, licence):
    purl = f"pkg:pypi/{name}@{version}"
    entry = {"type": "library", "bom-ref": purl, "name": name, "version": version, "purl": purl}
    entry["licenses"] = [{"expression": licence}] if " OR " in licence else [{"license": {"id": licence}}]
    entry["hashes"] = [{"alg": "SHA-256", "content": sha(purl, 64)}]
    return entry


def sbom(subject, version, deps, jinja, timestamp, serial_seed):
    components = [component(n, v or jinja, lic) for n, v, lic in deps]
    doc = {
        "$schema": "http://cyclonedx.org/schema/bom-1.5.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": "urn:uuid:" + "-".join([sha(serial_seed, 8), sha(serial_seed + "a", 4), sha(serial_seed + "b", 4),
                                                  sha(serial_seed + "c", 4), sha(serial_seed + "d", 12)]),
        "version": 1,
        "metadata": {
            "timestamp": iso(timestamp),
            "tools": {"components": [{"type": "application", "author": "CycloneDX", "name": "cyclonedx-py", "version": "5.1.1"}]},
            "component": {"type": "application", "bom-ref": f"pkg:pypi/{subject}@{version}", "name": subject, "version": version,
                          "purl": f"pkg:pypi/{subject}@{version}", "licenses": [{"license": {"id": "MIT"}}]},
        },
        "components": components,
        "dependencies": [{"ref": f"pkg:pypi/{subject}@{version}", "dependsOn": [c["bom-ref"] for c in components]}],
    }
    advisories = [a for a in JINJA_ADVISORIES if jinja < a[5]]
    if advisories:
        doc["vulnerabilities"] = [{
            "bom-ref": ghsa, "id": cve,
            "source": {"name": "GitHub Advisory Database", "url": f"https://github.com/advisories/{ghsa}"},
            "ratings": [{"source": {"name": "GitHub Advisory Database"}, "score": score, "severity": severity, "method": "CVSSv3"}],
            "description": text,
            "recommendation": f"Upgrade jinja2 to {fixed} or later",
            "affects": [{"ref": f"pkg:pypi/jinja2@{jinja}"}],
        } for cve, ghsa, severity, score, text, fixed in advisories]
    return json.dumps(doc, indent=2) + "\n"


# --- test runs and coverage ------------------------------------------------------------------

MODULES = [
    ("pipeline", "validation", 34), ("pipeline", "chunking", 22), ("pipeline", "flows", 28), ("pipeline", "sources", 19),
    ("registry", "dedup", 41), ("registry", "history", 26), ("registry", "identifiers", 17), ("registry", "timeline", 21),
    ("cli", "main", 24), ("cli", "export", 18), ("cli", "logging", 16), ("dashboard", "auth", 23), ("dashboard", "allowlist", 14),
    ("dashboard", "pages", 12), ("consent", "validator", 29), ("consent", "audit", 15), ("consent", "quarantine", 13),
    ("secrets", "vault", 20), ("telemetry", "otel", 11), ("supply_chain", "sbom", 9), ("supply_chain", "provenance", 10),
    ("fitness", "module_length", 6),
]

WEEKS = ["2025-10-03", "2025-10-10", "2025-10-17", "2025-10-24", "2025-10-31", "2025-11-07", "2025-11-14", "2025-11-21"]
COVERAGE = [0.842, 0.851, 0.856, 0.861, 0.868, 0.872, 0.877, 0.881]
FLAKY = {"2025-10-24": ["tests.registry.test_dedup::test_merge_keeps_status_timeline_order",
                        "tests.pipeline.test_flows::test_retry_resumes_failed_chunk"]}


def pytest_junit(cases, timestamp, hostname, suite_time):
    failures = sum(1 for c in cases if c[3] == "failure")
    skipped = sum(1 for c in cases if c[3] == "skipped")
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="{failures}" skipped="{skipped}" '
             f'tests="{len(cases)}" time="{suite_time:.3f}" timestamp="{timestamp.isoformat()}" hostname="{hostname}">']
    for classname, name, seconds, outcome in cases:
        head = f'<testcase classname="{classname}" name="{name}" time="{seconds:.3f}"'
        if outcome == "passed":
            lines.append(head + " />")
        elif outcome == "skipped":
            lines.append(head + f'><skipped type="pytest.skip" message="requires a live Vault dev server">'
                                f'{classname.replace(".", "/")}.py:12: requires a live Vault dev server</skipped></testcase>')
        else:
            lines.append(head + f'><failure message="AssertionError: ordering of merged timeline changed">'
                                f'AssertionError: ordering of merged timeline changed\nassert [\'active\', \'merged\'] == [\'merged\', \'active\']'
                                f'</failure></testcase>')
    lines.append("</testsuite></testsuites>")
    return "\n".join(lines) + "\n"


def weekly_cases(week_index, week):
    cases = []
    for package, module, count in MODULES:
        grown = count + week_index * (count // 8)
        for i in range(grown):
            name = f"test_{module}_{i:02d}"
            classname = f"tests.{package}.test_{module}"
            cases.append([classname, name, round(RNG.uniform(0.002, 0.9), 3), "passed"])
    for i in range(3):
        cases[5 + i * 40][3] = "skipped"
    for flaky in FLAKY.get(week, []):
        classname, name = flaky.split("::")
        cases.append([classname, name, round(RNG.uniform(0.5, 3.0), 3), "failure"])
    return cases


def cobertura(rate, timestamp):
    files = []
    total_lines = 0
    for package, module, count in MODULES:
        statements = count * 4
        files.append((package, module, statements))
        total_lines += statements
    covered_target = round(total_lines * rate)
    covered = [max(0, min(s, round(s * rate + RNG.uniform(-4, 4)))) for _, _, s in files]
    # Nudge modules until the total is the target rate exactly, so the report says what the run said.
    index = 0
    while sum(covered) != covered_target:
        step = 1 if sum(covered) < covered_target else -1
        if 0 <= covered[index] + step <= files[index][2]:
            covered[index] += step
        index = (index + 1) % len(files)
    covered_total = sum(covered)
    lines_out = []
    branch_valid = 0
    branch_covered = 0
    packages = {}
    for (package, module, statements), hit_lines in zip(files, covered):
        branches = statements // 5
        hit = round(branches * (rate - 0.05))
        branch_valid += branches * 2
        branch_covered += hit * 2
        packages.setdefault(package, []).append((module, statements, hit_lines, branches, hit))
    lines_out.append('<?xml version="1.0" ?>')
    lines_out.append(f'<coverage version="7.6.4" timestamp="{int(timestamp.timestamp() * 1000)}" lines-valid="{total_lines}" '
                     f'lines-covered="{covered_total}" line-rate="{covered_total / total_lines:.4f}" branches-covered="{branch_covered}" '
                     f'branches-valid="{branch_valid}" branch-rate="{branch_covered / branch_valid:.4f}" complexity="0">')
    lines_out.append("\t<!-- Generated by coverage.py: https://coverage.readthedocs.io/en/7.6.4 -->")
    lines_out.append("\t<!-- Based on https://raw.githubusercontent.com/cobertura/web/master/htdocs/xml/coverage-04.dtd -->")
    lines_out.append("\t<sources>\n\t\t<source>/home/runner/work/hotpass/hotpass/src</source>\n\t</sources>\n\t<packages>")
    for package, modules in packages.items():
        p_valid = sum(m[1] for m in modules)
        p_cov = sum(m[2] for m in modules)
        lines_out.append(f'\t\t<package name="hotpass.{package}" line-rate="{p_cov / p_valid:.4f}" branch-rate="{rate - 0.05:.4f}" complexity="0">')
        lines_out.append("\t\t\t<classes>")
        for module, statements, covered, branches, hit in modules:
            lines_out.append(f'\t\t\t\t<class name="{module}.py" filename="hotpass/{package}/{module}.py" complexity="0" '
                             f'line-rate="{covered / statements:.4f}" branch-rate="{(hit / branches) if branches else 1:.4f}">')
            lines_out.append("\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>")
            missed = set(RNG.sample(range(statements), statements - covered))
            for n in range(statements):
                lines_out.append(f'\t\t\t\t\t\t<line number="{n * 2 + 1}" hits="{0 if n in missed else RNG.randint(1, 40)}"/>')
            lines_out.append("\t\t\t\t\t</lines>\n\t\t\t\t</class>")
        lines_out.append("\t\t\t</classes>\n\t\t</package>")
    lines_out.append("\t</packages>\n</coverage>")
    return "\n".join(lines_out) + "\n"


# --- SARIF -----------------------------------------------------------------------------------

def sarif(tool, version, uri, rules, results, start, end, commit):
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    out = []
    for rule_id, level, message, path, line, suppressed in results:
        result = {"ruleId": rule_id, "ruleIndex": rule_index[rule_id], "message": {"text": message},
                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": path, "uriBaseId": "SRCROOT"},
                                                      "region": {"startLine": line}}}]}
        if level is not None:
            result["level"] = level
        if suppressed:
            result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": suppressed}]
        out.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": tool, "version": version, "informationUri": uri, "rules": rules}},
            "invocations": [{"executionSuccessful": True, "startTimeUtc": iso(start), "endTimeUtc": iso(end)}],
            "versionControlProvenance": [{"repositoryUri": f"https://github.com/{REPO}", "revisionId": commit, "branch": "main"}],
            "originalUriBaseIds": {"SRCROOT": {"uri": "file:///home/runner/work/hotpass/hotpass/"}},
            "results": out,
        }],
    }
    return json.dumps(doc, indent=2) + "\n"


def rule(rule_id, name, text, level, help_uri=None):
    entry = {"id": rule_id, "name": name, "shortDescription": {"text": text}, "defaultConfiguration": {"level": level}}
    if help_uri:
        entry["helpUri"] = help_uri
    return entry


SECRET_RULES = [
    rule("KeywordDetector", "KeywordDetector", "A keyword such as password or token assigned a literal value", "error"),
    rule("HexHighEntropyString", "HexHighEntropyString", "A high-entropy hexadecimal string", "error"),
    rule("Base64HighEntropyString", "Base64HighEntropyString", "A high-entropy base64 string", "error"),
    rule("PrivateKeyDetector", "PrivateKeyDetector", "A PEM private key block", "error"),
]
AUDITED = "audited as a false positive in .secrets.baseline"


def secret_scans(out):
    scans = {
        "2025-08-27": [("KeywordDetector", None, "Keyword 'vault_token' assigned a literal value", "tests/secrets/test_vault.py", 41, None),
                       ("HexHighEntropyString", None, "High-entropy hex string", "tests/fixtures/registry/history.csv", 3, AUDITED)],
        "2025-09-27": [("HexHighEntropyString", None, "High-entropy hex string", "tests/fixtures/registry/history.csv", 3, AUDITED),
                       ("Base64HighEntropyString", None, "High-entropy base64 string", "docs/examples/sbom.cdx.json", 88, AUDITED)],
        "2025-10-27": [("HexHighEntropyString", None, "High-entropy hex string", "tests/fixtures/registry/history.csv", 3, AUDITED),
                       ("Base64HighEntropyString", None, "High-entropy base64 string", "docs/examples/sbom.cdx.json", 88, AUDITED)],
    }
    for day, results in scans.items():
        start = at(day + "T03:00:11Z")
        write(out, f"security/detect-secrets-{day}.sarif",
              sarif("detect-secrets", "1.5.0", "https://github.com/Yelp/detect-secrets", SECRET_RULES, results,
                    start, start + timedelta(seconds=37), sha("secrets" + day)))


def bandit(out):
    rules = [rule("B101", "assert_used", "Use of assert detected", "note", "https://bandit.readthedocs.io/en/1.7.10/plugins/b101_assert_used.html"),
             rule("B404", "blacklist", "Consider possible security implications associated with the subprocess module", "note",
                  "https://bandit.readthedocs.io/en/1.7.10/blacklists/blacklist_imports.html#b404-import-subprocess"),
             rule("B603", "subprocess_without_shell_equals_true", "subprocess call - check for execution of untrusted input", "note",
                  "https://bandit.readthedocs.io/en/1.7.10/plugins/b603_subprocess_without_shell_equals_true.html"),
             rule("B311", "blacklist", "Standard pseudo-random generators are not suitable for security purposes", "warning",
                  "https://bandit.readthedocs.io/en/1.7.10/blacklists/blacklist_calls.html#b311-random")]
    results = [("B404", "note", "Consider possible security implications associated with the subprocess module.", "src/hotpass/supply_chain/sbom.py", 4, None),
               ("B603", "note", "subprocess call - check for execution of untrusted input.", "src/hotpass/supply_chain/sbom.py", 57, None),
               ("B603", "note", "subprocess call - check for execution of untrusted input.", "src/hotpass/supply_chain/provenance.py", 73, None),
               ("B311", "warning", "Standard pseudo-random generators are not suitable for security/cryptographic purposes.",
                "src/hotpass/pipeline/chunking.py", 112, "sampling rows for a preview, not a security use; reviewed 2025-11-03")]
    start = at("2025-11-21T05:26:40Z")
    write(out, "security/bandit-2025-11-21.sarif",
          sarif("Bandit", "1.7.10", "https://bandit.readthedocs.io/", rules, results, start, start + timedelta(seconds=12),
                sha("build-2025-11-21")))


def fitness(out):
    rules = [rule("FF001", "module-length", "A module is longer than 800 lines", "error"),
             rule("FF002", "module-length-warning", "A module is longer than 650 lines and nearing the limit", "note")]
    results = [("FF002", None, "hotpass/registry/dedup.py has 712 lines (limit 800)", "src/hotpass/registry/dedup.py", 1, None),
               ("FF002", None, "hotpass/pipeline/flows.py has 668 lines (limit 800)", "src/hotpass/pipeline/flows.py", 1, None)]
    start = at("2025-11-21T05:24:03Z")
    write(out, "ci/fitness/fitness-functions-2025-11-21.sarif",
          sarif("hotpass-fitness", "1.2.0", f"https://github.com/{REPO}/tree/main/scripts/fitness", rules, results,
                start, start + timedelta(seconds=3), sha("build-2025-11-21")))


def scorecard(out):
    rules = [rule(name, name, text, "error", f"https://github.com/ossf/scorecard/blob/main/docs/checks.md#{name.lower()}")
             for name, text in [("Branch-Protection", "Determines if the default branch is protected"),
                                ("Signed-Releases", "Determines if the project cryptographically signs release artifacts"),
                                ("Fuzzing", "Determines if the project uses fuzzing"),
                                ("CII-Best-Practices", "Determines if the project has an OpenSSF Best Practices badge")]]
    results = [("Branch-Protection", "error", "score is 5: branch protection is not maximal on development and all release branches", ".github/", 1, None),
               ("Signed-Releases", "error", "score is 0: 0 out of 4 artifacts are signed or have provenance", ".github/", 1, None),
               ("Fuzzing", "error", "score is 0: project is not fuzzed", ".github/", 1, None),
               ("CII-Best-Practices", "error", "score is 0: no effort to earn an OpenSSF best practices badge detected", ".github/", 1, None)]
    start = at("2025-11-19T02:14:09Z")
    write(out, "security/scorecard-2025-11-19.sarif",
          sarif("Scorecard", "v5.0.0", "https://github.com/ossf/scorecard", rules, results, start, start + timedelta(seconds=48),
                sha("main-2025-11-19")))


def pinning(out):
    workflows = ["ci.yml", "commitlint.yml", "mutation.yml", "pr-labeler.yml", "release-drafter.yml", "release.yml",
                 "semgrep.yml", "supply-chain.yml"]
    cases = [["tests.ci.test_pinned_actions", f"test_every_action_pinned_to_a_sha[{w}]", round(RNG.uniform(0.003, 0.02), 3), "passed"]
             for w in workflows]
    cases.append(["tests.ci.test_pinned_actions", "test_uv_lock_hashes_present", 0.211, "passed"])
    write(out, "ci/pinning/pinned-actions-2025-11-19.xml",
          pytest_junit(cases, at("2025-11-19T02:12:51.204377+00:00"), "fv-az1120-318", sum(c[2] for c in cases) + 0.4))


# --- GitHub Actions runs (gh run view --json databaseId,workflowName,conclusion,createdAt,updatedAt,headSha,url,event,status) --

RUNS = [("commitlint", 18875044612, "2025-10-28T09:14:05Z", 20, "pull_request"),
        ("pr-labeler", 18875148327, "2025-10-28T09:18:41Z", 8, "pull_request_target"),
        ("release-drafter", 18875134498, "2025-10-28T09:17:58Z", 96, "push")]


def runs(out):
    for workflow, run_id, created, seconds, event in RUNS:
        start = at(created)
        doc = {"conclusion": "success", "createdAt": iso(start), "databaseId": run_id, "event": event,
               "headSha": sha("pr-412-head"), "status": "completed", "updatedAt": iso(start + timedelta(seconds=seconds)),
               "url": f"https://github.com/{REPO}/actions/runs/{run_id}", "workflowName": workflow}
        write(out, f"ci/runs/{workflow}-{run_id}.json", json.dumps(doc, indent=2) + "\n")


# --- provenance ------------------------------------------------------------------------------

def provenance(out, subjects):
    commit = sha("build-2025-11-21")
    statement = {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [{"name": name, "digest": {"sha256": digest}} for name, digest in subjects],
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": {
            "buildDefinition": {
                "buildType": "https://github.com/hotpass-org/hotpass/supply-chain@v1",
                "externalParameters": {"workflow": {"ref": "refs/tags/v0.9.1", "repository": f"https://github.com/{REPO}",
                                                    "path": ".github/workflows/supply-chain.yml"}},
                "internalParameters": {"github": {"event_name": "push", "runner_environment": "github-hosted"}},
                "resolvedDependencies": [{"uri": f"git+https://github.com/{REPO}@refs/tags/v0.9.1", "digest": {"gitCommit": commit}},
                                         {"uri": "file:uv.lock", "digest": {"sha256": sha("uv.lock-0.9.1", 64)}}],
            },
            "runDetails": {
                "builder": {"id": "https://github.com/actions/runner/github-hosted"},
                "metadata": {"invocationId": f"https://github.com/{REPO}/actions/runs/19512740381/attempts/1",
                             "startedOn": "2025-11-21T05:20:14Z", "finishedOn": "2025-11-21T05:23:52Z"},
            },
        },
    }
    payload = base64.b64encode(json.dumps(statement, separators=(",", ":")).encode()).decode()
    envelope = {"payloadType": "application/vnd.in-toto+json", "payload": payload, "signatures": []}
    write(out, "provenance/hotpass-0.9.1.intoto.jsonl", json.dumps(envelope, separators=(",", ":")) + "\n")


# --- sidecar-described exports -------------------------------------------------------------------

def export_log(out):
    rows = []
    moment = at("2025-11-01T07:40:00Z")
    destinations = ["finance-warehouse", "regulator-sftp", "analytics-lake"]
    for i in range(24):
        moment += timedelta(hours=RNG.randint(9, 31), minutes=RNG.randint(0, 59))
        if moment > at("2025-11-20T18:00:00Z"):
            break
        dataset = RNG.choice(["refined/entities", "refined/consent-summary", "refined/registry-history"])
        rows.append([iso(moment), dataset, RNG.randint(1200, 98000), RNG.choice(destinations),
                     f"OPS-{2100 + i}", "hmac-sha256:" + sha(f"exporter-{RNG.randint(1, 6)}", 32), "ok"])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["time", "dataset", "rows", "destination", "reason", "exporter", "outcome"])
    writer.writerows(rows)
    write(out, "audit/export-access-2025-11.csv", buffer.getvalue())
    write(out, "audit/export-access-2025-11.csv.evidence.yaml",
          "id: export-access-2025-11\n"
          "title: Export access log extract, November 2025\n"
          "collected_at: 2025-11-20T23:59:00Z\n"
          "source_url: https://github.com/hotpass-org/hotpass/blob/main/docs/operations/export-log.md\n"
          "description: >-\n"
          "  Entries of audit/exports/*.jsonl for 1-20 November 2025, one per hotpass export run, with the\n"
          "  exporter's login replaced by its HMAC-SHA256 under the export-audit key. Reviewed by Security.\n")


def consent_extract(out):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["run_id", "run_date", "records", "consent_valid", "quarantined", "purged_after_30_days"])
    day = at("2025-10-16T02:00:00Z")
    for i in range(30):
        records = RNG.randint(40000, 52000)
        quarantined = RNG.randint(8, 90)
        writer.writerow([f"flow-run-{sha('run' + str(i), 8)}", day.strftime("%Y-%m-%d"), records, records - quarantined, quarantined,
                         RNG.randint(0, 40) if i > 3 else 0])
        day += timedelta(days=1)
    write(out, "audit/consent-audit-2025-11.csv", buffer.getvalue())
    write(out, "audit/consent-audit-2025-11.csv.evidence.yaml",
          "id: consent-audit-2025-11\n"
          "title: Consent audit log counts per run, 16 October to 14 November 2025\n"
          "collected_at: 2025-11-15T06:00:00Z\n"
          "description: >-\n"
          "  Per-run counts from the consent audit log: records seen, consent validated, records quarantined,\n"
          "  and quarantined records purged after 30 days. Extracted by the Data team for the POPIA review.\n")


def deploy_log(out):
    write(out, "deploy/dashboard-release-0.9.1.md",
          "# Dashboard release 0.9.1: deployment record\n\n"
          "- Released: 2025-11-21 07:05 UTC by Platform (change OPS-2131)\n"
          "- Image: ghcr.io/hotpass-org/hotpass-dashboard@sha256:" + sha("dashboard-image-0.9.1", 64) + "\n"
          "- Shared secret: read from Vault `kv/hotpass/dashboard` (version 14); start-up refused without it: checked\n"
          "- Allowlist: 3 paths, unchanged since 0.9.0: checked\n"
          "- Access test suite against the deployed instance: 38 passed (ci/access-tests/dashboard-access-2025-11-21.xml)\n"
          "- Rollback plan: redeploy 0.9.0 image; no schema change\n")
    write(out, "deploy/dashboard-release-0.9.1.md.evidence.yaml",
          "id: dashboard-release-0.9.1\n"
          "title: Dashboard 0.9.1 deployment runbook record\n"
          "collected_at: 2025-11-21T07:20:00Z\n"
          f"commit: {sha('build-2025-11-21')}\n")


def access_tests(out):
    cases = [["tests.dashboard.test_access", name, round(RNG.uniform(0.01, 0.4), 3), "passed"] for name in [
        "test_refuses_start_without_secret", "test_wrong_secret_rejected", "test_secret_compared_in_constant_time",
        "test_session_expires_after_idle_timeout", "test_allowlisted_path_served", "test_path_outside_allowlist_refused",
        "test_symlink_escape_refused", "test_dotdot_escape_refused", "test_login_rate_limited"]]
    cases += [["tests.dashboard.test_access_deployed", f"test_page_requires_auth[{page}]", round(RNG.uniform(0.2, 1.1), 3), "passed"]
              for page in ["overview", "registry", "quality", "consent", "exports", "runs", "settings"]]
    cases += [["tests.dashboard.test_headers", f"test_header_present[{h}]", round(RNG.uniform(0.05, 0.2), 3), "passed"]
              for h in ["content-security-policy", "strict-transport-security", "x-content-type-options", "referrer-policy"]]
    cases += [["tests.dashboard.test_access_deployed", f"test_static_asset_cached[{i}]", 0.08, "passed"] for i in range(18)]
    write(out, "ci/access-tests/dashboard-access-2025-11-21.xml",
          pytest_junit(cases, at("2025-11-21T07:12:30.551093+00:00"), "fv-az1120-204", sum(c[2] for c in cases) + 1.2))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "evidence"))
    out = Path(parser.parse_args().out)

    pipeline_new = sbom("hotpass", "0.9.1", PIPELINE_DEPS, "3.1.6", at("2025-11-21T05:22:31Z"), "pipeline-0.9.1")
    write(out, "sbom/hotpass-0.9.0.cdx.json", sbom("hotpass", "0.9.0", PIPELINE_DEPS[:-3], "3.1.4", at("2025-10-24T05:19:47Z"), "pipeline-0.9.0"))
    write(out, "sbom/hotpass-0.9.1.cdx.json", pipeline_new)
    write(out, "sbom/hotpass-dashboard-0.9.1.cdx.json",
          sbom("hotpass-dashboard", "0.9.1", DASHBOARD_DEPS, "3.1.6", at("2025-11-21T05:22:44Z"), "dashboard-0.9.1"))

    for index, week in enumerate(WEEKS):
        stamp = at(week + "T05:31:02.114530+00:00") + timedelta(minutes=index * 3)
        cases = weekly_cases(index, week)
        write(out, f"ci/tests/pytest-{week}.xml",
              pytest_junit(cases, stamp, "fv-az1120-" + str(100 + index), sum(c[2] for c in cases) + 14.0))
        write(out, f"ci/coverage/coverage-{week}.xml", cobertura(COVERAGE[index], stamp + timedelta(seconds=2)))

    access_tests(out)
    pinning(out)
    runs(out)
    secret_scans(out)
    bandit(out)
    fitness(out)
    scorecard(out)
    digest = hashlib.sha256(pipeline_new.encode()).hexdigest()
    provenance(out, [("hotpass-0.9.1-py3-none-any.whl", sha("wheel-0.9.1", 64)),
                     ("hotpass-0.9.1.tar.gz", sha("sdist-0.9.1", 64)),
                     ("hotpass-0.9.1.cdx.json", digest)])
    export_log(out)
    consent_extract(out)
    deploy_log(out)


if __name__ == "__main__":
    main()
