"""`memstudy check` in small sizes on the CPU: its table, and a non-zero exit on any failure."""

import pytest

from memstudy.check import PAPER, check_model, main, recipe
from memstudy.cli import main as cli


def test_check_prints_one_table_and_passes_here(capsys):
    assert cli(["check", "--models", "inception_lite", "--members", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("memstudy check: CPU") and "small sizes, precision fp32, contiguous, 2 epochs" in out[0]
    head = next(i for i, line in enumerate(out) if line.startswith("model "))
    assert out[head].split() == ["model", "steps", "graph-eager", "fused-alone", "member", "out", "resume", "group", "(true)",
                                 "GiB", "measured/used", "s/trial-ep", "alone", "fused", "(G)", "speed-up", "result"]
    row = out[head + 1].split()
    # Steps eager on a CPU, so replayed equals eager exactly (the same code runs).
    assert row[:3] == ["inception_lite", "eager", "0.0e+00"]
    assert row[4:8] == ["<=", "1e-02", "(1", "step"] and row[9] == "layout" and row[11:13] == ["ok", "0.0e+00"]
    assert row[-1] == "ok"
    assert float(row[3]) < 1e-5  # fused against alone, whole networks, fp32 on this CPU
    assert float(row[8].rstrip(",")) < 1e-6  # the same after a single step
    assert 0 < float(row[10].rstrip(")")) < 1e-2  # the trial alone against itself in the other layout
    assert row[13:15] == ["16", "-/-"] and row[17] == "(2)"  # a CPU's group size, no CUDA memory; the timed group


def test_check_fails_when_fused_and_alone_differ_beyond_the_tolerance(capsys, monkeypatch):
    # A planted defect: in the group of three, the cce and the mse member read in each other's place.
    import memstudy.check as check

    member_network = check.member_network
    monkeypatch.setattr(check, "member_network", lambda state, t: member_network(
        state, {0: 2, 2: 0}.get(t, t) if len(state["alive"]) == 3 else t))
    assert main(["--models", "inception_lite", "--members", "2"]) == 1
    out = capsys.readouterr().out
    assert "inception_lite: FAIL" in out and "inception_lite: fused differs from alone by" in out


def test_check_sizes_groups_from_the_measured_memory():
    # The measurement injected (as CUDA would report it): 0.9 x 8 GiB, 1 GiB a member.
    gib = 2**30

    def probe(cfg):
        return {"device": "a GPU", "total_memory": 8 * gib, "peaks": [2 * gib, 3 * gib], "num_train": 32,
                "num_test": 16, "example_numel": 192, "num_classes": 10}

    row = check_model("resnet32", members=2, probe=probe)
    assert row["ok"] and row["group_size"] == 6  # (7.2 - 1) / 1 GiB and a little
    assert row["memory_predicted"] > 3 * gib and "memory_used" not in row  # what a step used: CUDA only


def test_the_paper_recipes_at_the_papers_shapes():
    assert [recipe(m, "paper").dataset_params["shape"] for m in PAPER] == [[3, 32, 32], [3, 32, 32], [1, 28, 28]]
    cfg = recipe("resnet18", "paper")
    assert (cfg.optimizer, cfg.lr, cfg.batch_size, cfg.eval_batch_size) == ("adam", 0.001, 128, 1024)
    with pytest.raises(SystemExit):
        main(["--models", "vgg"])
