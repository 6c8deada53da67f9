"""Messages of the third hardening round (issue 26): workbooks bounded by what they hold,
hidden answer sheets, YAML alias size, history files treated as untrusted, bounded office
outputs, interrupted runs and private reports (docs/security.md)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- YAML ----------------------------------------------------------------------------
    "finding.alias-text": {
        "vi": "Các bí danh YAML (&, *) nhân bản quá {limit} ký tự văn bản; tệp bị từ chối (có thể là tệp độc hại).",
        "en": "YAML aliases (&, *) repeat more than {limit} characters of text; the file is refused (it may be hostile).",
    },
    "hint.alias-text": {
        "vi": "Viết trực tiếp nội dung thay cho bí danh. Giới hạn bằng giới hạn cỡ tệp; tăng bằng --max-file-size nếu tệp đáng tin.",
        "en": "Write the content out instead of using aliases. The limit is the file size limit; raise it with --max-file-size for a trusted file.",
    },
    # --- history files ---------------------------------------------------------------------
    "history.unexpected-schema": {
        "vi": '{path} không phải tệp lịch sử như fourlayer ghi: đối tượng {kind} "{name}" khác với cấu trúc fourlayer tạo '
        "(một trigger, view hay bảng bị sửa có thể làm sai các đợt đã và sẽ ghi); tệp bị từ chối, không đọc, không ghi, "
        "không chạy gì trong tệp. Dùng bản sao đáng tin của tệp lịch sử, hoặc bắt đầu tệp mới.",
        "en": '{path} is not a history as fourlayer writes it: the {kind} "{name}" differs from the structure fourlayer '
        "creates (a trigger, a view or a changed table could falsify the rounds recorded and to come); the file is "
        "refused: nothing in it is read, written or run. Use a copy of the history you trust, or start a new one.",
    },
    "history.is-link": {
        "vi": "{path} là một liên kết (symlink); tệp lịch sử phải là tệp thường, ghi đúng tên của nó. Không ghi gì.",
        "en": "{path} is a symbolic link; a history must be a regular file, named as itself. Nothing was written.",
    },
    "history.not-regular": {
        "vi": "{path} không phải tệp thường (FIFO, thiết bị…); không dùng làm tệp lịch sử. Ghi tên một tệp, ví dụ lich-su.sqlite.",
        "en": "{path} is not a regular file (a FIFO, a device…); it cannot be a history. Give a file name, e.g. history.sqlite.",
    },
    "history.bad-value": {
        "vi": "{path}: bảng {table}, dòng {row}, cột {column} có giá trị fourlayer không bao giờ ghi (tệp đã bị sửa "
        "hoặc hỏng); tệp bị từ chối. Dùng bản sao đáng tin của tệp lịch sử.",
        "en": "{path}: table {table}, row {row}, column {column} holds a value fourlayer never writes (the file was "
        "edited or is damaged); it is refused. Use a copy of the history you trust.",
    },
    "history.too-slow": {
        "vi": "{path}: đọc hoặc ghi tệp lịch sử quá {seconds} giây và đã dừng (tệp có thể bị hỏng hoặc bị sửa).",
        "en": "{path}: reading or writing the history took more than {seconds} seconds and was stopped (the file may "
        "be damaged or altered).",
    },
    "finding.roster-field-too-long": {
        "vi": "Một ô của danh sách dài hơn {limit} ký tự; danh sách chỉ ghi mã và tên cơ quan, nên không đọc.",
        "en": "A field of the roster is longer than {limit} characters; a roster holds agencies' codes and names, so it is not read.",
    },
    # --- workbooks ------------------------------------------------------------------------
    "finding.workbook-too-many-sheets": {
        "vi": "Bảng tính có {count} trang tính (giới hạn {limit}); không đọc.",
        "en": "The workbook has {count} sheets (the limit is {limit}); not read.",
    },
    "finding.workbook-sheet-repeated": {
        "vi": 'Trang tính "{sheet}" dùng lại nội dung của trang "{other}" ({part}), điều Excel không bao giờ ghi; '
        "không đọc.",
        "en": 'Sheet "{sheet}" reuses the content of sheet "{other}" ({part}), which Excel never writes; not read.',
    },
    "finding.workbook-too-many-cells": {
        "vi": "Bảng tính có hơn {limit} ô (kể cả ô trống được lưu); bảng tính không được đọc.",
        "en": "The workbook holds more than {limit} cells (stored empty cells included); the workbook is not read.",
    },
    "finding.workbook-too-much-text": {
        "vi": "Các ô của bảng tính chứa hơn {limit} ký tự (văn bản dùng chung được tính mỗi lần dùng); "
        "bảng tính không được đọc.",
        "en": "The workbook's cells hold more than {limit} characters (shared text counted each time it is used); "
        "the workbook is not read.",
    },
    "finding.workbook-hidden-sheet": {
        "vi": 'Trang tính "{sheet}" bị ẩn nhưng có dòng tiêu đề của trang trả lời, miễn trừ hoặc cơ quan; '
        "không đọc trang ẩn, vì Excel không hiện những giá trị này cho người ký.",
        "en": 'Sheet "{sheet}" is hidden but has the header row of an answer, waiver or agency sheet; hidden sheets '
        "are not read, as Excel does not show their values to whoever signs.",
    },
    "workbook.cell-too-long": {
        "vi": "Không ghi bảng tính: giá trị của {key} (trang {sheet}, ô {cell}) dài {length} ký tự, quá {limit} ký tự "
        "một ô Excel chứa được; không cắt bớt. Rút gọn nội dung, hoặc giữ bản tự đánh giá ở dạng YAML.",
        "en": "The workbook is not written: the value of {key} (sheet {sheet}, cell {cell}) is {length} characters, "
        "more than the {limit} an Excel cell holds; it is not cut. Shorten it, or keep the assessment in YAML.",
    },
    "workbook.too-many-rows-to-write": {
        "vi": "Không ghi bảng tính: bảng tính sẽ có {rows} dòng trên một trang, mà fourlayer chỉ đọc tối đa {limit} "
        "dòng một trang. Giữ bản tự đánh giá ở dạng YAML.",
        "en": "The workbook is not written: a sheet would have {rows} rows, and fourlayer reads at most {limit} rows "
        "of a sheet. Keep the assessment in YAML.",
    },
    "hint.workbook-hidden-sheet": {
        "vi": "Bỏ ẩn trang (chuột phải vào tên trang → Bỏ ẩn) và chép câu trả lời vào trang hiện, hoặc xoá trang ẩn.",
        "en": "Unhide the sheet (right-click a sheet tab → Unhide) and move its answers to a visible sheet, or delete it.",
    },
}
