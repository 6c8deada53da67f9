"""Messages of one truth across rounds (issue 23): spreadsheets in another format, a broken
file's agency, score directions and control regressions in ``diff`` and ``history``, the
roster of each recorded round, the dates of a folder ``diff``."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- a spreadsheet saved in another format --------------------------------------
    "finding.spreadsheet-other-format": {
        "vi": "Tệp là bảng tính {kind}, không phải sổ Excel .xlsx hay tệp YAML, nên không đọc được.",
        "en": "The file is a {kind} spreadsheet, not an Excel .xlsx workbook or a YAML file, so it cannot be read.",
    },
    "hint.spreadsheet-other-format": {
        "vi": 'Mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) kiểu "Sổ làm việc Excel (*.xlsx)", rồi gửi lại tệp .xlsx.',
        "en": 'Open the file in Excel or LibreOffice, choose Save As with the type "Excel Workbook (*.xlsx)", and send the .xlsx file again.',
    },
    "hint.spreadsheet-other-format-csv": {
        "vi": 'Nếu đây là bản tự đánh giá của một cơ quan: mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) kiểu "Sổ làm việc Excel (*.xlsx)", rồi gửi lại tệp .xlsx. Nếu đây là danh sách cơ quan, hãy đưa nó bằng --roster (khi đó audit không coi nó là bài nộp) hoặc để ngoài thư mục bài nộp.',
        "en": 'If this is an agency\'s self-assessment: open it in Excel or LibreOffice, choose Save As with the type "Excel Workbook (*.xlsx)", and send the .xlsx file again. If it is the list of agencies, give it with --roster (audit then does not take it for a submission) or keep it out of the folder of submissions.',
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
    "rounds.controls-improved": {
        "vi": "{count} tiêu chí được cải thiện",
        "en": "{count} controls improved",
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
    # --- --help of the options of this topic ----------------------------------------------
    "help.opt.diff.old_as_of": {
        "vi": "Hai đợt: ngày đánh giá thư mục OLD (mặc định: --as-of, nếu không có thì ngày assessed_on mới nhất trong thư mục, ngày của chính đợt đó).",
        "en": "Two rounds: the evaluation date of the OLD folder (default: --as-of, else the folder's newest assessed_on, its own round's date).",
    },
    "help.opt.diff.new_as_of": {
        "vi": "Hai đợt: ngày đánh giá thư mục NEW (mặc định: --as-of, nếu không có thì ngày assessed_on mới nhất trong thư mục).",
        "en": "Two rounds: the evaluation date of the NEW folder (default: --as-of, else the folder's newest assessed_on).",
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
    "rounds.history.unreadable-note": {"vi": "đã nộp, tệp không đọc được", "en": "submitted, file could not be read"},
    "rounds.absence.not_submitted": {"vi": "chưa nộp", "en": "not submitted"},
    "rounds.absence.unreadable": {"vi": "tệp không đọc được", "en": "file unreadable"},
    "rounds.absence.absent": {"vi": "không có kết quả", "en": "no result"},
    "rounds.roster-status.submitted": {"vi": "đã nộp", "en": "submitted"},
    "rounds.roster-status.unreadable": {"vi": "đã nộp, tệp không đọc được", "en": "submitted, file could not be read"},
    "rounds.roster-status.missing": {"vi": "chưa nộp", "en": "not submitted"},
}
