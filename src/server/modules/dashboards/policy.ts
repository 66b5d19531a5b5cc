import type { AuthUser } from '../../auth/auth-user.js';
import { roleHas } from '../../auth/permissions.js';
import type { TodoProvider } from './todo.js';

/**
 * Which to-do providers serve a user: those whose permission the user's role holds (the one
 * permission table decides; deny by default). Each provider then reads only what the owning
 * module's policy lets this user see (own agency, own assignments).
 */
export function todoProvidersFor(user: AuthUser, providers: readonly TodoProvider[]): TodoProvider[] {
  return providers.filter((p) => roleHas(user.role, p.permission));
}
