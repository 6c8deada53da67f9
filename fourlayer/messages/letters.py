"""Messages for the words of a letter: what the official .docx reports say where they would
otherwise quote a file, a validator or a data format (a file that could not be read, the
remediation plan), and the ``report-settings`` command and the write confirmations.

A signed letter names an agency and the place of a problem in a workbook or a file in an
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
    # --- writing a report to a file ---------------------------------------------------------
    "write.done": {"vi": "Đã ghi {path}.", "en": "Wrote {path}."},
    "write.done-findings": {
        "vi": "Đã ghi {path}. Mã thoát 1 là kết quả đánh giá (có kết luận chưa đạt theo --fail-on, hoặc tệp không "
        "đánh giá được), không phải lỗi khi ghi tệp.",
        "en": "Wrote {path}. Exit code 1 reports the evaluation (a verdict short of --fail-on, or a file that could "
        "not be evaluated), not a failure to write.",
    },
    "write.done-errors": {
        "vi": "Đã ghi {path}. Mã thoát 2: có tệp không đánh giá được (xem trong báo cáo); báo cáo vẫn được ghi đủ.",
        "en": "Wrote {path}. Exit code 2: a file could not be evaluated (see the report); the report was written "
        "in full.",
    },
    "cli.bad-report-date": {
        "vi": '--report-date "{value}" không phải một ngày có thật; viết DD/MM/YYYY (ví dụ 15/12/2026) hoặc '
        "YYYY-MM-DD.",
        "en": '--report-date "{value}" is not a real date; write DD/MM/YYYY (e.g. 15/12/2026) or YYYY-MM-DD.',
    },
    # --- --help of the officer's fields --------------------------------------------------------
    "help.opt.issuing_parent": {
        "vi": "docx: cơ quan chủ quản, dòng đầu của tiêu đề (UBND TỈNH HÀ TĨNH).",
        "en": "docx: The governing body, first header line (UBND TỈNH HÀ TĨNH).",
    },
    "help.opt.symbol": {
        "vi": "docx: chữ viết tắt tên cơ quan trong số, ký hiệu: SYT, hoặc /BC-SYT.",
        "en": "docx: The issuer's abbreviation in the number: SYT, or /BC-SYT.",
    },
    "help.opt.date": {
        "vi": "docx: ngày ở dòng địa danh, ngày tháng: DD/MM/YYYY hoặc YYYY-MM-DD.",
        "en": "docx: The date in the date line: DD/MM/YYYY or YYYY-MM-DD.",
    },
    "help.opt.subject": {
        "vi": "docx: trích yếu dưới chữ BÁO CÁO (mỗi lệnh có sẵn một trích yếu).",
        "en": "docx: The subject under BÁO CÁO (a default for each command).",
    },
    "help.opt.signer_authority": {
        "vi": "docx: thẩm quyền ký thay: KT. GIÁM ĐỐC, TL. …, TM. …",
        "en": "docx: Signing for the head: KT. GIÁM ĐỐC, TL. …, TM. …",
    },
    "help.opt.archive": {"vi": "docx: phần sau chữ Lưu: (VT, KHTC).", "en": "docx: After Lưu: (VT, KHTC)."},
    "help.opt.handling": {
        "vi": "docx, html, xlsx: chỉ dẫn phạm vi lưu hành in trên mọi trang (Tài liệu lưu hành nội bộ).",
        "en": "docx, html, xlsx: A handling line printed on every page (Tài liệu lưu hành nội bộ).",
    },
}
