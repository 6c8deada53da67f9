"""Realistic, deterministic agency self-assessments for audit tests and benchmarks.

``write_agencies(folder, count, seed)`` writes ``count`` valid assessment files under
``folder`` (in a few sub-folders, as a province's collection would be kept): each agency
runs 1–4 systems at levels 1–4 and answers every control that applies at its levels
with varied statuses, dated evidence, due dates, notes in Vietnamese and now and then a
waiver. The same ``(count, seed)`` always gives byte-identical files, whatever the
machine or ``PYTHONHASHSEED`` (``random.Random`` seeded with text is stable).

Usable as a script too: ``python tests/generate.py FOLDER COUNT [SEED]``.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fourlayer.model.checklist import Checklist, Control, load_checklist

ASSESSED_ON = date(2026, 9, 30)
"""Every generated file is the Q3 2026 self-assessment; evaluate with ``--as-of`` near it."""

PROVINCES = (
    ("Nghệ An", "H42", "SNA"),
    ("Thanh Hóa", "H56", "STH"),
    ("Hà Tĩnh", "H30", "SHT"),
    ("Quảng Trị", "H48", "SQT"),
    ("Lào Cai", "H39", "SLC"),
    ("Gia Lai", "H26", "SGL"),
    ("Đắk Lắk", "H19", "SĐL"),
    ("Khánh Hòa", "H34", "SKH"),
    ("Lâm Đồng", "H38", "SLĐ"),
    ("Đồng Nai", "H20", "SĐN"),
    ("An Giang", "H01", "SAG"),
    ("Cà Mau", "H12", "SCM"),
)
DEPARTMENTS = (
    ("so", "Sở Y tế", "SYT"),
    ("so", "Sở Tài chính", "STC"),
    ("so", "Sở Giáo dục và Đào tạo", "SGDĐT"),
    ("so", "Sở Nội vụ", "SNV"),
    ("so", "Sở Tư pháp", "STP"),
    ("so", "Sở Xây dựng", "SXD"),
    ("so", "Sở Khoa học và Công nghệ", "SKHCN"),
    ("so", "Sở Nông nghiệp và Môi trường", "SNNMT"),
    ("so", "Sở Công Thương", "SCT"),
    ("so", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("so", "Sở Dân tộc và Tôn giáo", "SDTTG"),
    ("so", "Sở Ngoại vụ", "SNgV"),
    ("khac", "Văn phòng UBND tỉnh", "VP"),
    ("khac", "Thanh tra tỉnh", "TTr"),
    ("khac", "Ban Quản lý các khu công nghiệp", "BQL"),
    ("khac", "Bảo hiểm xã hội tỉnh", "BHXH"),
)
COMMUNE_FIRST = (
    "Hưng",
    "Diễn",
    "Quỳnh",
    "Nghĩa",
    "Thanh",
    "Yên",
    "Tân",
    "Phú",
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Kim",
    "Long",
    "Vĩnh",
    "Hòa",
    "Xuân",
    "Cẩm",
    "Đức",
    "Quang",
)
COMMUNE_SECOND = (
    "Lộc",
    "Thành",
    "Phong",
    "Hòa",
    "An",
    "Bình",
    "Sơn",
    "Lâm",
    "Hải",
    "Trung",
    "Thịnh",
    "Phúc",
    "Mỹ",
    "Tiến",
    "Lợi",
    "Hưng",
    "Khánh",
    "Thuận",
    "Vinh",
    "Điền",
)
SYSTEMS = (
    ("portal", "Cổng thông tin điện tử"),
    ("qlvb", "Hệ thống quản lý văn bản và điều hành"),
    ("email", "Hệ thống thư điện tử công vụ"),
    ("motcua", "Hệ thống thông tin giải quyết thủ tục hành chính (một cửa điện tử)"),
    ("csdl-chuyen-nganh", "Cơ sở dữ liệu chuyên ngành"),
    ("hntt", "Hệ thống hội nghị truyền hình trực tuyến"),
    ("lan", "Mạng nội bộ (LAN) của cơ quan"),
    ("ketoan", "Phần mềm kế toán, tài chính"),
)
LEVEL_WEIGHTS = ((1, 2), (2, 5), (3, 4), (4, 1))
# How far along an agency is: (profile, share of agencies, status weights, chance of an
# answer without evidence, days back the evidence may go). Exemplary agencies pass every
# control (compliant), the others spread over partially and non-compliant.
PROFILES = (
    ("exemplary", 8, (("implemented", 100), ("partial", 0), ("not_implemented", 0), ("not_applicable", 0)), 0.0, 60),
    ("good", 22, (("implemented", 90), ("partial", 5), ("not_implemented", 3), ("not_applicable", 2)), 0.02, 200),
    ("average", 45, (("implemented", 62), ("partial", 16), ("not_implemented", 16), ("not_applicable", 6)), 0.06, 400),
    ("lagging", 25, (("implemented", 38), ("partial", 20), ("not_implemented", 36), ("not_applicable", 6)), 0.1, 700),
)
KINDS = ("decision", "contract", "report", "certificate", "minutes", "screenshot", "other")
DOC_TYPES = {
    "decision": "QĐ",
    "contract": "HĐ",
    "report": "BC",
    "certificate": "GCN",
    "minutes": "BB",
    "screenshot": "ẢNH",
    "other": "CV",
}
NOTES = (
    "Đã ban hành văn bản, đang tổ chức triển khai.",
    "Đang chờ bố trí kinh phí năm 2027.",
    "Thuê dịch vụ của doanh nghiệp viễn thông trên địa bàn tỉnh.",
    "Chưa bố trí được cán bộ chuyên trách; đang kiêm nhiệm.",
    "Phối hợp với Sở Khoa học và Công nghệ thực hiện.",
    "Đã ký hợp đồng, dự kiến nghiệm thu trong quý IV.",
    "Hồ sơ lưu tại Văn phòng, bản chụp kèm theo.",
    "Thực hiện theo hướng dẫn của Bộ Công an.",
)
NA_NOTES = (
    "Hệ thống không kết nối Internet, chỉ dùng trong mạng nội bộ.",
    "Cơ quan không có trung tâm dữ liệu riêng; dùng hạ tầng dùng chung của tỉnh.",
    "Không phát sinh trong kỳ đánh giá.",
)
ASSESSORS = (
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Minh Châu",
    "Phạm Quốc Dũng",
    "Hoàng Thị Giang",
    "Võ Đức Hải",
    "Đặng Thu Hương",
    "Bùi Thanh Khoa",
    "Đỗ Ngọc Lan",
    "Ngô Văn Minh",
)
ROLES = (
    "Chuyên viên CNTT",
    "Phó Chánh Văn phòng",
    "Trưởng phòng Kế hoạch - Tổng hợp",
    "Công chức Văn phòng - Thống kê",
)


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _weighted(rng: random.Random, pairs: tuple[tuple[Any, int], ...]) -> Any:
    values = [value for value, _ in pairs]
    weights = [weight for _, weight in pairs]
    return rng.choices(values, weights)[0]


def _day_before(rng: random.Random, end: date, max_days: int) -> date:
    return end - timedelta(days=rng.randint(0, max_days))


def _applies(control: Control, level: int) -> bool:
    return level >= control.min_level


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, indent: int, text: str) -> None:
        self.lines.append("  " * indent + text)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _answer(
    out: _Writer, indent: int, control: Control, rng: random.Random, suffix: str, profile: tuple[Any, ...]
) -> None:
    _, _, weights, no_evidence, days = profile
    status = str(_weighted(rng, weights))
    if status == "not_applicable" and not control.allow_not_applicable and rng.random() < 0.7:
        status = "implemented"  # most agencies only write not_applicable where it is allowed
    out.add(indent, f"{control.id}:")
    out.add(indent + 1, f"status: {status}")
    if status in ("implemented", "partial") and rng.random() >= no_evidence:
        out.add(indent + 1, "evidence:")
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(KINDS)
            issued = _day_before(rng, ASSESSED_ON, days)
            number = rng.randint(1, 450)
            ref = f"{number}/{DOC_TYPES[kind]}-{suffix}"
            out.add(indent + 2, f"- ref: {_q(ref)}")
            if no_evidence == 0 or rng.random() > 0.04:
                out.add(indent + 2, f"  date: {issued.isoformat()}")
            out.add(indent + 2, f"  kind: {kind}")
            if rng.random() < 0.2:
                out.add(indent + 2, f"  path: {_q(f'ho-so/{control.id}/{number}.pdf')}")
    if status == "not_applicable":
        out.add(indent + 1, f"note: {_q(rng.choice(NA_NOTES))}")
    elif rng.random() < 0.3:
        out.add(indent + 1, f"note: {_q(rng.choice(NOTES))}")
    if status in ("partial", "not_implemented") and rng.random() < 0.5:
        due = ASSESSED_ON + timedelta(days=rng.randint(-120, 365))
        out.add(indent + 1, f"due: {due.isoformat()}")


def agency_text(checklist: Checklist, index: int, seed: int) -> tuple[str, str]:
    """(relative file name, YAML text) of the ``index``-th agency for ``seed``."""
    rng = random.Random(f"fourlayer-agency-{seed}-{index}")
    profile = rng.choices(PROFILES, [p[1] for p in PROFILES])[0]
    province, province_code, _ = PROVINCES[seed % len(PROVINCES)]
    if rng.random() < 0.35:
        folder, name, suffix = rng.choice(DEPARTMENTS)
        name = f"{name} {province}" if name.endswith(" tỉnh") else f"{name} tỉnh {province}"
    else:
        folder = "xa"
        name = f"UBND xã {rng.choice(COMMUNE_FIRST)} {rng.choice(COMMUNE_SECOND)}"
        suffix = "UBND"
    rng.randint(0, 99), rng.randint(1, 99)  # the draws once used for the code: the rest stays as it was
    code = f"000.{index // 100:02d}.{index % 100:02d}.{province_code}"  # unique: one agency per file
    count = rng.choices((1, 2, 3, 4), (3, 4, 2, 1))[0]
    chosen = rng.sample(SYSTEMS, count)
    levels = [int(_weighted(rng, LEVEL_WEIGHTS)) for _ in chosen]
    highest = max(levels)

    out = _Writer()
    out.add(0, "# yaml-language-server: $schema=https://fourlayer.invalid/schemas/assessment.schema.json")
    out.add(0, f"# Bản tự đánh giá quý III/2026 — {name}")
    out.add(0, "schema_version: 1")
    out.add(0, f"checklist: {{id: {_q(checklist.id)}, version: {_q(checklist.version)}}}")
    out.add(0, "agency:")
    out.add(1, f"name: {_q(name)}")
    out.add(1, f"code: {_q(code)}")
    out.add(1, f"province: {_q(province)}")
    out.add(0, f"assessed_on: {ASSESSED_ON.isoformat()}")
    out.add(0, "assessor:")
    out.add(1, f"name: {_q(rng.choice(ASSESSORS))}")
    out.add(1, f"role: {_q(rng.choice(ROLES))}")
    out.add(1, f"contact: {_q(f'cntt{index}@{suffix.lower()}.example.vn')}")
    out.add(0, "systems:")
    for (sid, sname), level in zip(chosen, levels, strict=True):
        out.add(1, f"- id: {sid}")
        out.add(1, f"  name: {_q(sname)}")
        out.add(1, f"  level: {level}")
        if rng.random() < 0.6:
            approved = _day_before(rng, ASSESSED_ON, 900)
            out.add(
                1,
                f"  level_approval: {{ref: {_q(f'{rng.randint(1, 300)}/QĐ-{suffix}')}, date: {approved.isoformat()}}}",
            )
        answered = [c for c in checklist.controls if c.scope == "system" and _applies(c, level)]
        if answered:
            out.add(1, "  controls:")
            for control in answered:
                _answer(out, 3, control, rng, suffix, profile)
    agency_controls = [c for c in checklist.controls if c.scope == "agency" and _applies(c, highest)]
    if agency_controls:
        out.add(0, "controls:")
        for control in agency_controls:
            _answer(out, 1, control, rng, suffix, profile)
    if rng.random() < 0.5:
        out.add(0, f"x-ghi-chu: {_q('Số liệu tổng hợp phục vụ báo cáo quý III/2026.')}")
    system_controls = [c for c in checklist.controls if c.scope == "system" and _applies(c, min(levels))]
    if system_controls and rng.random() < 0.12:
        control = rng.choice(system_controls)
        expires = ASSESSED_ON + timedelta(days=rng.randint(-30, 400))
        out.add(0, "waivers:")
        out.add(1, f"- control: {control.id}")
        out.add(1, f"  system: {chosen[0][0]}")
        out.add(1, f"  reason: {_q('Hệ thống đang được nâng cấp, sẽ đánh giá lại sau nghiệm thu.')}")
        out.add(1, f"  approved_by: {_q('Giám đốc ' + name)}")
        out.add(1, f"  ref: {_q(f'{rng.randint(1, 200)}/QĐ-{suffix}')}")
        out.add(1, f"  expires: {expires.isoformat()}")
    return f"{folder}/{index:05d}-{suffix.lower()}.yaml", out.text()


def write_agencies(folder: str | Path, count: int, seed: int, checklist: Checklist | None = None) -> list[Path]:
    """Write ``count`` assessments under ``folder``; return their paths in sorted order.

    Valid against ``checklist`` (default: the bundled one): every control that applies
    at an agency's levels is answered, so each file validates and evaluates.
    """
    if checklist is None:
        loaded = load_checklist()
        if loaded.checklist is None:
            raise RuntimeError("the bundled checklist does not load")
        checklist = loaded.checklist
    root = Path(folder)
    written = []
    for index in range(count):
        name, text = agency_text(checklist, index, seed)
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return sorted(written)


if __name__ == "__main__":  # pragma: no cover - a convenience for benchmarks
    target, number = sys.argv[1], int(sys.argv[2])
    write_agencies(target, number, int(sys.argv[3]) if len(sys.argv) > 3 else 0)
