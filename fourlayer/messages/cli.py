"""Messages of the command line itself: click's own usage errors in the user's language."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.usage.did-you-mean": {
        "vi": "Có phải ý bạn là {names}?",
        "en": "Did you mean {names}?",
    },
    "cli.usage.no-such-command": {
        "vi": 'Không có lệnh "{name}".',
        "en": 'There is no command "{name}".',
    },
    "cli.usage.no-such-option": {
        "vi": "Không có tuỳ chọn {name}.",
        "en": "There is no option {name}.",
    },
    "cli.usage.missing-argument": {
        "vi": "Thiếu đối số: {name}",
        "en": "Missing argument: {name}",
    },
    "cli.usage.missing-option": {
        "vi": "Thiếu tuỳ chọn bắt buộc {name}.",
        "en": "The required option {name} is missing.",
    },
    "cli.usage.needs-value": {
        "vi": "Tuỳ chọn {name} cần một giá trị.",
        "en": "The option {name} needs a value.",
    },
    "cli.usage.takes-no-value": {
        "vi": "Tuỳ chọn {name} không nhận giá trị.",
        "en": "The option {name} takes no value.",
    },
    "cli.usage.bad-choice": {
        "vi": 'Giá trị "{value}" không dùng được cho {name}; chọn một trong: {choices}.',
        "en": '"{value}" cannot be used for {name}; choose one of: {choices}.',
    },
    "cli.usage.out-of-range": {
        "vi": "Giá trị {value} của {name} nằm ngoài khoảng cho phép ({range}).",
        "en": "The value {value} of {name} is outside the allowed range ({range}).",
    },
    "cli.usage.not-a-number": {
        "vi": 'Giá trị "{value}" của {name} không phải là một số.',
        "en": 'The value "{value}" of {name} is not a number.',
    },
    "cli.usage.is-directory": {
        "vi": "{name} cần một tệp, nhưng {value} là một thư mục.",
        "en": "{name} needs a file, but {value} is a folder.",
    },
    "cli.usage.bad-value": {
        "vi": "Giá trị không hợp lệ cho {name}: {detail}",
        "en": "Invalid value for {name}: {detail}",
    },
    "cli.usage.extra-argument": {
        "vi": "Thừa đối số: {args}.",
        "en": "Unexpected extra argument: {args}.",
    },
    "cli.usage.other": {
        "vi": "Cách gọi lệnh chưa đúng: {detail}",
        "en": "Wrong usage: {detail}",
    },
}
