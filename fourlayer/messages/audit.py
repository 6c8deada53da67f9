"""The ``audit`` command (``audit.``): its console report, the round it knows (roster,
duplicates, stale files) and its errors."""

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
    "audit.status.met": {"vi": "Đáp ứng", "en": "Met"},
    "audit.status.partially_met": {"vi": "Một phần", "en": "Partly"},
    "audit.status.not_met": {"vi": "Chưa đáp ứng", "en": "Not met"},
    "audit.status.not_applicable": {"vi": "K.AD", "en": "N/A"},
    "audit.legend": {
        "vi": "L1–L4: ✓ Đáp ứng · ◐ Đáp ứng một phần · ✗ Chưa đáp ứng · – Không áp dụng",
        "en": "L1–L4: ✓ met · ◐ partially met · ✗ not met · – not applicable",
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
    "audit.too-many-files": {
        "vi": "Tìm thấy {found} tệp, nhiều hơn giới hạn {limit}: kiểm tra lại thư mục đã chọn, hoặc tăng --max-files nếu đúng là cần rà soát ngần ấy tệp.",
        "en": "Found {found} files, more than the limit of {limit}: check the folder you gave, or raise --max-files if that many files really are to be audited.",
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
    # --- an agency evaluated under another checklist version, in the audit reports --------
    "audit.own-version": {
        "vi": "đánh giá theo phiên bản {version}: {controls}",
        "en": "evaluated under version {version}: {controls}",
    },
    "audit.own-version-note": {
        "vi": "Cơ quan được đánh giá theo phiên bản trước của danh mục được tính vào tiêu chí của phiên bản "
        "{version} kế thừa tiêu chí của mình (bảng kế thừa mã, replaces); tiêu chí và tên của chính cơ quan "
        "đó: {agencies}.",
        "en": "Agencies evaluated under the previous checklist version are counted under the version {version} "
        "controls that continue theirs (the id map, replaces); their own controls and titles: {agencies}.",
    },
}
