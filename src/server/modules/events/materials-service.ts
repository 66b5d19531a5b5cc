import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type EventView, MATERIAL_TYPES } from '../../../common/events.js';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { type FileStorage, sniffContentType, storageKey, type Upload } from '../../storage/index.js';
import type { EventsContext } from './notices.js';
import { mayManageEvent } from './policy.js';
import { countMaterials, deleteMaterial, findMaterial, insertMaterial } from './materials-repository.js';
import { eventViewer, findEvent, getEvent } from './service.js';

/**
 * Event materials: documents uploaded as real files (PDF, PowerPoint, Word, Excel, PNG/JPEG —
 * the type decided from the bytes, the size limited by the route) and video links. The bytes are
 * stored first and removed again when the database change does not commit. Documents of an
 * event are public like the event itself.
 */
const MAX_MATERIALS = 30;
const MATERIAL = { id: 'Materi', en: 'Material' };
const EXTENSION: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

function cleanName(original: string, type: string): string {
  const base = path.basename(original.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
  const cleaned =
    base
      .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'materi';
  return `${cleaned}${EXTENSION[type] ?? ''}`;
}

async function managed(ctx: EventsContext, id: string) {
  const event = await findEvent(ctx, id);
  if (!mayManageEvent(await eventViewer(ctx), event)) throw errors.forbidden();
  return event;
}

const tooMany = () => errors.conflict('TOO_MANY_MATERIALS', { id: `Paling banyak ${MAX_MATERIALS} materi per acara.`, en: `At most ${MAX_MATERIALS} materials per event.` });

export async function addDocument(ctx: EventsContext, storage: FileStorage, eventId: string, title: string, upload: Upload): Promise<EventView> {
  await managed(ctx, eventId);
  const type = await sniffContentType(upload.bytes, MATERIAL_TYPES);
  if (!type)
    throw errors.validation(
      {
        id: `Data tidak valid: '${upload.field}' harus PDF, PowerPoint, Word, Excel, PNG atau JPEG; isi berkas "${upload.filename}" bukan salah satunya.`,
        en: `Invalid data: '${upload.field}' must be a PDF, PowerPoint, Word, Excel, PNG or JPEG; the content of "${upload.filename}" is none of them.`,
      },
      { fields: [{ field: upload.field }] },
    );
  const id = randomUUID();
  const key = storageKey('event-materials', id);
  const filename = cleanName(upload.filename, type);
  await storage.put(key, upload.bytes);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      if ((await countMaterials(trx, eventId)) >= MAX_MATERIALS) throw tooMany();
      await insertMaterial(trx, { id, event_id: eventId, kind: 'document', title, storage_key: key, filename, content_type: type, size_bytes: upload.bytes.length });
      await appendAudit(trx, ctx.actor, {
        action: 'event.material',
        entityType: 'event',
        entityId: eventId,
        after: { materialId: id, title, filename, contentType: type, sizeBytes: upload.bytes.length },
      });
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
  return getEvent(ctx, eventId);
}

export async function addVideo(ctx: EventsContext, eventId: string, input: { title: string; url: string }): Promise<EventView> {
  await managed(ctx, eventId);
  await ctx.db.transaction().execute(async (trx) => {
    if ((await countMaterials(trx, eventId)) >= MAX_MATERIALS) throw tooMany();
    const id = await insertMaterial(trx, { event_id: eventId, kind: 'video', title: input.title, url: input.url });
    await appendAudit(trx, ctx.actor, { action: 'event.material', entityType: 'event', entityId: eventId, after: { materialId: id, ...input } });
  });
  return getEvent(ctx, eventId);
}

export async function removeMaterial(ctx: EventsContext, storage: FileStorage, eventId: string, materialId: string): Promise<EventView> {
  await managed(ctx, eventId);
  const removed = await ctx.db.transaction().execute(async (trx) => {
    const row = await deleteMaterial(trx, eventId, materialId);
    if (!row) throw errors.notFound(MATERIAL);
    await appendAudit(trx, ctx.actor, { action: 'event.material_remove', entityType: 'event', entityId: eventId, before: { materialId, title: row.title } });
    return row;
  });
  if (removed.storage_key) await storage.delete(removed.storage_key);
  return getEvent(ctx, eventId);
}

export async function readDocument(ctx: EventsContext, storage: FileStorage, eventId: string, materialId: string) {
  await findEvent(ctx, eventId);
  const row = await findMaterial(ctx.db, eventId, materialId);
  const bytes = row?.storage_key ? await storage.get(row.storage_key) : undefined;
  if (!row || !bytes) throw errors.notFound(MATERIAL);
  return { bytes, filename: row.filename ?? 'materi', contentType: row.content_type ?? 'application/octet-stream' };
}
