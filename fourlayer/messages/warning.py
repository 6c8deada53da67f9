"""Warnings (``warning.<code>``): what is still fine today but will not be soon, alone and grouped."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "warning.waiver_expiring": {
        "vi": "Miễn trừ cho {control} ({system}) hết hạn ngày {date}.",
        "en": "The waiver for {control} ({system}) expires on {date}.",
    },
    "warning.evidence_expiring": {
        "vi": 'Bằng chứng "{ref}" ngày {evidence_date} của {control} ({system}) sẽ quá hạn sau ngày {date}; cần cập nhật trước ngày đó.',
        "en": 'The evidence "{ref}" of {evidence_date} for {control} ({system}) goes stale after {date}; renew it before then.',
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
    "warning.basis_unconfirmed": {
        "vi": "Tiêu chí {control}: hiệu lực của căn cứ pháp lý ({bases}) chỉ được xác nhận đến ngày {date}; kết quả vẫn đánh giá theo căn cứ này, đề nghị xác nhận lại với cơ quan có thẩm quyền.",
        "en": "Control {control}: its legal bases ({bases}) are confirmed in force only until {date}; the outcome still follows them; confirm with the competent authority.",
    },
    "warning.basis_unconfirmed-unread": {
        "vi": "Tiêu chí {control}: căn cứ pháp lý còn hiệu lực ({bases}) chưa được đọc nguyên văn và trích dẫn điều khoản; kết quả vẫn đánh giá theo yêu cầu của Danh mục, đề nghị đối chiếu văn bản gốc trước khi dùng làm căn cứ.",
        "en": "Control {control}: its legal bases in force ({bases}) have not been read and quoted in their own words; the outcome still follows the checklist's requirement; check the official text before relying on it.",
    },
    "warning.basis_unconfirmed-none": {
        "vi": "Tiêu chí {control}: không có văn bản quy phạm pháp luật còn hiệu lực làm căn cứ; yêu cầu là khuyến nghị của Danh mục, kết quả vẫn đánh giá theo yêu cầu này.",
        "en": "Control {control}: no legal text in force is its basis; the requirement is the checklist's recommendation, and the outcome still follows it.",
    },
    # --- basis_unconfirmed, several controls in one statement (wording.basis_case) ------------
    "warning.grouped.basis_unread": {
        "vi": "{count} tiêu chí ({controls}) có căn cứ pháp lý còn hiệu lực ({documents}) nhưng chưa được đọc nguyên văn và trích dẫn điều khoản; kết quả vẫn đánh giá theo yêu cầu của Danh mục, đề nghị đối chiếu văn bản gốc trước khi dùng làm căn cứ.",
        "en": "{count} controls ({controls}) have legal bases in force ({documents}) that have not been read and quoted in their own words; the outcomes still follow the checklist's requirements; check the official texts before relying on them.",
    },
    "warning.grouped.basis_none": {
        "vi": "{count} tiêu chí ({controls}) không có văn bản quy phạm pháp luật còn hiệu lực làm căn cứ; yêu cầu là khuyến nghị của Danh mục, kết quả vẫn đánh giá theo yêu cầu này.",
        "en": "{count} controls ({controls}) have no legal text in force as their basis; the requirements are the checklist's recommendations, and the outcomes still follow them.",
    },
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
    "warning.evidence_in_future": {
        "vi": "Bằng chứng của {control} ({system}) ghi ngày {date}, sau ngày đánh giá: không được tính.",
        "en": "The evidence for {control} ({system}) is dated {date}, after the evaluation date: it is not counted.",
    },
}
