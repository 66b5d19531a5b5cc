import type { FastifyBaseLogger } from 'fastify';
import { redactTokens } from '../http/log-redaction.js';
import type { EmailTransport } from './outbox.js';

/**
 * Without an SMTP server, e-mails are written to the structured log (visible to operators), with
 * link tokens redacted: a log is not a mailbox, and whoever reads it must not be able to take over
 * an account. Invitation links are shown to the administrator who creates the account instead.
 */
export function logTransport(logger: FastifyBaseLogger): EmailTransport {
  return {
    async send(email) {
      logger.info({ email: { to: email.to, subject: email.subject, body: redactTokens(email.body) } }, 'email (log transport)');
    },
  };
}
