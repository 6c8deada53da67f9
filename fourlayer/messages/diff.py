"""The ``diff`` command (``diff.``): two assessments or two audit reports compared."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    "diff.ids-mapped": {
        "vi": "Mã tiêu chí của phiên bản cũ được đối chiếu sang phiên bản mới theo bảng kế thừa mã (replaces); tiêu chí gộp lấy kết quả yếu hơn; tiêu chí được tách thì kết quả cũ được so với từng tiêu chí kế thừa.",
        "en": "The older version's control ids are mapped to the newer version's through its id map (replaces); merged controls take the weaker outcome; a split control's old outcome is compared with each control that continues it.",
    },
}
