import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, type LocalizedText, pickLanguage } from './errors.js';
import { setSecurityHeaders } from './security-headers.js';
import { summarize, toFieldProblems } from './validation-messages.js';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Known Fastify client errors, mapped to our codes and both languages. */
const FRAMEWORK_ERRORS: Record<string, { code: string; text: LocalizedText }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'MALFORMED_JSON',
    text: { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'MALFORMED_JSON',
    text: { id: 'Isi permintaan JSON kosong.', en: 'The JSON request body is empty.' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'BODY_TOO_LARGE',
    text: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    text: { id: 'Jenis isi permintaan tidak didukung.', en: 'Unsupported request content type.' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_CONTENT_LENGTH',
    text: { id: 'Panjang isi permintaan tidak sesuai.', en: 'The request content length is wrong.' },
  },
  FST_REQ_FILE_TOO_LARGE: {
    code: 'FILE_TOO_LARGE',
    text: { id: 'Berkas terlalu besar.', en: 'The file is too large.' },
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    text: { id: 'Permintaan harus multipart/form-data.', en: 'The request must be multipart/form-data.' },
  },
};

/**
 * Constraint violations that slipped past service checks (e.g. two requests racing for the same
 * unique e-mail) are the client's conflict, not a server fault.
 */
const DATABASE_ERRORS: Record<string, { status: number; code: string; text: LocalizedText }> = {
  '23505': { status: 409, code: 'ALREADY_EXISTS', text: { id: 'Data yang sama sudah ada.', en: 'The same record already exists.' } },
  '23503': { status: 400, code: 'REFERENCE_INVALID', text: { id: 'Data yang dirujuk tidak ada.', en: 'A referenced record does not exist.' } },
  '23514': { status: 400, code: 'CONSTRAINT_FAILED', text: { id: 'Data melanggar aturan isian.', en: 'The data breaks a field rule.' } },
  '22001': { status: 400, code: 'VALUE_TOO_LONG', text: { id: 'Isian terlalu panjang.', en: 'A value is too long.' } },
  '40001': { status: 409, code: 'RETRY', text: { id: 'Terjadi benturan perubahan; coba lagi.', en: 'Concurrent change; please retry.' } },
  // A deadlock PostgreSQL broke by aborting this transaction: nothing was written; the client may retry.
  '40P01': { status: 409, code: 'RETRY', text: { id: 'Terjadi benturan perubahan; coba lagi.', en: 'Concurrent change; please retry.' } },
  // A NUL byte (or another character PostgreSQL text cannot hold) in any field or parameter.
  '22021': {
    status: 400,
    code: 'INVALID_CHARACTERS',
    text: { id: 'Isian memuat karakter yang tidak diizinkan (mis. karakter NUL).', en: 'A value contains a character that is not allowed (e.g. NUL).' },
  },
  // A number or text the column cannot hold (e.g. an id past the integer range) is bad input.
  '22003': { status: 400, code: 'VALUE_OUT_OF_RANGE', text: { id: 'Nilai di luar rentang yang diizinkan.', en: 'A value is out of the allowed range.' } },
  '22P02': { status: 400, code: 'INVALID_VALUE', text: { id: 'Format nilai tidak valid.', en: 'A value has an invalid format.' } },
  '22007': { status: 400, code: 'INVALID_VALUE', text: { id: 'Format tanggal/waktu tidak valid.', en: 'A date/time value has an invalid format.' } },
  '22008': { status: 400, code: 'VALUE_OUT_OF_RANGE', text: { id: 'Tanggal/waktu di luar rentang.', en: 'A date/time value is out of range.' } },
  '22P05': { status: 400, code: 'INVALID_CHARACTERS', text: { id: 'Isian memuat karakter yang tidak diizinkan.', en: 'A value contains a character that is not allowed.' } },
};

/**
 * Errors the router raises before any route or hook runs: a malformed percent-encoding in the
 * path (FST_ERR_BAD_URL) or a path parameter longer than the router accepts
 * (FST_ERR_MAX_PARAM_LENGTH). Fastify's default answer has another shape, echoes the whole path
 * back and skips the security headers; this one answers like every other refusal.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const lang = pickLanguage(request.headers['accept-language']);
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const text = tooLong ? { id: 'Alamat terlalu panjang.', en: 'The address is too long.' } : { id: 'Alamat tidak valid.', en: 'The address is not valid.' };
  setSecurityHeaders(request, reply);
  reply
    .status(tooLong ? 414 : 400)
    .type('application/json; charset=utf-8')
    .send({ error: { code: tooLong ? 'URL_TOO_LONG' : 'BAD_URL', message: text[lang] } });
}

/**
 * One error shape for the whole API: `{error: {code, message}}`, message in the request's
 * language. 5xx bodies never carry internals; the details go to the log with the request id.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = request.language ?? 'id';
    const send = (status: number, code: string, text: LocalizedText, details?: unknown) => {
      const body: ErrorBody = { error: { code, message: text[lang] } };
      if (details !== undefined) body.error.details = details;
      return reply.status(status).type('application/json; charset=utf-8').send(body);
    };

    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'application error');
      if (error.headers) reply.headers(error.headers);
      return send(error.status, error.code, error.text, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // The provider flattens each zod issue: code → keyword, path → instancePath, rest → params.
      const issues = error.validation.map(
        (v) =>
          ({
            ...(v.params as object),
            code: v.keyword,
            path: v.instancePath.split('/').filter(Boolean),
            message: v.message ?? '',
          }) as unknown as z.core.$ZodIssue,
      );
      const problems = toFieldProblems(issues, error.validationContext === 'body' ? undefined : error.validationContext);
      return send(400, 'VALIDATION_FAILED', summarize(problems), {
        fields: problems.map((p) => ({ field: p.field, message: p.message[lang] })),
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(500, 'INTERNAL', { id: 'Terjadi kesalahan pada server.', en: 'Something went wrong on the server.' });
    }
    const fromDatabase = error.code ? DATABASE_ERRORS[error.code] : undefined;
    if (fromDatabase) return send(fromDatabase.status, fromDatabase.code, fromDatabase.text);
    const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
    if (known) return send(error.statusCode ?? 400, known.code, known.text);
    if (error.statusCode === 429) {
      return send(429, 'RATE_LIMITED', { id: 'Terlalu banyak permintaan; coba lagi nanti.', en: 'Too many requests; try again later.' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(error.statusCode, 'BAD_REQUEST', { id: 'Permintaan tidak valid.', en: 'Invalid request.' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, 'INTERNAL', { id: 'Terjadi kesalahan pada server.', en: 'Something went wrong on the server.' });
  });

  app.setNotFoundHandler((request, reply) => {
    const lang = request.language ?? 'id';
    const text = { id: 'Alamat tidak ditemukan.', en: 'No such address.' };
    return reply.status(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: text[lang] } });
  });
}
