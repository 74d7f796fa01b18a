// The small datasets the metric tests check against scikit-learn 1.9.1 (see sklearn_reference.py,
// which reads these same literals). Ties in scores (several groups, spanning both classes),
// scores of exactly 0 and 1, non-uniform weights, a region with one class only, a region whose
// candidate decides everything positive, a region with no rows (`W`, only in the domain), and a cross.

export const BINARY = {
  columns: ['region', 'device'],
  cross: [['region', 'device']],
  costs: { tp: 0, fp: 1, tn: 0.25, fn: 5 },
  label: [1, 0, 1, 1, 0, 0, 1, 0, 0, 1, /* S */ 1, 0, 0, 1, 0, 1, 0, 1, /* E */ 0, 0, 0, 0, 0, 0],
  weight: [1, 2, 0.5, 1.5, 1, 3, 1, 0.5, 2, 1, /* S */ 1, 1, 2, 1, 1, 2.5, 1, 0.5, /* E */ 1, 2, 1, 1, 0.5, 1],
  segments: {
    region: ['N', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'S', 'S', 'S', 'S', 'S', 'S', 'S', 'S', 'E', 'E', 'E', 'E', 'E', 'E'],
    device: ['ios', 'web', 'ios', 'web', 'ios', 'web', 'ios', 'web', 'ios', 'web', 'ios', 'ios', 'web', 'web', 'ios', 'web', 'ios', 'web', 'ios', 'web', 'ios', 'web', 'ios', 'web'],
  },
  domain: { region: ['W'] },
  baseline: {
    score: [0.9, 0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.1, 0, 1, /* S */ 0.7, 0.7, 0.3, 0.3, 0.3, 0.6, 0.2, 0.55, /* E */ 0.1, 0.2, 0.2, 0.05, 0.3, 0.15],
    decision: [1, 1, 1, 0, 0, 0, 0, 0, 0, 1, /* S */ 1, 1, 0, 0, 0, 1, 0, 1, /* E: all 0 */ 0, 0, 0, 0, 0, 0],
  },
  candidate: {
    score: [0.95, 0.6, 0.6, 0.3, 0.3, 0.2, 0.75, 0.05, 0, 0.99, /* S */ 0.7, 0.7, 0.3, 0.65, 0.3, 0.9, 0.1, 0.55, /* E */ 0.6, 0.2, 0.45, 0.05, 0.35, 0.15],
    decision: [1, 1, 0, 0, 0, 0, 1, 0, 0, 1, /* S: all 1 */ 1, 1, 1, 1, 1, 1, 1, 1, /* E */ 1, 0, 0, 0, 0, 0],
  },
};

/** Classes by name; `fish` is only ever predicted, region B has no `dog` at all, region Z has no rows. */
export const MULTICLASS = {
  columns: ['region'],
  cross: [],
  classes: ['bird', 'cat', 'dog', 'fish'],
  label: ['cat', 'cat', 'dog', 'dog', 'bird', 'cat', 'bird', 'dog', /* B */ 'cat', 'bird', 'bird', 'cat', 'cat', 'bird'],
  weight: [1, 2, 1, 0.5, 1, 1, 3, 1, /* B */ 1, 2, 1, 1, 0.5, 1],
  segments: { region: ['A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B'] },
  domain: { region: ['Z'] },
  baseline: {
    decision: ['cat', 'dog', 'dog', 'cat', 'bird', 'cat', 'cat', 'dog', /* B */ 'cat', 'bird', 'cat', 'cat', 'bird', 'bird'],
  },
  candidate: {
    decision: ['cat', 'cat', 'dog', 'fish', 'bird', 'bird', 'bird', 'dog', /* B */ 'fish', 'bird', 'bird', 'cat', 'cat', 'fish'],
  },
};

/** Region Q has a label of exactly 0 (mape divides by eps there) and negative labels. */
export const REGRESSION = {
  columns: ['region'],
  cross: [],
  label: [10, 12.5, 8, 20, 15, 9, /* Q */ 0, -4, 2.5, -1, 3],
  weight: [1, 2, 0.5, 1, 1.5, 1, /* Q */ 1, 2, 1, 0.5, 1],
  segments: { region: ['P', 'P', 'P', 'P', 'P', 'P', 'Q', 'Q', 'Q', 'Q', 'Q'] },
  baseline: { score: [11, 12, 9, 18, 15, 10, /* Q */ 0.5, -3, 2, -1.5, 3] },
  candidate: { score: [10.5, 13, 7, 21, 14, 9, /* Q */ 0, -4.5, 3, 0, 2] },
};

export const DATASETS = { binary: BINARY, multiclass: MULTICLASS, regression: REGRESSION };
