#!/usr/bin/env python3
"""Is everything a résumé file holds in what cvbuild made of it?

usage: resume_items.py SOURCE PDF HTML [MIN_SHARE]

Reads SOURCE as its owner wrote it (JSON Resume in JSON or YAML, a RenderCV file, or a LinkedIn
export folder) with plain parsers, independently of cvbuild, and lists what a reader must find:
the name, every employer, position, school, project and certificate, and every bullet. Then
checks the PDF's text (pdftotext) and the page's text for each, as a whole word sequence
(white space, Markdown and inline HTML ignored). Prints what is missing; exits 1 when a named
item is missing or fewer than MIN_SHARE (default 0.9) of the bullets are found, in either output.
"""
import csv
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import yaml


def clean(text):
    text = html.unescape(str(text))
    text = re.sub(r"<[^>]+>", " ", text)                       # inline HTML
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)       # Markdown links
    text = re.sub(r"[*_`]+", "", text)                          # Markdown emphasis
    text = re.sub(r"\s+([,;:])", r"\1", text)                  # "Dart , and" is set "Dart, and"
    return " ".join(text.split())


def json_resume(data):
    named, bullets = [], []
    basics = data.get("basics") or {}
    named.append(basics.get("name"))
    for job in data.get("work") or []:
        named += [job.get("name") or job.get("company"), job.get("position")]
        bullets += job.get("highlights") or []
    for school in data.get("education") or []:
        named.append(school.get("institution"))
    for project in data.get("projects") or []:
        named.append(project.get("name"))
        bullets += project.get("highlights") or []
    for cert in data.get("certificates") or []:
        named.append(cert.get("name"))
    for role in data.get("volunteer") or []:
        bullets += role.get("highlights") or []
    return named, bullets


def rendercv(data):
    cv = data.get("cv") or {}
    named, bullets = [cv.get("name")], []
    for entries in (cv.get("sections") or {}).values():
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, str):
                continue
            for key in ("company", "position", "institution", "name"):
                if entry.get(key):
                    named.append(entry[key])
            if entry.get("bullet"):
                bullets.append(entry["bullet"])
            bullets += entry.get("highlights") or []
    return named, bullets


def linkedin(folder):
    named, bullets = [], []
    path = os.path.join(folder, "Positions.csv")
    if os.path.exists(path):
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                named += [row.get("Company Name"), row.get("Title")]
    return named, bullets


class TextOf(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    BLOCKS = {"p", "li", "div", "br", "h1", "h2", "h3", "h4", "section", "header", "tr", "td", "ul", "ol", "article", "footer"}

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def main(source, pdf, page, min_share="0.9"):
    if os.path.isdir(source):
        named, bullets = linkedin(source)
    else:
        with open(source, encoding="utf-8") as f:
            text = f.read()
        data = json.loads(text) if source.endswith(".json") else yaml.safe_load(text)
        named, bullets = rendercv(data) if "cv" in data and "basics" not in data else json_resume(data)
    named = [clean(n) for n in named if n and clean(n)]
    bullets = [clean(b) for b in bullets if b and clean(b)]
    outputs = {
        "PDF": " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout.split()),
    }
    reader = TextOf()
    with open(page, encoding="utf-8") as f:
        reader.feed(f.read())
    outputs["page"] = " ".join("".join(reader.parts).split())
    failed = False
    for name, text in outputs.items():
        missing = [n for n in named if clean(n) not in text]
        found = sum(1 for b in bullets if b in text)
        share = found / len(bullets) if bullets else 1.0
        print(f"{name}: {len(named) - len(missing)}/{len(named)} named items, {found}/{len(bullets)} bullets ({share:.0%})")
        for n in missing:
            print(f"  missing: {n}")
        for b in [b for b in bullets if b not in text][:5]:
            print(f"  bullet not found: {b[:100]}")
        failed |= bool(missing) or share < float(min_share)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
