"""The CI formats: SARIF, JUnit, GitHub annotations and Markdown (``ci.``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- one (control, target) pair, as a line in any CI format -----------------------
    "ci.target.agency": {"vi": "cơ quan", "en": "the agency"},
    "ci.target.system": {"vi": "hệ thống {system}", "en": "system {system}"},
    "ci.pair": {
        "vi": "{outcome}: {control} {title} ({target}).",
        "en": "{outcome}: {control} {title} ({target}).",
    },
    "ci.why": {"vi": "Lý do: {reasons}.", "en": "Why: {reasons}."},
    "ci.next-step": {"vi": "Cần làm: {guidance}", "en": "Next step: {guidance}"},
    "ci.legal-basis": {"vi": "Căn cứ: {references}", "en": "Legal basis: {references}"},
    "ci.where": {"vi": "Vị trí: {where}", "en": "Where: {where}"},
    "ci.waived": {
        "vi": "Được miễn trừ theo mục waivers của bản tự đánh giá (miễn trừ đã được phê duyệt, còn hiệu lực).",
        "en": "Waived by an approved, unexpired waiver in the self-assessment's waivers.",
    },
    "ci.file-verdict": {
        "vi": "{source}: {verdict} — điểm {score}/100.",
        "en": "{source}: {verdict} — score {score}/100.",
    },
    "ci.finding-rule": {
        "vi": "Lỗi khi kiểm tra tệp ({code}): {text}",
        "en": "A problem found when checking a file ({code}): {text}",
    },
    # --- GitHub -----------------------------------------------------------------------
    "ci.summary-unwritable": {
        "vi": "Không ghi được tóm tắt vào GITHUB_STEP_SUMMARY ({path}): {reason}. Báo cáo vẫn được in ra.",
        "en": "Cannot write the summary to GITHUB_STEP_SUMMARY ({path}): {reason}. The report is still printed.",
    },
    # --- Markdown ---------------------------------------------------------------------
    "ci.md.title": {
        "vi": "Kiểm tra theo mô hình bảo vệ 4 lớp",
        "en": "Four-layer protection model check",
    },
    "ci.md.validate-title": {
        "vi": "Kiểm tra tính hợp lệ của bản tự đánh giá",
        "en": "Self-assessment validation",
    },
    "ci.md.file": {"vi": "Tệp", "en": "File"},
    "ci.md.checklist": {"vi": "Danh mục", "en": "Checklist"},
    "ci.md.as-of": {"vi": "Ngày đánh giá", "en": "Evaluation date"},
    "ci.md.verdict": {"vi": "Kết luận", "en": "Verdict"},
    "ci.md.score": {"vi": "Điểm", "en": "Score"},
    "ci.md.layer": {"vi": "Lớp", "en": "Layer"},
    "ci.md.status": {"vi": "Trạng thái", "en": "Status"},
    "ci.md.control": {"vi": "Tiêu chí", "en": "Control"},
    "ci.md.severity": {"vi": "Mức độ", "en": "Severity"},
    "ci.md.target": {"vi": "Phạm vi", "en": "Target"},
    "ci.md.outcome": {"vi": "Kết quả", "en": "Outcome"},
    "ci.md.reasons": {"vi": "Lý do", "en": "Why"},
    "ci.md.where": {"vi": "Vị trí", "en": "Where"},
    "ci.md.gaps": {"vi": "Các tồn tại cần khắc phục", "en": "Gaps to close"},
    "ci.md.no-gaps": {"vi": "Không có tồn tại nào.", "en": "No gaps."},
    "ci.md.next-steps": {"vi": "Việc cần làm cho từng tiêu chí", "en": "Next step for each control"},
    "ci.md.more-gaps": {
        "vi": "… và {count} tồn tại khác. Xem đầy đủ bằng --format console hoặc --format json.",
        "en": "… and {count} more gap(s). See them all with --format console or --format json.",
    },
    "ci.md.waivers-ignored": {
        "vi": "Đánh giá bỏ qua mọi miễn trừ (--no-waivers).",
        "en": "Waivers are ignored in this evaluation (--no-waivers).",
    },
    "ci.md.warnings": {"vi": "Cảnh báo", "en": "Warnings"},  # expiring soon, an old assessment, unconfirmed legal bases
    "ci.md.not-evaluated": {
        "vi": "Không đánh giá được vì tệp có lỗi",
        "en": "Not evaluated: the file has errors",
    },
    "ci.md.notices": {"vi": "Lưu ý khi đọc tệp", "en": "Notes from reading the files"},
    "ci.md.message": {"vi": "Nội dung", "en": "Message"},
    "ci.md.code": {"vi": "Mã", "en": "Code"},
    "ci.md.result": {"vi": "Kết quả", "en": "Result"},
    "ci.md.valid": {"vi": "hợp lệ", "en": "valid"},
    "ci.md.invalid": {"vi": "{count} lỗi", "en": "{count} error(s)"},
    "ci.md.warnings-count": {"vi": "{count} cảnh báo", "en": "{count} warning(s)"},
    "ci.md.no-files": {"vi": "Không có tệp nào được kiểm tra.", "en": "No file was checked."},
    # --- JUnit ------------------------------------------------------------------------
    "ci.junit.valid": {"vi": "Tệp hợp lệ", "en": "The file is valid"},
    "ci.results-omitted": {
        "vi": "… và {count} kết quả khác của tệp này không được liệt kê ({gaps} tồn tại); xem đầy đủ bằng --format json.",
        "en": "… and {count} more results of this file, not listed ({gaps} gaps); see them all with --format json.",
    },
}
