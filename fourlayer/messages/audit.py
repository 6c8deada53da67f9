"""Messages for the ``audit`` and ``diff`` commands (see the package doc)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- audit: console report -------------------------------------------------------
    "audit.title": {
        "vi": "RÀ SOÁT TỔNG HỢP THEO MÔ HÌNH BẢO VỆ 4 LỚP",
        "en": "FOUR-LAYER PROTECTION MODEL AUDIT",
    },
    "audit.files": {"vi": "Số tệp", "en": "Files"},
    "audit.files-line": {
        "vi": "{files} tệp: {agencies} cơ quan được đánh giá, {errors} tệp không đánh giá được",
        "en": "{files} file(s): {agencies} evaluated, {errors} could not be evaluated",
    },
    "audit.score-line": {
        "vi": "trung bình {mean} · trung vị {median} · thấp nhất {lowest} · cao nhất {highest}",
        "en": "mean {mean} · median {median} · lowest {lowest} · highest {highest}",
    },
    "audit.layers": {
        "vi": "Bốn lớp bảo vệ: số cơ quan theo trạng thái",
        "en": "The four layers: agencies by status",
    },
    "audit.met-share": {"vi": "% đáp ứng*", "en": "% met*"},
    "audit.met-share-note": {
        "vi": "* Tỷ lệ cơ quan đáp ứng lớp, trên số cơ quan mà lớp đó áp dụng.",
        "en": "* Agencies meeting the layer, as a share of the agencies to which it applies.",
    },
    "audit.status.met": {"vi": "Đáp ứng", "en": "Met"},
    "audit.status.partially_met": {"vi": "Một phần", "en": "Partly"},
    "audit.status.not_met": {"vi": "Chưa đáp ứng", "en": "Not met"},
    "audit.status.not_applicable": {"vi": "K.AD", "en": "N/A"},
    "audit.legend": {
        "vi": "L1–L4: ✓ Đáp ứng · ◐ Đáp ứng một phần · ✗ Chưa đáp ứng · – Không áp dụng",
        "en": "L1–L4: ✓ met · ◐ partially met · ✗ not met · – not applicable",
    },
    "audit.top-failed": {
        "vi": "{count} tiêu chí có nhiều cơ quan không đạt nhất",
        "en": "The {count} most-failed controls",
    },
    "audit.failing": {"vi": "Số cơ quan", "en": "Agencies"},
    "audit.failing-definition": {
        "vi": "Một cơ quan được tính là không đạt một tiêu chí khi ít nhất một cặp (tiêu chí, cơ quan hoặc "
        "một hệ thống) của tiêu chí đó có kết quả Không đạt; % = số cơ quan đó / số cơ quan được đánh giá.",
        "en": "An agency counts as failing a control when at least one pair of that control (the agency, or one "
        "system) has the outcome fail; % = those agencies / the agencies evaluated.",
    },
    "audit.no-failing": {
        "vi": "Không có cơ quan nào có tiêu chí Không đạt.",
        "en": "No agency fails any control.",
    },
    "audit.errors": {
        "vi": "{count} tệp không đánh giá được (lỗi đầu tiên của mỗi tệp):",
        "en": "{count} file(s) could not be evaluated (the first error of each):",
    },
    "audit.more-errors": {"vi": "(và {count} lỗi khác)", "en": "(and {count} more)"},
    "audit.errors-next": {
        "vi": "Xem mọi lỗi của một tệp bằng lệnh: fourlayer validate TỆP",
        "en": "See every error of a file with: fourlayer validate FILE",
    },
    "audit.summary": {
        "vi": "{agencies} cơ quan được đánh giá, {non_compliant} không tuân thủ, điểm trung bình {mean}; "
        "{errors} tệp không đánh giá được.",
        "en": "Agencies evaluated: {agencies}, non-compliant: {non_compliant}, mean score {mean}; "
        "files that could not be evaluated: {errors}.",
    },
    "audit.progress": {"vi": "Đang đánh giá", "en": "Evaluating"},
    "audit.no-files": {
        "vi": "Không tìm thấy tệp *.yaml hoặc *.yml nào trong {paths}. Kiểm tra lại đường dẫn thư mục.",
        "en": "No *.yaml or *.yml file was found in {paths}. Check the folder path.",
    },
    "finding.evaluation-crashed": {
        "vi": "Không đánh giá được tệp do lỗi nội bộ ({error}); các tệp khác vẫn được đánh giá.",
        "en": "The file could not be evaluated because of an internal error ({error}); the other files were.",
    },
    # --- diff ------------------------------------------------------------------------
    "diff.title": {
        "vi": "SO SÁNH HAI KẾT QUẢ ĐÁNH GIÁ THEO MÔ HÌNH BẢO VỆ 4 LỚP",
        "en": "FOUR-LAYER PROTECTION MODEL: COMPARISON OF TWO EVALUATIONS",
    },
    "diff.old": {"vi": "Trước", "en": "Before"},
    "diff.new": {"vi": "Sau", "en": "After"},
    "diff.before": {"vi": "Trước", "en": "Before"},
    "diff.after": {"vi": "Sau", "en": "After"},
    "diff.change": {"vi": "Thay đổi", "en": "Change"},
    "diff.kind.assessment": {
        "vi": "bản tự đánh giá; danh mục {checklist}; ngày đánh giá {as_of}",
        "en": "self-assessment; checklist {checklist}; evaluation date {as_of}",
    },
    "diff.kind.report": {
        "vi": "báo cáo JSON; danh mục {checklist}; ngày đánh giá {as_of}",
        "en": "JSON report; checklist {checklist}; evaluation date {as_of}",
    },
    "diff.change.unchanged": {"vi": "không đổi", "en": "unchanged"},
    "diff.change.improved": {"vi": "cải thiện", "en": "improved"},
    "diff.change.regressed": {"vi": "giảm", "en": "regressed"},
    "diff.change.changed": {"vi": "thay đổi", "en": "changed"},
    "diff.group.regressed": {"vi": "Giảm ({count})", "en": "Regressed ({count})"},
    "diff.group.improved": {"vi": "Cải thiện ({count})", "en": "Improved ({count})"},
    "diff.group.changed": {
        "vi": "Thay đổi liên quan đến miễn trừ hoặc không áp dụng ({count})",
        "en": "Changed to or from waived or not applicable ({count})",
    },
    "diff.group.appeared": {"vi": "Mới phải đánh giá ({count})", "en": "Appeared ({count})"},
    "diff.group.disappeared": {"vi": "Không còn phải đánh giá ({count})", "en": "Disappeared ({count})"},
    "diff.agency": {"vi": "cơ quan", "en": "the agency"},
    "diff.target": {"vi": "Phạm vi", "en": "Target"},
    "diff.no-changes": {
        "vi": "Không có tiêu chí nào thay đổi kết quả.",
        "en": "No control changed its outcome.",
    },
    "diff.not-comparable": {
        "vi": "Hai bên dùng danh mục khác nhau ({old} và {new}): không so sánh điểm; chỉ so sánh kết quả "
        "từng tiêu chí và trạng thái từng lớp.",
        "en": "The two sides used different checklists ({old} and {new}): scores are not compared; only "
        "each control's outcome and each layer's status are.",
    },
    "diff.other-agency": {
        "vi": "Lưu ý: hai bên là của hai cơ quan khác nhau.",
        "en": "Note: the two sides are of different agencies.",
    },
    "diff.summary": {
        "vi": "{regressed} giảm, {improved} cải thiện, {changed} thay đổi, {appeared} mới, {disappeared} không còn; "
        "tổng số mục giảm (tiêu chí, lớp, kết luận, điểm): {regressions}.",
        "en": "{regressed} regressed, {improved} improved, {changed} changed, {appeared} appeared, "
        "{disappeared} disappeared; regressions in all (controls, layers, verdict, score): {regressions}.",
    },
    "diff.checklist-changed": {
        "vi": "Hai bên được đánh giá theo hai danh mục khác nhau ({old} và {new}), nên điểm không so sánh được. "
        "Đánh giá lại cả hai theo cùng một danh mục (--checklist), hoặc thêm --allow-checklist-change để "
        "chỉ so sánh kết quả từng tiêu chí.",
        "en": "The two sides were evaluated against different checklists ({old} and {new}), so their scores "
        "cannot be compared. Evaluate both against one checklist (--checklist), or add "
        "--allow-checklist-change to compare each control's outcome only.",
    },
    "diff.bad-input": {
        "vi": "Không so sánh được: {path} có lỗi (xem ở trên). Sửa tệp rồi chạy lại.",
        "en": "Cannot compare: {path} has errors (see above). Fix the file and run again.",
    },
    "finding.diff-report-count": {
        "vi": "Báo cáo có {count} kết quả; lệnh diff so sánh đúng một cơ quan.",
        "en": "The report holds {count} results; diff compares exactly one agency.",
    },
    "hint.diff-report-count": {
        "vi": "Tạo báo cáo cho từng cơ quan: fourlayer check TỆP --format json -o bao-cao.json",
        "en": "Make one report per agency: fourlayer check FILE --format json -o report.json",
    },
    "audit.too-many-files": {
        "vi": "Tìm thấy {found} tệp, nhiều hơn giới hạn {limit}: kiểm tra lại thư mục đã chọn, hoặc tăng --max-files nếu đúng là cần rà soát ngần ấy tệp.",
        "en": "Found {found} files, more than the limit of {limit}: check the folder you gave, or raise --max-files if that many files really are to be audited.",
    },
}
