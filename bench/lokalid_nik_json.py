"""The same work as `layak nik --json` done with the PyPI package lokal-id: the baseline for
scripts/bench-nik-json.sh.

Reads NIKs one per line from standard input and writes one JSON object per line to standard
output, with what `layak nik --json` reports: the normalised NIK, valid or not, the province,
regency and kecamatan codes with their names, the sex, the birth date, the serial and the
problems found with their messages. lokal-id checks less than layak (no retired Papua codes,
no placeholder birth dates, no kecamatan list of its own beyond the Kemendagri names), so the
comparison flatters it.

    python3 bench/lokalid_nik_json.py 2025-06-01 < niks.txt > out.jsonl
"""
import datetime
import json
import sys

from lokal.nik import parse_nik
from lokal.wilayah import wilayah_name


def main(as_of):
    ref = datetime.date.fromisoformat(as_of)
    out = sys.stdout
    dumps = json.dumps
    for line in sys.stdin:
        info = parse_nik(line.rstrip("\r\n"), lookup_wilayah=wilayah_name, reference_date=ref)
        out.write(dumps(info.to_dict(), ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else datetime.date.today().isoformat())
