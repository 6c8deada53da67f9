"""Messages for the audit of a round: the roster, duplicate and stale submissions, the
agencies of each most-failed control, and the diff of two rounds (issue 17, item 6)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the roster file -------------------------------------------------------------
    "finding.roster-duplicate": {
        "vi": "Danh sách ghi cơ quan «{value}» hai lần (lần đầu ở dòng {first}); mỗi cơ quan chỉ ghi một lần.",
        "en": "The roster lists the agency “{value}” twice (first on line {first}); list each agency once.",
    },
    "finding.roster-empty": {
        "vi": "Danh sách cơ quan không có cơ quan nào.",
        "en": "The roster lists no agency.",
    },
    "finding.roster-not-a-list": {
        "vi": "Danh sách cơ quan dạng YAML phải có khóa agencies: là một danh sách.",
        "en": "A YAML roster needs the key agencies: holding a list.",
    },
    "finding.roster-no-name": {
        "vi": "Cơ quan này trong danh sách không có tên.",
        "en": "This roster entry has no agency name.",
    },
    "finding.roster-no-name-column": {
        "vi": "Dòng tiêu đề của danh sách CSV không có cột tên cơ quan (name hoặc «Tên cơ quan»).",
        "en": "The header row of the CSV roster has no agency name column (name, or “Tên cơ quan”).",
    },
    "hint.roster-format": {
        "vi": "CSV: dòng đầu «code,name» (hoặc «Mã định danh;Tên cơ quan»), mỗi dòng sau một cơ quan. "
        'YAML: agencies: [{{code: "000.00.15.H42", name: Sở Y tế}}, …]. Mã có thể để trống.',
        "en": "CSV: a first line “code,name”, then one agency a line. "
        'YAML: agencies: [{{code: "000.00.15.H42", name: Department of Health}}, …]. The code may be empty.',
    },
    "audit.bad-since": {
        "vi": 'Ngày "{value}" của --since không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ --since 2026-07-01.',
        "en": 'The --since date "{value}" is not valid; write it as YYYY-MM-DD, e.g. --since 2026-07-01.',
    },
    "audit.roster-bad": {
        "vi": "Không dùng được danh sách cơ quan {path} (xem lỗi ở trên). Sửa danh sách rồi chạy lại.",
        "en": "The roster {path} cannot be used (see the errors above). Fix it and run again.",
    },
    # --- console report: the round ---------------------------------------------------
    "audit.round": {"vi": "Đợt nộp", "en": "Round"},
    "audit.roster-line": {
        "vi": "{expected} cơ quan trong danh sách: {submitted} đã nộp, {unreadable} đã nộp nhưng tệp không đọc được, {missing} chưa nộp",
        "en": "{expected} agencies on the roster: {submitted} submitted, {unreadable} submitted an unreadable file, "
        "{missing} not submitted",
    },
    "audit.duplicates-line": {
        "vi": "{count} tệp trùng, mỗi bài nộp chỉ tính một lần",
        "en": "{count} duplicate file(s), each submission counted once",
    },
    "audit.stale-line": {
        "vi": "{count} tệp có ngày đánh giá trước {since} (nộp cũ)",
        "en": "{count} file(s) assessed before {since} (stale)",
    },
    "audit.missing": {
        "vi": "Chưa nộp ({count}):",
        "en": "Not submitted ({count}):",
    },
    "audit.unreadable": {
        "vi": "Đã nộp, tệp không đọc được ({count}):",
        "en": "Submitted, file could not be read ({count}):",
    },
    "audit.unexpected": {
        "vi": "Không có trong danh sách cơ quan ({count}):",
        "en": "Not on the roster ({count}):",
    },
    "audit.duplicates": {
        "vi": "Tệp trùng, không tính ({count}):",
        "en": "Duplicate files, not counted ({count}):",
    },
    "audit.duplicate.same_content": {
        "vi": "cùng nội dung với {kept}",
        "en": "same content as {kept}",
    },
    "audit.duplicate.same_agency": {
        "vi": "cùng cơ quan với {kept}; tính tệp {kept}",
        "en": "same agency as {kept}; {kept} counts",
    },
    "audit.duplicate-rule": {
        "vi": "Tệp được tính: ngày đánh giá mới nhất, rồi tên tệp ngắn hơn (bản sao thường có thêm «(1)»).",
        "en": "The file that counts: the newest assessment date, then the shorter file name (a copy adds “(1)”).",
    },
    "audit.stale": {
        "vi": "Nộp cũ: ngày đánh giá trước {since} ({count}):",
        "en": "Stale: assessed before {since} ({count}):",
    },
    "audit.stale-mark": {"vi": "nộp cũ, ngày {date}", "en": "stale, assessed {date}"},
    "audit.no-code": {"vi": "không có mã", "en": "no code"},
    # --- console report: layers, ranking, controls -------------------------------------
    "audit.partly-share": {"vi": "% một phần*", "en": "% partly*"},
    "audit.shares-note": {
        "vi": "* Tỷ lệ cơ quan đáp ứng, đáp ứng một phần lớp, trên số cơ quan mà lớp đó áp dụng.",
        "en": "* Agencies meeting, partly meeting the layer, as shares of the agencies to which it applies.",
    },
    "audit.ranking-by-verdict": {
        "vi": "Xếp hạng các cơ quan (theo kết luận, rồi điểm từ cao xuống thấp)",
        "en": "Agencies ranked (by verdict, then highest score first)",
    },
    "audit.top-controls": {
        "vi": "{count} tiêu chí có nhiều cơ quan không đạt nhất (rồi nhiều cơ quan đạt một phần nhất)",
        "en": "The {count} most-failed controls (then the most partly met)",
    },
    "audit.failing-count": {"vi": "Không đạt", "en": "Fail"},
    "audit.partial-count": {"vi": "Một phần", "en": "Partial"},
    "audit.controls-definition": {
        "vi": "Một cơ quan không đạt một tiêu chí khi ít nhất một cặp (tiêu chí, cơ quan hoặc một hệ thống) có kết quả "
        "Không đạt; đạt một phần khi không cặp nào Không đạt và ít nhất một cặp Đạt một phần. % tính trên số cơ "
        "quan được tính.",
        "en": "An agency fails a control when at least one pair (the agency, or one system) has the outcome fail; it "
        "partly meets it when none fails and at least one is partial. % of the agencies counted.",
    },
    "audit.verbose-hint": {
        "vi": "Thêm --verbose để xem tên các cơ quan của từng tiêu chí.",
        "en": "Add --verbose for the agencies of each control.",
    },
    "audit.summary-missing": {"vi": "chưa nộp: {count}", "en": "not submitted: {count}"},
    "audit.summary-duplicates": {
        "vi": "tệp trùng (không tính): {count}",
        "en": "duplicate files (not counted): {count}",
    },
    "audit.summary-stale": {"vi": "nộp cũ: {count}", "en": "stale: {count}"},
    "audit.control-failing": {"vi": "Không đạt: {names}", "en": "Fail: {names}"},
    "audit.control-partial": {"vi": "Một phần: {names}", "en": "Partial: {names}"},
    "audit.no-weak-controls": {
        "vi": "Không có cơ quan nào có tiêu chí Không đạt hoặc Đạt một phần.",
        "en": "No agency fails or partly meets any control.",
    },
    # --- diff of two rounds ------------------------------------------------------------
    "finding.diff-not-a-round": {
        "vi": "Tệp này không phải báo cáo JSON của lệnh audit; để so sánh hai đợt, mỗi bên là một thư mục "
        "hoặc một báo cáo audit --format json.",
        "en": "This file is not a JSON report of the audit command; to compare two rounds, each side is a "
        "folder or an audit --format json report.",
    },
    "hint.diff-not-a-round": {
        "vi": "Tạo báo cáo của một đợt: fourlayer audit THƯ-MỤC --format json -o quy3.json",
        "en": "Make the report of a round: fourlayer audit FOLDER --format json -o q3.json",
    },
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
    # --- office documents ---------------------------------------------------------------
    "round.col.partly-share": {"vi": "Tỷ lệ đáp ứng một phần (%)", "en": "Share partly met (%)"},
}
