#!/usr/bin/env bash
# The GPU figures of the README's performance section, on a machine with a CUDA GPU:
#   bash tools/gpu-figures.sh OUT [STAGE ...]      (default stages: check tests bench study)
# check: `memstudy check` at the paper's shapes (replayed CUDA graphs against eager steps, fused
#        against alone, a member leaving, a resume, memory, speed) for the three paper networks
# tests: tests/test_gpu.py (the fp32 check rows are what `check` runs)
# bench: the benchmark's GPU item (item 4) on 10,000 images an epoch (bench-resnet32: for ResNet-32
#        alone); bench-full: on the paper's images
# study: studies/gpu_fused.yaml through `python -m memstudy.run`, its analysis, and each trial's
#        steps and the GPU memory its group really used against what the driver planned
# Each stage writes OUT/STAGE.log and has its own time limit; OUT/stages.txt sums them up.
# On an H200 (2026-11-30): check 100 s, tests 127 s; bench-resnet32 took over 170 s (cut off);
# study: over a minute an epoch with both groups sharing the GPU (cut off).
set -uo pipefail
out=${1:?usage: bash tools/gpu-figures.sh OUT [STAGE ...]}; shift
mkdir -p "$out"
stages=("$@"); [ ${#stages[@]} -gt 0 ] || stages=(check tests bench study)
export PYTHONUNBUFFERED=1
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  python3 -c "import sys, torch; print('torch', torch.__version__, 'CUDA', torch.version.cuda, 'Python', sys.version.split()[0])"
  nproc; date -u; git log -1 --format='commit %h %s' 2>/dev/null; } > "$out/machine.txt" 2>&1
results=$(mktemp -d)
for stage in "${stages[@]}"; do
  start=$(date +%s)
  case $stage in
    check) timeout 240 python3 -m memstudy.check --models resnet32 inception_lite resnet18 ;;
    tests) timeout 300 python3 -m pytest -q -p no:cacheprovider -rA tests/test_gpu.py -k "not (check_passes and fp32)" ;;
    bench) timeout 360 python3 -m memstudy.bench --skip loop schedule fused search --gpu-images 10000 \
             --json "$out/bench.json" ;;
    bench-resnet32) timeout 300 python3 -m memstudy.bench --skip loop schedule fused search --gpu-models resnet32 \
             --gpu-images 10000 --json "$out/bench-resnet32.json" ;;
    bench-full) timeout 540 python3 -m memstudy.bench --skip loop schedule fused search --json "$out/bench-full.json" ;;
    study) timeout 300 python3 -m memstudy.run studies/gpu_fused.yaml --storage "$results" \
             && timeout 120 python3 -m analysis "$results/gpu_fused" \
             && python3 - "$results/gpu_fused" <<'PY'
import json, sys
from pathlib import Path
for status in sorted(Path(sys.argv[1]).glob("*/status.json")):
    s = json.loads(status.read_text())
    step = s.get("training_step") or {}
    print(f"{status.parent.name[:60]:<60} {s['status']:<9} epoch {s.get('epoch')} steps {step.get('mode')} "
          f"why_eager {step.get('why_eager')} gpu peak {step.get('gpu_peak_bytes', 0) / 2**30:.2f} GiB")
PY
    ;;
    *) echo "unknown stage $stage"; false ;;
  esac > "$out/$stage.log" 2>&1
  echo "$stage: exit $? after $(( $(date +%s) - start )) s" | tee -a "$out/stages.txt"
done
