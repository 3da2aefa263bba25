#!/usr/bin/env python3
# Copied from the project's shared bench folder (shared/bench/gen-corpus.py, sha256 01f670cb…ed0c42) so
# that a clone of this repository can run bench/run alone. One local addition: --governance (below), which
# leaves the corpus byte-identical when not given.
"""Deterministic markdown docs corpus for static-site-generator build benchmarks.

Modeled on the lorem-ipsum pages of the ssg-build-performance-tests benchmarks
(YAML front matter with a title, then a few paragraphs of lorem-ipsum text), made a
little richer so that a docs generator and a link checker have real work: every page
also has 2-3 headings, a list, a fenced code block, and 3-5 relative links to other
existing pages, about 40 % of them with a #fragment that names a heading which exists
on the target page.  Pages are spread over a Diataxis tree:

    tutorials/ (20 %)  how-to/ (30 %)  reference/ (30 %)  explanation/ (20 %)

plus one small index page per folder and a home page.  Roughly 1-3 KB per page.

Usage:
    gen-corpus.py N [--out DIR] [--seed S] [--tools hugo,mkdocs,eleventy,generic] [--governance [R,C]]

--governance spreads R risks and C controls (default 2000,1000) over the content pages' front
matter, in the Hotpass.Docs form (risks:, controls: with satisfies, mitigates, cadence, evidence),
every control mitigating R/C risks and citing a NIST SSDF 1.1 practice or task, and every fourth
page documenting a control in its controls: list. Its random numbers come from their own seed, so
the page bodies are the same with and without it.  So that the generic/ variant builds with every
gate on (and a benchmark measures a site that is really written), it also gets, in generic/ only:
    evidence/ci/bench-K-junit.xml   min(50, C) small passing JUnit XML reports (control j cites
                                    ci/bench-(j mod 50)-*), each collected 1-20 hours before as_of,
                                    so fresh under every cadence used, weekly included;
    evidence/ci/bench-K-junit.xml.evidence.yaml   a sidecar naming the commit the report was made
                                    from, which per-build controls need;
    hotpass-docs.yml                as_of (AS_OF below) and evidence.commit pinned to that commit,
                                    as the shipped configuration pins them, so the same bytes come
                                    out every day.
The Hugo, MkDocs and Eleventy trees get the same front matter and nothing else.

Writes, under DIR (default ./corpus-N):
    hugo/      hugo.toml, content/ (folder indexes as _index.md), layouts/ (minimal
               single.html + list.html + a link render hook, see below)
    mkdocs/    mkdocs.yml (default theme, no nav: MkDocs builds its own) + docs/
    eleventy/  eleventy.config.mjs + src/ (plain .md files) + src/_includes/page.njk
    generic/   content/ : the same tree as mkdocs/docs, for other generators
    manifest.json : counts, bytes, link and fragment statistics, seed

Links.  Every link in the markdown is written once, in the portable docs-as-code form
"relative path to the source .md file, optional #fragment":
    [Title](0042-foo-bar.md)                 same folder
    [Title](../how-to/0007-baz.md#some-heading)
    [Title](../reference/index.md)           a folder's index page
The markdown bodies are byte-identical in all variants; each tool resolves them its own way:
  * MkDocs rewrites .md links natively (and warns on missing targets).
  * Eleventy 3 resolves them with its bundled InputPathToUrlTransformPlugin (relative
    paths are resolved against the current template), and IdAttributePlugin gives the
    headings their ids.
  * Hugo 0.111 leaves .md links alone, so hugo/layouts/_default/_markup/render-link.html
    rewrites "x.md" -> "x/" (and "index.md" -> the folder), adding one "../" on
    regular pages because Hugo publishes them as x/index.html.  The only other
    difference is that Hugo's folder indexes are named _index.md.
Heading texts are only ASCII letters and spaces, unique within a page, so the heading
id is the same in all three tools (lower case, spaces -> "-").

No page links outside the site; there are no external URLs anywhere in the corpus.
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
from datetime import datetime, timedelta, timezone

SECTIONS = [
    # folder, Diataxis type, share of pages, index title, index blurb
    ("tutorials", "tutorial", 0.20, "Tutorials",
     "Learning-oriented lessons that take a newcomer through a series of steps."),
    ("how-to", "how-to", 0.30, "How-to guides",
     "Goal-oriented directions that solve one real problem each."),
    ("reference", "reference", 0.30, "Reference",
     "Technical descriptions of the machinery and how to operate it."),
    ("explanation", "explanation", 0.20, "Explanation",
     "Discussion that clarifies and illuminates a particular topic."),
]

LOREM = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud "
    "exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure "
    "in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint "
    "occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est "
    "laborum curabitur pretium tincidunt lacus nulla gravida orci a odio nullam varius "
    "turpis et commodo pharetra est eros bibendum elit nec luctus magna felis "
    "sollicitudin mauris integer in mauris eu nibh euismod gravida duis ac tellus et "
    "risus vulputate vehicula donec lobortis risus a elit etiam tempor ut ullamcorper "
    "ligula eu tempor congue eros est euismod turpis id tincidunt sapien risus a quam "
    "maecenas fermentum consequat mi donec fermentum pellentesque malesuada nulla a mi "
    "duis sapien sem aliquet nec commodo eget consequat quis neque aliquam faucibus"
).split()
LOREM = sorted(set(LOREM))  # stable order, no duplicates

VERBS = ("Configure", "Install", "Rotate", "Deploy", "Validate", "Inspect", "Migrate",
         "Export", "Import", "Monitor", "Secure", "Scale", "Debug", "Audit", "Publish")
CODE_LANGS = ("bash", "python", "yaml", "json", "csharp")


def sentence(rng, lo=6, hi=14):
    words = [rng.choice(LOREM) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice((".", ".", ".", ".", "?", "!"))


def paragraph(rng, lo=3, hi=6):
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))


def heading_text(rng, used):
    """Heading of ASCII letters and spaces whose slug is unique within the page."""
    while True:
        n = rng.randint(2, 4)
        words = [rng.choice(VERBS) if rng.random() < 0.5 else rng.choice(LOREM).capitalize()]
        words += [rng.choice(LOREM) for _ in range(n)]
        text = " ".join(words)
        slug = "-".join(w.lower() for w in words)
        if slug not in used:
            used.add(slug)
            return text, slug


def code_block(rng):
    lang = rng.choice(CODE_LANGS)
    w = lambda: rng.choice(LOREM)  # noqa: E731
    lines = []
    n = rng.randint(4, 9)
    if lang == "bash":
        for _ in range(n):
            lines.append(f"{w()}-{w()} --{w()} {w()}.{rng.choice(('txt', 'yml', 'json'))} --{w()}={rng.randint(1, 999)}")
    elif lang == "python":
        lines.append(f"def {w()}_{w()}({w()}, {w()}=None):")
        for _ in range(n - 2):
            lines.append(f"    {w()} = {w()}.{w()}({w()}, {rng.randint(0, 99)})")
        lines.append(f"    return {w()}")
    elif lang == "yaml":
        lines.append(f"{w()}:")
        for _ in range(n - 1):
            lines.append(f"  {w()}_{w()}: {rng.choice((w(), str(rng.randint(0, 9999)), 'true', 'false'))}")
    elif lang == "json":
        # single braces only: Eleventy pre-processes markdown with Liquid
        items = [f'  "{w()}_{i}": {rng.randint(0, 9999)}' for i in range(n - 2)]
        lines = ["{"] + [it + ("," if i < len(items) - 1 else "") for i, it in enumerate(items)] + ["}"]
    else:  # csharp
        lines.append(f"public static int {w().capitalize()}{w().capitalize()}(int {w()})")
        lines.append("{")
        for _ in range(n - 3):
            lines.append(f"    var {w()}{rng.randint(0, 9)} = {w().capitalize()}.{w().capitalize()}({rng.randint(0, 99)});")
        lines.append(f"    return {rng.randint(0, 9)};")
        lines.append("}")
    return "```" + lang + "\n" + "\n".join(lines) + "\n```"


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter(title, summary, dtype, extra=""):
    return (f"---\ntitle: {yaml_str(title)}\nsummary: {yaml_str(summary)}\n"
            f"type: {dtype}\n{extra}---\n\n")


SSDF = ("PO.1 PO.1.1 PO.1.2 PO.1.3 PO.2 PO.2.1 PO.2.2 PO.2.3 PO.3 PO.3.1 PO.3.2 PO.3.3 PO.4 PO.4.1 PO.4.2 "
        "PO.5 PO.5.1 PO.5.2 PS.1 PS.1.1 PS.2 PS.2.1 PS.3 PS.3.1 PS.3.2 PW.1 PW.1.1 PW.1.2 PW.1.3 PW.2 PW.2.1 "
        "PW.4 PW.4.1 PW.4.2 PW.4.4 PW.5 PW.5.1 PW.6 PW.6.1 PW.6.2 PW.7 PW.7.1 PW.7.2 PW.8 PW.8.1 PW.8.2 PW.9 "
        "PW.9.1 PW.9.2 RV.1 RV.1.1 RV.1.2 RV.1.3 RV.2 RV.2.1 RV.2.2 RV.3 RV.3.1 RV.3.2 RV.3.3 RV.3.4").split()
CADENCES = ("monthly", "weekly", "quarterly", "per-build", "release", "sprint", "P30D")
EVIDENCE_FILES = 50        # control j cites ci/bench-(j % 50)-*
AS_OF = (2024, 6, 1, 12)   # the instant the governance corpus is judged at (year, month, day, hour UTC)


def governance_front_matter(n_pages, n_risks, n_controls, seed):
    """Front matter lines per page index: risks and controls spread evenly, documented controls on every 4th page."""
    rng = random.Random(seed + 7)
    extra = [{"risks": [], "controls": [], "documents": []} for _ in range(n_pages)]
    per_control = max(1, n_risks // max(1, n_controls))
    for i in range(n_risks):
        s, o, d = rng.randint(1, 10), rng.randint(1, 10), rng.randint(1, 10)
        title = " ".join(rng.choice(LOREM) for _ in range(4)).capitalize()
        extra[i * n_pages // n_risks]["risks"].append(
            f"  - {{ id: RSK-{i:05d}, title: {yaml_str(title)}, severity: {s}, occurrence: {o}, detection: {d}, "
            f"rpn: {s * o * d}, owner: Team{i % 17}, status: {rng.choice(('open', 'mitigating', 'accepted', 'closed'))} }}\n")
    for j in range(n_controls):
        risks = ", ".join(f"RSK-{k:05d}" for k in range(j * per_control, min(n_risks, (j + 1) * per_control)))
        if j == n_controls - 1:  # the last control takes any remainder, so every risk has a control
            risks = ", ".join(f"RSK-{k:05d}" for k in range(j * per_control, n_risks))
        title = " ".join(rng.choice(LOREM) for _ in range(4)).capitalize()
        extra[(j * n_pages // n_controls + n_pages // (2 * n_controls)) % n_pages]["controls"].append(
            f"  - {{ id: CTL-{j:05d}, title: {yaml_str(title)}, satisfies: [\"NIST-SSDF:{rng.choice(SSDF)}\"], "
            f"mitigates: [{risks}], owner: Team{j % 17}, cadence: {rng.choice(CADENCES)}, evidence: [ci/bench-{j % EVIDENCE_FILES}-*] }}\n")
    for i in range(0, n_pages, 4):
        extra[i]["documents"].append(f"CTL-{rng.randrange(n_controls):05d}")
    out = []
    for e in extra:
        text = ""
        if e["risks"]:
            text += "risks:\n" + "".join(e["risks"])
        if e["controls"] or e["documents"]:
            text += "controls:\n" + "".join(e["controls"]) + "".join(f"  - {c}\n" for c in e["documents"])
        out.append(text)
    return out


def bench_commit(seed):
    """The commit the generated evidence names (and hotpass-docs.yml pins): a digest of the seed, not a real commit."""
    return hashlib.sha1(f"gen-corpus governance {seed}".encode()).hexdigest()


def governance_evidence(n_controls, seed):
    """(path under generic/, text) of the evidence the controls cite and the configuration that judges it."""
    rng = random.Random(seed + 11)
    as_of = datetime(*AS_OF, tzinfo=timezone.utc)
    commit = bench_commit(seed)
    files = []
    for k in range(min(EVIDENCE_FILES, n_controls)):
        stamp = as_of - timedelta(hours=1 + k * 19 / EVIDENCE_FILES, seconds=rng.randint(0, 3599))
        suite = f"bench{k}"
        times = [rng.randint(1, 999) for _ in range(rng.randint(5, 20))]  # milliseconds per test case
        cases = [f'<testcase classname="{suite}.{rng.choice(LOREM)}" name="test_{rng.choice(LOREM)}_{c:02d}" '
                 f'time="{ms / 1000:.3f}" />' for c, ms in enumerate(times)]
        total = sum(times) / 1000
        xml = ('<?xml version="1.0" encoding="utf-8"?>\n'
               f'<testsuites name="{suite}" tests="{len(cases)}" failures="0" errors="0" time="{total:.3f}">\n'
               f'<testsuite name="{suite}" tests="{len(cases)}" failures="0" errors="0" skipped="0" time="{total:.3f}" '
               f'timestamp="{stamp.strftime("%Y-%m-%dT%H:%M:%S")}Z">\n'
               + "".join(c + "\n" for c in cases) + "</testsuite>\n</testsuites>\n")
        path = f"evidence/ci/bench-{k}-junit.xml"
        files.append((path, xml))
        files.append((path + ".evidence.yaml", f"commit: {commit}\ndescription: Generated test report {k} of the governance benchmark.\n"))
    files.append(("hotpass-docs.yml",
                  "# Written by bench/gen-corpus.py --governance: the instant and the commit the evidence is judged at.\n"
                  f"as_of: {as_of.strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
                  f"evidence:\n  dir: evidence\n  commit: {commit}\n"))
    return files


def rel_link(from_folder, to_folder, to_file, fragment=None):
    """Relative link from a page in from_folder ('' = root) to to_folder/to_file."""
    if from_folder == to_folder:
        path = to_file
    elif from_folder == "":
        path = f"{to_folder}/{to_file}"
    else:
        path = f"../{to_folder}/{to_file}" if to_folder else f"../{to_file}"
    return path + (f"#{fragment}" if fragment else "")


def build_corpus(n, seed):
    rng = random.Random(seed)
    # how many pages per section (largest remainder, deterministic)
    raw = [n * s[2] for s in SECTIONS]
    counts = [int(x) for x in raw]
    for i in sorted(range(len(SECTIONS)), key=lambda i: (-(raw[i] - counts[i]), i))[: n - sum(counts)]:
        counts[i] += 1

    # pass 1: names, titles, headings of every page
    pages = []
    for (folder, dtype, _, _, _), cnt in zip(SECTIONS, counts):
        for k in range(1, cnt + 1):
            used = set()
            heads = [heading_text(rng, used) for _ in range(rng.randint(2, 3))]
            title_words = [rng.choice(LOREM) for _ in range(rng.randint(3, 5))]
            if dtype == "how-to":
                title_words.insert(0, rng.choice(VERBS).lower())
            title = " ".join(title_words).capitalize()
            stem = f"{k:04d}-" + "-".join(title_words[:3])
            pages.append({
                "folder": folder, "type": dtype, "file": stem + ".md", "title": title,
                "summary": sentence(rng, 8, 14), "headings": heads,
                "sub": heading_text(rng, used) if rng.random() < 0.4 else None,
            })

    # pass 2: bodies with 3-5 links each
    stats = {"links": 0, "fragment_links": 0, "index_links": 0}
    for idx, p in enumerate(pages):
        nlinks = rng.randint(3, 5)
        links = []
        for _ in range(nlinks):
            if rng.random() < 0.08:   # link to a folder index
                folder = rng.choice(SECTIONS)[0]
                text = dict((s[0], s[3]) for s in SECTIONS)[folder]
                links.append(f"[{text}]({rel_link(p['folder'], folder, 'index.md')})")
                stats["index_links"] += 1
            else:
                j = rng.randrange(len(pages) - 1)
                j = j + 1 if j >= idx else j  # never self
                t = pages[j]
                frag = None
                if rng.random() < 0.4:
                    frag = rng.choice(t["headings"])[1]
                    stats["fragment_links"] += 1
                links.append(f"[{t['title']}]({rel_link(p['folder'], t['folder'], t['file'], frag)})")
            stats["links"] += 1
        # place links: intro, list items, later paragraphs
        slots = {"intro": [], "list": [], "para2": [], "para3": []}
        for i, l in enumerate(links):
            slots[("intro", "list", "para2", "list", "para3")[i]].append(l)

        def with_links(par, ls):
            for l in ls:
                par += f" See {l} for details."
            return par

        items = [sentence(rng, 3, 9).rstrip(".?!") for _ in range(rng.randint(3, 6))]
        for i, l in enumerate(slots["list"]):
            items[i] = items[i] + f" ({l})"
        lst = "\n".join((f"{i + 1}. " if p["type"] == "tutorial" else "- ") + it
                        for i, it in enumerate(items))
        (h1, _), (h2, _) = p["headings"][0], p["headings"][1]
        parts = [
            with_links(paragraph(rng), slots["intro"]),
            f"## {h1}", paragraph(rng, 2, 5), lst,
            f"## {h2}", with_links(paragraph(rng, 2, 5), slots["para2"]), code_block(rng),
        ]
        if p["sub"]:
            parts += [f"### {p['sub'][0]}", paragraph(rng, 1, 3)]
        if len(p["headings"]) > 2:
            parts += [f"## {p['headings'][2][0]}", with_links(paragraph(rng, 1, 4), slots["para3"])]
        elif slots["para3"]:
            parts.append(with_links(paragraph(rng, 1, 3), slots["para3"]))
        p["body"] = "\n\n".join(parts) + "\n"
        p.pop("sub")
    return pages, counts, stats


def index_pages(pages):
    """Home page and one small index per folder: intro, first 10 pages, sibling folders."""
    out = []
    home_items = "\n".join(f"- [{title}]({folder}/index.md): {blurb}"
                           for folder, _, _, title, blurb in SECTIONS)
    out.append(("", "index.md", "Home", "Benchmark documentation corpus.", "explanation",
                "This generated site is organised along the Diataxis framework.\n\n"
                f"## Sections\n\n{home_items}\n"))
    for folder, dtype, _, title, blurb in SECTIONS:
        first = [p for p in pages if p["folder"] == folder][:10]
        items = "\n".join(f"- [{p['title']}]({p['file']})" for p in first)
        others = "\n".join(f"- [{t}](../{f}/index.md)" for f, _, _, t, _ in SECTIONS if f != folder)
        out.append((folder, "index.md", title, blurb, dtype,
                    f"{blurb}\n\n## Start here\n\n{items}\n\n## Other sections\n\n{others}\n\n"
                    "Back to the [home page](../index.md).\n"))
    return out


HUGO_TOML = """baseURL = "/"
languageCode = "en-us"
title = "SSG bench corpus"
"""

HUGO_SINGLE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<nav><a href="{{ "/" | relURL }}">Home</a>{{ with .CurrentSection }} / <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
"""

HUGO_LIST = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<nav><a href="{{ "/" | relURL }}">Home</a></nav>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
<h2>All pages</h2>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
"""

# Rewrites portable "x.md#frag" links to Hugo's pretty URLs (Hugo 0.111 does not).
HUGO_RENDER_LINK = """{{- $dest := .Destination -}}
{{- $u := urls.Parse .Destination -}}
{{- if and (not $u.IsAbs) (strings.HasSuffix $u.Path ".md") -}}
  {{- $p := strings.TrimSuffix ".md" $u.Path -}}
  {{- if eq (path.Base $p) "index" -}}
    {{- $p = strings.TrimSuffix "index" $p -}}
    {{- if eq $p "" }}{{ $p = "./" }}{{ end -}}
  {{- else -}}
    {{- $p = printf "%s/" $p -}}
  {{- end -}}
  {{- if not .Page.IsNode }}{{ $p = printf "../%s" $p }}{{ end -}}
  {{- with $u.Fragment }}{{ $p = printf "%s#%s" $p . }}{{ end -}}
  {{- $dest = $p -}}
{{- end -}}
<a href="{{ $dest | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
{{- /* no trailing newline */ -}}
"""

MKDOCS_YML = """site_name: SSG bench corpus
# default theme ("mkdocs"), default plugins (search), default markdown extensions
# (toc, tables, fenced_code); no nav: MkDocs derives it from the docs/ tree.
use_directory_urls: true
"""

ELEVENTY_CONFIG = """import { IdAttributePlugin, InputPathToUrlTransformPlugin } from "@11ty/eleventy";

// Minimal Eleventy 3 setup for the benchmark corpus:
//  - IdAttributePlugin: id attributes on headings, so #fragment links resolve;
//  - InputPathToUrlTransformPlugin: rewrites links to source .md files (relative to the
//    current template) to their output URLs;
//  - one minimal layout for every page.
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(IdAttributePlugin);
  eleventyConfig.addPlugin(InputPathToUrlTransformPlugin);
  eleventyConfig.addGlobalData("layout", "page.njk");
}

export const config = {
  dir: { input: "src", output: "_site" },
};
"""

ELEVENTY_LAYOUT = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }} | SSG bench corpus</title></head>
<body>
<nav><a href="/">Home</a></nav>
<main>
<h1>{{ title }}</h1>
{{ content | safe }}
</main>
</body>
</html>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of content pages (folder indexes come on top)")
    ap.add_argument("--out", help="output folder (default ./corpus-N); replaced if it exists")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--tools", default="hugo,mkdocs,eleventy,generic")
    ap.add_argument("--governance", nargs="?", const="2000,1000", default=None, metavar="R,C",
                    help="spread R risks and C controls over the pages' front matter (default 2000,1000)")
    a = ap.parse_args(argv)
    if a.n < 10:
        ap.error("N must be at least 10")
    tools = [t for t in a.tools.split(",") if t]
    bad = set(tools) - {"hugo", "mkdocs", "eleventy", "generic"}
    if bad:
        ap.error(f"unknown tools: {sorted(bad)}")
    out = a.out or f"corpus-{a.n}"
    if os.path.exists(out):
        shutil.rmtree(out)

    pages, counts, stats = build_corpus(a.n, a.seed)
    gov = [""] * len(pages)
    if a.governance:
        n_risks, n_controls = (int(x) for x in a.governance.split(","))
        gov = governance_front_matter(len(pages), n_risks, n_controls, a.seed)
    docs = [(p["folder"], p["file"], front_matter(p["title"], p["summary"], p["type"], g) + p["body"])
            for p, g in zip(pages, gov)]
    docs += [(folder, fname, front_matter(title, summary, dtype) + body)
             for folder, fname, title, summary, dtype, body in index_pages(pages)]

    roots = {"mkdocs": "mkdocs/docs", "eleventy": "eleventy/src", "generic": "generic/content",
             "hugo": "hugo/content"}
    for tool in tools:
        root = os.path.join(out, roots[tool])
        for folder, fname, text in docs:
            if tool == "hugo" and fname == "index.md":
                fname = "_index.md"
            write(os.path.join(root, folder, fname), text)
    if "hugo" in tools:
        write(os.path.join(out, "hugo/hugo.toml"), HUGO_TOML)
        write(os.path.join(out, "hugo/layouts/_default/single.html"), HUGO_SINGLE)
        write(os.path.join(out, "hugo/layouts/_default/list.html"), HUGO_LIST)
        write(os.path.join(out, "hugo/layouts/_default/_markup/render-link.html"),
              HUGO_RENDER_LINK.rstrip("\n"))
    if a.governance and "generic" in tools:
        for path, text in governance_evidence(n_controls, a.seed):
            write(os.path.join(out, "generic", path), text)
    if "mkdocs" in tools:
        write(os.path.join(out, "mkdocs/mkdocs.yml"), MKDOCS_YML)
    if "eleventy" in tools:
        write(os.path.join(out, "eleventy/eleventy.config.mjs"), ELEVENTY_CONFIG)
        write(os.path.join(out, "eleventy/src/_includes/page.njk"), ELEVENTY_LAYOUT)

    sizes = sorted(len(t.encode()) for f, n_, t in docs[: len(pages)])
    manifest = {
        "generator": "gen-corpus.py", "seed": a.seed, "content_pages": len(pages),
        "index_pages": len(docs) - len(pages), "total_markdown_files": len(docs),
        "pages_per_folder": {s[0]: c for s, c in zip(SECTIONS, counts)},
        "bytes_total": sum(len(t.encode()) for _, _, t in docs),
        "page_bytes": {"min": sizes[0], "median": sizes[len(sizes) // 2], "max": sizes[-1]},
        "links_in_content_pages": stats["links"],
        "fragment_links": stats["fragment_links"],
        "links_to_folder_indexes": stats["index_links"],
        "variants": {t: roots[t] for t in tools},
    }
    if a.governance:
        manifest["governance"] = {"risks": n_risks, "controls": n_controls,
                                  "evidence_files": min(EVIDENCE_FILES, n_controls) if "generic" in tools else 0,
                                  "as_of": datetime(*AS_OF, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                  "commit": bench_commit(a.seed)}
    write(os.path.join(out, "manifest.json"), json.dumps(manifest, indent=2) + "\n")
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
