"""Located problems (``finding.<code>``), what to do about them (``hint.<...>``) and the
words a YAML parser's complaint is turned into (``yaml-problem.<...>``).

A workbook's own problems, and the same problems said in cells, are in :mod:`.findings_workbook`.
"""

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
    "finding.evaluation-crashed": {
        "vi": "Không đánh giá được tệp do lỗi nội bộ ({error}); các tệp khác vẫn được đánh giá.",
        "en": "The file could not be evaluated because of an internal error ({error}); the other files were.",
    },
    "finding.diff-report-count": {
        "vi": "Báo cáo có {count} kết quả; lệnh diff so sánh đúng một cơ quan.",
        "en": "The report holds {count} results; diff compares exactly one agency.",
    },
    "hint.diff-report-count": {
        "vi": "Tạo báo cáo cho từng cơ quan: fourlayer check TỆP --format json -o bao-cao.json",
        "en": "Make one report per agency: fourlayer check FILE --format json -o report.json",
    },
    # --- messages a civil servant reads ---------------------------------------------
    "hint.word-meaning": {
        "vi": 'Có phải ý là "{suggestion}"? Ở đây chỉ ghi một trong các từ: {allowed}.',
        "en": 'Did you mean "{suggestion}"? Only these words are accepted here: {allowed}.',
    },
    "yaml-problem.indentation": {
        "vi": "thụt lề sai",
        "en": "wrong indentation",
    },
    "hint.yaml-indentation": {
        "vi": "Dòng {line} lùi vào {have} dấu cách, nhưng các khoá cùng cấp ở dòng {previous} lùi vào {want} dấu cách: sửa dòng {line} cho thẳng hàng (chỉ dùng dấu cách, không dùng tab).",
        "en": "Line {line} is indented {have} spaces, but the keys at its level on line {previous} are indented {want}: align line {line} with them (spaces only, no tabs).",
    },
    # --- the settings file ---------------------------------------------------------------
    "finding.settings-unknown-key": {
        "vi": 'Trường "{key}" không có trong tệp thiết lập báo cáo; các trường hợp lệ: {keys}.',
        "en": '"{key}" is not a field of the report settings; the fields are: {keys}.',
    },
    "finding.settings-not-text": {
        "vi": 'Trường "{key}" phải là một dòng chữ (tối đa {limit} ký tự).',
        "en": '"{key}" must be one line of text (at most {limit} characters).',
    },
    "finding.settings-not-list": {
        "vi": 'Trường "{key}" phải là danh sách các dòng chữ (tối đa {limit} dòng).',
        "en": '"{key}" must be a list of lines of text (at most {limit}).',
    },
    "finding.settings-bad-date": {
        "vi": 'Trường "{key}" phải là một ngày có thật, viết DD/MM/YYYY hoặc YYYY-MM-DD, ví dụ 20/10/2026.',
        "en": '"{key}" must be a real date written DD/MM/YYYY or YYYY-MM-DD, e.g. 20/10/2026.',
    },
    "finding.settings-syntax": {
        "vi": "Tệp TOML sai cú pháp: {problem}",
        "en": "The TOML file has a syntax error: {problem}",
    },
    # --- checklist format and lint ------------------------------------------------------
    "finding.checklist-version-unknown": {
        "vi": "Không có danh mục kiểm tra {checklist} phiên bản {version} đi kèm công cụ (có: {known}).",
        "en": "No bundled checklist {checklist} version {version} (bundled: {known}).",
    },
    "finding.deadlines-with-max-age": {
        "vi": "Tiêu chí {id} có cả deadlines và max_age_months; chỉ dùng một cách tính hạn bằng chứng.",
        "en": "Control {id} has both deadlines and max_age_months; use one way of ageing evidence.",
    },
    "finding.impossible-deadline": {
        "vi": "Hạn nộp {value} không có trong mọi năm (tháng-ngày không tồn tại hoặc 29/02).",
        "en": "The deadline {value} does not occur every year (no such month-day, or 29 February).",
    },
    "finding.previous-version-unknown": {
        "vi": "previous_version {version}: không có danh mục {checklist} phiên bản này đi kèm công cụ để đối chiếu mã.",
        "en": "previous_version {version}: no bundled checklist {checklist} of that version to map ids against.",
    },
    "finding.replaces-unknown": {
        "vi": "Mã {id} không có trong phiên bản {version}.",
        "en": "The id {id} does not exist in version {version}.",
    },
    "finding.previous-control-unmapped": {
        "vi": "Các tiêu chí của phiên bản {version} chưa được tiêu chí nào kế thừa (replaces) và chưa được liệt kê ở retired: {ids}.",
        "en": "Controls of version {version} that no control continues (replaces) and that retired does not list: {ids}.",
    },
    # --- assessment answers -----------------------------------------------------------
    "finding.no-event-not-allowed": {
        "vi": "Tiêu chí {control} không phải nghĩa vụ phát sinh theo sự kiện: không dùng no_event.",
        "en": "Control {control} is not an event-triggered duty: no_event does not apply.",
    },
    "hint.no-event-not-allowed": {
        "vi": "Xóa dòng no_event và ghi bằng chứng thực hiện; xem danh sách tiêu chí cho phép bằng fourlayer checklist show MÃ.",
        "en": "Remove the no_event line and give evidence; fourlayer checklist show ID says whether a control is event-triggered.",
    },
    "finding.no-event-status": {
        "vi": "Tiêu chí {control}: no_event: true chỉ đi với status: implemented (đang là {status}).",
        "en": "Control {control}: no_event: true goes only with status: implemented (it is {status}).",
    },
    # --- checklist lint (strict_sources) ------------------------------------------------
    "finding.reference-kind-missing": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": thiếu kind (law, decree, circular, decision, directive, dispatch, standard hoặc other).',
        "en": 'Control {id}, reference "{document}": kind is missing (law, decree, circular, decision, directive, dispatch, standard or other).',
    },
    "finding.reference-verified-unquoted": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": confidence: verified mà không có quote trích nguyên văn điều khoản đã đọc.',
        "en": 'Control {id}, reference "{document}": confidence: verified without a quote of the article as read.',
    },
    "finding.reference-directive-unbounded": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": chỉ thị, công văn chỉ là căn cứ khi có văn bản còn hiệu lực xác nhận; ghi confirmed_until.',
        "en": 'Control {id}, reference "{document}": a directive or dispatch counts only while a text in force confirms it; give confirmed_until.',
    },
    "finding.reference-copy-unknown": {
        "vi": 'Tiêu chí {id}, căn cứ "{document}": copy: {copy} không có trong copies của danh mục.',
        "en": 'Control {id}, reference "{document}": copy: {copy} is not listed under the checklist\'s copies.',
    },
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
    "finding.bad-number": {
        "vi": "Không đọc được số {value}: {reason}.",
        "en": "The number {value} cannot be read: {reason}.",
    },
    "hint.bad-number": {
        "vi": "Viết số bằng chữ số thập phân thông thường, hoặc đặt trong dấu nháy nếu đó là văn bản.",
        "en": "Write the number with ordinary decimal digits, or put it in quotes if it is text.",
    },
    "yaml-problem.number-too-long": {
        "vi": "số nguyên dài quá 4.300 chữ số",
        "en": "an integer longer than 4,300 digits",
    },
    "yaml-problem.number-malformed": {
        "vi": "không phải số hợp lệ",
        "en": "it is not a valid number",
    },
    "finding.too-many-nodes": {
        "vi": "Tệp có hơn {limit} giá trị YAML; tệp bị từ chối (bản tự đánh giá không cần nhiều như vậy).",
        "en": "The file holds more than {limit} YAML values; it is refused (a self-assessment never needs that many).",
    },
    "hint.too-many-nodes": {
        "vi": "Kiểm tra tệp có bị sinh tự động hay sao chép lặp lại không; tăng giới hạn bằng --max-nodes nếu tệp đáng tin.",
        "en": "Check whether the file was generated or pasted repeatedly; raise the limit with --max-nodes for a trusted file.",
    },
    "finding.merge-key-value": {
        "vi": "Khoá gộp << cần một ánh xạ (bí danh *tên) hoặc danh sách ánh xạ.",
        "en": "The merge key << needs a mapping (an alias *name) or a list of mappings.",
    },
    "finding.findings-omitted": {
        "vi": "… và {count} lỗi khác không liệt kê (mỗi tệp chỉ liệt kê {limit} lỗi đầu tiên).",
        "en": "… and {count} more problems, not listed (only the first {limit} of a file are listed).",
    },
    "hint.findings-omitted": {
        "vi": "Sửa các lỗi trên rồi kiểm tra lại để xem các lỗi còn lại.",
        "en": "Fix the problems above and check again to see the rest.",
    },
    "finding.not-finite-number": {
        "vi": "{where}: {value} không phải là một số (báo cáo bị sửa hoặc hỏng); không so sánh được.",
        "en": "{where}: {value} is not a number (the report was edited or damaged); it cannot be compared.",
    },
    "finding.stdin-unavailable": {
        "vi": "Không đọc được đầu vào chuẩn (stdin đã đóng hoặc không mở để đọc); hãy chuyển tệp vào bằng < TỆP.",
        "en": "Standard input cannot be read (it is closed or not open for reading); pipe the file in with < FILE.",
    },
    # --- YAML ----------------------------------------------------------------------------
    "finding.alias-text": {
        "vi": "Các bí danh YAML (&, *) nhân bản quá {limit} ký tự văn bản; tệp bị từ chối (có thể là tệp độc hại).",
        "en": "YAML aliases (&, *) repeat more than {limit} characters of text; the file is refused (it may be hostile).",
    },
    "hint.alias-text": {
        "vi": "Viết trực tiếp nội dung thay cho bí danh. Giới hạn bằng giới hạn cỡ tệp; tăng bằng --max-file-size nếu tệp đáng tin.",
        "en": "Write the content out instead of using aliases. The limit is the file size limit; raise it with --max-file-size for a trusted file.",
    },
    "finding.roster-field-too-long": {
        "vi": "Một ô của danh sách dài hơn {limit} ký tự; danh sách chỉ ghi mã và tên cơ quan, nên không đọc.",
        "en": "A field of the roster is longer than {limit} characters; a roster holds agencies' codes and names, so it is not read.",
    },
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
}
