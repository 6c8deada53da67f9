"""Messages of the second hardening round (issue 18): numbers YAML cannot build, too many
nodes, merge keys, evidence from the future, encodings and output caps (see the package doc)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "finding.bad-number": {
        "vi": "Không đọc được số {value}: {reason}.",
        "en": "The number {value} cannot be read: {reason}.",
    },
    "hint.bad-number": {
        "vi": "Viết số bằng chữ số thập phân thông thường, hoặc đặt trong dấu nháy nếu đó là văn bản.",
        "en": "Write the number with ordinary decimal digits, or put it in quotes if it is text.",
    },
    "number-problem.too-long": {
        "vi": "số nguyên dài quá 4.300 chữ số",
        "en": "an integer longer than 4,300 digits",
    },
    "number-problem.malformed": {
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
    "report.and-more": {"vi": "… và {count} nơi khác", "en": "… and {count} more"},
    "report.rows-omitted": {
        "vi": "… và {count} dòng khác; xem đầy đủ bằng --format json.",
        "en": "… and {count} more; see them all with --format json.",
    },
    "report.targets": {"vi": "Phạm vi ({count}): {targets}", "en": "Targets ({count}): {targets}"},
    "ci.results-omitted": {
        "vi": "… và {count} kết quả khác của tệp này không được liệt kê ({gaps} tồn tại); xem đầy đủ bằng --format json.",
        "en": "… and {count} more results of this file, not listed ({gaps} gaps); see them all with --format json.",
    },
    "warning.evidence_in_future": {
        "vi": "Bằng chứng của {control} ({system}) ghi ngày {date}, sau ngày đánh giá: không được tính.",
        "en": "The evidence for {control} ({system}) is dated {date}, after the evaluation date: it is not counted.",
    },
}
