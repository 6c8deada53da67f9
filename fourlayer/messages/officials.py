"""Messages for dates made visible, the officer's own words and plain data paths (issue 17)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- dates -----------------------------------------------------------------------
    "reason-detail.evidence_expired": {
        "vi": "Bằng chứng đã quá hạn: \"{ref}\" ngày {date} chỉ có giá trị {months} tháng, đã quá hạn từ ngày {stale_from}",
        "en": "Evidence expired: \"{ref}\" of {date} counts for {months} months and went stale on {stale_from}",
    },
    "reason-detail.overdue": {
        "vi": "Quá hạn hoàn thành (hạn {due})",
        "en": "Overdue (due {due})",
    },
    "warning.assessment_old": {
        "vi": "Ngày đánh giá {as_of} cách ngày tự đánh giá {assessed_on} {days} ngày (quá một quý): bằng chứng được xét "
              "theo ngày {as_of}, nên kết quả có thể khác lúc cơ quan tự đánh giá. Cập nhật bản tự đánh giá, hoặc "
              "chạy lại với --as-of {assessed_iso} để xem kết quả tại ngày tự đánh giá.",
        "en": "The evaluation date {as_of} is {days} days after the assessment date {assessed_on} (more than a "
              "quarter): evidence is judged on {as_of}, so the result may differ from the agency's own. Update the "
              "self-assessment, or run again with --as-of {assessed_iso} for the result on the assessment date.",
    },
    "warning.evidence_expiring-undated": {
        "vi": "Bằng chứng của {control} ({system}) sẽ quá hạn sau ngày {date}; cần cập nhật trước ngày đó.",
        "en": "The evidence for {control} ({system}) goes stale after {date}; renew it before then.",
    },
    "report.assessed-age": {
        "vi": "{date} ({days} ngày trước ngày đánh giá)",
        "en": "{date} ({days} days before the evaluation date)",
    },
    "report.assessed-after": {
        "vi": "{date} ({days} ngày sau ngày đánh giá)",
        "en": "{date} ({days} days after the evaluation date)",
    },
    "report.assessed-same-day": {
        "vi": "{date} (trùng ngày đánh giá)",
        "en": "{date} (the evaluation date)",
    },
    # --- the officer's own words -----------------------------------------------------
    "report.due": {"vi": "Hạn hoàn thành (cơ quan ghi): {due}", "en": "Planned completion (the agency's): {due}"},
    "report.note": {"vi": "Ghi chú của cơ quan: {note}", "en": "The agency's note: {note}"},
}
