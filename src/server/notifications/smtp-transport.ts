import nodemailer, { type TransportOptions } from 'nodemailer';
import type { EmailTransport } from './outbox.js';

/**
 * Real delivery through an SMTP server (`SMTP_URL`, e.g. `smtps://user:pass@mail.example.go.id`
 * or `smtp://localhost:2525`). Timeouts stay well under the outbox claim lease, so a hung server
 * fails the attempt (and the message waits for its retry) before another process may claim it.
 */
export function smtpTransport(url: string, from: string): EmailTransport & { close(): void } {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  } as TransportOptions);
  return {
    async send(email) {
      await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.body });
    },
    close() {
      transporter.close();
    },
  };
}
