"""Reference values for test/metrics/*.test.ts, computed with scikit-learn 1.9.1.

The datasets are the literals of test/metrics/datasets.ts, dumped to JSON:
  npx esbuild test/metrics/datasets.ts --format=esm --outfile=/tmp/ds.mjs
  node -e "import('/tmp/ds.mjs').then((m) => console.log(JSON.stringify(m.DATASETS)))" > /tmp/datasets.json
  /work/wt/pyenv/bin/python test/metrics/sklearn_reference.py /tmp/datasets.json --ts > test/metrics/sklearnValues.ts
which writes the values as TypeScript literals (the tests do not run Python).
"""
import json
import math
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M

warnings.simplefilter("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__

with open(sys.argv[1]) as f:
    DATA = json.load(f)


def num(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def segments(rows, cols, cross):
    """Segment id -> row mask, in the order buildSegmentation makes them."""
    n = len(rows["label"])
    out = [("overall", np.ones(n, bool))]
    for c in cols:
        vals = rows["segments"][c]
        for v in sorted(set(vals) | set(rows.get("domain", {}).get(c, []))):
            out.append((f"{c}={v}", np.array([x == v for x in vals])))
    for cr in cross:
        combos = sorted({tuple(rows["segments"][c][i] for c in cr) for i in range(n)})
        for combo in combos:
            mask = np.array([tuple(rows["segments"][c][i] for c in cr) == combo for i in range(n)])
            out.append(("&".join(f"{c}={v}" for c, v in zip(cr, combo)), mask))
    return out


def ece(y, p, w):
    b = np.minimum(np.floor(p * 10), 9).astype(int)
    total = w.sum()
    return sum(abs((w[b == k] * (y[b == k] - p[b == k])).sum()) for k in range(10)) / total


def binary(y, p, d, w, costs):
    if len(y) == 0 or w.sum() == 0:
        return None
    cm = M.confusion_matrix(y, d, labels=[0, 1], sample_weight=w)
    tn, fp, fn, tp = cm.ravel()
    two = len(np.unique(y)) == 2
    return {
        "accuracy": M.accuracy_score(y, d, sample_weight=w),
        "precision": M.precision_score(y, d, sample_weight=w, zero_division=np.nan),
        "recall": M.recall_score(y, d, sample_weight=w, zero_division=np.nan),
        "f1": M.f1_score(y, d, sample_weight=w, zero_division=np.nan),
        "fpr": fp / (fp + tn) if fp + tn > 0 else None,
        "positive_rate": np.average(d, weights=w),
        "expected_cost": (tp * costs["tp"] + fp * costs["fp"] + tn * costs["tn"] + fn * costs["fn"]) / w.sum(),
        "auc": M.roc_auc_score(y, p, sample_weight=w) if two else None,
        # One class: sklearn gives 0 (no positives) or 1 (no negatives); the gate says null.
        "pr_auc": M.average_precision_score(y, p, sample_weight=w) if two else None,
        "log_loss": M.log_loss(y, p, sample_weight=w, labels=[0, 1]),
        "brier": M.brier_score_loss(y, p, sample_weight=w),
        "ece": ece(y, p, w),
    }


def multiclass(y, d, w, classes):
    if len(y) == 0:
        return None
    out = {
        "accuracy": M.accuracy_score(y, d, sample_weight=w),
        # zero_division default ("warn" -> 0), labels = those present in y and d of the segment.
        "macro_f1": M.f1_score(y, d, average="macro", sample_weight=w),
        "macro_recall": M.recall_score(y, d, average="macro", sample_weight=w),
    }
    for k in classes:
        out[f"recall[{k}]"] = (
            M.recall_score(y, d, labels=[k], average="macro", sample_weight=w, zero_division=np.nan)
            if (y == k).any()
            else None
        )
    return out


def regression(y, p, w):
    if len(y) == 0:
        return None
    return {
        "mae": M.mean_absolute_error(y, p, sample_weight=w),
        "rmse": M.root_mean_squared_error(y, p, sample_weight=w),
        "mape": M.mean_absolute_percentage_error(y, p, sample_weight=w),
        "bias": np.average(p - y, weights=w),
    }


def run(name, fn, weighted=True):
    rows = DATA[name]
    y = np.array(rows["label"], dtype=object if rows.get("classes") else float)
    w = np.array(rows["weight"], float) if weighted and rows.get("weight") else np.ones(len(y))
    res = {}
    for seg, mask in segments(rows, rows["columns"], rows["cross"]):
        vals = {}
        for model in ("baseline", "candidate"):
            v = fn(rows, model, mask, y, w)
            for k, x in (v or {}).items():
                vals.setdefault(k, [None, None])["baseline candidate".split().index(model)] = num(x)
        res[seg] = vals if vals else None
    return res


def fbinary(rows, model, mask, y, w):
    p = np.array(rows[model]["score"], float)
    d = np.array(rows[model]["decision"], float)
    return binary(y[mask].astype(int), p[mask], d[mask].astype(int), w[mask], rows["costs"])


def fmulti(rows, model, mask, y, w):
    d = np.array(rows[model]["decision"], dtype=object)
    return multiclass(y[mask], d[mask], w[mask], rows["classes"] + ["zebra"])


def freg(rows, model, mask, y, w):
    p = np.array(rows[model]["score"], float)
    return regression(y[mask], p[mask], w[mask])


out = {
    "binaryWeighted": run("binary", fbinary),
    "binaryUnweighted": run("binary", fbinary, weighted=False),
    "multiclassWeighted": run("multiclass", fmulti),
    "regressionWeighted": run("regression", freg),
}
if len(sys.argv) <= 2:
    print(json.dumps(out, indent=1))


def ts_literal(results):
    """The TypeScript module test/metrics/sklearnValues.ts (prints repr() floats, full precision)."""
    lines = [
        "// Reference values computed with scikit-learn 1.9.1 by test/metrics/sklearn_reference.py",
        "// on the datasets of test/metrics/datasets.ts (do not edit by hand; rerun the script).",
        "// segment id -> metric -> [baseline, candidate]; null segment = no rows (every metric null).",
        "export type Reference = Record<string, Record<string, [number | null, number | null]> | null>;",
        "",
    ]
    for name, res in results.items():
        lines.append(f"export const {name}: Reference = {{")
        for seg, vals in res.items():
            if vals is None:
                lines.append(f"  '{seg}': null,")
                continue
            lines.append(f"  '{seg}': {{")
            for k, (b, c) in vals.items():
                f = lambda x: "null" if x is None else repr(x)
                lines.append(f"    '{k}': [{f(b)}, {f(c)}],")
            lines.append("  },")
        lines.append("};")
        lines.append("")
    return "\n".join(lines)


if len(sys.argv) > 2 and sys.argv[2] == "--ts":
    print(ts_literal(out))
