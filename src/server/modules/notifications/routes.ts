import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { listNotificationsQuery, notificationIdParams, notificationListResponse, preferencesView, readAllResponse, readResponse, savePreferencesBody } from './schemas.js';
import { getPreferences, listNotifications, readAllNotifications, readNotification, savePreferences } from './service.js';

/** The caller's own notification centre and e-mail preferences. */
export function notificationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/notifications',
      {
        config: { access: 'account.self' },
        schema: {
          tags: ['notifications'],
          summary: 'Own notifications, newest first, with the unread count',
          querystring: listNotificationsQuery,
          response: { 200: notificationListResponse, ...refusals(400) },
        },
      },
      async (request) => {
        const { unread, ...page } = request.query;
        return listNotifications(deps.db, request.auth!.user, { ...page, unread: unread === 'true' });
      },
    );

    app.post(
      '/api/notifications/:id/read',
      {
        config: { access: 'account.self' },
        schema: {
          tags: ['notifications'],
          summary: 'Mark one own notification read',
          params: notificationIdParams,
          response: { 200: readResponse, ...refusals(400, 404) },
        },
      },
      async (request) => readNotification(deps.db, request.auth!.user, request.params.id),
    );

    app.post(
      '/api/notifications/read-all',
      {
        config: { access: 'account.self' },
        schema: { tags: ['notifications'], summary: 'Mark all own notifications read', response: { 200: readAllResponse } },
      },
      async (request) => readAllNotifications(deps.db, request.auth!.user),
    );

    app.get(
      '/api/notifications/preferences',
      {
        config: { access: 'account.self' },
        schema: { tags: ['notifications'], summary: 'Own e-mail choice per notification kind', response: { 200: preferencesView } },
      },
      async (request) => getPreferences(deps.db, request.auth!.user),
    );

    app.put(
      '/api/notifications/preferences',
      {
        config: { access: 'account.self' },
        schema: {
          tags: ['notifications'],
          summary: 'Save own e-mail choices (immediately, daily digest, off) for the kinds given',
          body: savePreferencesBody,
          response: { 200: preferencesView, ...refusals(400) },
        },
      },
      async (request) => savePreferences(deps.db, actorOf(request), request.auth!.user, request.body.items),
    );
  };
}
