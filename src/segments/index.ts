// src/segments: which segment each row belongs to (overall, each value of each
// segment column, each observed cross). Base layer: imports nothing above.
// Public surface: buildSegmentation, segmentId, compareText and the Segment,
// Dimension, Segmentation and SegmentColumn types.
export { buildSegmentation, compareText, segmentId } from './segment.js';
export type { Dimension, Segment, SegmentColumn, Segmentation } from './types.js';
