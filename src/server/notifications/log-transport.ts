import type { FastifyBaseLogger } from 'fastify';
import type { EmailTransport } from './outbox.js';

/** Without an SMTP server, e-mails are written to the structured log (visible to operators). */
export function logTransport(logger: FastifyBaseLogger): EmailTransport {
  return {
    async send(email) {
      logger.info({ email: { to: email.to, subject: email.subject, body: email.body } }, 'email (log transport)');
    },
  };
}
