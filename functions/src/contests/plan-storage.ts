// The plans bucket: pre-signed POSTs for the phone to upload straight to S3 (the function never
// carries the file), reading an upload back to check it, and pre-signed GETs to download.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { planMaxBytes, type PlanContentType } from '@szkc/shared';
import { objectStoreEndpoint, plansBucket, region } from '../config';

const s3 = new S3Client({
  region,
  ...(objectStoreEndpoint
    ? {
        endpoint: objectStoreEndpoint,
        forcePathStyle: true,
        // s3rver's documented local key pair; a deployed stage signs with the function's role.
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      }
    : {}),
});

export const uploadValidSeconds = 15 * 60;
export const downloadValidSeconds = 10 * 60;

/** A POST policy for exactly this key, content type and size range, with the file's name as metadata. */
export async function presignUpload(key: string, contentType: PlanContentType, fileName: string) {
  const encodedName = encodeURIComponent(fileName);
  return createPresignedPost(s3, {
    Bucket: plansBucket,
    Key: key,
    Conditions: [
      ['content-length-range', 1, planMaxBytes],
      ['eq', '$Content-Type', contentType],
      ['eq', '$x-amz-meta-filename', encodedName],
    ],
    Fields: { 'Content-Type': contentType, 'x-amz-meta-filename': encodedName },
    Expires: uploadValidSeconds,
  });
}

export type StoredObject = {
  size: number;
  contentType: string | undefined;
  fileName: string | undefined;
  head: Buffer;
  sha256: string;
};

const isMissing = (error: unknown) =>
  error instanceof Error && (error.name === 'NotFound' || error.name === 'NoSuchKey');

/**
 * The object as stored: its size and type from S3, its first bytes and sha256 from reading it
 * through once. Null when there is no such object. Reading stops past `planMaxBytes`.
 */
export async function readBack(key: string): Promise<StoredObject | null> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: plansBucket, Key: key }));
    const size = head.ContentLength ?? 0;
    let fileName: string | undefined;
    try {
      fileName = head.Metadata?.filename ? decodeURIComponent(head.Metadata.filename) : undefined;
    } catch {
      fileName = undefined;
    }
    const base = { size, contentType: head.ContentType, fileName };
    if (size > planMaxBytes || size === 0) return { ...base, head: Buffer.alloc(0), sha256: '' };
    const body = (await s3.send(new GetObjectCommand({ Bucket: plansBucket, Key: key }))).Body as Readable;
    const hash = createHash('sha256');
    const first: Buffer[] = [];
    let firstBytes = 0;
    let read = 0;
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      read += buffer.length;
      if (read > planMaxBytes) {
        body.destroy();
        return { ...base, size: read, head: Buffer.concat(first), sha256: '' };
      }
      hash.update(buffer);
      if (firstBytes < 8) {
        first.push(buffer.subarray(0, 8 - firstBytes));
        firstBytes += Math.min(buffer.length, 8 - firstBytes);
      }
    }
    return { ...base, size: read, head: Buffer.concat(first), sha256: hash.digest('hex') };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export async function deleteObject(key: string): Promise<void> {
  await s3.send(new DeleteObjectCommand({ Bucket: plansBucket, Key: key }));
}

/** Moves a checked upload out of uploads/ (which expires) to where accepted plans live. */
export async function keepAs(uploadKey: string, planKey: string): Promise<void> {
  await s3.send(
    new CopyObjectCommand({ Bucket: plansBucket, Key: planKey, CopySource: `${plansBucket}/${uploadKey}` }),
  );
  await deleteObject(uploadKey);
}

export async function presignDownload(key: string, fileName: string) {
  return getSignedUrl(
    s3,
    new GetObjectCommand({
      Bucket: plansBucket,
      Key: key,
      ResponseContentDisposition: `attachment; filename="plan"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    }),
    { expiresIn: downloadValidSeconds },
  );
}
