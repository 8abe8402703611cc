import {
  type Comparison,
  comparisonSchema,
  createdVersionSchema,
  type Version,
  type VersionDetails,
  versionDetailsSchema,
  versionListSchema,
} from '@yttra/api';
import { api } from './appClient';
import { parseAnswer } from './parseAnswer';

const versions = api.documents[':documentId'].versions;

/** A document's versions, oldest first. */
export async function listVersions(documentId: string, signal?: AbortSignal): Promise<Version[]> {
  const response = await versions.$get({ param: { documentId } }, { init: { signal } });
  return parseAnswer(versionListSchema, await response.json(), 'versionslista').versions;
}

export async function createNamedVersion(documentId: string, name: string): Promise<Version> {
  const response = await versions.$post({ param: { documentId }, json: { name } });
  return parseAnswer(createdVersionSchema, await response.json(), 'ny version').version;
}

export async function fetchVersion(
  documentId: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<VersionDetails> {
  const response = await versions[':versionId'].$get({ param: { documentId, versionId } }, { init: { signal } });
  return parseAnswer(versionDetailsSchema, await response.json(), 'version');
}

/** Brings a version back as a new change everyone sees; resolves with the version the restore saved. */
export async function restoreVersion(documentId: string, versionId: string): Promise<Version> {
  const response = await versions[':versionId'].restore.$post({ param: { documentId, versionId } });
  return parseAnswer(createdVersionSchema, await response.json(), 'återställning').version;
}

/** `from` and `to`: a version id, `now`, or `tabled-N`. */
export async function compareVersions(
  documentId: string,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<Comparison> {
  const response = await api.documents[':documentId'].compare.$get(
    { param: { documentId }, query: { from, to } },
    { init: { signal } },
  );
  return parseAnswer(comparisonSchema, await response.json(), 'jämförelse');
}
