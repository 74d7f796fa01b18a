// src/text: text helpers for messages to people. Base layer. Public surface:
// didYouMean and editDistance (the "did you mean" of unknown names).
export { didYouMean, editDistance } from './suggest.js';
