// src/text: text helpers for messages to people. Base layer. Public surface:
// didYouMean and editDistance (the "did you mean" of unknown names), and
// firstDifference (where two settings differ, for "made for another config").
export { firstDifference } from './difference.js';
export { didYouMean, editDistance } from './suggest.js';
