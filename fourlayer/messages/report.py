"""The words every report of ``check`` shares (``report.``), including the short view
``check --summary`` (``report.summary.``); ``validate``'s (``validate.``); and writing a report
(``output.``): where it may not go, and the line that says it was written."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- check report ----------------------------------------------------------------
    "report.title": {
        "vi": "BÁO CÁO KIỂM TRA THEO MÔ HÌNH BẢO VỆ 4 LỚP",
        "en": "FOUR-LAYER PROTECTION MODEL CHECK REPORT",
    },
    "report.agency": {"vi": "Cơ quan", "en": "Agency"},
    "report.file": {"vi": "Tệp", "en": "File"},
    "report.assessed-on": {"vi": "Ngày tự đánh giá", "en": "Assessed on"},
    "report.as-of": {"vi": "Ngày đánh giá", "en": "Evaluation date"},
    "report.checklist": {"vi": "Danh mục", "en": "Checklist"},
    "report.verdict": {"vi": "Kết luận", "en": "Verdict"},
    "report.score": {"vi": "Điểm", "en": "Score"},
    "report.score-line": {"vi": "điểm {score}/100", "en": "score {score}/100"},
    "report.waivers-ignored": {
        "vi": "Đánh giá bỏ qua mọi miễn trừ (--no-waivers).",
        "en": "Waivers are ignored in this evaluation (--no-waivers).",
    },
    "report.layers": {"vi": "Bốn lớp bảo vệ", "en": "The four layers"},
    "report.layer": {"vi": "Lớp", "en": "Layer"},
    "report.status": {"vi": "Trạng thái", "en": "Status"},
    "report.legend": {
        "vi": "Cột: Đạt · 1 phần = Đạt một phần · K.đạt = Không đạt · M.trừ = Được miễn trừ · K.AD = Không áp dụng",
        "en": "Columns: Pass · Part. = partial · Fail · Waiv. = waived · N/A = not applicable",
    },
    "report.systems": {"vi": "Hệ thống thông tin", "en": "Information systems"},
    "report.system-id": {"vi": "Mã", "en": "Id"},
    "report.system-name": {"vi": "Tên", "en": "Name"},
    "report.level": {"vi": "Cấp độ", "en": "Level"},
    "report.gaps": {"vi": "Các tồn tại cần khắc phục", "en": "Gaps to close"},
    "report.all-results": {"vi": "Kết quả từng tiêu chí", "en": "Every control"},
    "report.no-gaps": {"vi": "Không có tồn tại nào.", "en": "No gaps."},
    "report.target-agency": {"vi": "Phạm vi: cơ quan", "en": "Target: the agency"},
    "report.target-system": {"vi": "Hệ thống: {system} ({name})", "en": "System: {system} ({name})"},
    "report.why": {"vi": "Lý do", "en": "Why"},
    "report.next-step": {"vi": "Cần làm", "en": "Next step"},
    "report.legal-basis": {"vi": "Căn cứ", "en": "Legal basis"},
    "report.warnings": {"vi": "Cảnh báo", "en": "Warnings"},
    "report.formula": {
        "vi": "Cách tính điểm: Σ(trọng số × mức đạt) / Σ(trọng số); Đạt = 1, Đạt một phần = 0,5, Không đạt = 0; miễn trừ và không áp dụng không tính. Trọng số: {weights}.",
        "en": "Score: Σ(weight × credit) / Σ(weight); pass = 1, partial = 0.5, fail = 0; waived and not applicable are not counted. Weights: {weights}.",
    },
    "report.summary": {
        "vi": "điểm {score}/100 — {fails} không đạt, {partials} đạt một phần, {warnings} cảnh báo.",
        "en": "score {score}/100 — {fails} failed, {partials} partial, {warnings} warning(s).",
    },
    "report.not-evaluated": {
        "vi": "không đánh giá được vì tệp có lỗi:",
        "en": "could not be evaluated; the file has errors:",
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
    "report.summary.first": {
        "vi": "Cần làm trước ({count} tiêu chí chưa đạt):",
        "en": "To work on first ({count} control(s) with gaps):",
    },
    "report.summary.systems": {"vi": "{count} hệ thống: {systems}", "en": "{count} system(s): {systems}"},
    "report.summary.more": {
        "vi": "… và {count} tiêu chí khác.",
        "en": "… and {count} more control(s).",
    },
    "report.summary.warnings": {
        "vi": "{count} cảnh báo (miễn trừ, bằng chứng sắp hết hạn, căn cứ pháp lý chưa được xác nhận…).",
        "en": "{count} warning(s) (waivers, evidence about to go stale, legal bases not confirmed…).",
    },
    "report.summary.full-report": {
        "vi": "Lý do, việc cần làm và căn cứ của từng tiêu chí: chạy lại không có --summary.",
        "en": "The reasons, next steps and legal basis of each control: run again without --summary.",
    },
    "report.and-more": {"vi": "… và {count} nơi khác", "en": "… and {count} more"},
    "report.rows-omitted": {
        "vi": "… và {count} dòng khác; xem đầy đủ bằng --format json.",
        "en": "… and {count} more; see them all with --format json.",
    },
    "report.targets": {"vi": "Phạm vi ({count}): {targets}", "en": "Targets ({count}): {targets}"},
    # --- writing a report (output.) -----------------------------------------------
    "output.is-input": {
        "vi": "Không ghi báo cáo vào {path}: đó là một tệp đầu vào. Chọn tên tệp khác cho --output.",
        "en": "Not writing the report to {path}: it is an input file. Choose another name for --output.",
    },
    "output.is-directory": {
        "vi": "Không ghi được báo cáo: {path} là một thư mục. Ghi rõ tên tệp, ví dụ {example}.",
        "en": "Cannot write the report: {path} is a directory. Give a file name, e.g. {example}.",
    },
    "output.no-directory": {
        "vi": "Không ghi được báo cáo {path}: thư mục {directory} không tồn tại. Tạo thư mục trước.",
        "en": "Cannot write the report {path}: the directory {directory} does not exist. Create it first.",
    },
    "output.failed": {
        "vi": "Không ghi được báo cáo {path}: {reason}. Kiểm tra quyền ghi và dung lượng đĩa.",
        "en": "Cannot write the report {path}: {reason}. Check write permission and free disk space.",
    },
    # --- writing a binary document --------------------------------------------------------
    "output.binary-to-terminal": {
        "vi": "Định dạng này là tệp nhị phân (xlsx/docx), không hiển thị được trên màn hình. "
        "Hãy ghi ra tệp, ví dụ: -o bao-cao.xlsx hoặc -o bao-cao.docx",
        "en": "This format is a binary file (xlsx/docx) and cannot be shown on a terminal. "
        "Write it to a file, e.g. -o report.xlsx or -o report.docx",
    },
    # --- writing a report to a file ---------------------------------------------------------
    "output.done": {"vi": "Đã ghi {path}.", "en": "Wrote {path}."},
    "output.done-findings": {
        "vi": "Đã ghi {path}. Mã thoát 1 là kết quả đánh giá (có kết luận chưa đạt theo --fail-on, hoặc tệp không "
        "đánh giá được), không phải lỗi khi ghi tệp.",
        "en": "Wrote {path}. Exit code 1 reports the evaluation (a verdict short of --fail-on, or a file that could "
        "not be evaluated), not a failure to write.",
    },
    "output.done-errors": {
        "vi": "Đã ghi {path}. Mã thoát 2: có tệp không đánh giá được (xem trong báo cáo); báo cáo vẫn được ghi đủ.",
        "en": "Wrote {path}. Exit code 2: a file could not be evaluated (see the report); the report was written "
        "in full.",
    },
    # --- validate -----------------------------------------------------------------
    "validate.ok": {"vi": "hợp lệ", "en": "valid"},
    "validate.summary": {
        "vi": "Đã kiểm tra {files} tệp: {bad} tệp có lỗi, tổng {errors} lỗi.",
        "en": "Checked {files} file(s): {bad} with errors, {errors} error(s) in all.",
    },
}
