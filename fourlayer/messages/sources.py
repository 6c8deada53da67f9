"""Messages about the legal sources of a checklist: the kind of each text, how it was read,
the copy it was read in (checklist version 3 on)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- checklist lint (strict_sources) ------------------------------------------------
    "finding.reference-kind-missing": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": thiếu kind (law, decree, circular, decision, directive, dispatch, standard hoặc other).',
        "en": 'Control {id}, reference "{document}": kind is missing (law, decree, circular, decision, directive, dispatch, standard or other).',
    },
    "finding.reference-verified-unquoted": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": confidence: verified mà không có quote trích nguyên văn điều khoản đã đọc.',
        "en": 'Control {id}, reference "{document}": confidence: verified without a quote of the article as read.',
    },
    "finding.reference-directive-unbounded": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": chỉ thị, công văn chỉ là căn cứ khi có văn bản còn hiệu lực xác nhận; ghi confirmed_until.',
        "en": 'Control {id}, reference "{document}": a directive or dispatch counts only while a text in force confirms it; give confirmed_until.',
    },
    "finding.reference-copy-unknown": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": copy: {copy} không có trong copies của danh mục.',
        "en": 'Control {id}, reference "{document}": copy: {copy} is not listed under the checklist\'s copies.',
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
    # --- checklist show ---------------------------------------------------------------
    "checklist.kind.law": {"vi": "luật", "en": "law"},
    "checklist.kind.decree": {"vi": "nghị định", "en": "decree"},
    "checklist.kind.circular": {"vi": "thông tư", "en": "circular"},
    "checklist.kind.decision": {"vi": "quyết định", "en": "decision"},
    "checklist.kind.directive": {"vi": "chỉ thị", "en": "directive"},
    "checklist.kind.dispatch": {"vi": "công văn, công điện", "en": "official dispatch"},
    "checklist.kind.standard": {"vi": "tiêu chuẩn", "en": "standard"},
    "checklist.kind.other": {"vi": "tài liệu khác", "en": "other document"},
    "checklist.quote": {"vi": "Trích nguyên văn", "en": "As read"},
    "checklist.copy": {"vi": "Bản đã đọc", "en": "Copy read"},
    "checklist.notes-heading": {
        "vi": "Tài liệu tham khảo (không phải căn cứ pháp lý)",
        "en": "Reference documents (not a legal basis)",
    },
    "checklist.never-basis": {
        "vi": "không bao giờ được tính là căn cứ đã xác nhận",
        "en": "never counts as a confirmed basis",
    },
}
