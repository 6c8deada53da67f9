"""The HTML pages of ``check``, ``audit`` and ``history`` (``html.``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- HTML pages (check, audit, history) ------------------------------------------
    "html.check-title": {
        "vi": "Kết quả kiểm tra theo mô hình bảo vệ 4 lớp",
        "en": "Four-layer protection model check",
    },
    "html.audit-title": {
        "vi": "Rà soát tổng hợp theo mô hình bảo vệ 4 lớp",
        "en": "Four-layer protection model audit",
    },
    "html.history-title": {"vi": "Diễn biến qua các đợt rà soát", "en": "Trends over the audit rounds"},
    "html.layers-short": {"vi": "Lớp", "en": "Layers"},
    "html.gaps-count": {"vi": "Tồn tại", "en": "Gaps"},
    "html.warnings": {"vi": "cảnh báo", "en": "warning(s)"},
    "html.generated": {
        "vi": "Tạo bởi fourlayer {version}; ngày đánh giá {as_of}. Tệp này không tải gì từ mạng và in được khổ A4.",
        "en": "Made by fourlayer {version}; evaluation date {as_of}. This file loads nothing from a network and prints on A4.",
    },
    "html.agencies": {"vi": "Cơ quan được đánh giá", "en": "Agencies evaluated"},
    "html.mean": {"vi": "Điểm trung bình", "en": "Mean score"},
    "html.median-range": {
        "vi": "trung vị {median} · thấp nhất {lowest} · cao nhất {highest}",
        "en": "median {median} · lowest {lowest} · highest {highest}",
    },
    "html.files-errors": {
        "vi": "{files} tệp; {errors} tệp không đánh giá được",
        "en": "{files} file(s); {errors} could not be evaluated",
    },
    "html.layer-matrix": {
        "vi": "Xếp hạng (theo kết luận, rồi điểm từ cao xuống thấp) và trạng thái bốn lớp của từng cơ quan",
        "en": "Ranking (by verdict, then score, highest first), and each agency's four layers",
    },
    "html.rank": {"vi": "Hạng", "en": "Rank"},
    "html.met-share": {"vi": "đáp ứng", "en": "met"},
    "html.share": {"vi": "Tỷ lệ", "en": "Share"},
    "html.first-error": {"vi": "Lỗi đầu tiên", "en": "First error"},
}
