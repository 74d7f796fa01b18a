// The report directory as a workflow artifact (@actions/artifact), named after the
// gate. Where the runtime cannot upload (no ACTIONS_RUNTIME_TOKEN: not inside an
// Actions job; GitHub Enterprise Server, which @actions/artifact v2+ does not
// support) or the upload fails, it says why instead of throwing: the gate's
// verdict never depends on the upload.
import { DefaultArtifactClient } from '@actions/artifact';
import type { Env } from './context.js';

/** Characters GitHub refuses in an artifact name (as @actions/artifact checks them). */
const INVALID_NAME = /["':<>|*?\\/\r\n]/g;

/**
 * The artifact's name for the gate called `gate`: `model-gate-NAME`, with the
 * characters artifacts may not hold replaced by `-`.
 * @example artifactName('fraud-scorer') === 'model-gate-fraud-scorer'
 */
export function artifactName(gate: string): string {
  const safe = gate.replace(INVALID_NAME, '-').replace(/\s+/g, ' ').trim();
  return `model-gate-${safe || 'model'}`;
}

/** The same test @actions/artifact makes: a server that is not github.com, *.ghe.com or *.localhost is GHES. */
export function isGhes(env: Env): boolean {
  let host: string;
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

/** Uploads `files` (absolute, under `rootDirectory`) as artifact `name`; resolves to its id. */
export type Uploader = (name: string, files: string[], rootDirectory: string) => Promise<{ id?: number }>;

const defaultUploader: Uploader = (name, files, root) => new DefaultArtifactClient().uploadArtifact(name, files, root, {});

export interface ArtifactArgs {
  /** From `artifactName`. */
  name: string;
  /** The report directory (absolute). */
  dir: string;
  /** Absolute paths of the files to upload, inside `dir`. */
  files: string[];
  /** The workflow run's URL, for the artifact's link (`RUN/artifacts/ID`); null when unknown. */
  runUrl: string | null;
  /** Default `process.env`. */
  env?: Env;
  /** Default: @actions/artifact's client. Tests pass a double. */
  upload?: Uploader;
}

export type ArtifactResult = { uploaded: true; name: string; id: number; url: string | null } | { uploaded: false; name: string; reason: string };

/**
 * Upload the report files as one artifact. Never throws: when the runtime
 * cannot upload or the upload fails, the result says why in one line.
 */
export async function uploadReportArtifact(args: ArtifactArgs): Promise<ArtifactResult> {
  const env = args.env ?? process.env;
  const no = (reason: string): ArtifactResult => ({ uploaded: false, name: args.name, reason });
  if (isGhes(env)) {
    return no(
      `${env.GITHUB_SERVER_URL} looks like GitHub Enterprise Server, where @actions/artifact cannot upload; set artifact: false and upload report-dir with actions/upload-artifact@v3 if you need it`,
    );
  }
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return no('ACTIONS_RUNTIME_TOKEN is not set, so this runtime cannot upload artifacts (the action is not running as a step of an Actions job)');
  }
  try {
    const { id } = await (args.upload ?? defaultUploader)(args.name, args.files, args.dir);
    if (typeof id !== 'number' || !Number.isFinite(id)) return no('the artifact service returned no artifact id');
    return { uploaded: true, name: args.name, id, url: args.runUrl ? `${args.runUrl}/artifacts/${id}` : null };
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
    return no(`the upload failed: ${message || 'unknown error'}`);
  }
}
