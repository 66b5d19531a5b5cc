import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../deps.js';
import { refusals } from '../../../http/errors.js';
import { storageFor } from '../../../storage/index.js';
import { bulkTransition } from '../bulk-service.js';
import { findDuplicates } from '../duplicates.js';
import { confirmStatus, createInnovation, deleteInnovation, getInnovation, innovationHistory, transitionInnovation, updateInnovation } from '../innovation-service.js';
import {
  bulkBody,
  bulkOutcome,
  confirmStatusBody,
  createdInnovation,
  createInnovationBody,
  duplicateCandidate,
  duplicatesBody,
  idParams,
  innovationView,
  optionalNoteBody,
  reviewBody,
  updateInnovationBody,
  versionView,
  workspaceItem,
  workspaceQuery,
} from '../schemas.js';
import { listWorkspaceFor, statusReminders } from '../workspace-service.js';
import { catalogContext } from './context.js';

/** Authoring and approval: agency staff on their own records, the ministry as approver. */
export function staffCatalogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const storage = storageFor(deps.config);
  return async (app) => {
    app.get(
      '/api/innovations/workspace',
      {
        config: { access: 'innovations.workspace' },
        schema: {
          tags: ['catalog'],
          summary: 'Records of your agency in every state (the ministry: all); `state=submitted` is the approval queue',
          querystring: workspaceQuery,
          response: { 200: z.object({ items: z.array(workspaceItem), total: z.number() }) },
        },
      },
      async (request) => listWorkspaceFor(catalogContext(deps, request), request.query),
    );

    app.post(
      '/api/innovations/bulk',
      {
        config: { access: 'innovations.workspace' },
        schema: {
          tags: ['catalog'],
          summary: 'Submit (operators), approve or return (agency admins, the ministry) many records in one transaction',
          description:
            'Records that cannot move are left as they are and listed with the reason (`not_found`, `not_allowed`, `wrong_state`, `incomplete`). `dryRun=true` writes nothing: the preview the web shows before confirming.',
          body: bulkBody,
          response: { 200: bulkOutcome, ...refusals(400, 401, 403) },
        },
      },
      async (request) => bulkTransition(catalogContext(deps, request), request.body, request.language),
    );

    app.get(
      '/api/innovations/reminders',
      {
        config: { access: 'innovations.workspace' },
        schema: { tags: ['catalog'], summary: 'Running innovations whose status was not confirmed for 12 months', response: { 200: z.object({ items: z.array(workspaceItem) }) } },
      },
      async (request) => statusReminders(catalogContext(deps, request)),
    );

    app.post(
      '/api/innovations/duplicates',
      {
        config: { access: 'innovations.workspace' },
        schema: {
          tags: ['catalog'],
          summary: 'Records with a similar title or summary',
          body: duplicatesBody,
          response: { 200: z.object({ items: z.array(duplicateCandidate) }), ...refusals(400) },
        },
      },
      async (request) => ({ items: await findDuplicates(deps.db, request.auth!.user, request.body) }),
    );

    app.get(
      '/api/innovations/:id/duplicates',
      {
        config: { access: 'innovations.workspace' },
        schema: {
          tags: ['catalog'],
          summary: 'Records similar to this one',
          params: idParams,
          response: { 200: z.object({ items: z.array(duplicateCandidate) }), ...refusals(404) },
        },
      },
      async (request) => {
        const view = await getInnovation(catalogContext(deps, request), request.params.id);
        return { items: await findDuplicates(deps.db, request.auth!.user, { title: view.title, summary: view.summary, excludeId: view.id }) };
      },
    );

    app.post(
      '/api/innovations',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Register a new innovation (a draft of your agency), with similar records already in the catalog',
          body: createInnovationBody,
          response: { 201: createdInnovation, ...refusals(400) },
        },
      },
      async (request, reply) => reply.status(201).send(await createInnovation(catalogContext(deps, request), request.body)),
    );

    app.patch(
      '/api/innovations/:id',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Edit an innovation of your agency (versioned)',
          params: idParams,
          body: updateInnovationBody,
          response: { 200: innovationView, ...refusals(400, 403, 404, 409) },
        },
      },
      async (request) => updateInnovation(catalogContext(deps, request), request.params.id, request.body),
    );

    app.delete(
      '/api/innovations/:id',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Delete a draft that was never published',
          params: idParams,
          response: { 204: z.null(), ...refusals(403, 404, 409) },
        },
      },
      async (request, reply) => {
        await deleteInnovation(catalogContext(deps, request), request.params.id, async (keys) => {
          for (const key of keys) await storage.delete(key);
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/innovations/:id/submit',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Submit a draft for publication',
          params: idParams,
          response: { 200: innovationView, ...refusals(400, 403, 404, 409) },
        },
      },
      async (request) => transitionInnovation(catalogContext(deps, request), request.params.id, 'submit'),
    );

    app.post(
      '/api/innovations/:id/approve',
      {
        config: { access: 'innovations.approve' },
        schema: {
          tags: ['catalog'],
          summary: 'Publish a submitted innovation in the catalog',
          params: idParams,
          body: optionalNoteBody,
          response: { 200: innovationView, ...refusals(403, 404, 409) },
        },
      },
      async (request) => transitionInnovation(catalogContext(deps, request), request.params.id, 'approve', request.body?.note),
    );

    app.post(
      '/api/innovations/:id/return',
      {
        config: { access: 'innovations.approve' },
        schema: {
          tags: ['catalog'],
          summary: 'Send a submission back to draft, saying why',
          params: idParams,
          body: reviewBody,
          response: { 200: innovationView, ...refusals(400, 403, 404, 409) },
        },
      },
      async (request) => transitionInnovation(catalogContext(deps, request), request.params.id, 'return', request.body.note),
    );

    app.post(
      '/api/innovations/:id/unpublish',
      {
        config: { access: 'innovations.approve' },
        schema: {
          tags: ['catalog'],
          summary: 'Withdraw a published innovation from the catalog, saying why',
          params: idParams,
          body: reviewBody,
          response: { 200: innovationView, ...refusals(400, 403, 404, 409) },
        },
      },
      async (request) => transitionInnovation(catalogContext(deps, request), request.params.id, 'unpublish', request.body.note),
    );

    app.post(
      '/api/innovations/:id/confirm-status',
      {
        config: { access: 'innovations.author' },
        schema: {
          tags: ['catalog'],
          summary: 'Confirm the innovation is still running (or record that it stopped, and why)',
          params: idParams,
          body: confirmStatusBody,
          response: { 200: innovationView, ...refusals(400, 403, 404) },
        },
      },
      async (request) => confirmStatus(catalogContext(deps, request), request.params.id, request.body),
    );

    app.get(
      '/api/innovations/:id/versions',
      {
        config: { access: 'innovations.workspace' },
        schema: {
          tags: ['catalog'],
          summary: 'Version history: who changed which fields, before and after',
          params: idParams,
          response: { 200: z.object({ items: z.array(versionView) }), ...refusals(403, 404) },
        },
      },
      async (request) => innovationHistory(catalogContext(deps, request), request.params.id),
    );
  };
}
