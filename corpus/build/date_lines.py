"""Renders the date-line set: one signed date per image, as a copier or a phone leaves it, for the OCR of a date's
ones (11 read as 1, a lone 1 as ]) and of a numeral year's 〇. Usage: date_lines.py OUT"""
import random, subprocess, sys
from pathlib import Path

NUMERALS = "〇一二三四五六七八九"


def numeral(n: int) -> str:
    """A month or day as 公文 write it in numerals: 十, 十一, 二十, 二十一."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens] + "十")) + (NUMERALS[ones] if ones else "")


def main(out: Path) -> None:
    rng = random.Random(2019)
    fonts = ["Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC"]
    rows = ["file\tdate\tas_printed\tfont\tppi\tjpeg_quality\tskew"]
    # Months and days of ones are the hard case; the rest keep the set from being only that.
    months = [1, 1, 10, 11, 11, 12, 2, 3, 5, 7, 8, 9]
    days = [1, 1, 10, 11, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 2, 9, 20, 26, 28]
    for i in range(160):
        m, d = rng.choice(months), rng.choice(days)
        d = min(d, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
        printed = f"2019年{m}月{d}日" if i % 4 else f"二〇一九年{numeral(m)}月{numeral(d)}日"
        font, ppi = rng.choice(fonts), rng.choice([96, 120, 150, 200])
        quality, skew = rng.choice([30, 40, 50, 60]), round(rng.uniform(-1.5, 1.5), 2)
        name = f"line-{i:03d}.jpg"
        subprocess.run(["convert", "-density", str(ppi), "-units", "PixelsPerInch", "-background", "white", "-fill", "black",
                        "-font", font, "-pointsize", "16", f"label:{printed}", "-bordercolor", "white", "-border", "40",
                        "-rotate", str(skew), "-colorspace", "gray", "-quality", str(quality), "-strip",
                        "-density", str(ppi), str(out / name)], check=True)
        rows.append(f"{name}\t2019-{m:02d}-{d:02d}\t{printed}\t{font}\t{ppi}\t{quality}\t{skew}")
    (out / "truth.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
