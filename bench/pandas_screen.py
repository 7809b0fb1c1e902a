"""What a data officer would otherwise write: the main screening rules in pandas.

Used by scripts/bench-screen.sh as the baseline for `layak screen`, timed in the same run on
the same generated file. It checks the NIK format (16 digits, day 01-31/41-71, month 01-12,
a real date, serial not 0000), completed age at most 65 on the as-of date, excluded
occupations, domicile (village code 35.22.* or KK prefix 3522) and duplicate NIKs, and writes
eligible.csv and ineligible.csv. It does less than layak (no region table, no retired codes,
no review outcome, no reasons per rule), so the comparison flatters it.

    python3 bench/pandas_screen.py INPUT.csv OUTDIR 2025-06-01
"""
import os
import sys

import pandas as pd

EXCLUDED = {"pns", "cpns", "pppk", "tni", "polri", "pejabat_negara", "pekerja_penerima_upah", "honorer", "perangkat_desa"}


def main(path, out, as_of):
    as_of = pd.Timestamp(as_of)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    nik = df["nik"].str.strip()
    fmt = nik.str.fullmatch(r"\d{16}")
    day = pd.to_numeric(nik.str[6:8], errors="coerce")
    real_day = day.where(day <= 40, day - 40)
    month = pd.to_numeric(nik.str[8:10], errors="coerce")
    yy = pd.to_numeric(nik.str[10:12], errors="coerce")
    year = (2000 + yy).where(2000 + yy <= as_of.year, 1900 + yy)
    nik_date = pd.to_datetime(
        dict(year=year, month=month, day=real_day), errors="coerce"
    )
    nik_ok = (
        fmt
        & (((day >= 1) & (day <= 31)) | ((day >= 41) & (day <= 71)))
        & nik_date.notna()
        & (nik.str[12:16] != "0000")
    )
    iso = pd.to_datetime(df["tanggal_lahir"], format="%Y-%m-%d", errors="coerce")
    dmy = pd.to_datetime(df["tanggal_lahir"], format="%d/%m/%Y", errors="coerce")
    born = iso.fillna(dmy).fillna(nik_date)
    age = as_of.year - born.dt.year - (
        (as_of.month < born.dt.month)
        | ((as_of.month == born.dt.month) & (as_of.day < born.dt.day))
    ).astype(int)
    age_ok = age.notna() & (age <= 65) & (age >= 18)
    occ = df["pekerjaan"].str.strip().str.lower()
    occ_ok = ~occ.isin(EXCLUDED)
    home_ok = df["kode_desa"].str.startswith("35.22.") | df["no_kk"].str.startswith("3522")
    dup = nik.duplicated(keep="first")
    ok = nik_ok & age_ok & occ_ok & home_ok & ~dup
    os.makedirs(out, exist_ok=True)
    df[ok].to_csv(os.path.join(out, "eligible.csv"), index=False)
    df[~ok].to_csv(os.path.join(out, "ineligible.csv"), index=False)
    print(f"pandas: {len(df)} rows, {int(ok.sum())} eligible, {int((~ok).sum())} not")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
