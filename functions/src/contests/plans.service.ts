// Plan upload and download. The phone posts the file straight to S3 with a pre-signed POST; then
// the server reads the object back and accepts it only if its size, its first bytes (a PDF, or a
// zip for pptx) and its stored type agree, recording its sha256. What it refuses, it deletes.
import { ulid } from 'ulid';
import {
  can,
  planContentTypes,
  planMaxBytes,
  toShanghaiIso,
  type PlanContentType,
  type PlanUploadRequest,
  isId,
} from '@szkc/shared';
import { currentUser, ensure } from '../access/access';
import { DomainError, conflict, notFound, validationFailed } from '../errors';
import * as entries from './entries.repository';
import { ensureSignupOpen, teamEntry } from './entries.service';
import type { PlanItem } from './items';
import * as storage from './plan-storage';
import { getReviewer } from './reviews.repository';
import { visibleContest } from './service';
import { toEntry } from './views';

const uploadPrefix = (contestId: string, entryId: string) => `uploads/${contestId}/${entryId}/`;
const editable = new Set(['draft', 'submitted']);

export async function requestUpload(
  contestId: string,
  entryId: string,
  userId: string,
  request: PlanUploadRequest,
) {
  const { contest, entry } = await teamEntry(contestId, entryId, userId, 'edit');
  ensureSignupOpen(contest);
  if (!editable.has(entry.status)) throw conflict('该项目已撤回，不能上传');
  const key = `${uploadPrefix(contestId, entryId)}${ulid()}`;
  const { url, fields } = await storage.presignUpload(key, request.contentType, request.fileName);
  return {
    url,
    fields,
    key,
    maxBytes: planMaxBytes,
    expiresAt: toShanghaiIso(Date.now() + storage.uploadValidSeconds * 1000),
  };
}

const magic: Record<PlanContentType, { bytes: Buffer; name: string }> = {
  'application/pdf': { bytes: Buffer.from('%PDF-'), name: 'PDF' },
  // A pptx is a zip (Office Open XML): a local file header first.
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    name: 'PPTX',
  },
};

/** Why the stored object is refused, or null when it is a plan. */
function refusal(object: storage.StoredObject): string | null {
  if (object.size === 0) return '文件是空的';
  if (object.size > planMaxBytes) return '文件超过 20 MB';
  const type = planContentTypes.find((t) => t === object.contentType);
  if (!type) return '只能上传 PDF 或 PPTX 文件';
  const expected = magic[type];
  if (!object.head.subarray(0, expected.bytes.length).equals(expected.bytes))
    return `文件内容不是 ${expected.name}，请上传真实的 ${expected.name} 文件`;
  return null;
}

export async function confirmPlan(contestId: string, entryId: string, userId: string, key: string) {
  const { contest } = await teamEntry(contestId, entryId, userId, 'edit');
  ensureSignupOpen(contest);
  const prefix = uploadPrefix(contestId, entryId);
  if (!key.startsWith(prefix) || !isId(key.slice(prefix.length)))
    throw validationFailed([{ path: 'key', message: '不是本项目的上传文件' }]);
  const object = await storage.readBack(key);
  if (!object) throw new DomainError('INVALID_FILE', '没有找到上传的文件，请重新上传');
  const why = refusal(object);
  if (why) {
    await storage.deleteObject(key);
    throw new DomainError('INVALID_FILE', `文件无效：${why}`, { reason: why });
  }
  const planKey = `plans/${contestId}/${entryId}/${key.slice(prefix.length)}`;
  await storage.keepAs(key, planKey);
  const plan: PlanItem = {
    key: planKey,
    fileName: object.fileName ?? '商业计划书',
    contentType: object.contentType as PlanContentType,
    size: object.size,
    sha256: object.sha256,
    uploadedAt: toShanghaiIso(Date.now()),
  };
  let replaced: string | null = null;
  const updated = await entries.mutateEntry(contestId, entryId, (entry) => {
    if (!editable.has(entry.status)) throw conflict('该项目已撤回，不能上传');
    replaced = entry.plan?.key ?? null;
    return { set: { plan } };
  });
  // The plan it replaces is no one's any more.
  if (replaced && replaced !== planKey) await storage.deleteObject(replaced);
  return toEntry(updated);
}

export async function planDownload(contestId: string, entryId: string, userId: string) {
  const [user, contest, entry, assignment] = await Promise.all([
    currentUser(userId),
    visibleContest(contestId, userId),
    entries.getEntry(contestId, entryId),
    getReviewer(contestId, userId),
  ]);
  if (!entry) throw notFound('参赛项目不存在');
  ensure(
    can.readPlan(user, contest, entry, assignment),
    '只有团队成员、评审专家、大赛组织者或管理员可以下载',
  );
  const conflicted =
    !can.viewEntry(user, contest, entry) &&
    assignment?.organizationName &&
    assignment.organizationName === entry.organizationName;
  if (conflicted) throw new DomainError('CONFLICT_OF_INTEREST');
  if (!entry.plan) throw notFound('尚未上传商业计划书');
  return {
    url: await storage.presignDownload(entry.plan.key, entry.plan.fileName),
    expiresAt: toShanghaiIso(Date.now() + storage.downloadValidSeconds * 1000),
  };
}
