"""The ``diff`` command: two assessments compared (``diff.``), and two rounds (``rounds.``): ``diff``
of two folders or audit reports, and the rounds of ``history``."""

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
    # --- two rounds (rounds.) -----------------------------------------------------
    "rounds.title": {
        "vi": "SO SÁNH HAI ĐỢT RÀ SOÁT THEO TỪNG CƠ QUAN",
        "en": "COMPARISON OF TWO ROUNDS, AGENCY BY AGENCY",
    },
    "rounds.kind.folder": {
        "vi": "thư mục; danh mục {checklist}; ngày đánh giá {as_of}; {agencies} cơ quan, {errors} tệp lỗi",
        "en": "folder; checklist {checklist}; evaluation date {as_of}; {agencies} agencies, {errors} file(s) with errors",
    },
    "rounds.kind.audit_report": {
        "vi": "báo cáo JSON của audit; danh mục {checklist}; ngày đánh giá {as_of}; {agencies} cơ quan, {errors} tệp lỗi",
        "en": "audit JSON report; checklist {checklist}; evaluation date {as_of}; {agencies} agencies, "
        "{errors} file(s) with errors",
    },
    "rounds.mean": {"vi": "Điểm trung bình", "en": "Mean score"},
    "rounds.agencies": {
        "vi": "Từng cơ quan (ghép theo mã cơ quan, không có mã thì theo tên; xếp: điểm giảm, điểm tăng, không đổi, "
        "không so sánh điểm)",
        "en": "Agency by agency (matched by agency code, else by name; in this order: score down, up, unchanged, "
        "not compared)",
    },
    "rounds.controls": {"vi": "Tiêu chí thay đổi", "en": "Controls changed"},
    "rounds.standing.fail": {"vi": "không đạt", "en": "fail"},
    "rounds.standing.partial": {"vi": "một phần", "en": "partial"},
    "rounds.standing.ok": {"vi": "đạt", "en": "ok"},
    "rounds.legend": {
        "vi": "L1–L4 trước → sau: ✓ Đáp ứng · ◐ Đáp ứng một phần · ✗ Chưa đáp ứng · – Không áp dụng. "
        "Tiêu chí «đạt»: không cặp nào không đạt hay một phần (gồm cả miễn trừ, không áp dụng).",
        "en": "L1–L4 before → after: ✓ met · ◐ partially met · ✗ not met · – not applicable. "
        "A control “ok”: no pair fails or is partial (waived and not applicable included).",
    },
    "rounds.gone": {
        "vi": "Có ở đợt trước, không có ở đợt này ({count}):",
        "en": "In the old round, not in the new one ({count}):",
    },
    "rounds.new": {
        "vi": "Mới ở đợt này ({count}):",
        "en": "New in this round ({count}):",
    },
    # --- diff of two rounds across checklist versions ---------------------------------
    "rounds.ids-mapped": {
        "vi": "Mã tiêu chí được đối chiếu giữa hai phiên bản danh mục ({old} và {new}) theo bảng kế thừa mã "
        "(replaces): tiêu chí đổi mã so theo mã mới, tiêu chí gộp lấy kết quả yếu hơn, tiêu chí được tách "
        "thì kết quả cũ được so với từng tiêu chí kế thừa. Điểm không so sánh giữa hai phiên bản.",
        "en": "Control ids were mapped between the two checklist versions ({old} and {new}) through the id map "
        "(replaces): a renamed control is compared under its new id, merged controls take the weaker "
        "result, a split control's old result is compared with each control that continues it. Scores "
        "are not compared across versions.",
    },
    # --- score directions and control regressions (diff, history) --------------------
    "rounds.direction.up": {"vi": "tăng", "en": "up"},
    "rounds.direction.down": {"vi": "giảm", "en": "down"},
    "rounds.direction.same": {"vi": "không đổi", "en": "unchanged"},
    "rounds.direction.none": {"vi": "không so sánh điểm", "en": "scores not compared"},
    "rounds.controls-regressed": {
        "vi": "{count} tiêu chí bị giảm",
        "en": "{count} controls regressed",
    },
    "rounds.score-summary": {
        "vi": "Điểm của {matched} cơ quan có ở cả hai đợt: {up} tăng, {down} giảm, {same} không đổi{uncompared}; điểm trung bình của các cơ quan này {matched_before} → {matched_after}.",
        "en": "Scores of the {matched} agencies in both rounds: {up} up, {down} down, {same} unchanged{uncompared}; their mean score {matched_before} → {matched_after}.",
    },
    "rounds.mean-summary": {
        "vi": "Điểm trung bình của cả đợt (mọi cơ quan được đánh giá): {before} ({old_count} cơ quan) → {after} ({new_count} cơ quan).",
        "en": "Mean score of each whole round (every agency evaluated): {before} ({old_count} agencies) → {after} ({new_count} agencies).",
    },
    "rounds.score-uncompared": {
        "vi": ", {count} không so sánh được (khác phiên bản danh mục)",
        "en": ", {count} not compared (another checklist version)",
    },
    "rounds.control-summary": {
        "vi": "Theo từng tiêu chí: {agencies} cơ quan có tiêu chí bị giảm ({controls} tiêu chí bị giảm), {improved} cơ quan có tiêu chí được cải thiện.",
        "en": "Per control: {agencies} agencies have controls that regressed ({controls} controls regressed), {improved} agencies have controls that improved.",
    },
    "rounds.gone-new": {
        "vi": "{gone} cơ quan chỉ có ở đợt cũ, {new} cơ quan chỉ có ở đợt mới.",
        "en": "{gone} agencies only in the old round, {new} only in the new one.",
    },
    "rounds.as-of-from.option": {"vi": "ngày do người dùng chỉ định", "en": "date given on the command line"},
    "rounds.as-of-from.newest": {
        "vi": "ngày lấy theo assessed_on mới nhất trong thư mục",
        "en": "date taken from the newest assessed_on in the folder",
    },
    "rounds.as-of-from.report": {"vi": "ngày ghi trong báo cáo", "en": "the report's own date"},
    "rounds.as-of-for-report": {
        "vi": "{option} chỉ dùng cho một thư mục; {path} là báo cáo JSON của audit, đã được đánh giá vào ngày ghi trong báo cáo ({as_of}). Bỏ {option}, hoặc so sánh thư mục của đợt đó.",
        "en": "{option} applies to a folder; {path} is an audit JSON report, evaluated on its own date ({as_of}). Leave {option} out, or compare the round's folder.",
    },
    # --- the roster of a recorded round (history) -------------------------------------
    "rounds.history.not-submitted": {
        "vi": "Chưa nộp (theo danh sách cơ quan của đợt {round}): {count}",
        "en": "Not submitted (by the roster of round {round}): {count}",
    },
    "rounds.history.none-not-submitted": {
        "vi": "Mọi cơ quan trong danh sách của đợt {round} đều đã nộp.",
        "en": "Every agency on the roster of round {round} submitted.",
    },
    "rounds.history.no-roster": {
        "vi": "Đợt {round} được ghi không kèm danh sách cơ quan (--roster), nên không biết cơ quan nào chưa nộp.",
        "en": "Round {round} was recorded without a roster (--roster), so who did not submit is not known.",
    },
    "rounds.history.unreadable": {
        "vi": "Đã nộp, tệp không đọc được (đợt {round}): {count}",
        "en": "Submitted, file could not be read (round {round}): {count}",
    },
    "rounds.history.absent": {
        "vi": "Có ở đợt {previous}, không có kết quả ở đợt {round}: {count}",
        "en": "In round {previous}, no result in round {round}: {count}",
    },
    "rounds.history.none-absent": {
        "vi": "Mọi cơ quan có ở đợt {previous} đều có kết quả ở đợt {round}.",
        "en": "Every agency of round {previous} has a result in round {round}.",
    },
    "rounds.history.absent-count": {"vi": "Vắng", "en": "Absent"},
    "rounds.history.not-submitted-count": {"vi": "Chưa nộp", "en": "Not submitted"},
    "rounds.history.not-submitted-note": {
        "vi": "Chưa nộp: cơ quan trong danh sách (--roster) của đợt mà không có tệp nào (— khi đợt được ghi không kèm danh sách).",
        "en": "Not submitted: agencies on the round's roster (--roster) with no file (— when the round was recorded without one).",
    },
    "rounds.history.count-note": {
        "vi": "Chưa nộp: cơ quan trong danh sách (--roster) của đợt mà không có tệp nào (— khi đợt được ghi không kèm danh sách). Vắng: có kết quả ở đợt trước, không có kết quả ở đợt này.",
        "en": "Not submitted: agencies on the round's roster (--roster) with no file (— when the round was recorded without one). Absent: a result in the round before, none in this one.",
    },
    "rounds.absence.not_submitted": {"vi": "chưa nộp", "en": "not submitted"},
    "rounds.absence.unreadable": {"vi": "tệp không đọc được", "en": "file unreadable"},
    "rounds.absence.absent": {"vi": "không có kết quả", "en": "no result"},
}
