"""Messages for reading files, validation, ``check`` and ``checklist`` (see the package doc)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files -------------------------------------------------------------
    "finding.file-not-found": {
        "vi": "Không tìm thấy tệp.",
        "en": "File not found.",
    },
    "finding.is-directory": {
        "vi": "Đây là thư mục, không phải tệp.",
        "en": "This is a directory, not a file.",
    },
    "finding.not-regular-file": {
        "vi": "Không phải tệp thông thường (thiết bị, FIFO hoặc socket); không đọc.",
        "en": "Not a regular file (a device, FIFO or socket); not read.",
    },
    "finding.permission-denied": {
        "vi": "Không có quyền đọc tệp.",
        "en": "Permission denied: the file cannot be read.",
    },
    "finding.path-unreadable": {
        "vi": "Không đọc được đường dẫn này (thư mục hoặc tệp không truy cập được).",
        "en": "This path cannot be read (the folder or file cannot be accessed).",
    },
    "finding.file-unreadable": {
        "vi": "Không đọc được tệp: {reason}.",
        "en": "The file cannot be read: {reason}.",
    },
    "finding.file-too-large": {
        "vi": "Tệp quá lớn ({size} byte; giới hạn {limit} byte).",
        "en": "The file is too large ({size} bytes; the limit is {limit} bytes).",
    },
    "finding.not-utf8": {
        "vi": "Tệp không phải văn bản UTF-8 (byte {byte} không hợp lệ).",
        "en": "The file is not UTF-8 text (byte {byte} is not valid).",
    },
    "hint.not-utf8": {
        "vi": "Tệp có thể được lưu bằng bảng mã cũ (TCVN3/ABC, VNI, Windows-1258): mở tệp bằng trình soạn thảo và lưu lại với mã hoá UTF-8.",
        "en": "The file may be saved in a legacy code page (TCVN3/ABC, VNI, Windows-1258): open it in an editor and save it again as UTF-8.",
    },
    "finding.control-character": {
        "vi": "Tệp chứa ký tự điều khiển {char}, không được phép trong YAML.",
        "en": "The file contains the control character {char}, which YAML does not allow.",
    },
    "hint.control-character": {
        "vi": "Xoá ký tự này (thường do sao chép từ Word hoặc PDF).",
        "en": "Delete this character (it usually comes from copying out of Word or a PDF).",
    },
    "finding.yaml-syntax": {
        "vi": "Lỗi cú pháp YAML: {problem}.",
        "en": "YAML syntax error: {problem}.",
    },
    "hint.yaml-syntax": {
        "vi": "Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm và dấu ngoặc kép ở dòng này hoặc dòng ngay trên.",
        "en": "Check the indentation (spaces, not tabs), colons and quotes on this line or the one above.",
    },
    "hint.yaml-syntax-context": {
        "vi": "Cấu trúc này bắt đầu ở dòng {context_line}: kiểm tra dấu ngoặc, dấu nháy và thụt lề từ dòng đó đến đây.",
        "en": "This construct starts on line {context_line}: check the brackets, quotes and indentation from there to here.",
    },
    "hint.too-deep": {
        "vi": "Bản tự đánh giá không cần lồng sâu như vậy: kiểm tra thụt lề, hoặc dấu ngoặc [ {{ chưa đóng.",
        "en": "A self-assessment never nests this deep: check the indentation, or a [ or {{ left open.",
    },
    "yaml-problem.mapping-values": {
        "vi": 'có dấu hai chấm ": " ở chỗ không được phép (thường do thiếu dấu nháy quanh văn bản có dấu hai chấm)',
        "en": 'a ": " where none is allowed (often text containing a colon that is not quoted)',
    },
    "yaml-problem.expected-colon": {
        "vi": "thiếu dấu hai chấm sau khoá",
        "en": "a key is missing its colon",
    },
    "yaml-problem.expected-key": {
        "vi": "thụt lề không khớp: dòng này không thẳng hàng với các khoá cùng cấp",
        "en": "the indentation does not match: this line is not aligned with the keys at its level",
    },
    "yaml-problem.expected-dash": {
        "vi": 'thụt lề không khớp trong danh sách: mỗi mục phải bắt đầu bằng "- " thẳng hàng',
        "en": 'the indentation of a list does not match: every item starts with an aligned "- "',
    },
    "yaml-problem.unclosed-sequence": {
        "vi": "danh sách mở bằng [ chưa được đóng bằng ]",
        "en": "a list opened with [ is not closed with ]",
    },
    "yaml-problem.unclosed-mapping": {
        "vi": "ánh xạ mở bằng {{ chưa được đóng bằng }}",
        "en": "a mapping opened with {{ is not closed with }}",
    },
    "yaml-problem.tab": {
        "vi": "có ký tự tab trong phần thụt lề (YAML chỉ dùng dấu cách)",
        "en": "a tab character in the indentation (YAML indents with spaces only)",
    },
    "yaml-problem.bad-character": {
        "vi": "có ký tự không được đứng đầu một giá trị (như @ hoặc `); đặt giá trị trong dấu nháy",
        "en": "a character that cannot start a value (such as @ or `); quote the value",
    },
    "yaml-problem.end-of-stream": {
        "vi": "tệp kết thúc khi một chuỗi trong dấu nháy chưa được đóng",
        "en": "the file ends inside a quoted string that is not closed",
    },
    "yaml-problem.escape": {
        "vi": "dấu \\ trong chuỗi nháy kép không hợp lệ (viết \\\\ hoặc dùng nháy đơn)",
        "en": "an invalid \\ escape in a double-quoted string (write \\\\ or use single quotes)",
    },
    "yaml-problem.undefined-alias": {
        "vi": "bí danh (*) trỏ tới một neo (&) chưa được khai báo",
        "en": "an alias (*) refers to an anchor (&) that is not defined",
    },
    "yaml-problem.sequence-here": {
        "vi": 'mục danh sách "- " đặt sai chỗ (kiểm tra thụt lề)',
        "en": 'a list item "- " in the wrong place (check the indentation)',
    },
    "yaml-problem.node-content": {
        "vi": "thiếu giá trị ở chỗ cần có",
        "en": "a value is missing where one is needed",
    },
    "finding.duplicate-key": {
        "vi": 'Khoá "{key}" bị lặp (đã có ở dòng {first_line}).',
        "en": 'The key "{key}" is repeated (it is already on line {first_line}).',
    },
    "hint.duplicate-key": {
        "vi": "Giữ một khoá và gộp nội dung; nếu để cả hai, một câu trả lời sẽ bị mất.",
        "en": "Keep one key and merge the content; with both, one answer would be lost.",
    },
    "finding.complex-key": {
        "vi": "Khoá phải là một chuỗi đơn giản, không phải danh sách hay ánh xạ.",
        "en": "A key must be a plain string, not a list or a mapping.",
    },
    "finding.forbidden-tag": {
        "vi": "Thẻ YAML {tag} không được phép: tệp tự đánh giá chỉ chứa văn bản, số và danh sách.",
        "en": "The YAML tag {tag} is not allowed: a self-assessment holds only text, numbers and lists.",
    },
    "hint.forbidden-tag": {
        "vi": 'Xoá thẻ bắt đầu bằng "!"; nếu cần ghi văn bản, đặt trong dấu ngoặc kép.',
        "en": 'Remove the tag that starts with "!"; to write text, put it in quotes.',
    },
    "finding.alias-recursive": {
        "vi": "Bí danh YAML (*) trỏ vào chính nó; tệp không thể đọc.",
        "en": "A YAML alias (*) refers to itself; the file cannot be read.",
    },
    "finding.alias-expansion": {
        "vi": "Các bí danh YAML (&, *) nhân bản quá {limit} giá trị; tệp bị từ chối (có thể là tệp độc hại).",
        "en": "YAML aliases (&, *) repeat more than {limit} values; the file is refused (it may be hostile).",
    },
    "hint.alias-expansion": {
        "vi": "Viết trực tiếp nội dung thay cho bí danh, hoặc tăng giới hạn bằng --max-aliases nếu tệp đáng tin.",
        "en": "Write the content out instead of using aliases, or raise the limit with --max-aliases for a trusted file.",
    },
    "finding.too-deep": {
        "vi": "Cấu trúc lồng nhau quá {limit} mức.",
        "en": "The nesting is deeper than {limit} levels.",
    },
    "finding.empty-document": {
        "vi": "Tệp rỗng: không có nội dung YAML.",
        "en": "The file is empty: there is no YAML content.",
    },
    "finding.multiple-documents": {
        "vi": "Tệp chứa nhiều tài liệu YAML (dấu ---); mỗi tệp chỉ một bản tự đánh giá.",
        "en": "The file holds several YAML documents (---); one self-assessment per file.",
    },
    "finding.not-a-mapping": {
        "vi": 'Cấp trên cùng của tệp phải là một ánh xạ (khoá: giá trị), ví dụ "schema_version: 1".',
        "en": 'The top level of the file must be a mapping (key: value), e.g. "schema_version: 1".',
    },
    # --- schema ----------------------------------------------------------------------
    "finding.missing-key": {
        "vi": 'Thiếu khoá bắt buộc "{key}" trong {where}.',
        "en": 'The required key "{key}" is missing from {where}.',
    },
    "hint.missing-key": {
        "vi": "Thêm một dòng, ví dụ: {example}",
        "en": "Add a line such as: {example}",
    },
    "finding.unknown-key": {
        "vi": 'Khoá "{key}" không có trong mẫu của {where}.',
        "en": 'The key "{key}" is not part of {where}.',
    },
    "hint.unknown-key": {
        "vi": 'Các khoá được dùng: {allowed}. Ghi chú riêng của cơ quan đặt trong khoá bắt đầu bằng "x-".',
        "en": 'Keys allowed here: {allowed}. An agency\'s own notes go in keys that start with "x-".',
    },
    "hint.flow-comma": {
        "vi": 'Có phải đây là phần sau dấu phẩy của một đoạn văn bản? Trong dấu ngoặc nhọn {{ }}, dấu phẩy ngăn cách các khoá: đặt văn bản có dấu phẩy trong dấu ngoặc kép, ví dụ note: "Lắp đặt, kết nối thiết bị".',
        "en": 'Is this the part after a comma of some text? Inside braces {{ }}, a comma separates keys: put text that contains a comma in quotes, e.g. note: "installed, connected".',
    },
    "hint.did-you-mean": {
        "vi": 'Có phải ý là "{suggestion}"?',
        "en": 'Did you mean "{suggestion}"?',
    },
    "finding.wrong-type": {
        "vi": "{where}: cần kiểu {expected}, nhưng tệp ghi {value} (kiểu {found}).",
        "en": "{where}: expected {expected}, found {value} ({found}).",
    },
    "hint.quote-text": {
        "vi": 'Đặt giá trị trong dấu ngoặc kép để YAML đọc là văn bản, ví dụ "1".',
        "en": 'Put the value in quotes so YAML reads it as text, e.g. "1".',
    },
    "finding.yaml-boolean": {
        "vi": "{where}: YAML hiểu giá trị này là đúng/sai ({value}), không phải văn bản.",
        "en": "{where}: YAML reads this value as true/false ({value}), not as text.",
    },
    "hint.yaml-boolean": {
        "vi": "Ghi một trong các giá trị: {allowed} (yes/no/on/off không được dùng).",
        "en": "Write one of: {allowed} (yes/no/on/off are not accepted).",
    },
    "hint.yaml-boolean-text": {
        "vi": "Đặt giá trị trong dấu ngoặc kép nếu muốn ghi văn bản.",
        "en": "Put the value in quotes to write it as text.",
    },
    "finding.quoted-number": {
        "vi": '{where}: cần một số, nhưng tệp ghi văn bản "{value}".',
        "en": '{where}: expected a number, found the text "{value}".',
    },
    "hint.quoted-number": {
        "vi": "Bỏ dấu ngoặc kép: viết {value}.",
        "en": "Remove the quotes: write {value}.",
    },
    "finding.empty-value": {
        "vi": "{where}: chưa điền giá trị.",
        "en": "{where}: no value is filled in.",
    },
    "hint.empty-choose": {
        "vi": "Ghi sau dấu hai chấm một trong các giá trị: {allowed}.",
        "en": "Write one of these after the colon: {allowed}.",
    },
    "hint.empty-type": {
        "vi": "Ghi giá trị sau dấu hai chấm (cần kiểu {expected}), hoặc xoá dòng nếu khoá này không bắt buộc.",
        "en": "Write a value after the colon ({expected} expected), or delete the line if the key is optional.",
    },
    "hint.empty-mapping": {
        "vi": "Ghi các khoá con ở các dòng bên dưới, thụt lề thêm 2 dấu cách; hoặc xoá dòng nếu khoá này không bắt buộc.",
        "en": "Write its keys on the lines below, indented 2 more spaces; or delete the line if the key is optional.",
    },
    "hint.empty-list": {
        "vi": 'Ghi các mục ở các dòng bên dưới, mỗi mục bắt đầu bằng "- "; hoặc xoá dòng nếu khoá này không bắt buộc.',
        "en": 'Write its items on the lines below, each starting with "- "; or delete the line if the key is optional.',
    },
    "finding.not-allowed-value": {
        "vi": "{where}: giá trị {value} không hợp lệ; được dùng: {allowed}.",
        "en": "{where}: {value} is not allowed; use one of: {allowed}.",
    },
    "finding.invalid-date": {
        "vi": "{where}: {value} không phải ngày dạng YYYY-MM-DD.",
        "en": "{where}: {value} is not a date in the form YYYY-MM-DD.",
    },
    "hint.date-format": {
        "vi": "Viết ngày theo dạng năm-tháng-ngày, ví dụ 2026-09-30.",
        "en": "Write dates as year-month-day, e.g. 2026-09-30.",
    },
    "hint.date-day-first": {
        "vi": "Viết ngày theo dạng năm-tháng-ngày: {suggestion}.",
        "en": "Write dates as year-month-day: {suggestion}.",
    },
    "finding.impossible-date": {
        "vi": "{where}: ngày {value} không tồn tại.",
        "en": "{where}: the date {value} does not exist.",
    },
    "hint.impossible-date": {
        "vi": "Kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày).",
        "en": "Check the day and month (February, for one, has only 28 or 29 days).",
    },
    "hint.system-id": {
        "vi": "Mã hệ thống chỉ gồm chữ không dấu, chữ số và . _ -, bắt đầu bằng chữ hoặc số, ví dụ portal hoặc his-benh-vien.",
        "en": "A system id holds only ASCII letters, digits and . _ -, and starts with a letter or digit, e.g. portal or hospital-his.",
    },
    "hint.system-id-slug": {
        "vi": "Mã hệ thống chỉ gồm chữ không dấu, chữ số và . _ -, bắt đầu bằng chữ hoặc số; ví dụ viết {suggestion}.",
        "en": "A system id holds only ASCII letters, digits and . _ -, and starts with a letter or digit; e.g. write {suggestion}.",
    },
    "finding.bad-format": {
        "vi": "{where}: {value} không đúng định dạng ({pattern}).",
        "en": "{where}: {value} does not have the expected form ({pattern}).",
    },
    "finding.out-of-range": {
        "vi": "{where}: {value} nằm ngoài khoảng cho phép ({low}–{high}).",
        "en": "{where}: {value} is outside the allowed range ({low}–{high}).",
    },
    "finding.too-few-items": {
        "vi": "{where}: cần ít nhất {count} mục.",
        "en": "{where}: at least {count} item(s) are needed.",
    },
    "finding.empty-text": {
        "vi": "{where}: không được để trống.",
        "en": "{where}: must not be empty.",
    },
    "finding.text-too-long": {
        "vi": "{where}: dài quá {limit} ký tự.",
        "en": "{where}: longer than {limit} characters.",
    },
    "finding.wrong-constant": {
        "vi": "{where}: giá trị {value} không được hỗ trợ; cần {expected}.",
        "en": "{where}: {value} is not supported; expected {expected}.",
    },
    "finding.url-and-path": {
        "vi": "{where}: chỉ ghi url hoặc path cho một bằng chứng, không ghi cả hai.",
        "en": "{where}: give a piece of evidence either a url or a path, not both.",
    },
    "finding.schema-invalid": {
        "vi": "{where}: không hợp lệ ({detail}).",
        "en": "{where}: not valid ({detail}).",
    },
    # --- assessment semantics --------------------------------------------------------
    "finding.unknown-control": {
        "vi": "Không có tiêu chí {control} trong danh mục {checklist}.",
        "en": "There is no control {control} in the checklist {checklist}.",
    },
    "hint.unknown-control": {
        "vi": "Xem danh sách tiêu chí bằng lệnh: fourlayer checklist list",
        "en": "See the controls with: fourlayer checklist list",
    },
    "finding.wrong-scope-agency": {
        "vi": 'Tiêu chí {control} trả lời một lần cho cả cơ quan, không theo hệ thống "{system}".',
        "en": 'Control {control} is answered once for the agency, not for the system "{system}".',
    },
    "hint.wrong-scope-agency": {
        "vi": "Chuyển câu trả lời lên mục controls ở cấp trên cùng của tệp.",
        "en": "Move the answer to the top-level controls mapping.",
    },
    "finding.wrong-scope-system": {
        "vi": "Tiêu chí {control} trả lời theo từng hệ thống, không trả lời chung cho cơ quan.",
        "en": "Control {control} is answered for each system, not once for the agency.",
    },
    "hint.wrong-scope-system": {
        "vi": "Chuyển câu trả lời vào mục controls của từng hệ thống trong systems.",
        "en": "Move the answer into the controls of each system under systems.",
    },
    "finding.duplicate-system": {
        "vi": 'Mã hệ thống "{system}" bị lặp (đã dùng ở dòng {first_line}).',
        "en": 'The system id "{system}" is used twice (first on line {first_line}).',
    },
    "hint.duplicate-system": {
        "vi": "Mỗi hệ thống cần một mã riêng trong tệp.",
        "en": "Give each system its own id within the file.",
    },
    "finding.note-required": {
        "vi": "Tiêu chí {control} được ghi not_applicable nhưng không có ghi chú giải thích.",
        "en": "Control {control} is marked not_applicable without a note saying why.",
    },
    "hint.note-required": {
        "vi": "Thêm note: lý do tiêu chí không áp dụng cho hệ thống hoặc cơ quan.",
        "en": "Add a note: why the control does not apply to this system or agency.",
    },
    "finding.waiver-unknown-control": {
        "vi": "Miễn trừ nêu tiêu chí {control}, không có trong danh mục {checklist}.",
        "en": "A waiver names control {control}, which is not in the checklist {checklist}.",
    },
    "finding.waiver-unknown-system": {
        "vi": 'Miễn trừ nêu hệ thống "{system}", không có trong tệp.',
        "en": 'A waiver names the system "{system}", which is not in the file.',
    },
    "hint.waiver-systems": {
        "vi": "Ghi system là mã của một hệ thống trong systems ({systems}), hoặc bỏ dòng system để miễn trừ cho mọi hệ thống.",
        "en": "Give as system the id of one of the systems ({systems}), or leave the system line out to cover every system.",
    },
    "finding.waiver-agency-scope": {
        "vi": "Tiêu chí {control} áp dụng cho cả cơ quan; miễn trừ của nó không ghi system.",
        "en": "Control {control} applies to the whole agency; its waiver takes no system.",
    },
    "hint.waiver-agency-scope": {
        "vi": "Xoá dòng system của miễn trừ này.",
        "en": "Remove the system line of this waiver.",
    },
    "finding.checklist-mismatch": {
        "vi": "Tệp được lập theo danh mục {wanted}, nhưng đang kiểm tra theo {have}.",
        "en": "The file was written for the checklist {wanted}, but is being checked against {have}.",
    },
    "hint.checklist-mismatch": {
        "vi": "Dùng --checklist để chọn đúng danh mục, hoặc sửa mục checklist trong tệp.",
        "en": "Use --checklist to pick the right checklist, or correct the file's checklist entry.",
    },
    # --- checklist lint --------------------------------------------------------------
    "finding.duplicate-control-id": {
        "vi": "Mã tiêu chí {id} bị lặp (đã có ở dòng {first_line}).",
        "en": "The control id {id} is used twice (first on line {first_line}).",
    },
}

MESSAGES.update(
    {
        # --- command line ----------------------------------------------------------------
        "cli.bad-as-of": {
            "vi": 'Ngày đánh giá "{value}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ --as-of 2026-09-30.',
            "en": 'The evaluation date "{value}" is not valid; write it as YYYY-MM-DD, e.g. --as-of 2026-09-30.',
        },
        "cli.bad-checklist": {
            "vi": "Danh mục kiểm tra {path} không dùng được (xem các lỗi ở trên). Sửa tệp, hoặc bỏ --checklist để dùng danh mục kèm theo.",
            "en": "The checklist {path} cannot be used (see the errors above). Fix it, or drop --checklist to use the bundled one.",
        },
        "cli.unknown-control": {
            "vi": "Không có tiêu chí {control}. {hint} Xem danh sách: fourlayer checklist list",
            "en": "There is no control {control}. {hint} See the list: fourlayer checklist list",
        },
        "cli.unknown-schema": {
            "vi": 'Không có lược đồ "{name}"; các lược đồ: {names}.',
            "en": 'There is no schema "{name}"; the schemas are: {names}.',
        },
        "cli.usage-hint": {
            "vi": "Cách dùng đúng và các tuỳ chọn: {command} --help",
            "en": "The right usage and the options: {command} --help",
        },
        "cli.aborted": {
            "vi": "Đã dừng theo yêu cầu.",
            "en": "Stopped on request.",
        },
        "cli.internal-error": {
            "vi": "Lỗi nội bộ ({error}). Đây là lỗi của fourlayer, không phải của tệp; hãy chạy lại với --debug và gửi kết quả cho nhóm phát triển.",
            "en": "Internal error ({error}). This is a fault in fourlayer, not in your file; run again with --debug and send the output to the developers.",
        },
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
        # --- vocabulary (glossary) ---------------------------------------------------------
        "outcome.pass": {"vi": "Đạt", "en": "Pass"},
        "outcome.partial": {"vi": "Đạt một phần", "en": "Partial"},
        "outcome.fail": {"vi": "Không đạt", "en": "Fail"},
        "outcome.waived": {"vi": "Được miễn trừ", "en": "Waived"},
        "outcome.not_applicable": {"vi": "Không áp dụng", "en": "Not applicable"},
        "outcome.short.pass": {"vi": "Đạt", "en": "Pass"},
        "outcome.short.partial": {"vi": "1 phần", "en": "Part."},
        "outcome.short.fail": {"vi": "K.đạt", "en": "Fail"},
        "outcome.short.waived": {"vi": "M.trừ", "en": "Waiv."},
        "outcome.short.not_applicable": {"vi": "K.AD", "en": "N/A"},
        "status.met": {"vi": "Đáp ứng", "en": "Met"},
        "status.partially_met": {"vi": "Đáp ứng một phần", "en": "Partially met"},
        "status.not_met": {"vi": "Chưa đáp ứng", "en": "Not met"},
        "status.not_applicable": {"vi": "Không áp dụng", "en": "Not applicable"},
        "verdict.compliant": {"vi": "Tuân thủ", "en": "Compliant"},
        "verdict.partially_compliant": {"vi": "Tuân thủ một phần", "en": "Partially compliant"},
        "verdict.non_compliant": {"vi": "Không tuân thủ", "en": "Non-compliant"},
        "severity.critical": {"vi": "nghiêm trọng", "en": "critical"},
        "severity.high": {"vi": "cao", "en": "high"},
        "severity.medium": {"vi": "trung bình", "en": "medium"},
        "severity.low": {"vi": "thấp", "en": "low"},
        "severity.error": {"vi": "lỗi", "en": "error"},
        "severity.warning": {"vi": "cảnh báo", "en": "warning"},
        "scope.agency": {"vi": "cơ quan", "en": "agency"},
        "scope.system": {"vi": "hệ thống", "en": "system"},
        "confidence.verified": {"vi": "đã đọc nguyên văn", "en": "read in the text"},
        "confidence.secondary": {"vi": "nguồn thứ cấp", "en": "secondary"},
        "confidence.unverified": {"vi": "chưa kiểm chứng", "en": "unverified"},
        "reason.waiver_expired": {"vi": "Miễn trừ đã hết hạn", "en": "Waiver expired"},
        "reason.unanswered": {"vi": "Chưa trả lời", "en": "Unanswered"},
        "reason.not_applicable_not_allowed": {
            "vi": "Tiêu chí này không được ghi là không áp dụng",
            "en": "This control may not be marked not applicable",
        },
        "reason.not_implemented": {"vi": "Chưa thực hiện", "en": "Not implemented"},
        "reason.partially_implemented": {"vi": "Mới thực hiện một phần", "en": "Partially implemented"},
        "reason.missing_evidence": {"vi": "Thiếu bằng chứng", "en": "Missing evidence"},
        "reason.undated_evidence": {
            "vi": "Bằng chứng không ghi ngày (tiêu chí có thời hạn)",
            "en": "Evidence has no date (the control has a maximum age)",
        },
        "reason.evidence_expired": {"vi": "Bằng chứng đã quá hạn", "en": "Evidence expired"},
        "reason.overdue": {"vi": "Quá hạn hoàn thành", "en": "Overdue"},
        "warning.waiver_expiring": {
            "vi": "Miễn trừ cho {control} ({system}) hết hạn ngày {date}.",
            "en": "The waiver for {control} ({system}) expires on {date}.",
        },
        "warning.evidence_expiring": {
            "vi": 'Bằng chứng "{ref}" ngày {evidence_date} của {control} ({system}) sẽ quá hạn sau ngày {date}; cần cập nhật trước ngày đó.',
            "en": 'The evidence "{ref}" of {evidence_date} for {control} ({system}) goes stale after {date}; renew it before then.',
        },
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
        "validate.ok": {"vi": "hợp lệ", "en": "valid"},
        "validate.summary": {
            "vi": "Đã kiểm tra {files} tệp: {bad} tệp có lỗi, tổng {errors} lỗi.",
            "en": "Checked {files} file(s): {bad} with errors, {errors} error(s) in all.",
        },
    }
)

MESSAGES.update(
    {
        "checklist.scope": {"vi": "Phạm vi", "en": "Scope"},
        "checklist.min-level": {"vi": "Cấp độ", "en": "Level"},
        "checklist.severity": {"vi": "Mức độ", "en": "Severity"},
        "checklist.title": {"vi": "Tiêu chí", "en": "Control"},
        "checklist.count": {"vi": "{count} tiêu chí.", "en": "{count} control(s)."},
        "checklist.unverified-note": {
            "vi": "* Căn cứ pháp lý chưa được kiểm chứng với văn bản gốc; cần đối chiếu trước khi dùng làm căn cứ xử lý.",
            "en": "* The legal basis is not yet verified against the official text; check it before relying on it.",
        },
        "checklist.level-from": {"vi": "từ cấp độ {level} trở lên", "en": "level {level} and above"},
        "checklist.weight": {"vi": "trọng số", "en": "weight"},
        "checklist.evidence": {"vi": "Cần bằng chứng", "en": "Evidence required"},
        "checklist.period": {"vi": "Thời hạn bằng chứng", "en": "Evidence period"},
        "checklist.no-age": {"vi": "không giới hạn", "en": "no limit"},
        "checklist.age-all": {"vi": "{months} tháng", "en": "{months} months"},
        "checklist.age-level": {"vi": "cấp độ {level}: {months} tháng", "en": "level {level}: {months} months"},
        "checklist.na-allowed": {"vi": "Được ghi không áp dụng", "en": "May be not applicable"},
        "checklist.effective": {"vi": "Hiệu lực", "en": "In force"},
        "checklist.valid": {"vi": "Áp dụng", "en": "Applies"},
        "checklist.requirement": {"vi": "Yêu cầu", "en": "Requirement"},
        "checklist.yes": {"vi": "có", "en": "yes"},
        "checklist.no": {"vi": "không", "en": "no"},
    }
)
