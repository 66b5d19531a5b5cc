import type { Phase } from './schemas.js';

/** The registration window of a call: the `registration` stage plus the grace period. */
export interface RegistrationWindow {
  opensAt: Date | null;
  deadline: Date | null;
  graceMinutes: number;
}

/**
 * Where `now` falls. The deadline instant itself still counts as on time; `grace` is the
 * configured period after it in which a submission is accepted and recorded as late.
 */
export function registrationPhase(window: RegistrationWindow, now: Date): Phase {
  if (!window.opensAt || !window.deadline) return 'unscheduled';
  const t = now.getTime();
  if (t < window.opensAt.getTime()) return 'upcoming';
  if (t <= window.deadline.getTime()) return 'open';
  if (t <= window.deadline.getTime() + window.graceMinutes * 60_000) return 'grace';
  return 'closed';
}

/** Seconds past the deadline (0 when on time). */
export function secondsLate(deadline: Date, now: Date): number {
  return Math.max(0, Math.ceil((now.getTime() - deadline.getTime()) / 1000));
}
