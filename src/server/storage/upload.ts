import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, errors } from '../http/errors.js';

export interface Upload {
  field: string;
  filename: string;
  bytes: Buffer;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Reads the one file of a `multipart/form-data` request into memory, refusing anything over
 * `limitBytes` with a 413 that names the field and the limit. The client's file name is kept
 * only as a label; its claimed type is ignored (see `sniffContentType`).
 */
export async function readSingleUpload(request: FastifyRequest, field: string, limitBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw errors.badRequest(
      'UNSUPPORTED_MEDIA_TYPE',
      {
        id: `Kirim berkas sebagai multipart/form-data pada kolom '${field}'.`,
        en: `Send the file as multipart/form-data in the field '${field}'.`,
      },
      { fields: [{ field }] },
    );
  }
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file({ limits: { fileSize: limitBytes, files: 1, fields: 5 } });
  } catch (error) {
    // A body the multipart parser cannot read (no boundary, broken framing) is the client's fault.
    if (error instanceof AppError || ((error as { statusCode?: number }).statusCode ?? 500) < 500) throw error;
    throw errors.badRequest(
      'MALFORMED_MULTIPART',
      {
        id: `Badan permintaan bukan multipart/form-data yang sah; kirim berkas pada kolom '${field}'.`,
        en: `The request body is not valid multipart/form-data; send the file in the field '${field}'.`,
      },
      { fields: [{ field }] },
    );
  }
  if (!part || part.fieldname !== field) {
    throw errors.validation({ id: `Data tidak valid: '${field}' wajib diisi dengan berkas.`, en: `Invalid data: '${field}' must carry a file.` }, { fields: [{ field }] });
  }
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(
        413,
        'FILE_TOO_LARGE',
        { id: `Berkas pada '${field}' melebihi batas ${formatMegabytes(limitBytes)}.`, en: `The file in '${field}' exceeds the ${formatMegabytes(limitBytes)} limit.` },
        { fields: [{ field }], limitBytes },
      );
    }
    throw error;
  }
  if (bytes.length === 0) {
    throw errors.validation({ id: `Data tidak valid: berkas pada '${field}' kosong.`, en: `Invalid data: the file in '${field}' is empty.` }, { fields: [{ field }] });
  }
  return { field, filename: part.filename || 'berkas', bytes };
}
