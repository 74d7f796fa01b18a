// src/github/: everything that talks to GitHub, and the only code that holds the
// token. Context of the run, the API client (retries, rate limits), the sticky PR
// comment, the override label, the job summary, the optional check run, and where a
// downloaded report may be posted (from-report). The action (src/action/)
// decides what each failure means for the step; nothing here calls setFailed.

export { loadContext, readContext, type Env, type GateContext } from './context.js';
export { createClient, type ClientLog, type ClientOptions, type GitHubClient } from './octokit.js';
export { ACTIONS_LOGIN, commentMarker, hasOwnShape, MAX_COMMENT_CHARS, tokenLogin, upsertComment, type UpsertCommentArgs, type UpsertCommentResult } from './comment.js';
export { checkOverride, REPO_ROLES, type OverrideArgs, type OverrideResult, type RepoRole } from './override.js';
export { capSummary, MAX_SUMMARY_BYTES, TRUNCATION_NOTE, writeJobSummary, type SummaryResult } from './summary.js';
export { CommentForbiddenError, GitHubApiError } from './errors.js';
export { confirmPull, reportTarget, type ReportTarget } from './reportTarget.js';
export { checkConclusion, checkRunRequest, createCheckRun, MAX_CHECK_SUMMARY_CHARS, type CheckConclusion, type CheckRunRequest } from './checkRun.js';
export { artifactName, isGhes, uploadReportArtifact, type ArtifactArgs, type ArtifactResult, type Uploader } from './artifact.js';
