"""The report settings file (``settings-file.``): the comments of the file
``fourlayer report-settings`` writes, one per field, and the command's own lines."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "settings-file.intro": {
        "vi": "Thông tin điền vào báo cáo .docx theo thể thức Nghị định 30/2020/NĐ-CP.\n"
        "Cách dùng:\n"
        "  fourlayer check tu-danh-gia.xlsx --format docx -o bao-cao.docx --report-settings {file}\n"
        "  fourlayer audit nop-bai/ --format docx -o bao-cao.docx --report-settings {file}\n"
        'Ghi nội dung vào giữa hai dấu nháy kép. Để trống ("") thì báo cáo in dòng chấm (…………)\n'
        "để điền tay. Các dòng bắt đầu bằng dấu # là ghi chú, giữ nguyên cũng được.\n"
        'Tuỳ chọn trên dòng lệnh (ví dụ --signer-name "…") được ưu tiên hơn tệp này.\n'
        "Lưu tệp với bảng mã UTF-8 (Notepad: File > Save As > Encoding: UTF-8).",
        "en": "The fields of a .docx report laid out per Decree 30/2020/NĐ-CP.\n"
        "Use:\n"
        "  fourlayer check assessment.xlsx --format docx -o report.docx --report-settings {file}\n"
        "  fourlayer audit submissions/ --format docx -o report.docx --report-settings {file}\n"
        'Write each value between the double quotes. Left empty (""), the report prints a dotted\n'
        "line (…………) to fill in by hand. Lines starting with # are comments and may stay.\n"
        'An option on the command line (e.g. --signer-name "…") wins over this file.\n'
        "Save the file as UTF-8.",
    },
    "settings-file.issuing_parent": {
        "vi": 'Cơ quan chủ quản (dòng đầu, bên trái). Sở: "UBND tỉnh Hà Tĩnh". Xã: để trống.',
        "en": 'The governing body (first line, left). A Sở: "UBND tỉnh Hà Tĩnh". A xã: leave empty.',
    },
    "settings-file.issuing_body": {
        "vi": 'Cơ quan ban hành báo cáo. Sở: "Sở Y tế". Xã: "Ủy ban nhân dân xã Kỳ Anh".',
        "en": 'The body that issues the report. A Sở: "Sở Y tế". A xã: "Ủy ban nhân dân xã Kỳ Anh".',
    },
    "settings-file.symbol": {
        "vi": 'Chữ viết tắt tên cơ quan trong số, ký hiệu (sau "BC-"). Sở Y tế: "SYT". Xã: "UBND".',
        "en": 'The issuer\'s abbreviation in the number (after "BC-"). Sở Y tế: "SYT". A xã: "UBND".',
    },
    "settings-file.number": {
        "vi": "Số của báo cáo: thường để trống, văn thư điền khi phát hành.",
        "en": "The report's number: usually left empty for the records office to fill when it is issued.",
    },
    "settings-file.place": {
        "vi": 'Địa danh ở dòng ngày tháng. Sở: "Hà Tĩnh". Xã: "Kỳ Anh".',
        "en": 'The place in the date line. A Sở: "Hà Tĩnh". A xã: "Kỳ Anh".',
    },
    "settings-file.date": {
        "vi": 'Ngày ban hành, viết ngày/tháng/năm, ví dụ "15/12/2026". Để trống: "ngày … tháng … năm …".',
        "en": 'The date of issue, day/month/year, e.g. "15/12/2026". Left empty: "day … month … year …".',
    },
    "settings-file.superior_body": {
        "vi": 'Kính gửi: cơ quan nhận báo cáo. Ví dụ: "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh".',
        "en": 'Kính gửi: the body the report is sent to, e.g. "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh".',
    },
    "settings-file.subject": {
        "vi": "Trích yếu dưới chữ BÁO CÁO. Để trống thì dùng trích yếu có sẵn của lệnh.",
        "en": "The subject under BÁO CÁO. Left empty, the command's own subject is used.",
    },
    "settings-file.signer_authority": {
        "vi": 'Thẩm quyền ký khi cấp phó ký thay. Sở: "KT. Giám đốc". Xã: "TM. Ủy ban nhân dân" hoặc '
        '"KT. Chủ tịch". Người đứng đầu ký: để trống.',
        "en": 'The authority when a deputy signs. A Sở: "KT. Giám đốc". A xã: "TM. Ủy ban nhân dân" or '
        '"KT. Chủ tịch". The head signs: leave empty.',
    },
    "settings-file.signer_title": {
        "vi": 'Chức vụ người ký: "Phó Giám đốc", "Giám đốc", "Chủ tịch", "Phó Chủ tịch".',
        "en": 'The signer\'s title: "Phó Giám đốc", "Giám đốc", "Chủ tịch", "Phó Chủ tịch".',
    },
    "settings-file.signer_name": {"vi": "Họ và tên người ký.", "en": "The signer's full name."},
    "settings-file.recipients": {
        "vi": 'Nơi nhận, mỗi nơi trong một cặp dấu nháy kép, cách nhau dấu phẩy. Ví dụ: ["Như trên", '
        '"Giám đốc Sở (để b/c)"].',
        "en": 'The recipients, each between double quotes, separated by commas, e.g. ["Như trên", '
        '"Giám đốc Sở (để b/c)"].',
    },
    "settings-file.archive": {
        "vi": 'Sau chữ "Lưu:": "VT" và chữ viết tắt đơn vị soạn thảo, ví dụ "VT, KHTC".',
        "en": 'After "Lưu:": "VT" and the drafting unit\'s abbreviation, e.g. "VT, KHTC".',
    },
    "settings-file.handling": {
        "vi": "Chỉ dẫn phạm vi lưu hành, in hoa trong khung trên mọi trang của báo cáo docx, html, xlsx (Nghị định "
        '30/2020, Phụ lục I): ví dụ "Tài liệu lưu hành nội bộ", "Xem xong trả lại". Để trống: không in. '
        "Dấu độ mật của bí mật nhà nước không đóng bằng dòng này.",
        "en": "A handling line, in capitals in a box on every page of the docx, html and xlsx reports (Decree "
        '30/2020, Appendix I): e.g. "Tài liệu lưu hành nội bộ", "Xem xong trả lại". Empty: none is '
        "printed. It is not the state-secret classification stamp.",
    },
    "settings-file.yearly": {
        "vi": "Chỉ dùng cho báo cáo năm của tỉnh (lệnh audit với --format form08; Nghị định 331/2026/NĐ-CP,\n"
        "Mẫu số 08, mục 2): chủ quản hệ thống thông tin và đơn vị chuyên trách về an ninh mạng của tỉnh.\n"
        "Báo cáo năm của một cơ quan (lệnh check) lấy các thông tin này từ bản tự đánh giá.",
        "en": "For the province's yearly report only (audit with --format form08; Decree 331/2026/NĐ-CP,\n"
        "Form 08, section 2): the province's system owner and its cybersecurity unit.\n"
        "An agency's yearly report (check) takes them from its self-assessment.",
    },
    "settings-file.written": {
        "vi": "Đã tạo {path}: điền các dòng cần thiết, rồi thêm --report-settings {path} khi chạy check hoặc audit "
        "với --format docx.",
        "en": "Created {path}: fill in the lines you need, then add --report-settings {path} to check or audit "
        "with --format docx.",
    },
    "settings-file.exists": {
        "vi": "Tệp {path} đã có; không ghi đè để khỏi mất nội dung đã điền. Chọn tên khác với -o, hoặc thêm --force.",
        "en": "The file {path} already exists; it is not overwritten, so that nothing filled in is lost. Choose "
        "another name with -o, or add --force.",
    },
}
