"""Messages for dates made visible, the officer's own words and plain data paths (issue 17)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- dates -----------------------------------------------------------------------
    "reason-detail.evidence_expired": {
        "vi": 'Bằng chứng đã quá hạn: "{ref}" ngày {date} chỉ có giá trị {months} tháng, đã quá hạn từ ngày {stale_from}',
        "en": 'Evidence expired: "{ref}" of {date} counts for {months} months and went stale on {stale_from}',
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
    # --- check --summary ---------------------------------------------------------------
    "summary.first": {
        "vi": "Cần làm trước ({count} tiêu chí chưa đạt):",
        "en": "To work on first ({count} control(s) with gaps):",
    },
    "summary.systems": {"vi": "{count} hệ thống: {systems}", "en": "{count} system(s): {systems}"},
    "summary.more": {
        "vi": "… và {count} tiêu chí khác.",
        "en": "… and {count} more control(s).",
    },
    "summary.warnings": {
        "vi": "{count} cảnh báo (miễn trừ, bằng chứng sắp hết hạn, căn cứ pháp lý chưa được xác nhận…).",
        "en": "{count} warning(s) (waivers, evidence about to go stale, legal bases not confirmed…).",
    },
    "summary.full-report": {
        "vi": "Lý do, việc cần làm và căn cứ của từng tiêu chí: chạy lại không có --summary.",
        "en": "The reasons, next steps and legal basis of each control: run again without --summary.",
    },
    # --- data paths (fourlayer.reading.datapath) ----------------------------------------------
    "path.top": {"vi": "cấp trên cùng của tệp", "en": "the top level of the file"},
    "path.system": {"vi": "hệ thống `{system}`", "en": "system `{system}`"},
    "path.system-number": {"vi": "hệ thống thứ {number}", "en": "system no. {number}"},
    "path.control": {"vi": "tiêu chí {control}", "en": "control {control}"},
    "path.evidence-number": {"vi": "bằng chứng thứ {number}", "en": "evidence no. {number}"},
    "path.waivers-number": {"vi": "miễn trừ thứ {number}", "en": "waiver no. {number}"},
    "path.item-number": {"vi": "mục thứ {number}", "en": "item no. {number}"},
    "path.field.schema_version": {"vi": "phiên bản mẫu", "en": "schema version"},
    "path.field.checklist": {"vi": "danh mục kiểm tra", "en": "checklist"},
    "path.field.id": {"vi": "mã", "en": "id"},
    "path.field.version": {"vi": "phiên bản", "en": "version"},
    "path.field.agency": {"vi": "cơ quan", "en": "agency"},
    "path.field.name": {"vi": "tên", "en": "name"},
    "path.field.code": {"vi": "mã định danh", "en": "code"},
    "path.field.province": {"vi": "tỉnh, thành phố", "en": "province"},
    "path.field.assessed_on": {"vi": "ngày tự đánh giá", "en": "assessment date"},
    "path.field.assessor": {"vi": "người đánh giá", "en": "assessor"},
    "path.field.role": {"vi": "chức vụ", "en": "role"},
    "path.field.contact": {"vi": "liên hệ", "en": "contact"},
    "path.field.systems": {"vi": "danh sách hệ thống", "en": "list of systems"},
    "path.field.level": {"vi": "cấp độ", "en": "level"},
    "path.field.level_approval": {"vi": "quyết định phê duyệt cấp độ", "en": "level approval"},
    "path.field.ref": {"vi": "số hiệu", "en": "reference"},
    "path.field.date": {"vi": "ngày", "en": "date"},
    "path.field.controls": {"vi": "các câu trả lời", "en": "answers"},
    "path.field.status": {"vi": "trạng thái", "en": "status"},
    "path.field.evidence": {"vi": "bằng chứng", "en": "evidence"},
    "path.field.kind": {"vi": "loại", "en": "kind"},
    "path.field.url": {"vi": "địa chỉ url", "en": "url"},
    "path.field.path": {"vi": "đường dẫn tệp", "en": "file path"},
    "path.field.note": {"vi": "ghi chú", "en": "note"},
    "path.field.due": {"vi": "hạn hoàn thành", "en": "due date"},
    "path.field.waivers": {"vi": "danh sách miễn trừ", "en": "list of waivers"},
    "path.field.control": {"vi": "tiêu chí", "en": "control"},
    "path.field.system": {"vi": "hệ thống", "en": "system"},
    "path.field.reason": {"vi": "lý do", "en": "reason"},
    "path.field.approved_by": {"vi": "người phê duyệt", "en": "approved by"},
    "path.field.expires": {"vi": "ngày hết hạn", "en": "expiry date"},
    # --- messages a civil servant reads ---------------------------------------------
    "hint.word-meaning": {
        "vi": 'Có phải ý là "{suggestion}"? Ở đây chỉ ghi một trong các từ: {allowed}.',
        "en": 'Did you mean "{suggestion}"? Only these words are accepted here: {allowed}.',
    },
    "yaml-problem.indentation": {
        "vi": "thụt lề sai",
        "en": "wrong indentation",
    },
    "hint.yaml-indentation": {
        "vi": "Dòng {line} lùi vào {have} dấu cách, nhưng các khoá cùng cấp ở dòng {previous} lùi vào {want} dấu cách: sửa dòng {line} cho thẳng hàng (chỉ dùng dấu cách, không dùng tab).",
        "en": "Line {line} is indented {have} spaces, but the keys at its level on line {previous} are indented {want}: align line {line} with them (spaces only, no tabs).",
    },
}
