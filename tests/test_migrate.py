"""``migrate``: a version-1 assessment rewritten for version 2 (issue 11).

The rules of fourlayer/authoring/migrate.py: renamed and moved keys changed in place, merged
answers combined (weaker status, evidence of both), new controls added as comments,
every comment line and every untouched line kept byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fourlayer.authoring.migrate import STATUS_RANK, migrate_text, weaker
from fourlayer.model.checklist import load_bundled
from fourlayer.reading.loading import parse_text
from fourlayer.reading.validation import check_loaded

V1_EXAMPLES = Path(__file__).parent / "data" / "v1-examples"
NAMES = ["so-y-te-nghe-an", "trung-tam-du-lieu-tinh", "xa-hung-dong"]
V1 = load_bundled("1").checklist
V2 = load_bundled("2").checklist


def migrated(name: str, lang: str = "vi"):
    return migrate_text((V1_EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"), V1, V2, lang)


def comment_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


@pytest.mark.parametrize("name", NAMES)
def test_migrated_example_validates_against_version_2(name):
    result = migrated(name)
    checked = check_loaded(parse_text(result.text, f"{name}.yaml", _limits()), V2)
    assert checked.checklist is V2 or checked.checklist.version == "2"
    assert checked.errors == (), [f.message("en") for f in checked.errors]


def _limits():
    from fourlayer.reading.loading import DEFAULT_LIMITS

    return DEFAULT_LIMITS


@pytest.mark.parametrize("name", NAMES)
def test_every_comment_line_of_the_original_is_kept(name):
    original = (V1_EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8")
    result = migrated(name).text
    remaining = comment_lines(result)
    for line in comment_lines(original):
        assert line in remaining, line
        remaining.remove(line)


@pytest.mark.parametrize("name", NAMES)
def test_untouched_lines_are_kept_in_order(name):
    """Every line of the original whose control was kept appears unchanged, in order."""
    original = (V1_EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8").splitlines()
    result = migrated(name).text.splitlines()
    changed = ("L2.08:", "L2.13:", "L2.14:", "L4.01:", "L4.07:", "L4.11:", "checklist:")
    kept, skip_deeper_than = [], None
    for line in original:
        indent = len(line) - len(line.lstrip())
        content = line.strip() and not line.strip().startswith("#")
        if skip_deeper_than is not None and (not content or indent > skip_deeper_than):
            if content:
                continue
        else:
            skip_deeper_than = None
        if line.strip().startswith(changed):
            skip_deeper_than = indent
            continue
        if any(f"control: {c}" in line for c in ("L2.08", "L2.13", "L2.14", "L4.07", "L4.11")):
            continue  # a waiver that follows its control
        kept.append(line)
    position = 0
    for line in kept:
        while position < len(result) and result[position] != line:
            position += 1
        assert position < len(result), f"line lost or reordered: {line!r}"


def test_renamed_and_moved_keys_change_in_place():
    result = migrated("xa-hung-dong")
    assert "  L1.17: {status: implemented, evidence: [{ref: Dự toán kinh phí CNTT năm 2026" in result.text
    assert "      L1.12:\n" in result.text
    assert "L2.14:" not in result.text and "L4.11:" not in result.text
    assert 'checklist: {id: four-layer, version: "2"}' in result.text
    kinds = {(s.kind, s.id) for s in result.steps}
    assert {("moved", "L1.17"), ("moved", "L1.13"), ("moved", "L1.12"), ("merged", "L4.01")} <= kinds


def test_merged_controls_keep_the_weaker_status_and_all_evidence():
    text = (V1_EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8")
    text = text.replace(
        '  L4.07: {status: implemented, evidence: [{ref: "Văn bản hướng dẫn kết nối của Phòng PA05 Công an tỉnh",',
        '  L4.07: {status: partial, note: Chưa đăng ký đầu mối, evidence: [{ref: "Văn bản hướng dẫn kết nối của '
        'Phòng PA05 Công an tỉnh",',
    )
    result = migrate_text(text, V1, V2)
    step = next(s for s in result.steps if s.kind == "merged")
    assert step.old == ("L4.01", "L4.07") and step.status == "partial"
    checked = check_loaded(parse_text(result.text, "x.yaml", _limits()), V2)
    assert checked.errors == ()
    answer = {a.control: a for a in checked.assessment.answers}["L4.01"]
    assert answer.status == "partial"
    assert [e.ref for e in answer.evidence] == [
        "Xác nhận kết nối của SOC tỉnh với hệ thống giám sát quốc gia",
        "Văn bản hướng dẫn kết nối của Phòng PA05 Công an tỉnh",
    ]
    assert answer.note == "L4.07: Chưa đăng ký đầu mối"


@given(
    st.lists(st.sampled_from(["implemented", "partial", "not_implemented", "not_applicable"]), min_size=1, max_size=4)
)
def test_weaker_status_wins(statuses):
    result = weaker(statuses)
    ranked = [s for s in statuses if s in STATUS_RANK]
    if ranked:
        assert all(STATUS_RANK[result] <= STATUS_RANK[s] for s in ranked)
    else:
        assert result == "not_applicable"


def test_new_controls_are_added_unanswered_with_their_requirement():
    result = migrated("xa-hung-dong")
    text = result.text
    assert "  # L4.13:\n  #   status:\n" in text
    assert "      # L1.14:\n      #   status:\n" in text  # system scope, under the system
    assert V2.control("L4.13").requirement.vi.split()[0] in text
    added = {s.id for s in result.steps if s.kind == "added"}
    assert {"L1.15", "L4.12", "L4.13", "L1.14"} <= added
    assert "L3.09" not in added  # level 5 only


def test_level_5_controls_are_added_only_where_they_apply():
    result = migrated("trung-tam-du-lieu-tinh")
    added = {(s.id, s.target) for s in result.steps if s.kind == "added"}
    levels = {s["id"]: s["level"] for s in _systems("trung-tam-du-lieu-tinh")}
    for cid, target in added:
        control = V2.control(cid)
        level = levels[target] if target else max(levels.values())
        assert level >= control.min_level


def _systems(name):
    import yaml

    return yaml.safe_load((V1_EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))["systems"]


def test_waivers_follow_their_control():
    text = (V1_EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8")
    text += "waivers:\n  - {control: L2.14, reason: Chờ dự toán, approved_by: Chủ tịch UBND xã, expires: 2027-06-30}\n"
    result = migrate_text(text, V1, V2)
    assert "  - {control: L1.17, reason: Chờ dự toán" in result.text


def test_a_file_without_checklist_gets_one():
    text = (
        (V1_EXAMPLES / "xa-hung-dong.yaml")
        .read_text(encoding="utf-8")
        .replace('checklist: {id: four-layer, version: "1"}\n', "")
    )
    result = migrate_text(text, V1, V2)
    assert 'schema_version: 1\nchecklist: {id: four-layer, version: "2"}\n' in result.text


def test_migrating_twice_is_refused():
    from fourlayer.authoring.migrate import MigrationError

    with pytest.raises(MigrationError):
        migrate_text(migrated("xa-hung-dong").text, V2, V2)


def test_migration_is_deterministic():
    assert migrated("so-y-te-nghe-an").text == migrated("so-y-te-nghe-an").text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["vi", "en"]))
def test_migration_never_loses_an_answer(name, lang):
    """Every version-1 answer reappears under the id that continues it."""
    import yaml

    from fourlayer.authoring.migrate import id_map

    before = yaml.safe_load((V1_EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))
    after = yaml.safe_load(migrated(name, lang).text)
    mapping = id_map(V2)
    blocks = [(before.get("controls") or {}, after.get("controls") or {})]
    blocks += [
        (b.get("controls") or {}, a.get("controls") or {})
        for b, a in zip(before["systems"], after["systems"], strict=True)
    ]
    for old, new in blocks:
        for key in old:
            assert mapping[key][0].id in new, key


@pytest.mark.parametrize("name", NAMES)
def test_migrated_example_warns_basis_unconfirmed_only_after_june_2026(cli, tmp_path, name):
    path = tmp_path / f"{name}.yaml"
    path.write_text(migrated(name).text, encoding="utf-8")
    late = json.loads(cli(["check", "--format", "json", "--as-of", "2026-12-01", str(path)]).stdout)["reports"][0]
    early = json.loads(cli(["check", "--format", "json", "--as-of", "2026-06-01", str(path)]).stdout)["reports"][0]
    assert late["checklist"] == {"id": "four-layer", "version": "2"}
    warned = [w for w in late.get("warnings", []) if w["code"] == "basis_unconfirmed"]
    assert warned and all(w["date"] == "2026-06-30" and w["system"] is None and w["bases"] for w in warned)
    assert not [w for w in early.get("warnings", []) if w["code"] == "basis_unconfirmed"]
    # a warning never changes an outcome
    outcomes = {(r["control"], r["system"]): r["outcome"] for r in late["results"]}
    assert all(w["control"] in {c for c, _ in outcomes} for w in warned)


# --- through the command line ------------------------------------------------------------
def test_migrate_command_writes_the_new_file_and_never_touches_the_input(cli, tmp_path):
    source = tmp_path / "old.yaml"
    source.write_bytes((V1_EXAMPLES / "xa-hung-dong.yaml").read_bytes())
    before = source.read_bytes()
    target = tmp_path / "new.yaml"
    result = cli(["migrate", str(source), "-o", str(target), "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert source.read_bytes() == before
    assert "L2.14 → L1.17: moved to layer 1" in result.stdout
    assert "L4.01, L4.07 → L4.01: merged" in result.stdout
    assert "L4.13: new control, added unanswered" in result.stdout
    assert "[ttdt-xa] L2.08 → L1.12" in result.stdout
    assert cli(["validate", str(target)]).exit_code == 0


def test_migrate_command_refuses_to_overwrite(cli, tmp_path):
    source = tmp_path / "old.yaml"
    source.write_bytes((V1_EXAMPLES / "xa-hung-dong.yaml").read_bytes())
    before = source.read_bytes()
    same = cli(["migrate", str(source), "-o", str(source), "--lang", "en"])
    assert same.exit_code == 2 and "never overwrites" in same.stderr and source.read_bytes() == before
    assert "-o NEW" in same.stderr  # and what to do instead
    existing = tmp_path / "new.yaml"
    existing.write_text("x", encoding="utf-8")
    refused = cli(["migrate", str(source), "-o", str(existing), "--lang", "en"])
    assert refused.exit_code == 2 and "--force" in refused.stderr and existing.read_text(encoding="utf-8") == "x"
    assert cli(["migrate", str(source), "-o", str(existing), "--force"]).exit_code == 0


def test_migrate_command_refuses_an_invalid_or_current_file(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (V1_EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8").replace("level: 1", "level: 9"),
        encoding="utf-8",
    )
    result = cli(["migrate", str(bad), "-o", str(tmp_path / "n.yaml"), "--lang", "en"])
    assert result.exit_code == 2 and "Cannot migrate" in result.stderr
    current = tmp_path / "v2.yaml"
    current.write_text(migrated("xa-hung-dong").text, encoding="utf-8")
    again = cli(["migrate", str(current), "-o", str(tmp_path / "n2.yaml"), "--to", "2", "--lang", "en"])
    assert again.exit_code == 2
    assert again.stderr.endswith(
        f"fourlayer: {current} already follows checklist four-layer version 2; nothing to migrate.\n"
    ), "the message names the file"


@pytest.mark.parametrize(
    "args",
    [
        ["migrate", "{source}", "-o", "-", "--to", "9"],
        ["migrate", "{source}", "-o", "-", "--from", "9"],
        ["init", "--agency", "A", "--system", "a:b:1", "--version", "9"],
        ["checklist", "list", "--version", "9"],
    ],
)
def test_an_unknown_bundled_version_is_named_by_every_command(cli, args):
    source = str(V1_EXAMPLES / "xa-hung-dong.yaml")
    result = cli([a.replace("{source}", source) for a in args] + ["--lang", "en"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "[checklist-version-unknown]" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("fourlayer: The checklist <bundled> v9 cannot be used")


def test_checklist_show_gives_the_id_map_and_list_takes_a_version(cli):
    shown = cli(["checklist", "show", "L4.01", "--version", "2", "--lang", "en"])
    assert "merged from L4.01, L4.07" in shown.stdout
    moved = cli(["checklist", "show", "L1.17", "--version", "2", "--format", "json"])
    control = json.loads(moved.stdout)["control"]
    assert control["replaces"] == ["L2.14"] and control["forward_from"] == "2026-07-01"
    new = " ".join(cli(["checklist", "show", "L4.14", "--lang", "en"]).stdout.split())
    assert "new control" in new  # version 3, the default
    assert "same id L1.17" in " ".join(cli(["checklist", "show", "L1.17", "--lang", "en"]).stdout.split())
    old = cli(["checklist", "show", "L2.13", "--version", "1", "--lang", "en"])
    assert old.exit_code == 0 and "10 %" in old.stdout
    assert cli(["checklist", "show", "L2.13", "--version", "2", "--lang", "en"]).exit_code == 2  # not in version 2
    listed = json.loads(cli(["checklist", "list", "--version", "1", "--format", "json"]).stdout)
    assert listed["checklist"]["version"] == "1" and len(listed["controls"]) == 44


def test_diff_of_a_version_1_and_a_version_2_round_compares_per_control(cli, tmp_path):
    new = tmp_path / "xa-v2.yaml"
    text = migrated("xa-hung-dong").text.replace("  L1.11: {status: implemented,", "  L1.11: {status: partial,", 1)
    new.write_text(text, encoding="utf-8")
    result = cli(
        ["diff", str(V1_EXAMPLES / "xa-hung-dong.yaml"), str(new), "--format", "json", "--as-of", "2026-11-27"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ids_mapped"] is True and data["scores_compared"] is False
    changes = {(p["control"], p["change"]) for p in data["controls"]}
    assert ("L1.11", "regressed") in changes
    # renamed and moved controls are matched, not reported as disappeared and appeared
    assert {c for c, kind in changes if kind in ("appeared", "disappeared")} <= {
        c.id for c in V2.controls if not c.replaces
    } | {"L1.16", "L4.10"}  # new, or newly applicable


@pytest.mark.parametrize("lang, words", [("en", "has no id map"), ("vi", "không có bảng đối chiếu")])
def test_migrate_command_refuses_a_version_without_a_map_and_says_what_to_do(cli, tmp_path, lang, words):
    # a version-2 file cannot go to version 1: version 1 maps no ids from version 2
    source = tmp_path / "moi.yaml"
    source.write_bytes((Path(__file__).parent.parent / "examples" / "xa-hung-dong.yaml").read_bytes())
    output = tmp_path / "cu.yaml"
    result = cli(["migrate", str(source), "-o", str(output), "--to", "1", "--lang", lang])
    assert result.exit_code == 2 and not output.exists()
    assert words in result.stderr and str(source) in result.stderr and "--to" in result.stderr
