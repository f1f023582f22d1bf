#!/usr/bin/env python3
"""Derive the compact gazetteer files that Delegation Desk carries as Qt resources.

Standard library only. Usage (from the repository root):

    python3 resources/gazetteer/derive_compact.py SOURCE_DIR resources/gazetteer

SOURCE_DIR holds the gazetteer CSVs made by build_gazetteer.py (ua-hromadas.csv,
ua-regions.csv, fr-communes.csv, fr-departements.csv, fr-regions.csv; see README.md here).

The outputs are tab-separated, UTF-8 without BOM, LF line endings, one header row, no
quoting (the script refuses a field that holds a tab or a line break). Every code stays text.
Only the columns the application uses are kept; the French department and region names are
kept once, in their own files, instead of on every commune.
"""
import csv
import hashlib
import os
import sys

EXPECTED_ROWS = {
    "ua-hromadas.csv": 1772,
    "ua-regions.csv": 27,
    "fr-communes.csv": 34969,
    "fr-departements.csv": 109,
    "fr-regions.csv": 26,
}


def read(source, name):
    path = os.path.join(source, name)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != EXPECTED_ROWS[name]:
        sys.exit(f"{name}: {len(rows)} rows, expected {EXPECTED_ROWS[name]}")
    with open(path, "rb") as f:
        print(f"{name:22} {len(rows):6} rows  sha256 {hashlib.sha256(f.read()).hexdigest()}")
    return rows


def write(out, name, header, rows):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            for field in row:
                if "\t" in field or "\n" in field or "\r" in field:
                    sys.exit(f"{name}: a field holds a tab or a line break: {row}")
            f.write("\t".join(row) + "\n")
    print(f"  -> {name:22} {len(rows):6} rows  {os.path.getsize(path):9,} bytes")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, out = sys.argv[1], sys.argv[2]

    hromadas = read(source, "ua-hromadas.csv")
    ua_regions = read(source, "ua-regions.csv")
    communes = read(source, "fr-communes.csv")
    departements = read(source, "fr-departements.csv")
    fr_regions = read(source, "fr-regions.csv")

    oblasts = {r["name_uk"] for r in ua_regions}
    for r in hromadas:
        if r["oblast_uk"] not in oblasts:
            sys.exit(f"hromada {r['katottg']}: oblast {r['oblast_uk']} is not in ua-regions.csv")
        if r["center_type_uk"] not in ("місто", "селище", "село"):
            sys.exit(f"hromada {r['katottg']}: unexpected centre type {r['center_type_uk']}")
    codes = {d["code"] for d in departements}
    for c in communes:
        if c["departement_code"] not in codes:
            sys.exit(f"commune {c['insee_code']}: department {c['departement_code']} unknown")
    region_codes = {r["code"] for r in fr_regions}
    for d in departements:
        if d["region_code"] not in region_codes:
            sys.exit(f"department {d['code']}: region {d['region_code']} unknown")

    write(out, "ua-hromadas.tsv",
          ["katottg", "name_uk", "oblast_uk", "raion_uk", "center_uk", "center_type_uk"],
          [[r["katottg"], r["name_uk"], r["oblast_uk"], r["raion_uk"], r["center_uk"],
            r["center_type_uk"]] for r in hromadas])
    write(out, "ua-regions.tsv", ["katottg", "name_uk", "full_name_uk"],
          [[r["katottg"], r["name_uk"], r["full_name_uk"]] for r in ua_regions])
    # Only the first postal code: enough to tell a commune apart; Paris has 21 of them.
    write(out, "fr-communes.tsv",
          ["insee_code", "name", "departement_code", "postal_code", "population"],
          [[c["insee_code"], c["name"], c["departement_code"],
            (c["postal_codes"].split() or [""])[0], c["population"]] for c in communes])
    write(out, "fr-departements.tsv", ["code", "name", "region_code"],
          [[d["code"], d["name"], d["region_code"]] for d in departements])
    write(out, "fr-regions.tsv", ["code", "name"],
          [[r["code"], r["name"]] for r in fr_regions])


if __name__ == "__main__":
    main()
