// A segment is a list of (column, value) pairs; overall is the empty list.

export interface Segment {
  /** `overall`, `column=value`, or crossed `a=x&b=y` (columns in the order the config names them). */
  id: string;
  keys: Array<[column: string, value: string]>;
}

/**
 * Which segment each row belongs to, per dimension. A dimension is one way of
 * cutting the data: overall, one segment column, or one cross. Every row is in
 * exactly one segment of each dimension.
 */
export interface Dimension {
  /** `overall`, the column name, or `a&b` for a cross. */
  name: string;
  /** Row -> index into `Segmentation.segments`. */
  rowSegment: Int32Array;
}

export interface Segmentation {
  /** All segments; index 0 is always `overall`. */
  segments: Segment[];
  dimensions: Dimension[];
}

/** A dictionary-encoded segment column, as the readers produce it: row r has `values[codes[r]]`. */
export interface SegmentColumn {
  name: string;
  codes: Int32Array;
  values: string[];
}
