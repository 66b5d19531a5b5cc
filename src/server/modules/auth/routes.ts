import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteSession } from '../../auth/session-repository.js';
import { newToken } from '../../auth/tokens.js';
import type { AppDeps } from '../../deps.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../http/cookies.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { updatePreferences, withPreferences } from './preferences.js';
import { requestPasswordReset, resetPassword } from './password-reset-service.js';
import { inviteAcceptBody, loginBody, meResponse, passwordChangeBody, passwordResetBody, passwordResetRequestBody, preferencesBody, preferencesResponse } from './schemas.js';
import { acceptInvitation, changePassword, login, logout } from './service.js';

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const policy = { idleMinutes: deps.config.SESSION_IDLE_MINUTES, absoluteHours: deps.config.SESSION_ABSOLUTE_HOURS };

  const secure = (request: FastifyRequest) => (deps.config.COOKIE_SECURE === 'auto' ? request.protocol === 'https' : deps.config.COOKIE_SECURE === 'true');

  /** The CSRF cookie is readable by our own script (not httpOnly) by design: it is the double-submit half. */
  const setCsrfCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', secure: secure(request), httpOnly: false });

  return async (app) => {
    app.get(
      '/api/auth/me',
      {
        config: { access: 'public' },
        schema: { tags: ['auth'], summary: 'The signed-in account (or null) and the CSRF token to send back', response: { 200: meResponse } },
      },
      async (request, reply) => {
        if (request.auth) return { user: await withPreferences(deps.db, request.auth.user), csrfToken: request.auth.csrfToken };
        const token = request.cookies[CSRF_COOKIE] && request.cookies[CSRF_COOKIE].length <= 100 ? request.cookies[CSRF_COOKIE] : newToken();
        setCsrfCookie(request, reply, token);
        return { user: null, csrfToken: token };
      },
    );

    app.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail and password',
          body: loginBody,
          response: { 200: meResponse, ...refusals(401, 429) },
        },
      },
      async (request, reply) => {
        const result = await login(deps.db, policy, {
          email: request.body.email,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: request.id,
        });
        // Any session the browser held before is dropped: a new id at sign-in.
        if (request.auth) await deleteSession(deps.db, request.auth.sessionIdHash);
        reply.setCookie(SESSION_COOKIE, result.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(request),
          expires: result.expiresAt,
        });
        setCsrfCookie(request, reply, result.csrfToken);
        return { user: await withPreferences(deps.db, result.user), csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'signedIn' },
        schema: { tags: ['auth'], summary: 'Sign out (ends this session)', response: { 204: z.null() } },
      },
      async (request, reply) => {
        if (request.auth) await logout(deps.db, { ...actorOf(request), userId: request.auth.user.id }, request.auth.sessionIdHash);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: 'account.self' },
        schema: {
          tags: ['auth'],
          summary: 'Change own password (other sessions are signed out)',
          body: passwordChangeBody,
          response: { 204: z.null(), ...refusals(400) },
        },
      },
      async (request, reply) => {
        const auth = request.auth!;
        await changePassword(deps.db, { ...actorOf(request), userId: auth.user.id }, auth.sessionIdHash, request.body);
        return reply.status(204).send(null);
      },
    );

    app.patch(
      '/api/auth/me/preferences',
      {
        config: { access: 'account.self' },
        schema: {
          tags: ['auth'],
          summary: 'Save own preferences (the time zone dates are shown in)',
          body: preferencesBody,
          response: { 200: preferencesResponse, ...refusals(400) },
        },
      },
      async (request) => {
        const auth = request.auth!;
        return updatePreferences(deps.db, { ...actorOf(request), userId: auth.user.id }, request.body);
      },
    );

    app.post(
      '/api/auth/invite/accept',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Set a password with an invitation token',
          body: inviteAcceptBody,
          response: { 204: z.null(), ...refusals(400) },
        },
      },
      async (request, reply) => {
        await acceptInvitation(deps.db, request.id, request.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password-reset/request',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Ask for a password reset link by e-mail (the same answer whether or not the e-mail has an account)',
          body: passwordResetRequestBody,
          response: { 204: z.null(), ...refusals(400, 429) },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(deps.db, { email: request.body.email, ip: request.ip, requestId: request.id, publicUrl: deps.config.publicUrl });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password-reset',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Set a new password with a reset token (every session of the account ends)',
          body: passwordResetBody,
          response: { 204: z.null(), ...refusals(400) },
        },
      },
      async (request, reply) => {
        await resetPassword(deps.db, request.id, request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
