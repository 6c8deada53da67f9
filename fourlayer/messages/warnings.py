"""Warnings grouped by kind (``fourlayer.reporting.wording.warning_lines``): one statement per
report for a kind that occurs several times, naming its controls."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "warning.grouped.basis_unconfirmed": {
        "vi": "{count} tiêu chí ({controls}) có căn cứ pháp lý chỉ được xác nhận hiệu lực đến ngày {date} "
        "({documents}); kết quả vẫn đánh giá theo các căn cứ này, đề nghị xác nhận lại với cơ quan có thẩm "
        "quyền.",
        "en": "{count} controls ({controls}) have legal bases confirmed in force only until {date} ({documents}); "
        "the outcomes still follow them; confirm with the competent authority.",
    },
    "warning.grouped": {
        "vi": "{kind} ({count}): {items}.",
        "en": "{kind} ({count}): {items}.",
    },
    "warning.kind.evidence_expiring": {
        "vi": "Bằng chứng sắp quá hạn, cần cập nhật trước ngày nêu",
        "en": "Evidence about to go stale, to renew before the day given",
    },
    "warning.kind.waiver_expiring": {
        "vi": "Miễn trừ sắp hết hạn",
        "en": "Waivers about to expire",
    },
    "warning.kind.evidence_in_future": {
        "vi": "Bằng chứng ghi ngày sau ngày đánh giá, không được tính",
        "en": "Evidence dated after the evaluation date, not counted",
    },
    "warning.item.evidence_expiring": {
        "vi": '{control} ({system}) "{ref}" sau ngày {date}',
        "en": '{control} ({system}) "{ref}" after {date}',
    },
    "warning.item.dated": {
        "vi": "{control} ({system}) ngày {date}",
        "en": "{control} ({system}) {date}",
    },
    "warning.one-of": {"vi": "{items} hoặc {last}", "en": "{items} or {last}"},
}
