"""The ``checklist`` command and the checklist itself (``checklist.``): controls, versions,
legal sources, and what changed between versions."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "checklist.scope": {"vi": "Phạm vi", "en": "Scope"},
    "checklist.min-level": {"vi": "Cấp độ", "en": "Level"},
    "checklist.severity": {"vi": "Mức độ", "en": "Severity"},
    "checklist.title": {"vi": "Tiêu chí", "en": "Control"},
    "checklist.count": {"vi": "{count} tiêu chí.", "en": "{count} control(s)."},
    "checklist.unverified-note": {
        "vi": "* Căn cứ pháp lý chưa được kiểm chứng với văn bản gốc; cần đối chiếu trước khi dùng làm căn cứ xử lý.",
        "en": "* The legal basis is not yet verified against the official text; check it before relying on it.",
    },
    "checklist.level-from": {"vi": "từ cấp độ {level} trở lên", "en": "level {level} and above"},
    "checklist.weight": {"vi": "trọng số", "en": "weight"},
    "checklist.evidence": {"vi": "Cần bằng chứng", "en": "Evidence required"},
    "checklist.period": {"vi": "Thời hạn bằng chứng", "en": "Evidence period"},
    "checklist.no-age": {"vi": "không giới hạn", "en": "no limit"},
    "checklist.age-all": {"vi": "{months} tháng", "en": "{months} months"},
    "checklist.age-level": {"vi": "cấp độ {level}: {months} tháng", "en": "level {level}: {months} months"},
    "checklist.na-allowed": {"vi": "Được ghi không áp dụng", "en": "May be not applicable"},
    "checklist.effective": {"vi": "Hiệu lực", "en": "In force"},
    "checklist.valid": {"vi": "Áp dụng", "en": "Applies"},
    "checklist.requirement": {"vi": "Yêu cầu", "en": "Requirement"},
    "checklist.yes": {"vi": "có", "en": "yes"},
    "checklist.no": {"vi": "không", "en": "no"},
    # --- checklist show: the id map -----------------------------------------------------
    "checklist.replaces": {"vi": "Kế thừa từ phiên bản {version}", "en": "Continues from version {version}"},
    "checklist.change.kept": {"vi": "giữ mã {ids}", "en": "same id {ids}"},
    "checklist.change.renamed": {"vi": "đổi mã từ {ids}", "en": "renamed from {ids}"},
    "checklist.change.moved": {"vi": "chuyển lớp, trước là {ids}", "en": "moved from another layer, was {ids}"},
    "checklist.change.merged": {"vi": "gộp từ {ids}", "en": "merged from {ids}"},
    "checklist.change.new": {"vi": "tiêu chí mới", "en": "new control"},
    "checklist.basis-confirmed-until": {
        "vi": "hiệu lực được xác nhận đến {date}",
        "en": "confirmed in force until {date}",
    },
    "checklist.deadlines": {"vi": "Hạn nộp hằng năm", "en": "Yearly deadlines"},
    "checklist.forward-from": {
        "vi": "Chỉ áp dụng cho việc làm từ ngày {date}",
        "en": "Applies only to acts from {date}",
    },
    "checklist.event-triggered": {
        "vi": "Nghĩa vụ phát sinh khi có sự kiện: nếu trong kỳ không có, trả lời no_event: true",
        "en": "Event-triggered duty: if none happened in the period, answer no_event: true",
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
