"""The evaluation's vocabulary, the glossary's terms: ``outcome.``, ``status.``, ``verdict.``,
``reason.`` (and ``reason-detail.``, the reason with its dates), ``severity.``, ``scope.``,
``confidence.``."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- vocabulary (glossary) ---------------------------------------------------------
    "outcome.pass": {"vi": "Đạt", "en": "Pass"},
    "outcome.partial": {"vi": "Đạt một phần", "en": "Partial"},
    "outcome.fail": {"vi": "Không đạt", "en": "Fail"},
    "outcome.waived": {"vi": "Được miễn trừ", "en": "Waived"},
    "outcome.not_applicable": {"vi": "Không áp dụng", "en": "Not applicable"},
    "outcome.short.pass": {"vi": "Đạt", "en": "Pass"},
    "outcome.short.partial": {"vi": "1 phần", "en": "Part."},
    "outcome.short.fail": {"vi": "K.đạt", "en": "Fail"},
    "outcome.short.waived": {"vi": "M.trừ", "en": "Waiv."},
    "outcome.short.not_applicable": {"vi": "K.AD", "en": "N/A"},
    "status.met": {"vi": "Đáp ứng", "en": "Met"},
    "status.partially_met": {"vi": "Đáp ứng một phần", "en": "Partially met"},
    "status.not_met": {"vi": "Chưa đáp ứng", "en": "Not met"},
    "status.not_applicable": {"vi": "Không áp dụng", "en": "Not applicable"},
    "verdict.compliant": {"vi": "Tuân thủ", "en": "Compliant"},
    "verdict.partially_compliant": {"vi": "Tuân thủ một phần", "en": "Partially compliant"},
    "verdict.non_compliant": {"vi": "Không tuân thủ", "en": "Non-compliant"},
    "severity.critical": {"vi": "nghiêm trọng", "en": "critical"},
    "severity.high": {"vi": "cao", "en": "high"},
    "severity.medium": {"vi": "trung bình", "en": "medium"},
    "severity.low": {"vi": "thấp", "en": "low"},
    "severity.error": {"vi": "lỗi", "en": "error"},
    "severity.warning": {"vi": "cảnh báo", "en": "warning"},
    "scope.agency": {"vi": "cơ quan", "en": "agency"},
    "scope.system": {"vi": "hệ thống", "en": "system"},
    "confidence.verified": {"vi": "đã đọc nguyên văn", "en": "read in the text"},
    "confidence.secondary": {"vi": "nguồn thứ cấp", "en": "secondary"},
    "confidence.unverified": {"vi": "chưa kiểm chứng", "en": "unverified"},
    "reason.waiver_expired": {"vi": "Miễn trừ đã hết hạn", "en": "Waiver expired"},
    "reason.unanswered": {"vi": "Chưa trả lời", "en": "Unanswered"},
    "reason.not_applicable_not_allowed": {
        "vi": "Tiêu chí này không được ghi là không áp dụng",
        "en": "This control may not be marked not applicable",
    },
    "reason.not_implemented": {"vi": "Chưa thực hiện", "en": "Not implemented"},
    "reason.partially_implemented": {"vi": "Mới thực hiện một phần", "en": "Partially implemented"},
    "reason.missing_evidence": {"vi": "Thiếu bằng chứng", "en": "Missing evidence"},
    "reason.undated_evidence": {
        "vi": "Bằng chứng không ghi ngày (tiêu chí có thời hạn)",
        "en": "Evidence has no date (the control has a maximum age)",
    },
    "reason.evidence_expired": {"vi": "Bằng chứng đã quá hạn", "en": "Evidence expired"},
    "reason.overdue": {"vi": "Quá hạn hoàn thành", "en": "Overdue"},
    # --- dates -----------------------------------------------------------------------
    "reason-detail.evidence_expired": {
        "vi": 'Bằng chứng đã quá hạn: "{ref}" ngày {date} chỉ có giá trị {months} tháng, đã quá hạn từ ngày {stale_from}',
        "en": 'Evidence expired: "{ref}" of {date} counts for {months} months and went stale on {stale_from}',
    },
    "reason-detail.overdue": {
        "vi": "Quá hạn hoàn thành (hạn {due})",
        "en": "Overdue (due {due})",
    },
    # --- evaluation -------------------------------------------------------------------
    "reason.duty_not_arisen": {
        "vi": "Nghĩa vụ chưa phát sinh (mọi bằng chứng có trước ngày nghĩa vụ áp dụng)",
        "en": "Duty not yet arisen (all evidence predates the day the duty applies from)",
    },
    "reason-detail.evidence_expired-deadline": {
        "vi": 'Bằng chứng đã quá hạn: "{ref}" ngày {date} không còn giá trị từ ngày {stale_from} vì đã qua hạn nộp kế tiếp',
        "en": 'Evidence expired: "{ref}" of {date} stopped counting on {stale_from}, once the next deadline had passed',
    },
}
