// src/sort: the one radix sort (stable, on typed arrays) the ranking walk, the
// shadow's percentiles and PSI share.
export * from './radixSort.js';
