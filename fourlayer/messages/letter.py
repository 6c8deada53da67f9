"""The words of a letter (``letter.``): what the official .docx reports say where they would
otherwise quote a file, a validator or a data format (a file that could not be read, the
remediation plan). A signed letter names an agency and the place of a problem in an
official's words; paths, finding codes and the vocabulary of the file formats stay in the
console, JSON and the workbook reports.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "letter.unreadable-agency": {
        "vi": "- {agency}: đã nộp, tệp không đọc được: {problem}.",
        "en": "- {agency}: submitted, file could not be read: {problem}.",
    },
    "letter.unreadable-file": {
        "vi": "- Tệp {file}: không đọc được: {problem}.",
        "en": "- File {file}: could not be read: {problem}.",
    },
    "letter.at-cell": {
        "vi": "{problem} tại trang tính {sheet}, ô {cell}",
        "en": "{problem} in sheet {sheet}, cell {cell}",
    },
    "letter.at-line": {"vi": "{problem} tại dòng {line}", "en": "{problem} at line {line}"},
    "letter.problem.syntax": {
        "vi": "tệp sai cấu trúc, không đọc được nội dung",
        "en": "the file is malformed and its content cannot be read",
    },
    "letter.problem.unreadable": {
        "vi": "tệp không mở được hoặc không đúng loại tệp",
        "en": "the file cannot be opened or is not of the right kind",
    },
    "letter.problem.missing": {
        "vi": "thiếu thông tin bắt buộc",
        "en": "required information is missing",
    },
    "letter.problem.date": {"vi": "ngày không hợp lệ", "en": "a date that is not valid"},
    "letter.problem.unknown": {
        "vi": "có nội dung không thuộc mẫu tự đánh giá",
        "en": "content that is not part of the self-assessment form",
    },
    "letter.problem.twice": {
        "vi": "một nội dung được khai hai lần",
        "en": "the same item is given twice",
    },
    "letter.problem.checklist": {
        "vi": "tệp lập theo danh mục kiểm tra khác",
        "en": "the file was made for another checklist",
    },
    "letter.problem.value": {"vi": "giá trị không hợp lệ", "en": "a value that is not allowed"},
    "letter.plan-due": {
        "vi": "{control} (hạn hoàn thành cơ quan đề ra: {due})",
        "en": "{control} (completion planned by the agency: {due})",
    },
    "letter.plan-item": {
        "vi": "- {lead}: {guidance} Căn cứ: {basis}.",
        "en": "- {lead}: {guidance} Legal basis: {basis}.",
    },
    "letter.evidence-marker": {"vi": "Bằng chứng:", "en": "Evidence:"},
    "letter.plan-intro": {
        "vi": "Cơ quan thực hiện các việc sau, lưu giữ bằng chứng theo hướng dẫn của danh mục kiểm tra:",
        "en": "The agency will do the following, and keep the evidence the checklist's guidance names:",
    },
    "letter.duplicates-in-scope": {
        "vi": "Trong số tệp đã nhận có {count} tệp nộp trùng, không tính (mục III.5).",
        "en": "Of the files received, {count} were duplicates and are not counted (section III.5).",
    },
}
